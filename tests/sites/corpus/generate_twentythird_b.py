"""Twenty-third wave, part B: two music and games list pages copied from their platforms' real 2024–25 logged-out
markup and written before any heuristic was changed for them.

* **gamegeekery** — a board-game database's legacy browse page (BoardGameGeek's ``/browse/boardgame/page/N`` inside
  the Angular site shell): ``table.collection_table#collectionitems`` with a header row of sort links, rows that
  all carry ``id='row_'``, ``td.collection_rank`` (an empty ``a[name]`` anchor, then the bare number),
  ``td.collection_thumbnail``, ``td#CEcell_objectnameN.collection_objectname`` with ``div#results_objectnameN >
  a.primary`` + ``span.smallerfont.dull`` "(2017)" and ``p.smallefont.dull`` description, three
  ``td.collection_bggrating`` cells of bare numbers padded with whitespace (Geek Rating, Avg Rating, Num Voters),
  and ``td.collection_shop`` with an Amazon price link / "List Price" on some rows; the legacy pager "« Prev 1 2 3
  Next »" (``a[title='next page']``) above and below, beside "Page 1 of 3". 12 + 12 + 9 games.
  Written down: rank, title, url, year, description, geek_rating, avg_rating, voters.
* **scrobblechart** — a listener's track library (Last.fm ``/user/NAME/library/tracks``): ``table.chartlist`` of
  ``tr.chartlist-row`` with ``td.chartlist-index``, a play button, the cover image, a loved heart,
  ``td.chartlist-name a``, ``td.chartlist-artist a``, a buy-links dropdown (store names and prices, hidden), and
  ``td.chartlist-bar`` whose ``span.chartlist-count-bar-value`` holds "1,234" + ``span.stat-name`` "scrobbles";
  ``nav.pagination > ul.pagination-list`` with Previous / numbers / Next over ``?page=N``. 14 + 14 + 7 tracks.
  Written down: rank, title, url, artist, scrobbles.

Run ``uv run python tests/sites/corpus/generate_twentythird_b.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote_plus

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

TWENTYTHIRD_B: dict[str, Callable[[], None]] = {}


def twentythird_b(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TWENTYTHIRD_B[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hex(text: str, size: int = 10) -> str:
    """A stable id derived from ``text`` (the real sites use random ones)."""
    return hashlib.sha1(text.encode()).hexdigest()[:size]


# ---------------------------------------------------------------------------------------------------
# gamegeekery: BoardGameGeek's legacy browse table inside the Angular shell.
# ---------------------------------------------------------------------------------------------------

#: (id, title, year or None, description or None, geek rating, avg rating, voters, amazon price or None).
GG_GAMES: list[tuple[int, str, int | None, str | None, float, float, int, float | None]] = [
    (
        284133,
        "Ironroot Dominion",
        2018,
        "Build rail networks and mills across a sprawling valley in two industrial eras.",
        8.412,
        8.59,
        49126,
        69.99,
    ),
    (
        301874,
        "Starfall Cartographers",
        2021,
        "Chart an unknown sector, trade with rival guilds and bend the rules of spaceflight.",
        8.287,
        8.47,
        31550,
        None,
    ),
    (
        192455,
        "Gloomhollow Depths",
        2017,
        "Vanquish monsters with strategic cardplay in a persistent, branching campaign.",
        8.254,
        8.60,
        62013,
        139.99,
    ),
    (
        318220,
        "Ark of the Tides",
        2022,
        "Plan and design a modern sanctuary for creatures of the reef and the shore.",
        8.196,
        8.52,
        26841,
        74.95,
    ),
    (174402, "Terraforming the Red Belt", 2016, None, 8.171, 8.38, 98230, 44.50),
    (
        257011,
        "The Lantern Wars",
        2019,
        "Rule a fractured empire by sea and by sword as ancient houses rise again.",
        8.102,
        8.33,
        24107,
        None,
    ),
    (
        233867,
        "Dune Horizons: Imperium",
        2020,
        "Influence, intrigue and combat in a deck-building duel over a desert world.",
        8.088,
        8.31,
        40288,
        49.99,
    ),
    (
        342970,
        "Spirit of the Fenland",
        2019,
        "Island spirits join forces to push back the settlers draining their marshes.",
        8.061,
        8.44,
        29716,
        59.99,
    ),
    (
        205337,
        "Clockwork Mysteries",
        2017,
        "Solve cooperative riddles in a city of gears, one tile at a time.",
        7.998,
        8.22,
        21450,
        None,
    ),
    (
        266902,
        "Heartwood",
        2020,
        "Woodland factions battle for the forest in an asymmetric game of war.",
        7.974,
        8.09,
        45872,
        60.00,
    ),
    (
        295516,
        "Cascade Atlas",
        2023,
        "Draft wonders and advance sciences across three ages of a two-player duel.",
        7.951,
        8.41,
        9840,
        34.99,
    ),
    (
        181779,
        "Ledger of the Moon Guild",
        None,
        "Dig, trade and sell moon-rock in a tight worker-placement puzzle.",
        7.935,
        8.15,
        18764,
        None,
    ),
    (
        229410,
        "Pandora Legacy: Season 2",
        2017,
        "A fallen world, a fragile vaccine and a campaign that changes the board for good.",
        7.921,
        8.51,
        12305,
        79.99,
    ),
    (
        310544,
        "Orchard & Oxen",
        2021,
        "Farm, feast and breed livestock over fourteen harvests.",
        7.902,
        8.03,
        33190,
        54.95,
    ),
    (248866, "Nine Winds", 2018, None, 7.884, 8.11, 15022, None),
    (
        276138,
        "Forgehaven",
        2020,
        "Craft weapons for heroes in a real-time, hand-built workshop.",
        7.860,
        8.07,
        12896,
        49.00,
    ),
    (
        199853,
        "Brassworks: Lancashire",
        2017,
        "The classic cotton-mill economic game, rebuilt for a new generation.",
        7.841,
        8.02,
        23470,
        None,
    ),
    (
        327411,
        "Kinfolk of the Deep",
        2022,
        "Guide a clan of divers as they raise a city beneath the waves.",
        7.823,
        8.25,
        8012,
        64.99,
    ),
    (
        160017,
        "Vineyard Seasons",
        2015,
        "Plant, harvest and age wine across the year in a Tuscan valley.",
        7.808,
        7.96,
        41220,
        45.00,
    ),
    (
        289902,
        "Arcane Scholars",
        2019,
        "Memory, deduction and spellcraft in an academy that rewrites its own rules.",
        7.791,
        8.05,
        10587,
        None,
    ),
    (
        215560,
        "Caverns of Ember",
        2018,
        "Expand your dwarf colony, furnish caves and raise a family.",
        7.776,
        7.99,
        19688,
        59.95,
    ),
    (336108, "Harbour of Lights", None, None, 7.760, 8.33, 5121, None),
    (
        242315,
        "Tidebound",
        2019,
        "Lead your expedition across uncharted islands in a deck-building race.",
        7.745,
        7.93,
        27706,
        39.99,
    ),
    (
        272884,
        "The Quiet Republic",
        2020,
        "Negotiate, betray and vote in a senate that never sleeps.",
        7.731,
        7.98,
        11342,
        44.99,
    ),
    (
        190038,
        "Highland Clans",
        2016,
        "Raise cattle, claim glens and gather a clan that outlasts winter.",
        7.719,
        7.87,
        35601,
        None,
    ),
    (
        303216,
        "Mycelia",
        2021,
        "Grow a network of fungi beneath the forest floor and feed the trees above.",
        7.707,
        8.02,
        7455,
        42.00,
    ),
    (226870, "Lost Ruins of Azran", 2017, None, 7.695, 7.84, 38945, 55.00),
    (318901, "Skyharbour Tycoon", 2022, "Run an airship port and keep every dock busy.", 7.684, 7.97, 6480, None),
    (
        182514,
        "Pillars of the Hegemon",
        2016,
        "Four ages, one civilisation and a race to write history.",
        7.672,
        7.81,
        42118,
        64.95,
    ),
    (
        259987,
        "Saltmarsh Traders",
        2019,
        "Barter along a coastline where the tide decides who gets to market.",
        7.661,
        7.90,
        9734,
        37.50,
    ),
    (
        347150,
        "Beacon Keepers",
        2024,
        "Keep the lights burning on a treacherous coast in this cooperative drafting game.",
        7.650,
        8.46,
        3212,
        49.99,
    ),
    (
        207441,
        "Gardens of Kyoto",
        2017,
        "Lay tiles of stone, moss and water to design the finest temple garden.",
        7.641,
        7.78,
        20975,
        None,
    ),
    (
        291005,
        "Rivet & Rail",
        2020,
        "Pick up and deliver goods on a rail map you draw as you play.",
        7.632,
        7.85,
        8855,
        32.99,
    ),
]


def _gg_url(game: tuple[int, str, int | None, str | None, float, float, int, float | None]) -> str:
    return f"/boardgame/{game[0]}/{slug(game[1])}"


def _gg_image(ident: int) -> str:
    key = _hex(f"gg{ident}", 22)
    return f"https://cf.geekdo-images.com/{key}__micro/img/{_hex(f'm{ident}', 27)}=/fit-in/64x64/filters:strip_icc()/pic{ident * 7 % 8000000}.jpg"


def _gg_row(
    game: tuple[int, str, int | None, str | None, float, float, int, float | None], rank: int, index: int
) -> str:
    ident, title, year, desc, geek, avg, voters, price = game
    year_html = f"\n\t\t\t\t\t\t\t\t<span class='smallerfont dull'>({year})</span>" if year else ""
    desc_html = (
        f'\n\t\t\t\t\t\t<p class="smallefont dull">\n\t\t\t\t\t\t\t{esc(desc)}\n\t\t\t\t\t\t</p>' if desc else ""
    )
    if price is not None:
        shop = f"""
				<div class='aad'>
					<div>
						<a href="https://www.amazon.com/dp/B0{_hex(title, 8).upper()}?tag=boardgamegeek-20&amp;linkCode=ogi&amp;th=1&amp;psc=1" target='_blank' rel='nofollow sponsored' onclick="GA.trackEvent('Outbound', 'Browse', 'Amazon');">${price:.2f}</a>
					</div>
					<div class='sf dull'>
						<span>List Price</span>
					</div>
					<div>
						<a class='sf' href="https://www.amazon.com/dp/B0{_hex(title, 8).upper()}?tag=boardgamegeek-20" target='_blank' rel='nofollow sponsored'>Amazon</a>
					</div>
				</div>
			"""
    else:
        shop = "\n\t\t\t\t&nbsp;\n\t\t\t"
    return f"""
	<tr id='row_' >
		<td class="collection_rank">
			<a name="{rank}"></a>
			{rank}
		</td>
		<td class="collection_thumbnail">
			<a href="{_gg_url(game)}"   ><img alt="Board Game: {esc(title)}" src="{_gg_image(ident)}"/></a>
		</td>
		<td id='CEcell_objectname{index}' class='collection_objectname '>
			<div style='z-index:1000;' id='status_objectname{index}'></div>
			<div id='results_objectname{index}' style='z-index:1000;' onclick=''>
								<a href="{_gg_url(game)}"   class='primary' >{esc(title)}</a>{year_html}
						</div>{desc_html}
		</td>
		<td class='collection_bggrating' align='center'>
			{geek:.3f}
		</td>
		<td class='collection_bggrating' align='center'>
			{avg:.2f}
		</td>
		<td class='collection_bggrating' align='center'>
			{voters}
		</td>
		<td class='collection_shop' align='center'>{shop}</td>
	</tr>"""


def _gg_pager(number: int, total: int) -> str:
    parts: list[str] = []
    if number > 1:
        parts.append(f'<a href="/browse/boardgame/page/{number - 1}" title="previous page"><b>&laquo; Prev</b></a>')
    for page in range(1, total + 1):
        if page == number:
            parts.append(f"<b>{page}</b>")
        else:
            parts.append(f'<a href="/browse/boardgame/page/{page}" title="page {page}">{page}</a>')
    if number < total:
        parts.append(f'<a href="/browse/boardgame/page/{number + 1}" title="next page"><b>Next &raquo;</b></a>')
    return f"""
<div class='infobox'>
	<div class='fr'>
		{"&nbsp;&nbsp;".join(parts)}
	</div>
	<div class='fl'>
		<span class='smallfont'>Page {number} of {total}</span>
	</div>
	<div class='clear'></div>
</div>"""


GG_NAV = [
    (
        "Browse",
        [
            ("All Boardgames", "/browse/boardgame"),
            ("Categories", "/browse/boardgamecategory"),
            ("Mechanics", "/browse/boardgamemechanic"),
            ("Families", "/browse/boardgamefamily"),
            ("Designers", "/browse/boardgamedesigner"),
            ("Publishers", "/browse/boardgamepublisher"),
            ("Hot Items", "/hotness"),
        ],
    ),
    (
        "Forums",
        [
            ("All Forums", "/forums"),
            ("General", "/forum/9/boardgamegeek/general"),
            ("Reviews", "/forum/10/boardgamegeek/reviews"),
            ("Sessions", "/forum/11/boardgamegeek/sessions"),
            ("Variants", "/forum/12/boardgamegeek/variants"),
        ],
    ),
    (
        "GeekMarket",
        [("Browse Listings", "/market/browse"), ("Sell an Item", "/market/sell"), ("Shopping Cart", "/market/cart")],
    ),
    (
        "Community",
        [
            ("GeekLists", "/geeklists"),
            ("Guilds", "/guilds"),
            ("Play Logging", "/plays"),
            ("Podcasts", "/boardgamepodcasts"),
            ("Files", "/files"),
        ],
    ),
    (
        "Help",
        [
            ("Getting Started", "/wiki/page/Getting_Started"),
            ("FAQ", "/wiki/page/BoardGameGeek_FAQ"),
            ("Contact", "/contact"),
        ],
    ),
]


def _gg_page(
    number: int,
    total: int,
    games: list[tuple[int, str, int | None, str | None, float, float, int, float | None]],
    first_rank: int,
) -> str:
    rows = "".join(_gg_row(game, first_rank + i, i + 1) for i, game in enumerate(games))
    menus = "\n".join(
        f"""					<li class="dropdown nav-item">
						<button class="btn btn-link dropdown-toggle nav-link" type="button" aria-expanded="false" aria-haspopup="true">{esc(label)}</button>
						<ul class="dropdown-menu" role="menu">
{chr(10).join(f'							<li><a class="dropdown-item" href="{href}">{esc(text)}</a></li>' for text, href in items)}
						</ul>
					</li>"""
        for label, items in GG_NAV
    )
    pager = _gg_pager(number, total)
    return f"""<!DOCTYPE html>
<html lang="en" ng-app="GeekApp" ng-strict-di>
<head>
	<meta charset="utf-8">
	<meta http-equiv="X-UA-Compatible" content="IE=edge">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<title>Browse Board Games | Page {number} | BoardGameGeek</title>
	<meta name="description" content="Browse the board game database by rank, title, rating and number of voters.">
	<meta name="robots" content="noodp,noydir">
	<link rel="canonical" href="https://boardgamegeek.com/browse/boardgame/page/{number}">
	<link rel="preconnect" href="https://cf.geekdo-static.com">
	<link rel="preconnect" href="https://cf.geekdo-images.com">
	<link rel="icon" type="image/png" sizes="32x32" href="https://cf.geekdo-static.com/icons/favicon2.ico">
	<link rel="stylesheet" href="https://cf.geekdo-static.com/frontend/styles.b6e1c5a98d3f7420.css" media="print" onload="this.media='all'">
	<link rel="stylesheet" href="https://cf.geekdo-static.com/static/css_master_6613a9f2c1d44.css">
	<script>
		var GEEK = GEEK || {{}};
		GEEK.userid = 0;
		GEEK.username = "";
		GEEK.objecttype = "thing";
		GEEK.subtype = "boardgame";
		GEEK.rootUrl = "https://boardgamegeek.com";
		GEEK.pageType = "browse";
		window.dataLayer = window.dataLayer || [];
		window.dataLayer.push({{"pageType": "browse", "objecttype": "thing", "subtype": "boardgame", "loggedIn": false}});
	</script>
	<script async src="https://www.googletagmanager.com/gtag/js?id=G-9F3JQ7Y2XW"></script>
	<script>
		window.freestar = window.freestar || {{}};
		freestar.queue = freestar.queue || [];
		freestar.config = freestar.config || {{}};
		freestar.config.enabled_slots = [];
		freestar.initCallback = function () {{ (freestar.config.enabled_slots.length === 0) ? freestar.initCallbackCalled = false : freestar.newAdSlots(freestar.config.enabled_slots) }}
	</script>
	<script src="https://a.pub.network/boardgamegeek-com/pubfig.min.js" data-cfasync="false" async></script>
	<script src="https://cf.geekdo-static.com/static/js/prototype_1.7.3.js"></script>
	<script src="https://cf.geekdo-static.com/static/js/geekcore_7d1ac0e59b.js"></script>
</head>
<body class="logged-out" ng-controller="MainCtrl as main">
	<gg-cookie-consent>
		<div class="cookie-consent" role="dialog" aria-live="polite" aria-label="Cookie consent">
			<p>We use cookies to personalise content and ads, to provide social media features and to analyse our traffic. <a href="/privacy">Privacy Policy</a></p>
			<button type="button" class="btn btn-primary btn-sm">Accept All</button>
			<button type="button" class="btn btn-secondary btn-sm">Manage Preferences</button>
		</div>
	</gg-cookie-consent>
	<div class="global-header-outer">
		<gg-header>
			<header class="global-header" role="banner">
				<nav class="navbar navbar-expand-lg global-header-nav" aria-label="Primary">
					<a class="navbar-brand" href="/" aria-label="BoardGameGeek home">
						<img src="https://cf.geekdo-static.com/images/logos/navbar-logo-bgg-b2.svg" alt="BoardGameGeek" width="152" height="34">
					</a>
					<form class="form-inline global-header-search" action="/geeksearch.php" method="get" role="search">
						<input type="hidden" name="action" value="search">
						<input type="hidden" name="objecttype" value="boardgame">
						<label class="sr-only" for="site-search">Search</label>
						<input id="site-search" class="form-control" type="search" name="q" placeholder="Search" autocomplete="off">
						<button class="btn btn-search" type="submit"><span class="sr-only">Search</span><i class="fa fa-search" aria-hidden="true"></i></button>
					</form>
					<ul class="navbar-nav global-header-nav-primary">
{menus}
					</ul>
					<div class="global-header-nav-secondary">
						<a class="btn btn-sm btn-outline-light" href="/login?redirect_server=1">Sign In</a>
						<a class="btn btn-sm btn-primary" href="/join">Join (it's free)!</a>
					</div>
				</nav>
			</header>
		</gg-header>
	</div>
	<div class="global-body-ad-container">
		<div id="bgg_leaderboard_atf" class="ad-container" data-freestar-ad="__728x90 __320x50"></div>
	</div>
	<div class="global-body-content-container container-fluid">
		<div class="global-body-content-primary">
			<div class="content">
				<div id="maincontent">
					<table width='100%' cellpadding='0' cellspacing='0' border='0'>
						<tr>
							<td class='mainbody' valign='top'>
								<h1 class="page-title">Browse Board Games</h1>
								<div class='geekfilters'>
									<a href="/browse/boardgame">Board Game Rank</a> |
									<a href="/browse/boardgame/sort/title">Title</a> |
									<a href="/advsearch/boardgame">Advanced Search</a> |
									<a href="/browse/boardgame?sort=bggrating&amp;sortdir=desc">Geek Rating</a>
								</div>
{pager}
<table cellpadding='0' cellspacing='0' class='collection_table' id='collectionitems'>
	<tr>
		<th class='collection_rank'><a href="/browse/boardgame/sort/rank?sortdir=asc" title="sort by Board Game Rank">Board Game Rank</a></th>
		<th class='collection_thumbnail'>Thumbnail</th>
		<th class='collection_objectname'><a href="/browse/boardgame/sort/title" title="sort by Title">Title</a></th>
		<th class='collection_bggrating'><a href="/browse/boardgame/sort/bggrating?sortdir=desc" title="sort by Geek Rating">Geek Rating</a></th>
		<th class='collection_bggrating'><a href="/browse/boardgame/sort/avgrating?sortdir=desc" title="sort by Avg Rating">Avg Rating</a></th>
		<th class='collection_bggrating'><a href="/browse/boardgame/sort/numvoters?sortdir=desc" title="sort by Num Voters">Num Voters</a></th>
		<th class='collection_shop'>Shop</th>
	</tr>{rows}
</table>
{pager}
							</td>
						</tr>
					</table>
				</div>
			</div>
		</div>
		<aside class="global-body-content-secondary" aria-label="Advertisement">
			<div id="bgg_sidebar_atf" class="ad-container" data-freestar-ad="__300x250 __300x600"></div>
			<div class="sidebar-module">
				<h2 class="sidebar-module-title">The Hotness</h2>
				<ol class="hotness-list">
					<li><a href="/boardgame/350184/earthborne-rangers">Earthborne Rangers</a></li>
					<li><a href="/boardgame/371942/the-white-castle">The White Castle</a></li>
					<li><a href="/boardgame/366013/heat-pedal-to-the-metal">Heat: Pedal to the Metal</a></li>
					<li><a href="/boardgame/342942/ark-nova">Ark Nova</a></li>
					<li><a href="/boardgame/295770/frosthaven">Frosthaven</a></li>
				</ol>
				<a class="sidebar-module-more" href="/hotness">See the full list</a>
			</div>
		</aside>
	</div>
	<div class="global-footer-outer">
		<gg-footer>
			<footer class="global-footer" role="contentinfo">
				<div class="global-footer-social">
					<a href="https://www.facebook.com/BoardGameGeek" aria-label="Facebook"><i class="fa fa-facebook" aria-hidden="true"></i></a>
					<a href="https://www.instagram.com/boardgamegeek" aria-label="Instagram"><i class="fa fa-instagram" aria-hidden="true"></i></a>
					<a href="https://www.youtube.com/boardgamegeektv" aria-label="YouTube"><i class="fa fa-youtube" aria-hidden="true"></i></a>
				</div>
				<ul class="global-footer-links">
					<li><a href="/about">About</a></li>
					<li><a href="/advertising">Advertise with Us</a></li>
					<li><a href="/contact">Contact</a></li>
					<li><a href="/wiki/page/BoardGameGeek_FAQ">FAQ</a></li>
					<li><a href="/terms">Terms of Service</a></li>
					<li><a href="/privacy">Privacy</a></li>
					<li><a href="/support">Support BGG</a></li>
				</ul>
				<p class="global-footer-copyright">&copy; 2025 BoardGameGeek, LLC</p>
			</footer>
		</gg-footer>
	</div>
	<script src="https://cf.geekdo-static.com/frontend/runtime.3a1f0c2e9b44d715.js" type="module"></script>
	<script src="https://cf.geekdo-static.com/frontend/polyfills.0e61b7cfa2d58b30.js" type="module"></script>
	<script src="https://cf.geekdo-static.com/frontend/main.8c2d4f71e05a9b66.js" type="module"></script>
</body>
</html>"""


@twentythird_b
def build_gamegeekery() -> None:
    s = Site(
        "gamegeekery",
        kind="board-game database browse table (BoardGameGeek legacy /browse/boardgame/page/N in the Angular shell: table.collection_table#collectionitems with a th sort-link header row, every row id='row_', td.collection_rank of an empty a[name] + bare number, div#results_objectnameN > a.primary + span.smallerfont.dull '(2017)' + p.smallefont.dull description, three td.collection_bggrating bare numbers, td.collection_shop Amazon price / 'List Price' on some rows; '« Prev 1 2 3 Next »' pager above and below with 'Page 1 of 3')",
        start="browse/boardgame/",
        description="A board-game database's legacy browse page (boardgamegeek.com/browse/boardgame, 2024–25, logged out): the Angular shell (gg-cookie-consent banner, gg-header with a search form, dropdown menus Browse / Forums / GeekMarket / Community / Help, Sign In / Join), a leaderboard ad slot, then the legacy content inside nested layout tables: h1 'Browse Board Games', sort links, the pager div.infobox (div.fr of '<b>« Prev</b>' a[title='previous page'] from page 2, numbered a[title='page N'] with the current number in <b>, a[title='next page'] '<b>Next »</b>' until the last page; div.fl 'Page 1 of 3'), table.collection_table#collectionitems: a header tr of th.collection_* cells with sort links (Board Game Rank, Title, Geek Rating, Avg Rating, Num Voters) and 'Thumbnail' / 'Shop', then rows tr#row_ (the same id on every row): td.collection_rank with an empty <a name='N'> and the rank as bare text, td.collection_thumbnail img alt 'Board Game: Title', td#CEcell_objectnameN.collection_objectname holding div#status_objectnameN, div#results_objectnameN > a.primary to /boardgame/<id>/<slug> and span.smallerfont.dull '(2017)' (no year on two), p.smallefont.dull one-line description (none on four), td.collection_bggrating ×3 of bare numbers padded with tabs and newlines (Geek Rating '8.412', Avg Rating '8.59', Num Voters '49126'), td.collection_shop with div.aad: an Amazon affiliate price link '$69.99', 'List Price' and an 'Amazon' link (&nbsp; only on a third of the rows); the pager again below; a Hotness sidebar, footer. /browse/boardgame/ is page 1, also served at /browse/boardgame/page/1. 12 + 12 + 9 games. Written down: rank, title, url, year, description, geek_rating, avg_rating, voters.",
    )
    pages = chunks(GG_GAMES, [12, 12, 9])
    rank = 1
    for number, games in enumerate(pages, 1):
        text = _gg_page(number, len(pages), games, rank)
        rank += len(games)
        if number == 1:
            s.list_page("browse/boardgame/index.html", text)
            s.write("browse/boardgame/page/1/index.html", text)
        else:
            s.list_page(f"browse/boardgame/page/{number}/index.html", text)
    for rank, game in enumerate(GG_GAMES, 1):
        _ident, title, year, desc, geek, avg, voters, _price = game
        s.expect(
            {
                "rank": rank,
                "title": title,
                "url": _gg_url(game),
                "year": year,
                "description": desc,
                "geek_rating": geek,
                "avg_rating": avg,
                "voters": voters,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# scrobblechart: a Last.fm user's track library (table.chartlist with count bars).
# ---------------------------------------------------------------------------------------------------

LF_USER = "quietharbour"

#: (track, artist, album, scrobbles, loved, buy links as (store, price or None)).
LF_TRACKS: list[tuple[str, str, str, int, bool, list[tuple[str, str | None]]]] = [
    ("Glass Harbour", "Halcyon Drift", "Tidewater", 1287, True, [("Amazon", "£0.99"), ("iTunes", "£1.29")]),
    ("Northbound Static", "The Kestrel Pines", "Wire & Weather", 1104, True, [("Amazon", "£0.89")]),
    ("Paper Lanterns", "Mira Okafor", "Paper Lanterns", 986, False, [("Amazon", "£0.99"), ("iTunes", "£0.99")]),
    ("Slow Burn (Live at Hollow Hall)", "Halcyon Drift", "Live at Hollow Hall", 942, False, []),
    ("Saltwater Lungs", "Fen & Field", "Estuary", 877, True, [("Amazon", "£1.09")]),
    (
        "Tell Me Where the River Goes",
        "Juniper Vale",
        "Lowlands",
        803,
        False,
        [("Amazon", "£0.99"), ("iTunes", "£1.29")],
    ),
    ("Cathode Summer", "Neon Almanac", "Cathode Summer", 765, False, [("iTunes", "£0.99")]),
    ("Hollow Bones", "The Kestrel Pines", "Wire & Weather", 741, True, [("Amazon", "£0.89"), ("iTunes", "£0.99")]),
    ("Mercury Rising", "Astra Bloom", "Orbit Songs", 698, False, [("Amazon", "£0.99")]),
    ("Undertow", "Fen & Field", "Estuary", 664, False, []),
    ("Static Hearts", "Neon Almanac", "Cathode Summer", 652, False, [("Amazon", "£0.79"), ("iTunes", "£0.99")]),
    ("Ode to the Night Bus", "Tomas Reyna", "City Hours", 617, True, [("Amazon", "£0.99")]),
    ("Copper Sky", "Juniper Vale", "Lowlands", 590, False, [("iTunes", "£1.29")]),
    ("Lighthouse Keeper", "Halcyon Drift", "Tidewater", 571, False, [("Amazon", "£0.99"), ("iTunes", "£1.29")]),
    ("Feathers", "Mira Okafor", "Paper Lanterns", 549, False, [("Amazon", "£0.99")]),
    ("Blue Hour Parade", "The Sunday Drivers", "Blue Hour Parade", 532, True, []),
    ("Quiet Machines", "Astra Bloom", "Orbit Songs", 508, False, [("Amazon", "£0.99"), ("iTunes", "£0.99")]),
    ("Winter Coats", "The Kestrel Pines", "Evergreen EP", 487, False, [("Amazon", "£0.89")]),
    ("Los Días Largos", "Tomas Reyna", "City Hours", 463, False, [("iTunes", "£0.99")]),
    ("Harbour Lights, Pt. II", "Halcyon Drift", "Tidewater", 441, False, [("Amazon", "£0.99")]),
    ("Marigold", "Ivy Larkspur", "Marigold", 420, True, [("Amazon", "£1.09"), ("iTunes", "£1.29")]),
    ("Second Skin", "Neon Almanac", "Second Skin", 398, False, []),
    ("The Long Field", "Fen & Field", "Estuary", 377, False, [("Amazon", "£1.09")]),
    ("Satellite Hymn", "Astra Bloom", "Orbit Songs", 359, False, [("iTunes", "£0.99")]),
    ("Bicycle Thieves", "The Sunday Drivers", "Blue Hour Parade", 341, False, [("Amazon", "£0.99")]),
    (
        "Rooftop Gardens",
        "Mira Okafor",
        "Rooftop Gardens - Single",
        322,
        False,
        [("Amazon", "£0.99"), ("iTunes", "£0.99")],
    ),
    ("Ember & Ash", "Juniper Vale", "Ember & Ash", 305, True, [("Amazon", "£0.99")]),
    ("Night Swim", "Ivy Larkspur", "Marigold", 287, False, []),
    ("Tin Roof Rain", "Tomas Reyna", "City Hours", 266, False, [("iTunes", "£0.99")]),
    ("Afterglow Radio", "Neon Almanac", "Cathode Summer", 248, False, [("Amazon", "£0.79")]),
    ("Weathervane", "The Kestrel Pines", "Wire & Weather", 231, False, [("Amazon", "£0.89"), ("iTunes", "£0.99")]),
    ("Gravity Well", "Astra Bloom", "Orbit Songs", 215, False, []),
    ("Low Tide Lullaby", "Halcyon Drift", "Tidewater", 198, True, [("Amazon", "£0.99")]),
    ("Stone Circle", "Fen & Field", "Stone Circle - EP", 183, False, [("iTunes", "£0.99")]),
    ("Sunday Best", "The Sunday Drivers", "Blue Hour Parade", 170, False, [("Amazon", "£0.99")]),
]


def _lf_name(text: str) -> str:
    """Last.fm writes names into its paths with '+' for spaces and percent-escapes for the rest."""
    return quote_plus(text, safe="")


def _lf_url(track: tuple[str, str, str, int, bool, list[tuple[str, str | None]]]) -> str:
    return f"/music/{_lf_name(track[1])}/_/{_lf_name(track[0])}"


def _lf_row(track: tuple[str, str, str, int, bool, list[tuple[str, str | None]]], rank: int, top: int) -> str:
    title, artist, album, count, loved, buys = track
    url = _lf_url(track)
    artist_url = f"/music/{_lf_name(artist)}"
    youtube = _hex(title + artist, 11)
    width = round(100 * count / top, 4)
    loved_html = (
        """<div class="chartlist-love-button-wrap">
								<span class="chartlist-love-button chartlist-love-button--loved" title="Loved">Loved</span>
							</div>"""
        if loved
        else f"""<div class="chartlist-love-button-wrap">
								<a href="/login?next=/user/{LF_USER}/library/tracks" class="chartlist-love-button" title="Love this track" data-analytics-action="LoveTrackLoggedOut">Love this track</a>
							</div>"""
    )
    if buys:
        items = "\n".join(
            f"""										<li>
											<a class="dropdown-menu-clickable-item buylinks-item buylinks-item--{slug(store)}" href="https://www.last.fm/affiliate/{slug(store)}?track={_lf_name(title)}&amp;artist={_lf_name(artist)}" target="_blank" rel="noopener nofollow" data-analytics-action="BuyTrack" data-analytics-label="{slug(store)}">
												<span class="buylinks-store">Buy on {esc(store)}</span>
												{f'<span class="buylinks-price">{esc(price)}</span>' if price else ""}
											</a>
										</li>"""
            for store, price in buys
        )
        buy_html = f"""<div class="chartlist-buylinks-container dropdown-menu-clickable-container" data-dropdown-menu-clickable>
								<button class="chartlist-buylinks-button dropdown-menu-clickable-button disclose-trigger" aria-expanded="false" data-disclose-hover data-dropdown-menu-clickable-button>
									<span class="sr-only">Open buy links for {esc(title)} by {esc(artist)}</span>
								</button>
								<div class="dropdown-menu-clickable dropdown-menu-clickable--buylinks" data-dropdown-menu-clickable-menu hidden>
									<ul class="dropdown-menu-clickable-list">
{items}
									</ul>
								</div>
							</div>"""
    else:
        buy_html = ""
    return f"""
				<tr class="chartlist-row chartlist-row--with-artist chartlist-row--with-buylinks js-focus-controls-container" data-chartlist-item>
					<td class="chartlist-index">
						{rank}
					</td>
					<td class="chartlist-play">
						<a role="button" data-playlink-affiliate class="chartlist-play-button js-playlink" href="https://www.youtube.com/watch?v={youtube}" data-track-name="{esc(title)}" data-track-url="{url}" data-artist-name="{esc(artist)}" data-artist-url="{artist_url}" data-youtube-id="{youtube}" data-youtube-url="https://www.youtube.com/watch?v={youtube}" data-playlink-provider="youtube" data-analytics-action="PlayTrack" data-analytics-label="youtube" target="_blank" rel="noopener">
							<span class="chartlist-play-image">
								Play track
							</span>
						</a>
					</td>
					<td class="chartlist-image">
						<a href="{artist_url}/{_lf_name(album)}" class="cover-art">
							<img src="https://lastfm.freetls.fastly.net/i/u/64s/{_hex(album, 32)}.jpg" alt="{esc(album)}" loading="lazy">
						</a>
					</td>
					<td class="chartlist-loved">
						{loved_html}
					</td>
					<td class="chartlist-name">
						<a href="{url}" title="{esc(title)}" data-analytics-action="TrackNameClick">{esc(title)}</a>
					</td>
					<td class="chartlist-artist">
						<a href="{artist_url}" title="{esc(artist)}" data-analytics-action="ArtistNameClick">{esc(artist)}</a>
					</td>
					<td class="chartlist-buylinks">
						{buy_html}
					</td>
					<td class="chartlist-bar">
						<span class="chartlist-count-bar">
							<a class="chartlist-count-bar-link" href="/user/{LF_USER}/library/music/{_lf_name(artist)}/_/{_lf_name(title)}" title="{count:,} scrobbles">
								<span class="chartlist-count-bar-slug" style="width:{width}%;"></span>
								<span class="chartlist-count-bar-value">
									{count:,}
									<span class="stat-name">scrobbles</span>
								</span>
							</a>
						</span>
					</td>
				</tr>"""


def _lf_pager(number: int, total: int) -> str:
    items: list[str] = []
    if number > 1:
        items.append(
            f'<li class="pagination-previous">\n\t\t\t\t\t\t<a href="?page={number - 1}">Previous</a>\n\t\t\t\t\t</li>'
        )
    for page in range(1, total + 1):
        if page == number:
            items.append(
                f'<li class="pagination-page" aria-current="page">\n\t\t\t\t\t\t<span>{page}</span>\n\t\t\t\t\t</li>'
            )
        else:
            items.append(
                f'<li class="pagination-page">\n\t\t\t\t\t\t<a href="?page={page}">{page}</a>\n\t\t\t\t\t</li>'
            )
    if number < total:
        items.append(
            f'<li class="pagination-next">\n\t\t\t\t\t\t<a href="?page={number + 1}">Next</a>\n\t\t\t\t\t</li>'
        )
    joined = "\n\t\t\t\t\t".join(items)
    return f"""
			<nav class="pagination" aria-label="Page navigation">
				<ul class="pagination-list">
					{joined}
				</ul>
			</nav>"""


LF_PROFILE_NAV = [
    ("Overview", ""),
    ("Reports", "/listening-report/week"),
    ("Library", "/library"),
    ("Playlists", "/playlists"),
    ("Following", "/following"),
    ("Followers", "/followers"),
    ("Loved Tracks", "/loved"),
    ("Obsessions", "/obsessions"),
    ("Events", "/events"),
    ("Neighbours", "/neighbours"),
    ("Tags", "/tags"),
    ("Shouts", "/shoutbox"),
]


def _lf_page(
    number: int,
    total: int,
    tracks: list[tuple[str, str, str, int, bool, list[tuple[str, str | None]]]],
    first_rank: int,
) -> str:
    top = LF_TRACKS[0][3]
    rows = "".join(_lf_row(track, first_rank + i, top) for i, track in enumerate(tracks))
    nav = "\n".join(
        f'					<li class="navlist-item secondary-nav-item secondary-nav-item--{slug(label)}"><a class="secondary-nav-item-link{" secondary-nav-item-link--active" if label == "Library" else ""}" href="/user/{LF_USER}{path}">{label}</a></li>'
        for label, path in LF_PROFILE_NAV
    )
    return f"""<!DOCTYPE html>
<html lang="en" class="no-js playbar-masthead-release-shim youtube-provider-not-ready">
<head>
	<meta charset="utf-8">
	<meta http-equiv="x-ua-compatible" content="ie=edge">
	<title>{LF_USER}’s Library — Tracks | Last.fm</title>
	<meta name="description" content="Listen to music from {LF_USER}’s library (6,408 tracks played). {LF_USER}’s top tracks are Glass Harbour, Northbound Static and Paper Lanterns.">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta name="robots" content="noindex">
	<link rel="canonical" href="https://www.last.fm/user/{LF_USER}/library/tracks{f"?page={number}" if number > 1 else ""}">
	<meta property="og:site_name" content="Last.fm">
	<meta property="og:title" content="{LF_USER}’s Library">
	<meta property="og:type" content="website">
	<link rel="icon" href="https://www.last.fm/static/images/favicon.702b239b6194.ico">
	<link rel="stylesheet" href="https://www.last.fm/static/styles/compiled/app.2f1c7bd4e6a0.css">
	<script>
		window.lfm = window.lfm || {{}};
		lfm.loggedIn = false;
		lfm.pageType = "user_library_tracks";
		lfm.gptTargeting = {{"pag": "library", "lang": "en", "loggedin": "no"}};
	</script>
	<script src="https://www.last.fm/static/js-build/lib/modernizr.9a8e7b53a4d1.js"></script>
	<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
	<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="6f0c3a4e-1f0b-4e56-9e3a-lastfm" charset="UTF-8"></script>
</head>
<body class="namespace--user_library_tracks">
	<div class="cookie-banner" role="region" aria-label="Cookie banner">
		<p>We and our partners store and access information on your device, such as cookies, to personalise ads and content and measure their performance. <a href="https://www.last.fm/legal/cookies">Cookie Policy</a></p>
		<button type="button" class="btn-secondary">Manage Settings</button>
		<button type="button" class="btn-primary">Accept All</button>
	</div>
	<a class="skip-link" href="#content">Skip to content</a>
	<div class="masthead">
		<div class="masthead-inner-wrap">
			<div class="masthead-logo">
				<a href="/" title="Last.fm home"><img src="https://www.last.fm/static/images/lastfm_avatar_twitter.52a5d69a85ac.png" alt="Last.fm" width="96" height="32"></a>
			</div>
			<nav class="masthead-nav" aria-label="Site">
				<ul class="masthead-nav-list">
					<li class="masthead-nav-item"><a class="masthead-nav-control" href="/search">Search</a></li>
					<li class="masthead-nav-item"><a class="masthead-nav-control" href="/home">Home</a></li>
					<li class="masthead-nav-item"><a class="masthead-nav-control" href="/music">Music</a></li>
					<li class="masthead-nav-item"><a class="masthead-nav-control" href="/events">Events</a></li>
					<li class="masthead-nav-item"><a class="masthead-nav-control" href="/features">Features</a></li>
				</ul>
			</nav>
			<div class="site-auth">
				<a class="site-auth-control" href="/login?next=/user/{LF_USER}/library/tracks">Log In</a>
				<a class="site-auth-control site-auth-control--signup" href="/join">Sign Up</a>
			</div>
		</div>
	</div>
	<main id="content" role="main">
		<div class="header-background header-background--has-image" style="background-image:url(https://lastfm.freetls.fastly.net/i/u/ar0/{_hex(LF_USER, 32)}.jpg);"></div>
		<header class="header header--user">
			<div class="container">
				<div class="header-avatar">
					<span class="avatar header-avatar-inner-wrap"><img src="https://lastfm.freetls.fastly.net/i/u/avatar170s/{_hex("avatar" + LF_USER, 32)}.png" alt="Avatar for {LF_USER}" loading="lazy"></span>
				</div>
				<div class="header-title-label-wrap">
					<h1 class="header-title"><a href="/user/{LF_USER}">{LF_USER}</a></h1>
					<span class="header-scrobble-since">· scrobbling since 12 Mar 2014</span>
				</div>
				<ul class="header-metadata">
					<li class="header-metadata-item"><h4 class="header-metadata-title">Scrobbles</h4><p class="header-metadata-display"><a href="/user/{LF_USER}/library">48,217</a></p></li>
					<li class="header-metadata-item"><h4 class="header-metadata-title">Artists</h4><p class="header-metadata-display"><a href="/user/{LF_USER}/library/artists">1,952</a></p></li>
					<li class="header-metadata-item"><h4 class="header-metadata-title">Loved Tracks</h4><p class="header-metadata-display"><a href="/user/{LF_USER}/loved">214</a></p></li>
				</ul>
				<nav class="navlist secondary-nav navlist--more" aria-label="Secondary navigation">
				<ul class="navlist-items js-navlist-items">
{nav}
				</ul>
				</nav>
			</div>
		</header>
		<div class="page-content">
			<div class="row">
				<div class="col-main">
					<nav class="navlist library-sub-nav" aria-label="Library navigation">
						<ul class="navlist-items">
							<li class="navlist-item"><a class="secondary-nav-item-link" href="/user/{LF_USER}/library">Scrobbles</a></li>
							<li class="navlist-item"><a class="secondary-nav-item-link" href="/user/{LF_USER}/library/artists">Artists</a></li>
							<li class="navlist-item"><a class="secondary-nav-item-link" href="/user/{LF_USER}/library/albums">Albums</a></li>
							<li class="navlist-item"><a class="secondary-nav-item-link secondary-nav-item-link--active" href="/user/{LF_USER}/library/tracks" aria-current="page">Tracks</a></li>
						</ul>
					</nav>
					<section class="library-controls">
						<div class="dropdown-menu-clickable-container library-date-range-selector" data-dropdown-menu-clickable>
							<button class="dropdown-menu-clickable-button btn-secondary" aria-expanded="false" data-dropdown-menu-clickable-button>All time</button>
							<ul class="dropdown-menu-clickable" hidden>
								<li><a class="dropdown-menu-clickable-item" href="?date_preset=LAST_7_DAYS">Last 7 days</a></li>
								<li><a class="dropdown-menu-clickable-item" href="?date_preset=LAST_30_DAYS">Last 30 days</a></li>
								<li><a class="dropdown-menu-clickable-item" href="?date_preset=LAST_90_DAYS">Last 90 days</a></li>
								<li><a class="dropdown-menu-clickable-item" href="?date_preset=LAST_365_DAYS">Last 365 days</a></li>
								<li><a class="dropdown-menu-clickable-item" href="?date_preset=ALL" aria-current="true">All time</a></li>
							</ul>
						</div>
						<p class="metadata-display-wrap"><span class="metadata-title">Tracks</span> <span class="metadata-display">6,408</span></p>
					</section>
					<section id="top-tracks-section">
						<h2 class="visually-hidden">Tracks</h2>
						<table class="chartlist chartlist--with-index chartlist--with-index--length-2 chartlist--with-play chartlist--with-image chartlist--with-loved chartlist--with-artist chartlist--with-buylinks chartlist--with-bar">
							<tbody>{rows}
							</tbody>
						</table>
{_lf_pager(number, total)}
					</section>
				</div>
				<div class="col-sidebar">
					<div class="ad-slot ad-slot--mpu" id="gpt-mpu-top" data-ad-container="mpu" aria-hidden="true"></div>
					<section class="sidebar-module">
						<h3 class="text-18">Listening report</h3>
						<p>See what {LF_USER} listened to this week, with the top artists, albums and tracks.</p>
						<a class="btn-primary" href="/user/{LF_USER}/listening-report/week">View report</a>
					</section>
					<section class="sidebar-module">
						<h3 class="text-18">Get your own library</h3>
						<p>Last.fm keeps track of everything you listen to. <a href="/join">Sign up</a> and connect Spotify, Apple Music or your media player.</p>
					</section>
				</div>
			</div>
		</div>
	</main>
	<footer class="footer" role="contentinfo">
		<div class="container">
			<div class="footer-top">
				<div class="footer-column">
					<h3 class="footer-heading">Company</h3>
					<ul class="footer-links">
						<li><a href="/about">About Last.fm</a></li>
						<li><a href="/about/contact">Contact Us</a></li>
						<li><a href="/about/jobs">Jobs</a></li>
					</ul>
				</div>
				<div class="footer-column">
					<h3 class="footer-heading">Help</h3>
					<ul class="footer-links">
						<li><a href="/about/trackmymusic">Track My Music</a></li>
						<li><a href="https://support.last.fm/">Community Support</a></li>
						<li><a href="/help/guidelines">Community Guidelines</a></li>
					</ul>
				</div>
				<div class="footer-column">
					<h3 class="footer-heading">Goodies</h3>
					<ul class="footer-links">
						<li><a href="/about/trackmymusic">Download Scrobbler</a></li>
						<li><a href="/api">Developer API</a></li>
						<li><a href="/pro">Subscribe to Pro</a></li>
					</ul>
				</div>
			</div>
			<div class="footer-bottom">
				<p class="footer-legal">&copy; 2025 Last.fm Ltd. All rights reserved · <a href="/legal/terms">Terms of Use</a> · <a href="/legal/privacy">Privacy Policy</a> · <a href="/legal/cookies">Cookies Policy</a></p>
			</div>
		</div>
	</footer>
	<script src="https://www.last.fm/static/js-build/app.4b5a0f3e1c27.js"></script>
</body>
</html>"""


@twentythird_b
def build_scrobblechart() -> None:
    s = Site(
        "scrobblechart",
        kind="listening-history track chart (Last.fm /user/NAME/library/tracks: table.chartlist of tr.chartlist-row with td.chartlist-index rank, a YouTube play link, cover image, loved heart, td.chartlist-name a, td.chartlist-artist a, a hidden buy-links dropdown of 'Buy on Amazon £0.99' items, td.chartlist-bar with span.chartlist-count-bar-value '1,287' + span.stat-name 'scrobbles'; nav.pagination > ul.pagination-list Previous / numbers / Next over relative ?page=N)",
        start=f"user/{LF_USER}/library/tracks/",
        description=f"A listener's public track library on a scrobbling service (last.fm/user/{LF_USER}/library/tracks, 2024–25, logged out): a cookie banner, the masthead (Search / Home / Music / Events / Features, Log In / Sign Up), the user header (background image, avatar, 'scrobbling since', Scrobbles / Artists / Loved Tracks counts as links, the secondary nav Overview … Shouts), the library sub-nav (Scrobbles / Artists / Albums / Tracks), an 'All time' date-range dropdown of ?date_preset= links and 'Tracks 6,408', then table.chartlist (modifier classes --with-index --with-play --with-image --with-loved --with-artist --with-buylinks --with-bar) > tbody > tr.chartlist-row[data-chartlist-item]: td.chartlist-index the rank as padded text, td.chartlist-play a.chartlist-play-button YouTube link with data-track-name / data-artist-name and 'Play track', td.chartlist-image cover link with album alt text, td.chartlist-loved (a 'Loved' span on nine, a 'Love this track' login link otherwise), td.chartlist-name > a[title] to /music/Artist+Name/_/Track+Name, td.chartlist-artist > a[title] to /music/Artist+Name, td.chartlist-buylinks with a dropdown-menu-clickable button (sr-only 'Open buy links for …') and a hidden menu of 'Buy on Amazon' / 'Buy on iTunes' links with '£0.99' prices (empty on six), td.chartlist-bar > span.chartlist-count-bar > a.chartlist-count-bar-link[title='1,287 scrobbles'] holding a width-styled slug and span.chartlist-count-bar-value '1,287' + span.stat-name 'scrobbles'; nav.pagination > ul.pagination-list of li.pagination-previous 'Previous' (from page 2), li.pagination-page links with the current one li[aria-current=page] > span, li.pagination-next 'Next' (not on the last page), all relative ?page=N (page 1 linked as ?page=1, served there too); a sidebar with an ad slot and a listening-report teaser; footer. 14 + 14 + 7 tracks. Written down: rank, title, url, artist, scrobbles.",
    )
    pages = chunks(LF_TRACKS, [14, 14, 7])
    rank = 1
    base = f"user/{LF_USER}/library/tracks/"
    for number, tracks in enumerate(pages, 1):
        text = _lf_page(number, len(pages), tracks, rank)
        rank += len(tracks)
        if number == 1:
            s.list_page(base + "index.html", text)
            s.write(base + "@page=1", text)
        else:
            s.list_page(base + f"@page={number}", text)
    for rank, track in enumerate(LF_TRACKS, 1):
        title, artist, _album, count, _loved, _buys = track
        s.expect({"rank": rank, "title": title, "url": _lf_url(track), "artist": artist, "scrobbles": count})
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TWENTYTHIRD_B.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
