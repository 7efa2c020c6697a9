"""Twenty-second wave, part D: three list pages that page by offsets or cursors in the query string, copied from
their real 2024–25 markup and written before any heuristic was changed for them.

* **hamshack-forum** — a phpBB 3.3 board (prosilver) ``viewforum.php?f=12``: a global announcement and a forum
  announcement in the ``div.forumbg.announcement`` list on every page (phpBB merges announcements into each page),
  two stickies at the head of the Topics list on page 1 only, then ``ul.topiclist.topics > li.row`` rows
  (``a.topictitle``, "by <a class=username> » Sat Mar 08, 2025 7:42 pm", in-row topic pagination on long threads,
  ``dd.posts`` / ``dd.views`` with ``<dfn>`` labels, ``dd.lastpost`` with the last poster and a ``time``),
  ``div.pagination`` "62 topics • Page 1 of 3" with the page-jump dropdown, page links ``?f=12&start=25`` and
  ``li.arrow.next > a.button.button-icon-only[rel=next]`` (an icon and a hidden "Next" span), the jump-to menu,
  "Who is online" and forum permissions. 25 topics a page. Written down: title, url, author, date, replies, views,
  last_poster, last_post_date.
* **pteridowiki** — a MediaWiki 1.41 category page (Vector 2022 skin, CategoryTree installed, ``$wgCategoryPagingLimit
  = 30``): ``div#mw-subcategories`` (four CategoryTree items), ``div#mw-pages`` with "The following 30 pages are in
  this category, out of 73 total.", "(previous page) (next page)" above and below, the links to
  ``/w/index.php?title=Category:Fern_species&pagefrom=…`` / ``pageuntil=…`` (spaces as ``+``), the
  ``div.mw-category.mw-category-columns > div.mw-category-group > h3`` letter groups of ``ul > li > a``, then the
  ``div#mw-category-media`` gallery (MediaWiki puts files after pages). Written down: title, url.
* **lakemouth-data** — a CKAN 2.10 open-data portal dataset search (``/dataset/?q=&sort=score+desc``, then
  ``&page=2``, ``&page=3``) as a logged-in editor sees it: ``ul.dataset-list > li.dataset-item`` with
  ``h2.dataset-heading`` (a "Private" badge before the link on two, a "Draft" badge after it on one), the notes
  snippet in ``div.dataset-content > div`` (markdown_extract, cut at 180 characters with "..."), the theme's
  publisher line, ``ul.dataset-resources > li > a.badge[data-format]`` format badges; the facets sidebar
  (Organizations, Groups, Tags, Formats, Licenses) and ``ul.pagination`` Bootstrap page-items with "«" / "»".
  Written down: title, url, summary, organization, formats.

Run ``uv run python tests/sites/corpus/generate_twentysecond_d.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote, quote_plus

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

TWENTYSECOND_D: dict[str, Callable[[], None]] = {}


def twentysecond_d(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TWENTYSECOND_D[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


# ---------------------------------------------------------------------------------------------------
# hamshack-forum: phpBB 3.3 prosilver viewforum, 25 topics a page, &start=N.
# ---------------------------------------------------------------------------------------------------

HS_PER_PAGE = 25
HS_POSTS_PER_PAGE = 10
HS_HOT = 25

#: user name → (user id, colour or None); staff are coloured as phpBB does it.
HS_USERS: dict[str, tuple[int, str | None]] = {
    "admin_kath": (2, "AA0000"),
    "ShackModerator": (48, "00AA00"),
    "coax_carl": (112, None),
    "dipole_dan": (131, None),
    "Wendy_W": (157, None),
    "longwire_lou": (203, None),
    "baluns4breakfast": (219, None),
    "QRP_Quentin": (240, None),
    "Fenland_Phil": (266, None),
    "Sheila.R": (281, None),
    "antenna_anorak": (305, None),
    "grumpy_groundplane": (322, None),
    "Marconi_Mike": (347, None),
    "TunerTom": (366, None),
    "hilltop_hannah": (390, None),
    "norfolk_nigel": (412, None),
}
HS_MEMBERS = [name for name, (_, colour) in HS_USERS.items() if colour is None]

HS_ANNOUNCEMENTS = [
    ("global", "Forum rules and posting guidelines — please read before posting", "admin_kath"),
    ("announce", "Antenna safety: overhead power lines, masts and lightning", "ShackModerator"),
]
HS_STICKIES = [
    ("Which wire antenna for a small garden? (FAQ — start here)", "ShackModerator"),
    ("Modelling software and calculators: EZNEC, 4nec2, MMANA-GAL links", "antenna_anorak"),
]
HS_TITLES = [
    "EFHW 49:1 transformer getting warm at 100 W on 40 m",
    "Loft dipole for 20 m — worth it or waste of time?",
    "Common mode chokes: how many turns on a FT240-31?",
    "Inverted L fed against radials in a 10 m garden",
    "SWR fine at the rig, awful at the antenna end?",
    "First G5RV — ladder line length and the choke question",
    "Magnetic loop capacitor arcing above 25 W",
    "Best 12 m fibreglass pole for portable 40 m verticals",
    "Coax or 450 Ω ladder line for a doublet through a window",
    "Random wire with a 9:1 unun — which lengths to avoid",
    "Hexbeam build log (photos)",
    "Planning permission for a 10 m tilt-over mast",
    "Noise floor S9 on 80 m — VDSL or solar inverter?",
    "Earth rod or counterpoise for an upstairs shack?",
    "Cobweb vs hexbeam on a tiny plot",
    "W3DZZ trap dipole — trap resonance measurements",
    "Does RG-58 really lose that much on 10 m?",
    "NanoVNA: calibrating at the end of the feedline",
    "Vertical on a metal shed roof as a ground plane",
    "Folded dipole on 2 m for the local repeater",
    "Off-centre fed dipole: 4:1 or 6:1 balun?",
    "Moxon for 6 m from aluminium tube — dimensions check",
    "Lightning arrestor recommendations (UK)",
    "Guying a pushup mast in high wind",
    "Beverage receive antenna on a farm field",
    "End-fed on a kite: ideas for a field day",
    "Copper-clad steel vs hard-drawn copper for long wires",
    "Attic loop for 40 m through the rafters",
    "Remote tuner at the feedpoint — SG-230 or MFJ-993?",
    "Balun failed after rain — how to waterproof properly?",
    "Half-square for 30 m DX — results after a month",
    "Antenna restrictions in a new-build estate",
    "Feeding a flagpole vertical for the neighbours' sake",
    "Measuring a mystery coax with the NanoVNA",
    "Quarter-wave verticals: how many radials are enough?",
    "Delta loop corner-fed vs bottom-fed",
    "Mobile HF whip on an EV: bonding the bodywork",
    "PL-259 crimp vs solder — long-term reliability",
    "Stacking two 2 m yagis for the contest season",
    "ZS6BKW vs G5RV for 80–10 m",
    "Receive loop (MLA-30) noise comparison",
    "Windom on 160 m: any real experience?",
    "Rotator recommendations for a light VHF array",
    "Tree-mounted verticals: what do you use as insulators?",
    "Loading coil for a 5 m vertical on 80 m",
    "RF in the shack on 15 m only",
    "Corroded N-type connectors after one winter",
    "Slinky dipole — fun experiment or useless?",
    "Portable SOTA antenna: linked dipole build",
    "HOA-style covenant and a stealth flagpole",
    "Coax through a UPVC window frame — neat solutions",
    "Wire gauge for a 260 ft doublet",
    "Homebrew 1:1 current balun test results",
    "Why does my EFHW tune on 15 m but not 10 m?",
    "Fan dipole interaction between 20 m and 17 m",
    "Static build-up on a long wire: bleed resistor?",
    "Choosing a ladder line window spacing",
    "Old TV antenna mast reused for HF — safe?",
    "Vertical vs dipole for NVIS on 60 m",
    "Discone for a scanner and 6 m transmit",
]


def _hs_stamp(moment: datetime) -> str:
    """phpBB's default date format: 'Sat Mar 08, 2025 7:42 pm'."""
    hour = moment.hour % 12 or 12
    return f"{moment:%a %b %d, %Y} {hour}:{moment:%M} {'am' if moment.hour < 12 else 'pm'}"


def _hs_user(name: str) -> str:
    uid, colour = HS_USERS[name]
    if colour:
        return f'<a href="./memberlist.php?mode=viewprofile&amp;u={uid}" style="color: #{colour};" class="username-coloured">{esc(name)}</a>'
    return f'<a href="./memberlist.php?mode=viewprofile&amp;u={uid}" class="username">{esc(name)}</a>'


def _hs_topics() -> list[dict[str, Any]]:
    rnd = random.Random(2212)
    topics: list[dict[str, Any]] = []
    for index, (kind, title, author) in enumerate(HS_ANNOUNCEMENTS):
        started = datetime(2024, 2 + index * 5, 11 + index, 9 + index * 3, 15 + index * 7)
        topics.append(
            {
                "id": 1204 + index * 881,
                "kind": kind,
                "title": title,
                "author": author,
                "started": started,
                "replies": 0,
                "views": 18_431 - index * 7_040,
                "last_poster": author,
                "last": started,
            }
        )
    last = datetime(2025, 3, 14, 22, 37)
    for index, (title, author) in enumerate(HS_STICKIES):
        started = datetime(2023, 4 + index * 4, 2 + index * 9, 18, 5 + index * 20)
        poster = HS_MEMBERS[(index * 5 + 3) % len(HS_MEMBERS)]
        moment = datetime(2025, 1 + index, 19 - index * 6, 13 + index, 48)
        topics.append(
            {
                "id": 2077 + index * 349,
                "kind": "sticky",
                "title": title,
                "author": author,
                "started": started,
                "replies": 41 + index * 17,
                "views": 12_902 - index * 3_318,
                "last_poster": poster,
                "last": moment,
            }
        )
    for index, title in enumerate(HS_TITLES):
        author = HS_MEMBERS[(index * 7) % len(HS_MEMBERS)]
        last = last - timedelta(hours=rnd.randint(4, 40), minutes=rnd.randint(0, 59))
        replies = rnd.choice([0, 1, 2, 4, 6, 9, 11, 14, 19, 23, 31, 47])
        started = last - timedelta(days=rnd.randint(0, 12), hours=rnd.randint(1, 20)) if replies else last
        poster = author if not replies else rnd.choice([*HS_MEMBERS, "ShackModerator"])
        topics.append(
            {
                "id": 6140 + index * 13 - (index % 4) * 3,
                "kind": "normal",
                "title": title,
                "author": author,
                "started": started,
                "replies": replies,
                "views": replies * rnd.randint(22, 45) + rnd.randint(40, 380),
                "last_poster": poster,
                "last": last,
            }
        )
    return topics


def _hs_row(topic: dict[str, Any], index: int) -> str:
    kind = topic["kind"]
    hot = topic["replies"] >= HS_HOT
    icon = {
        "global": "global_read",
        "announce": "announce_read",
        "sticky": "sticky_read",
        "normal": "topic_read_hot" if hot else "topic_read",
    }[kind]
    alt = "No unread posts"
    href = f"./viewtopic.php?t={topic['id']}"
    pages = ""
    posts = topic["replies"] + 1
    if posts > HS_POSTS_PER_PAGE:
        count = (posts + HS_POSTS_PER_PAGE - 1) // HS_POSTS_PER_PAGE
        links = "".join(
            f'\n\t\t\t\t\t\t<li><a class="button" href="{href}{"&amp;start=" + str(HS_POSTS_PER_PAGE * i) if i else ""}">{i + 1}</a></li>'
            for i in range(count)
        )
        pages = f"""
					<div class="pagination">
						<span><i class="icon fa-clone fa-fw" aria-hidden="true"></i></span>
						<ul>{links}
						</ul>
					</div>"""
    poll = '<i class="icon fa-bar-chart fa-fw" aria-hidden="true"></i> ' if topic["id"] % 11 == 5 else ""
    attach = '<i class="icon fa-paperclip fa-fw" aria-hidden="true"></i> ' if topic["id"] % 5 == 2 else ""
    last_id = topic["id"] * 9 + topic["replies"]
    extra = {"global": " global-announce", "announce": " announce", "sticky": " sticky"}.get(kind, "")
    replies_span = (
        f'\n\t\t\t\t\t<span class="responsive-show left-box" style="display: none;">Replies: <strong>{topic["replies"]}</strong></span>'
        if topic["replies"]
        else ""
    )
    in_forum = ' &raquo; in <a href="./viewforum.php?f=2">Announcements &amp; Site News</a>' if kind == "global" else ""
    return f"""
		<li class="row bg{1 + index % 2}{extra}">
			<dl class="row-item {icon}">
				<dt title="{alt}">
					<div class="list-inner">
					<a href="{href}" class="topictitle">{esc(topic["title"])}</a>
					<br />
					<div class="responsive-show" style="display: none;">
						Last post by {_hs_user(topic["last_poster"])} &laquo; <a href="./viewtopic.php?p={last_id}#p{last_id}" title="Go to last post"><time datetime="{topic["last"].isoformat()}+00:00">{_hs_stamp(topic["last"])}</time></a>
					</div>{replies_span}
					<div class="topic-poster responsive-hide left-box">
						{poll}{attach}by {_hs_user(topic["author"])} &raquo; {_hs_stamp(topic["started"])}{in_forum}
					</div>{pages}
					</div>
				</dt>
				<dd class="posts">{topic["replies"]} <dfn>Replies</dfn></dd>
				<dd class="views">{topic["views"]} <dfn>Views</dfn></dd>
				<dd class="lastpost">
					<span><dfn>Last post </dfn>by {_hs_user(topic["last_poster"])}
						<a href="./viewtopic.php?p={last_id}#p{last_id}" title="Go to last post">
							<i class="icon fa-external-link-square fa-fw icon-lightgray icon-md" aria-hidden="true"></i><span class="sr-only"></span>
						</a>
						<br /><time datetime="{topic["last"].isoformat()}+00:00">{_hs_stamp(topic["last"])}</time>
					</span>
				</dd>
			</dl>
		</li>"""


def _hs_url(start: int) -> str:
    return "./viewforum.php?f=12" + (f"&amp;start={start}" if start else "")


def _hs_pagination(number: int, total_pages: int, total: int) -> str:
    items = []
    if number > 1:
        items.append(
            f'<li class="arrow previous"><a class="button button-icon-only" href="{_hs_url(HS_PER_PAGE * (number - 2))}" rel="prev" role="button"><i class="icon fa-chevron-left fa-fw" aria-hidden="true"></i><span class="sr-only">Previous</span></a></li>'
        )
    for i in range(1, total_pages + 1):
        items.append(
            f'<li class="active"><span>{i}</span></li>'
            if i == number
            else f'<li><a class="button" href="{_hs_url(HS_PER_PAGE * (i - 1))}" role="button">{i}</a></li>'
        )
    if number < total_pages:
        items.append(
            f'<li class="arrow next"><a class="button button-icon-only" href="{_hs_url(HS_PER_PAGE * number)}" rel="next" role="button"><i class="icon fa-chevron-right fa-fw" aria-hidden="true"></i><span class="sr-only">Next</span></a></li>'
        )
    links = "\n\t\t\t\t".join(items)
    return f"""<div class="pagination">
			{total} topics &bull;
			<ul>
			<li class="dropdown-container dropdown-button-control dropdown-page-jump page-jump">
				<a class="button button-icon-only dropdown-trigger" href="#" title="Click to jump to page…" role="button"><i class="icon fa-level-down fa-rotate-270" aria-hidden="true"></i><span>Page <strong>{number}</strong> of <strong>{total_pages}</strong></span></a>
				<div class="dropdown">
					<div class="pointer"><div class="pointer-inner"></div></div>
					<ul class="dropdown-contents">
						<li>Jump to page:</li>
						<li class="page-jump-form">
							<input type="number" name="page-number" min="1" max="999999" title="Enter the page number you wish to go to" class="inputbox tiny" data-per-page="{HS_PER_PAGE}" data-base-url=".&#x2F;viewforum.php&#x3F;f&#x3D;12" data-start-name="start" />
							<input class="button2" value="Go" type="button" />
						</li>
					</ul>
				</div>
			</li>
				{links}
			</ul>
		</div>"""


def _hs_block(heading: str, rows: str, *, announcement: bool) -> str:
    return f"""
	<div class="forumbg{" announcement" if announcement else ""}">
		<div class="inner">
		<ul class="topiclist">
			<li class="header">
				<dl class="row-item">
					<dt><div class="list-inner">{heading}</div></dt>
					<dd class="posts">Replies</dd>
					<dd class="views">Views</dd>
					<dd class="lastpost"><span>Last post</span></dd>
				</dl>
			</li>
		</ul>
		<ul class="topiclist topics">{rows}
		</ul>
		</div>
	</div>"""


def _hs_page(
    number: int, total_pages: int, total: int, announcements: list[dict[str, Any]], topics: list[dict[str, Any]]
) -> str:
    start = HS_PER_PAGE * (number - 1)
    announce_rows = "".join(_hs_row(t, i) for i, t in enumerate(announcements))
    rows = "".join(_hs_row(t, i) for i, t in enumerate(topics))
    pagination = _hs_pagination(number, total_pages, total)
    page_suffix = f" - Page {number}" if number > 1 else ""
    online = ["Fenland_Phil", "QRP_Quentin"] if number == 1 else ["Sheila.R"]
    online_html = ", ".join(_hs_user(name) for name in online)
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="en-gb">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1" />

<title>HF Antennas &amp; Feedlines - The Shack{page_suffix}</title>

	<link rel="alternate" type="application/atom+xml" title="Feed - The Shack" href="/app.php/feed?sid=">
	<link rel="alternate" type="application/atom+xml" title="Feed - New Topics" href="/app.php/feed/topics?sid=">
	<link rel="alternate" type="application/atom+xml" title="Feed - Forum - HF Antennas &amp; Feedlines" href="/app.php/feed/forum/12?sid=">

	<link rel="canonical" href="https://forum.theshack-radio.org.uk/viewforum.php?f=12{"&amp;start=" + str(start) if start else ""}">

<link href="./assets/css/font-awesome.min.css?assets_version=87" rel="stylesheet">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=87" rel="stylesheet">
<link href="./styles/prosilver/theme/en/stylesheet.css?assets_version=87" rel="stylesheet">
<link href="./ext/phpbb/ads/styles/all/theme/phpbbads.css?assets_version=87" rel="stylesheet" media="screen">
<link href="./ext/rmcgirr83/elonw/styles/all/theme/elonw.css?assets_version=87" rel="stylesheet" media="screen">
</head>
<body id="phpbb" class="nojs notouch section-viewforum ltr ">

<div id="wrap" class="wrap">
	<a id="top" class="top-anchor" accesskey="t"></a>
	<div id="page-header">
		<div class="headerbar" role="banner">
			<div class="inner">

			<div id="site-description" class="site-description">
				<a id="logo" class="logo" href="./index.php?sid=" title="Board index"><span class="site_logo"></span></a>
				<h1>The Shack</h1>
				<p>Amateur radio discussion: antennas, rigs, operating and homebrew</p>
				<p class="skiplink"><a href="#start_here">Skip to content</a></p>
			</div>

			<div id="search-box" class="search-box search-header" role="search">
				<form action="./search.php?sid=" method="get" id="search">
				<fieldset>
					<input name="keywords" id="keywords" type="search" maxlength="128" title="Search for keywords" class="inputbox search tiny" size="20" value="" placeholder="Search…" />
					<button class="button button-search" type="submit" title="Search"><i class="icon fa-search fa-fw" aria-hidden="true"></i><span class="sr-only">Search</span></button>
					<a href="./search.php?sid=" class="button button-search-end" title="Advanced search"><i class="icon fa-cog fa-fw" aria-hidden="true"></i><span class="sr-only">Advanced search</span></a>
				</fieldset>
				</form>
			</div>

			</div>
		</div>
		<div class="navbar" role="navigation">
	<div class="inner">

	<ul id="nav-main" class="nav-main linklist" role="menubar">

		<li id="quick-links" class="quick-links dropdown-container responsive-menu" data-skip-responsive="true">
			<a href="#" class="dropdown-trigger">
				<i class="icon fa-bars fa-fw" aria-hidden="true"></i><span>Quick links</span>
			</a>
			<div class="dropdown">
				<div class="pointer"><div class="pointer-inner"></div></div>
				<ul class="dropdown-contents" role="menu">
					<li class="separator"></li>
					<li><a href="./search.php?search_id=unanswered&amp;sid=" role="menuitem"><i class="icon fa-file-o fa-fw icon-gray" aria-hidden="true"></i><span>Unanswered topics</span></a></li>
					<li><a href="./search.php?search_id=active_topics&amp;sid=" role="menuitem"><i class="icon fa-file-o fa-fw icon-blue" aria-hidden="true"></i><span>Active topics</span></a></li>
					<li class="separator"></li>
					<li><a href="./search.php?sid=" role="menuitem"><i class="icon fa-search fa-fw" aria-hidden="true"></i><span>Search</span></a></li>
					<li class="separator"></li>
					<li><a href="./memberlist.php?mode=team&amp;sid=" role="menuitem"><i class="icon fa-shield fa-fw" aria-hidden="true"></i><span>The team</span></a></li>
					<li class="separator"></li>
				</ul>
			</div>
		</li>

		<li data-skip-responsive="true">
			<a href="/app.php/help/faq?sid=" rel="help" title="Frequently Asked Questions" role="menuitem">
				<i class="icon fa-question-circle fa-fw" aria-hidden="true"></i><span>FAQ</span>
			</a>
		</li>
		<li class="rightside" data-skip-responsive="true">
			<a href="./ucp.php?mode=login&amp;redirect=viewforum.php%3Ff%3D12{"%26start%3D" + str(start) if start else ""}&amp;sid=" title="Login" accesskey="x" role="menuitem">
				<i class="icon fa-power-off fa-fw" aria-hidden="true"></i><span>Login</span>
			</a>
		</li>
		<li class="rightside" data-skip-responsive="true">
			<a href="./ucp.php?mode=register&amp;sid=" role="menuitem">
				<i class="icon fa-pencil-square-o  fa-fw" aria-hidden="true"></i><span>Register</span>
			</a>
		</li>
	</ul>

	<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar">
		<li class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">
			<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a itemprop="item" href="./index.php?sid=" accesskey="h" data-navbar-reference="index"><i class="icon fa-home fa-fw"></i><span itemprop="name">Board index</span></a><meta itemprop="position" content="1" /></span>
			<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope data-forum-id="3"><a itemprop="item" href="./viewforum.php?f=3&amp;sid="><span itemprop="name">Antennas &amp; Propagation</span></a><meta itemprop="position" content="2" /></span>
			<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope data-forum-id="12"><a itemprop="item" href="./viewforum.php?f=12&amp;sid="><span itemprop="name">HF Antennas &amp; Feedlines</span></a><meta itemprop="position" content="3" /></span>
		</li>
		<li class="rightside responsive-search">
			<a href="./search.php?sid=" title="View the advanced search options" role="menuitem">
				<i class="icon fa-search fa-fw" aria-hidden="true"></i><span class="sr-only">Search</span>
			</a>
		</li>
	</ul>

	</div>
</div>
	</div>

	<a id="start_here" class="anchor"></a>
	<div id="page-body" class="page-body" role="main">

		<div class="phpbb-ads-center" style="margin: 10px 0; clear: both;" data-phpbb-ads-id="3">
			<a href="https://www.radioworld-shop.example/antennas?utm_source=theshack" rel="sponsored"><img src="./images/ads/wire-and-rope-728x90.png" alt="Antenna wire, rope and insulators — next-day delivery" width="728" height="90"></a>
		</div>

<h2 class="forum-title"><a href="./viewforum.php?f=12&amp;sid=">HF Antennas &amp; Feedlines</a></h2>
<div>
	<!-- NOTE: remove the style="display: none" when you want to have the forum description on the forum body -->
	<div style="display: none !important;">Wire antennas, verticals, beams, baluns, tuners and feedline — anything between the rig and the sky below 30 MHz.<br /></div>
</div>

	<div class="rules">
		<div class="inner">
			<strong>Forum rules</strong><br />
			Please give your licence class and rough location (county is fine) when asking for antenna advice. Photos help. Buying and selling goes in the Sales forum.
		</div>
	</div>

	<div class="action-bar bar-top">
		<a href="./posting.php?mode=post&amp;f=12&amp;sid=" class="button" title="Post a new topic">
			<span>New Topic</span> <i class="icon fa-pencil fa-fw" aria-hidden="true"></i>
		</a>

		<div class="search-box" role="search">
			<form method="get" id="forum-search" action="./search.php?sid=">
			<fieldset>
				<input class="inputbox search tiny" type="search" name="keywords" id="search_keywords" size="20" placeholder="Search this forum…" />
				<button class="button button-search" type="submit" title="Search"><i class="icon fa-search fa-fw" aria-hidden="true"></i><span class="sr-only">Search</span></button>
				<a href="./search.php?fid%5B%5D=12&amp;sid=" class="button button-search-end" title="Advanced search"><i class="icon fa-cog fa-fw" aria-hidden="true"></i><span class="sr-only">Advanced search</span></a>
				<input type="hidden" name="fid[0]" value="12" />
			</fieldset>
			</form>
		</div>

		{pagination}
	</div>
{_hs_block("Announcements", announce_rows, announcement=True)}
{_hs_block("Topics", rows, announcement=False)}

	<div class="action-bar bar-bottom">
		<a href="./posting.php?mode=post&amp;f=12&amp;sid=" class="button" title="Post a new topic">
			<span>New Topic</span> <i class="icon fa-pencil fa-fw" aria-hidden="true"></i>
		</a>

		<form method="post" action="./viewforum.php?f=12{"&amp;start=" + str(start) if start else ""}&amp;sid=">
		<div class="dropdown-container dropdown-container-left dropdown-button-control sort-tools">
			<span title="Display and sorting options" class="button button-secondary dropdown-trigger dropdown-select">
				<i class="icon fa-sort-amount-asc fa-fw" aria-hidden="true"></i>
				<span class="caret"><i class="icon fa-sort-down fa-fw" aria-hidden="true"></i></span>
			</span>
			<div class="dropdown hidden">
				<div class="pointer"><div class="pointer-inner"></div></div>
				<div class="dropdown-contents">
					<fieldset class="display-options">
						<label>Display: <select name="st" id="st"><option value="0" selected="selected">All Topics</option><option value="1">1 day</option><option value="7">7 days</option><option value="14">2 weeks</option><option value="30">1 month</option><option value="90">3 months</option><option value="180">6 months</option><option value="365">1 year</option></select></label>
						<label>Sort by: <select name="sk" id="sk"><option value="a">Author</option><option value="t" selected="selected">Post time</option><option value="r">Replies</option><option value="s">Subject</option><option value="v">Views</option></select></label>
						<label>Direction: <select name="sd" id="sd"><option value="a">Ascending</option><option value="d" selected="selected">Descending</option></select></label>
						<hr class="dashed" />
						<input type="submit" class="button2" name="sort" value="Go" />
					</fieldset>
				</div>
			</div>
		</div>
		</form>

		{pagination}
	</div>

<div class="action-bar actions-jump">
	<p class="jumpbox-return">
		<a href="./index.php?sid=" class="left-box arrow-left" accesskey="r">
			<i class="icon fa-angle-left fa-fw icon-black" aria-hidden="true"></i><span>Return to Board Index</span>
		</a>
	</p>

	<div class="jumpbox dropdown-container dropdown-container-right dropdown-up dropdown-left dropdown-button-control" id="jumpbox">
		<span title="Jump to" class="button button-secondary dropdown-trigger dropdown-select">
			<span>Jump to</span>
			<span class="caret"><i class="icon fa-sort-down fa-fw" aria-hidden="true"></i></span>
		</span>
		<div class="dropdown">
			<div class="pointer"><div class="pointer-inner"></div></div>
			<ul class="dropdown-contents">
				<li><a href="./viewforum.php?f=1&amp;sid=" class="jumpbox-cat-link"> <span> General</span></a></li>
				<li><a href="./viewforum.php?f=2&amp;sid=" class="jumpbox-sub-link"><span class="spacer"></span> <span>&#8627; &nbsp; Announcements &amp; Site News</span></a></li>
				<li><a href="./viewforum.php?f=4&amp;sid=" class="jumpbox-sub-link"><span class="spacer"></span> <span>&#8627; &nbsp; Newcomers &amp; Licensing</span></a></li>
				<li><a href="./viewforum.php?f=3&amp;sid=" class="jumpbox-cat-link"> <span> Antennas &amp; Propagation</span></a></li>
				<li><a href="./viewforum.php?f=12&amp;sid=" class="jumpbox-sub-link"><span class="spacer"></span> <span>&#8627; &nbsp; HF Antennas &amp; Feedlines</span></a></li>
				<li><a href="./viewforum.php?f=13&amp;sid=" class="jumpbox-sub-link"><span class="spacer"></span> <span>&#8627; &nbsp; VHF/UHF Antennas</span></a></li>
				<li><a href="./viewforum.php?f=14&amp;sid=" class="jumpbox-sub-link"><span class="spacer"></span> <span>&#8627; &nbsp; Propagation &amp; DX Reports</span></a></li>
				<li><a href="./viewforum.php?f=5&amp;sid=" class="jumpbox-cat-link"> <span> Equipment</span></a></li>
				<li><a href="./viewforum.php?f=15&amp;sid=" class="jumpbox-sub-link"><span class="spacer"></span> <span>&#8627; &nbsp; Rigs &amp; Accessories</span></a></li>
				<li><a href="./viewforum.php?f=16&amp;sid=" class="jumpbox-sub-link"><span class="spacer"></span> <span>&#8627; &nbsp; Homebrew &amp; Kits</span></a></li>
				<li><a href="./viewforum.php?f=17&amp;sid=" class="jumpbox-sub-link"><span class="spacer"></span> <span>&#8627; &nbsp; Sales &amp; Wanted</span></a></li>
			</ul>
		</div>
	</div>
</div>

	<div class="stat-block online-list">
		<h3>Who is online</h3>
		<p>Users browsing this forum: {online_html}, <a href="./memberlist.php?mode=viewprofile&amp;u=5&amp;sid=" style="color: #9E8DA7;" class="username-coloured">Bing [Bot]</a> and {11 - number * 2} guests</p>
	</div>

	<div class="stat-block permissions">
		<h3>Forum permissions</h3>
		<p>You <strong>cannot</strong> post new topics in this forum<br />You <strong>cannot</strong> reply to topics in this forum<br />You <strong>cannot</strong> edit your posts in this forum<br />You <strong>cannot</strong> delete your posts in this forum<br />You <strong>cannot</strong> post attachments in this forum<br /></p>
	</div>

			</div>

<div id="page-footer" class="page-footer" role="contentinfo">
	<div class="navbar" role="navigation">
	<div class="inner">

	<ul id="nav-footer" class="nav-footer linklist" role="menubar">
		<li class="breadcrumbs">
			<span class="crumb"><a href="./index.php?sid=" data-navbar-reference="index"><i class="icon fa-home fa-fw" aria-hidden="true"></i><span>Board index</span></a></span>
		</li>
		<li class="rightside">All times are <span title="UTC">UTC</span></li>
		<li class="rightside"><a href="./ucp.php?mode=delete_cookies&amp;sid=" data-ajax="true" data-refresh="true" role="menuitem"><i class="icon fa-trash fa-fw" aria-hidden="true"></i><span>Delete cookies</span></a></li>
		<li class="rightside" data-last-responsive="true"><a href="./memberlist.php?mode=contactadmin&amp;sid=" role="menuitem"><i class="icon fa-envelope fa-fw" aria-hidden="true"></i><span>Contact us</span></a></li>
	</ul>

	</div>
</div>

	<div class="copyright">
		<p class="footer-row">
			<span class="footer-copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy; phpBB Limited</span>
		</p>
		<p class="footer-row" role="menu">
			<a class="footer-link" href="./ucp.php?mode=privacy&amp;sid=" title="Privacy" role="menuitem"><span class="footer-link-text">Privacy</span></a>
			|
			<a class="footer-link" href="./ucp.php?mode=terms&amp;sid=" title="Terms" role="menuitem"><span class="footer-link-text">Terms</span></a>
		</p>
	</div>

	<div id="darkenwrapper" class="darkenwrapper" data-ajax-error-title="AJAX error" data-ajax-error-text="Something went wrong when processing your request." data-ajax-error-text-abort="User aborted request." data-ajax-error-text-timeout="Your request timed out; please try again." data-ajax-error-text-parsererror="Something went wrong with the request and the server returned an invalid reply.">
		<div id="darken" class="darken">&nbsp;</div>
	</div>

	<div id="phpbb_alert" class="phpbb_alert" data-l-err="Error" data-l-timeout-processing-req="Request timed out.">
		<a href="#" class="alert_close"><i class="icon fa-times-circle fa-fw" aria-hidden="true"></i></a>
		<h3 class="alert_title">&nbsp;</h3><p class="alert_text"></p>
	</div>
</div>

</div>

<div>
	<a id="bottom" class="anchor" accesskey="z"></a>
	<img class="sr-only" aria-hidden="true" src="&#x2F;app.php&#x2F;cron&#x2F;cron.task.core.tidy_sessions&#x3F;sid&#x3D;" width="1" height="1" alt="">
</div>

<script src="./assets/javascript/jquery-3.7.1.min.js?assets_version=87"></script>
<script src="./assets/javascript/core.js?assets_version=87"></script>
<script>
(function($) {{  // Avoid conflicts with other libraries
	'use strict';
	phpbb.addAjaxCallback('reporttosfs', function(data) {{ if (data.postid !== "undefined") {{ $('#sfs' + data.postid).hide(); }} }});
}})(jQuery);
</script>
<script src="./styles/prosilver/template/forum_fn.js?assets_version=87"></script>
<script src="./styles/prosilver/template/ajax.js?assets_version=87"></script>
<script src="./ext/phpbb/ads/styles/all/template/js/clicks.js?assets_version=87"></script>

</body>
</html>"""


@twentysecond_d
def build_hamshack_forum() -> None:
    s = Site(
        "hamshack-forum",
        kind="forum topic list (phpBB 3.3 prosilver: announcements on every page, two stickies on page 1, 25 topics a page, 'by <a.username> » Sat Mar 08, 2025 7:42 pm' as plain text, in-row topic pagination, dfn-labelled counts, '62 topics • Page 1 of 3', ?f=12&start=25, li.arrow.next with an icon and a hidden 'Next')",
        start="viewforum.php?f=12",
        description="An amateur-radio phpBB 3.3.x board (prosilver) viewforum page for 'HF Antennas & Feedlines' as served to a guest in 2024–25: the headerbar (logo, site description, search box), the navbar (Quick links dropdown, FAQ, Login, Register) and breadcrumbs, a phpBB Ads banner (sponsored image link), the forum title and rules box, an action bar (New Topic button, forum search, the pagination block '62 topics • ' with the page-jump dropdown 'Page 1 of 3' and its number input, li.active > span for the current page, li > a.button page links './viewforum.php?f=12&start=25', li.arrow.previous / li.arrow.next > a.button.button-icon-only rel=prev/next with an fa-chevron icon and a sr-only 'Previous'/'Next' span), then div.forumbg.announcement holding ul.topiclist.topics with a global announcement ('» in Announcements & Site News') and a forum announcement on every page, and div.forumbg with the Topics list: two stickies (li.row.sticky) on page 1 only, then li.row.bg1/bg2 > dl.row-item.topic_read / topic_read_hot > dt > div.list-inner with a.topictitle './viewtopic.php?t=N', a hidden responsive 'Last post by … « time' line and 'Replies: N', div.topic-poster 'by <a.username> » Sat Mar 08, 2025 7:42 pm' (poll and attachment icons on some), in-row topic pagination (div.pagination > ul of 1 2 3 links) on threads longer than ten posts; dd.posts 'N <dfn>Replies</dfn>', dd.views 'N <dfn>Views</dfn>', dd.lastpost 'Last post by <a.username> <icon link> <br> <time datetime>'. Staff names are username-coloured links. Below: the bottom action bar with the sort-options form and the pagination again, the jump-to menu of forums, 'Who is online' (member names and a bot), forum permissions, the footer. 25 topics a page (23 + 2 stickies, 25, 12) on viewforum.php?f=12, &start=25, &start=50. Written down (each topic once, the announcements included): title, url, author, date (first post day), replies, views, last_poster, last_post_date.",
    )
    topics = _hs_topics()
    announcements = [t for t in topics if t["kind"] in ("global", "announce")]
    listed = [t for t in topics if t["kind"] in ("sticky", "normal")]
    pages = chunks(listed, [HS_PER_PAGE, HS_PER_PAGE, len(listed) - 2 * HS_PER_PAGE])
    for number, page in enumerate(pages, 1):
        start = HS_PER_PAGE * (number - 1)
        path = "viewforum.php@f=12" if number == 1 else f"viewforum.php@f=12&start={start}"
        s.list_page(path, _hs_page(number, len(pages), len(listed), announcements, page))
    for topic in [*announcements, *listed]:
        s.expect(
            {
                "title": topic["title"],
                "url": f"/viewtopic.php?t={topic['id']}",
                "author": topic["author"],
                "date": topic["started"].date().isoformat(),
                "replies": topic["replies"],
                "views": topic["views"],
                "last_poster": topic["last_poster"],
                "last_post_date": topic["last"].date().isoformat(),
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# pteridowiki: MediaWiki 1.41 (Vector 2022) category page, $wgCategoryPagingLimit = 30, pagefrom=/pageuntil=.
# ---------------------------------------------------------------------------------------------------

PW_LIMIT = 30
PW_CATEGORY = "Fern species"
PW_SPECIES = sorted(
    [
        "Adiantum aleuticum",
        "Adiantum capillus-veneris",
        "Adiantum pedatum",
        "Adiantum raddianum",
        "Anogramma leptophylla",
        "Asplenium adiantum-nigrum",
        "Asplenium ceterach",
        "Asplenium marinum",
        "Asplenium nidus",
        "Asplenium obovatum",
        "Asplenium ruta-muraria",
        "Asplenium scolopendrium",
        "Asplenium septentrionale",
        "Asplenium trichomanes",
        "Asplenium viride",
        "Athyrium distentifolium",
        "Athyrium filix-femina",
        "Athyrium niponicum",
        "Azolla filiculoides",
        "Blechnum penna-marina",
        "Blechnum spicant",
        "Botrychium lunaria",
        "Cheilanthes acrostica",
        "Cryptogramma crispa",
        "Cyathea cooperi",
        "Cyrtomium falcatum",
        "Cyrtomium fortunei",
        "Cystopteris dickieana",
        "Cystopteris fragilis",
        "Cystopteris montana",
        "Davallia canariensis",
        "Dicksonia antarctica",
        "Dicksonia squarrosa",
        "Dryopteris aemula",
        "Dryopteris affinis",
        "Dryopteris carthusiana",
        "Dryopteris cristata",
        "Dryopteris dilatata",
        "Dryopteris erythrosora",
        "Dryopteris expansa",
        "Dryopteris filix-mas",
        "Dryopteris oreades",
        "Dryopteris submontana",
        "Dryopteris × complexa",
        "Equisetum arvense",
        "Equisetum telmateia",
        "Gymnocarpium dryopteris",
        "Gymnocarpium robertianum",
        "Hymenophyllum tunbrigense",
        "Hymenophyllum wilsonii",
        "Lygodium japonicum",
        "Matteuccia struthiopteris",
        "Onoclea sensibilis",
        "Ophioglossum vulgatum",
        "Oreopteris limbosperma",
        "Osmunda regalis",
        "Osmundastrum cinnamomeum",
        "Phegopteris connectilis",
        "Pilularia globulifera",
        "Platycerium bifurcatum",
        "Polypodium cambricum",
        "Polypodium interjectum",
        "Polypodium vulgare",
        "Polystichum aculeatum",
        "Polystichum lonchitis",
        "Polystichum munitum",
        "Polystichum setiferum",
        "Pteridium aquilinum",
        "Pteris cretica",
        "Thelypteris palustris",
        "Vandenboschia speciosa",
        "Woodsia ilvensis",
        "Woodwardia radicans",
    ]
)
#: (subcategory, pages, subcategories) as CategoryTree counts them.
PW_SUBCATS = [("Aquatic ferns", 4, 0), ("Filmy ferns", 3, 0), ("Horsetails", 2, 0), ("Tree ferns", 5, 1)]
PW_FILES = [
    ("Asplenium scolopendrium fronds.jpg", "1,600 × 1,200", "812 KB"),
    ("Dryopteris filix-mas sori.jpg", "2,048 × 1,536", "1.2 MB"),
    ("Fern frond anatomy diagram.svg", "800 × 600", "46 KB"),
    ("Osmunda regalis autumn.jpg", "1,200 × 1,600", "690 KB"),
    ("Polystichum setiferum crozier.jpg", "1,920 × 1,280", "1.04 MB"),
]


def _pw_title_url(title: str) -> str:
    """MediaWiki's local URL for a page: spaces become underscores, the rest percent-encoded."""
    return "/wiki/" + quote(title.replace(" ", "_"), safe="/:,()-_.!~*'")


def _pw_paging_url(key: str, value: str) -> str:
    return f"/w/index.php?title=Category:{PW_CATEGORY.replace(' ', '_')}&amp;{key}={quote_plus(value)}#mw-pages"


def _pw_paging_links(first: str | None, following: str | None) -> str:
    """'(previous page) (next page)': plain words where there is nowhere to go."""
    title = f'title="Category:{esc(PW_CATEGORY)}"'
    prev = f'<a href="{_pw_paging_url("pageuntil", first)}" {title}>previous page</a>' if first else "previous page"
    nxt = f'<a href="{_pw_paging_url("pagefrom", following)}" {title}>next page</a>' if following else "next page"
    return f"({prev}) ({nxt})"


def _pw_groups(titles: list[str]) -> str:
    groups: dict[str, list[str]] = {}
    for title in titles:
        groups.setdefault(title[0].upper(), []).append(title)
    out = []
    for letter, members in groups.items():
        items = "\n".join(f'<li><a href="{_pw_title_url(t)}" title="{esc(t)}">{esc(t)}</a></li>' for t in members)
        out.append(f'<div class="mw-category-group"><h3>{letter}</h3>\n<ul>{items}</ul></div>')
    return "".join(out)


def _pw_subcats() -> str:
    groups = []
    for name, pages, subcats in PW_SUBCATS:
        bullet = (
            '<span class="CategoryTreeBullet"><a class="CategoryTreeToggle" data-ct-title="'
            + esc(name.replace(" ", "_"))
            + '" aria-expanded="false"></a> </span>'
            if subcats
            else '<span class="CategoryTreeEmptyBullet"></span> '
        )
        counts = f"{subcats} C, {pages} P" if subcats else f"{pages} P"
        groups.append(
            f'<div class="mw-category-group"><h3>{name[0]}</h3>\n<ul><li><div class="CategoryTreeSection"><div class="CategoryTreeItem">{bullet}<bdi dir="ltr"><a href="/wiki/Category:{name.replace(" ", "_")}" title="Category:{esc(name)}">{esc(name)}</a></bdi><span title="Contains {subcats} subcategories, {pages} pages, and 0 files" dir="ltr"> ({counts})</span></div><div class="CategoryTreeChildren" style="display:none"></div></div></li></ul></div>'
        )
    return f"""<div id="mw-subcategories">
<h2>Subcategories</h2>
<p>This category has the following {len(PW_SUBCATS)} subcategories, out of {len(PW_SUBCATS)} total.
</p><div lang="en" dir="ltr" class="mw-content-ltr"><div class="mw-category">{"".join(groups)}</div></div>
</div>"""


def _pw_media() -> str:
    boxes = []
    for name, size, weight in PW_FILES:
        href = "/wiki/File:" + quote(name.replace(" ", "_"), safe="/:,()-_.")
        thumb = quote(name.replace(" ", "_"), safe="/:,()-_.")
        boxes.append(
            f"""		<li class="gallerybox" style="width: 155px">
			<div class="thumb" style="width: 150px; height: 150px;"><span typeof="mw:File"><a href="{href}" class="mw-file-description" title="{esc(name)}"><img alt="{esc(name)}" src="/images/thumb/{thumb}/120px-{thumb}" decoding="async" loading="lazy" width="120" height="90" class="mw-file-element" /></a></span></div>
			<div class="gallerytext"><a href="{href}" class="galleryfilename galleryfilename-truncate" title="{esc(name)}">{esc(name)}</a>
{size}; {weight}
</div>
		</li>"""
        )
    body = "\n".join(boxes)
    return f"""<div id="mw-category-media">
<h2>Media in category "{esc(PW_CATEGORY)}"</h2>
<p>The following {len(PW_FILES)} files are in this category, out of {len(PW_FILES)} total.
</p><ul class="gallery mw-gallery-traditional">
{body}
</ul>
</div>"""


def _pw_portlet(ident: str, label: str, links: list[tuple[str, str, str]]) -> str:
    items = "".join(
        f'<li id="{li_id}" class="mw-list-item"><a href="{href}"><span>{esc(text)}</span></a></li>'
        for li_id, href, text in links
    )
    return f"""<div id="{ident}" class="vector-menu mw-portlet mw-portlet-{ident.removeprefix("p-")}">
	<div class="vector-menu-heading">{esc(label)}</div>
	<div class="vector-menu-content"><ul class="vector-menu-content-list">{items}</ul></div>
</div>"""


def _pw_page(
    number: int, total_pages: int, titles: list[str], first: str | None, following: str | None, query: str
) -> str:
    paging = _pw_paging_links(first, following)
    canonical = "https://pteridowiki.org/wiki/Category:Fern_species"
    navigation = _pw_portlet(
        "p-navigation",
        "Navigation",
        [
            ("n-mainpage-description", "/wiki/Main_Page", "Main page"),
            ("n-Species-index", "/wiki/Pteridowiki:Species_index", "Species index"),
            ("n-recentchanges", "/wiki/Special:RecentChanges", "Recent changes"),
            ("n-randompage", "/wiki/Special:Random", "Random page"),
            (
                "n-help-mediawiki",
                "https://www.mediawiki.org/wiki/Special:MyLanguage/Help:Contents",
                "Help about MediaWiki",
            ),
        ],
    )
    community = _pw_portlet(
        "p-Community",
        "Community",
        [
            ("n-Identification-requests", "/wiki/Pteridowiki:Identification_requests", "Identification requests"),
            ("n-Style-guide", "/wiki/Pteridowiki:Style_guide", "Style guide"),
            ("n-Photo-uploads", "/wiki/Special:Upload", "Upload a photo"),
        ],
    )
    tools = _pw_portlet(
        "p-tb",
        "Tools",
        [
            ("t-whatlinkshere", "/wiki/Special:WhatLinksHere/Category:Fern_species", "What links here"),
            ("t-recentchangeslinked", "/wiki/Special:RecentChangesLinked/Category:Fern_species", "Related changes"),
            ("t-specialpages", "/wiki/Special:SpecialPages", "Special pages"),
            (
                "t-print",
                f"/w/index.php?title=Category:Fern_species&amp;printable=yes{'&amp;' + query if query else ''}",
                "Printable version",
            ),
            ("t-info", "/w/index.php?title=Category:Fern_species&amp;action=info", "Page information"),
        ],
    )
    count = len(titles)
    return f"""<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-language-in-main-page-header-disabled vector-feature-sticky-header-disabled vector-feature-page-tools-pinned-disabled vector-feature-toc-pinned-clientpref-1 vector-feature-main-menu-pinned-disabled vector-feature-limited-width-clientpref-1 vector-feature-limited-width-content-enabled vector-feature-custom-font-size-clientpref-disabled vector-feature-client-preferences-disabled vector-feature-typography-survey-disabled vector-toc-not-available" lang="en" dir="ltr">
<head>
<meta charset="UTF-8">
<title>Category:Fern species - Pteridowiki</title>
<script>(function(){{var className="client-js vector-feature-language-in-header-enabled vector-feature-language-in-main-page-header-disabled vector-feature-sticky-header-disabled vector-feature-page-tools-pinned-disabled vector-feature-toc-pinned-clientpref-1 vector-feature-main-menu-pinned-disabled vector-feature-limited-width-clientpref-1 vector-feature-limited-width-content-enabled vector-feature-custom-font-size-clientpref-disabled vector-feature-client-preferences-disabled vector-feature-typography-survey-disabled vector-toc-not-available";var cookie=document.cookie.match(/(?:^|; )pteridowiki_mw_mwclientpreferences=([^;]+)/);if(cookie){{cookie[1].split('%2C').forEach(function(pref){{className=className.replace(new RegExp('(^| )'+pref.replace(/-clientpref-\\w+$|[^\\w-]+/g,'')+'-clientpref-\\\\w+( |$)'),'$1'+pref+'$2');}});}}document.documentElement.className=className;}}());RLCONF={{"wgBreakFrames":false,"wgSeparatorTransformTable":["",""],"wgDigitTransformTable":["",""],"wgDefaultDateFormat":"dmy","wgMonthNames":["","January","February","March","April","May","June","July","August","September","October","November","December"],"wgRequestId":"Z8{number}xq4AAAEAAB7kdfQAAAAB","wgCanonicalNamespace":"Category","wgCanonicalSpecialPageName":false,"wgNamespaceNumber":14,"wgPageName":"Category:Fern_species","wgTitle":"Fern species","wgCurRevisionId":18423,"wgRevisionId":18423,"wgArticleId":1207,"wgIsArticle":true,"wgIsRedirect":false,"wgAction":"view","wgUserName":null,"wgUserGroups":["*"],"wgCategories":["Pteridophytes","Plants by family"],"wgPageViewLanguage":"en","wgPageContentLanguage":"en","wgPageContentModel":"wikitext","wgRelevantPageName":"Category:Fern_species","wgRelevantArticleId":1207,"wgIsProbablyEditable":false,"wgRelevantPageIsProbablyEditable":false,"wgRestrictionEdit":[],"wgRestrictionMove":[],"wgVector2022PreviewPages":[]}};
RLSTATE={{"site.styles":"ready","user.styles":"ready","user":"ready","user.options":"loading","mediawiki.action.styles":"ready","mediawiki.page.gallery.styles":"ready","ext.categoryTree.styles":"ready","skins.vector.search.codex.styles":"ready","skins.vector.styles":"ready","skins.vector.icons":"ready"}};RLPAGEMODULES=["ext.categoryTree","site","mediawiki.page.ready","skins.vector.js"];</script>
<script>(RLQ=window.RLQ||[]).push(function(){{mw.loader.impl(function(){{return["user.options@12s5i",function($,jQuery,require,module){{mw.user.tokens.set({{"patrolToken":"+\\\\","watchToken":"+\\\\","csrfToken":"+\\\\"}});
}}];}});}});</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.categoryTree.styles%7Cmediawiki.action.styles%7Cmediawiki.page.gallery.styles%7Cskins.vector.icons%2Cstyles%7Cskins.vector.search.codex.styles&amp;only=styles&amp;skin=vector-2022">
<script async="" src="/w/load.php?lang=en&amp;modules=startup&amp;only=scripts&amp;raw=1&amp;skin=vector-2022"></script>
<meta name="ResourceLoaderDynamicStyles" content="">
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=site.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1">
<meta name="robots" content="max-image-preview:standard">
<meta name="format-detection" content="telephone=no">
<meta name="viewport" content="width=1000">
<link rel="icon" href="/favicon.ico">
<link rel="search" type="application/opensearchdescription+xml" href="/w/opensearch_desc.php" title="Pteridowiki (en)">
<link rel="EditURI" type="application/rsd+xml" href="https://pteridowiki.org/w/api.php?action=rsd">
<link rel="canonical" href="{canonical}">
<link rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/">
<link rel="alternate" type="application/atom+xml" title="Pteridowiki Atom feed" href="/w/index.php?title=Special:RecentChanges&amp;feed=atom">
</head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-14 ns-subject page-Category_Fern_species rootpage-Category_Fern_species skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container">
	<header class="vector-header mw-header">
		<div class="vector-header-start">
			<nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right">
	<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" data-event-name="ui.dropdown-vector-main-menu-dropdown" class="vector-dropdown-checkbox " aria-label="Main menu">
	<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only " aria-hidden="true"><span class="vector-icon mw-ui-icon-menu mw-ui-icon-wikimedia-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label>
	<div class="vector-dropdown-content">
		<div id="vector-main-menu-unpinned-container" class="vector-unpinned-container">
		<div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">
	<div class="vector-pinnable-header vector-main-menu-pinnable-header vector-pinnable-header-unpinned" data-feature-name="main-menu-pinned" data-pinnable-element-id="vector-main-menu" data-pinned-container-id="vector-main-menu-pinned-container" data-unpinned-container-id="vector-main-menu-unpinned-container">
	<div class="vector-pinnable-header-label">Main menu</div>
	<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button" data-event-name="pinnable-header.vector-main-menu.pin">move to sidebar</button>
	<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button" data-event-name="pinnable-header.vector-main-menu.unpin">hide</button>
</div>
{navigation}
{community}
</div>
		</div>
	</div>
</div>
			</nav>
<a href="/wiki/Main_Page" class="mw-logo">
	<img class="mw-logo-icon" src="/resources/assets/pteridowiki-icon.svg" alt="" aria-hidden="true" height="50" width="50">
	<span class="mw-logo-container"><strong class="mw-logo-wordmark">Pteridowiki</strong><small class="mw-logo-tagline">the fern and lycophyte wiki</small></span>
</a>
		</div>
		<div class="vector-header-end">
<div id="p-search" role="search" class="vector-search-box-vue  vector-search-box-collapses vector-search-box-show-thumbnail vector-search-box-auto-expand-width vector-search-box">
	<a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only search-toggle" id="" title="Search Pteridowiki [f]" accesskey="f"><span class="vector-icon mw-ui-icon-search mw-ui-icon-wikimedia-search"></span><span>Search</span></a>
	<div class="vector-typeahead-search-container">
		<div class="cdx-typeahead-search cdx-typeahead-search--show-thumbnail cdx-typeahead-search--auto-expand-width">
			<form action="/w/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button">
				<div id="simpleSearch" class="cdx-search-input__input-wrapper" data-search-loc="header-moved">
					<div class="cdx-text-input cdx-text-input--has-start-icon">
						<input class="cdx-text-input__input" type="search" name="search" placeholder="Search Pteridowiki" aria-label="Search Pteridowiki" autocapitalize="sentences" title="Search Pteridowiki [f]" accesskey="f" id="searchInput">
						<span class="cdx-text-input__icon cdx-text-input__start-icon"></span>
					</div>
					<input type="hidden" name="title" value="Special:Search">
				</div>
				<button class="cdx-button cdx-search-input__end-button">Search</button>
			</form>
		</div>
	</div>
</div>
<nav class="vector-user-links" aria-label="Personal tools" role="navigation">
	<div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet mw-portlet-vector-user-menu-overflow">
		<div class="vector-menu-content"><ul class="vector-menu-content-list">
			<li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item"><a href="/w/index.php?title=Special:CreateAccount&amp;returnto=Category%3AFern+species" title="You are encouraged to create an account and log in; however, it is not mandatory"><span>Create account</span></a></li>
			<li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a href="/w/index.php?title=Special:UserLogin&amp;returnto=Category%3AFern+species" title="You are encouraged to log in; however, it is not mandatory [o]" accesskey="o"><span>Log in</span></a></li>
		</ul></div>
	</div>
</nav>
		</div>
	</header>
</div>
<div class="mw-page-container">
	<div class="mw-page-container-inner">
		<div class="vector-sitenotice-container">
			<div id="siteNotice"><div id="localNotice" data-nosnippet=""><div class="sitenotice" lang="en" dir="ltr"><p>The spring spore exchange is open until 30 April — see <a href="/wiki/Pteridowiki:Spore_exchange" title="Pteridowiki:Spore exchange">Pteridowiki:Spore exchange</a>.</p></div></div></div>
		</div>
		<div class="vector-column-start">
			<div class="vector-main-menu-container">
				<div id="mw-navigation">
					<nav id="mw-panel" class="vector-main-menu-landmark" aria-label="Site">
						<div id="vector-main-menu-pinned-container" class="vector-pinned-container"></div>
					</nav>
				</div>
			</div>
		</div>
		<div class="mw-content-container">
			<main id="content" class="mw-body">
				<header class="mw-body-header vector-page-titlebar">
					<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-namespace">Category</span><span class="mw-page-title-separator">:</span><span class="mw-page-title-main">Fern species</span></h1>
				</header>
				<div class="vector-page-toolbar">
					<div class="vector-page-toolbar-container">
						<div id="left-navigation">
							<nav aria-label="Namespaces">
<div id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet mw-portlet-associated-pages">
	<div class="vector-menu-content"><ul class="vector-menu-content-list">
		<li id="ca-nstab-category" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Category:Fern_species" title="View the category page [c]" accesskey="c"><span>Category</span></a></li>
		<li id="ca-talk" class="new vector-tab-noicon mw-list-item"><a href="/w/index.php?title=Category_talk:Fern_species&amp;action=edit&amp;redlink=1" rel="discussion" title="Discussion about the content page (page does not exist) [t]" accesskey="t"><span>Discussion</span></a></li>
	</ul></div>
</div>
							</nav>
						</div>
						<div id="right-navigation" class="vector-collapsible">
							<nav aria-label="Views">
<div id="p-views" class="vector-menu vector-menu-tabs mw-portlet mw-portlet-views">
	<div class="vector-menu-content"><ul class="vector-menu-content-list">
		<li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Category:Fern_species"><span>Read</span></a></li>
		<li id="ca-viewsource" class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title=Category:Fern_species&amp;action=edit" title="This page is protected.&#10;You can view its source [e]" accesskey="e"><span>View source</span></a></li>
		<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title=Category:Fern_species&amp;action=history" title="Past revisions of this page [h]" accesskey="h"><span>View history</span></a></li>
	</ul></div>
</div>
							</nav>
							<nav class="vector-page-tools-landmark" aria-label="Page tools">
<div id="vector-page-tools-dropdown" class="vector-dropdown vector-page-tools-dropdown">
	<input type="checkbox" id="vector-page-tools-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox " aria-label="Tools">
	<label id="vector-page-tools-dropdown-label" for="vector-page-tools-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet" aria-hidden="true"><span class="vector-dropdown-label-text">Tools</span></label>
	<div class="vector-dropdown-content">
		<div id="vector-page-tools-unpinned-container" class="vector-unpinned-container">
			<div id="vector-page-tools" class="vector-page-tools vector-pinnable-element">
{tools}
			</div>
		</div>
	</div>
</div>
							</nav>
						</div>
					</div>
				</div>
				<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container>
					<div class="vector-body-before-content">
						<div class="mw-indicators"></div>
						<div id="siteSub" class="noprint">From Pteridowiki</div>
					</div>
					<div id="contentSub"><div id="mw-content-subtitle"></div></div>
					<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr"><p>This category holds one article per <b>fern species</b> (Polypodiopsida) covered by the wiki, named by its accepted binomial. Hybrids are listed under the genus with the multiplication sign, e.g. <a href="/wiki/Dryopteris_%C3%97_complexa" title="Dryopteris × complexa">Dryopteris × complexa</a>. Lycophytes such as clubmosses and quillworts have their own category, <a href="/wiki/Category:Lycophyte_species" title="Category:Lycophyte species">Category:Lycophyte species</a>.
</p><p>For a species without an article yet, add it to <a href="/wiki/Pteridowiki:Requested_articles" title="Pteridowiki:Requested articles">Pteridowiki:Requested articles</a>.
</p>
<!--
NewPP limit report
Cached time: 2025031{number}091422
Cache expiry: 86400
CPU time usage: 0.004 seconds
-->
</div><div class="mw-category-generated" lang="en" dir="ltr">{_pw_subcats()}<div id="mw-pages">
<h2>Pages in category "{esc(PW_CATEGORY)}"</h2>
<p>The following {count} pages are in this category, out of {len(PW_SPECIES)} total.
</p>{paging}
<div lang="en" dir="ltr" class="mw-content-ltr"><div class="mw-category mw-category-columns">{_pw_groups(titles)}</div></div>{paging}
</div>{_pw_media()}</div></div>
					<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr" href="https://pteridowiki.org/w/index.php?title=Category:Fern_species&amp;oldid=18423">https://pteridowiki.org/w/index.php?title=Category:Fern_species&amp;oldid=18423</a>"</div>
					<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories" title="Special:Categories">Categories</a>: <ul><li><a href="/wiki/Category:Pteridophytes" title="Category:Pteridophytes">Pteridophytes</a></li><li><a href="/wiki/Category:Plants_by_family" title="Category:Plants by family">Plants by family</a></li></ul></div></div>
				</div>
			</main>
		</div>
		<div class="mw-footer-container">
<footer id="footer" class="mw-footer" role="contentinfo">
	<ul id="footer-info">
		<li id="footer-info-lastmod"> This page was last edited on 2 February 2025, at 18:06.</li>
		<li id="footer-info-copyright">Content is available under <a class="external" rel="nofollow" href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike</a> unless otherwise noted.</li>
	</ul>
	<ul id="footer-places">
		<li id="footer-places-privacy"><a href="/wiki/Pteridowiki:Privacy_policy">Privacy policy</a></li>
		<li id="footer-places-about"><a href="/wiki/Pteridowiki:About">About Pteridowiki</a></li>
		<li id="footer-places-disclaimers"><a href="/wiki/Pteridowiki:General_disclaimer">Disclaimers</a></li>
		<li id="footer-places-mobileview"><a href="https://pteridowiki.org/w/index.php?title=Category:Fern_species&amp;mobileaction=toggle_view_mobile{"&amp;" + query if query else ""}" class="noprint stopMobileRedirectToggle">Mobile view</a></li>
	</ul>
	<ul id="footer-icons" class="noprint">
		<li id="footer-copyrightico"><a href="https://creativecommons.org/licenses/by-sa/4.0/"><img src="/resources/assets/licenses/cc-by-sa.png" alt="Creative Commons Attribution-ShareAlike" width="88" height="31" loading="lazy"></a></li>
		<li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li>
	</ul>
</footer>
		</div>
	</div>
</div>
<div class="vector-settings" id="p-dock-bottom"><ul></ul></div>
<script>(RLQ=window.RLQ||[]).push(function(){{mw.config.set({{"wgBackendResponseTime":{118 + number * 7},"wgPageParseReport":{{"limitreport":{{"cputime":"0.004","walltime":"0.005"}},"cachereport":{{"timestamp":"2025031{number}091422","ttl":86400,"transientcontent":false}}}}}});}});</script>
</body>
</html>"""


@twentysecond_d
def build_pteridowiki() -> None:
    s = Site(
        "pteridowiki",
        kind="wiki category page (MediaWiki 1.41 Vector 2022, CategoryTree; $wgCategoryPagingLimit = 30: div#mw-pages with '(previous page) (next page)' above and below, links to /w/index.php?title=Category:…&pagefrom=Title+words / pageuntil=, div.mw-category-group > h3 letter > ul > li > a; subcategory groups before it, a file gallery after it)",
        start="wiki/Category:Fern_species/",
        description="A fern wiki on MediaWiki 1.41 with the Vector 2022 skin, the category page 'Category:Fern species' as served to a reader in 2025: the Vector header (main-menu dropdown holding the Navigation and Community portlets, logo with wordmark and tagline, the Codex search box, Create account / Log in), a site notice with a link, the title h1 (namespace, separator and main spans), the Category / Discussion tabs and Read / View source / View history, the Tools dropdown, siteSub, then div#mw-content-text holding the category description (two paragraphs, three wiki links, a NewPP comment) and div.mw-category-generated: div#mw-subcategories ('This category has the following 4 subcategories, out of 4 total.', CategoryTree items in mw-category-group letter groups with '(5 P)' counts), div#mw-pages ('Pages in category \"Fern species\"', 'The following 30 pages are in this category, out of 73 total.', then '(previous page) (next page)' — a word is a link only where there is a page to go to: next page → /w/index.php?title=Category:Fern_species&pagefrom=Dryopteris+filix-mas#mw-pages, previous page → …&pageuntil=<first title on this page>#mw-pages — then div.mw-category.mw-category-columns of div.mw-category-group > h3 letter + ul > li > a[href=/wiki/Asplenium_scolopendrium][title], then the paging words again), and div#mw-category-media, the gallery of five files (li.gallerybox with thumbnail, filename link, size) after the pages as MediaWiki orders it; the printfooter 'Retrieved from', catlinks (Categories: Pteridophytes | Plants by family), the footer (last edited, licence, places, icons) and RLQ scripts. 30 + 30 + 13 pages on wiki/Category:Fern_species/ (a folder, as the test server needs), w/index.php?title=Category:Fern_species&pagefrom=… (twice). Written down: title, url.",
    )
    pages = chunks(PW_SPECIES, [PW_LIMIT, PW_LIMIT, len(PW_SPECIES) - 2 * PW_LIMIT])
    for number, titles in enumerate(pages, 1):
        first = titles[0] if number > 1 else None
        following = pages[number][0] if number < len(pages) else None
        if number == 1:
            # Served as a folder index: the test server types files by their extension.
            path, query = "wiki/Category:Fern_species/index.html", ""
        else:
            query = f"pagefrom={quote_plus(titles[0])}"
            path = f"w/index.php@title=Category:Fern_species&{query}"
        s.list_page(path, _pw_page(number, len(pages), titles, first, following, query.replace("&", "&amp;")))
        if first:
            # The "previous page" link (pageuntil=) is answered by the server too: the same titles as the page before.
            until = f"pageuntil={quote_plus(first)}"
            before = pages[number - 2]
            s.write(
                f"w/index.php@title=Category:Fern_species&{until}",
                _pw_page(number - 1, len(pages), before, before[0] if number > 2 else None, first, until),
            )
        for title in titles:
            s.expect({"title": title, "url": _pw_title_url(title)})
    s.finish()


# ---------------------------------------------------------------------------------------------------
# lakemouth-data: CKAN 2.10 dataset search, 20 a page, ?q=&sort=score+desc&page=N.
# ---------------------------------------------------------------------------------------------------

LM_PER_PAGE = 20
LM_QUERY = "q=&sort=score+desc"
LM_ORGS = {
    "Transport & Highways": "transport-highways",
    "Environmental Health": "environmental-health",
    "Planning & Building Control": "planning-building-control",
    "Finance & Procurement": "finance-procurement",
    "Parks & Open Spaces": "parks-open-spaces",
    "Public Health": "public-health",
    "Libraries & Culture": "libraries-culture",
}

#: (title, organization, notes, formats, flag) — flag is "private", "draft" or "".
LM_DATASETS: list[tuple[str, str, str, list[str], str]] = [
    (
        "Road traffic collisions 2019–2024",
        "Transport & Highways",
        "Reported personal-injury road traffic collisions in Lakemouth, one row per collision, with location, severity, vehicles and casualties. Updated each quarter from police STATS19 returns.",
        ["CSV", "GeoJSON", "PDF"],
        "",
    ),
    (
        "Car park occupancy (live)",
        "Transport & Highways",
        "Spaces free in the eleven council car parks, refreshed every five minutes.",
        ["API", "JSON"],
        "",
    ),
    (
        "Air quality monitoring — NO2 diffusion tubes",
        "Environmental Health",
        "Monthly nitrogen dioxide readings from 46 diffusion tube sites across the borough, bias-adjusted, 2015 onwards.",
        ["CSV", "XLSX"],
        "",
    ),
    (
        "Tree inventory",
        "Parks & Open Spaces",
        "Every council-managed tree in streets, parks and cemeteries: species, height band, condition and last inspection date. Points are accurate to about one metre.",
        ["CSV", "GeoJSON", "SHP"],
        "",
    ),
    (
        "Planning applications",
        "Planning & Building Control",
        "All planning applications received since 2010 with reference, address, proposal, decision and decision date. Personal names of applicants are removed.",
        ["CSV", "API"],
        "",
    ),
    (
        "Spend over £500",
        "Finance & Procurement",
        "Monthly transparency return of every payment to suppliers over £500, as required by the Local Government Transparency Code 2015.",
        ["CSV"],
        "",
    ),
    (
        "Food hygiene inspections",
        "Environmental Health",
        "Inspection outcomes and hygiene ratings for food businesses. The same data is published on the FSA ratings site; this copy adds the inspection date and inspector's area.",
        ["CSV", "JSON"],
        "",
    ),
    (
        "Public toilets",
        "Parks & Open Spaces",
        "Location, opening hours, accessibility and baby-changing facilities of public toilets, including the Community Toilet Scheme partners.",
        ["CSV", "KML"],
        "",
    ),
    (
        "Library loans by branch",
        "Libraries & Culture",
        "Monthly issues and renewals for each of the nine libraries and the mobile library, split into adult fiction, adult non-fiction, children's and audio-visual.",
        ["XLSX", "CSV"],
        "",
    ),
    (
        "Bus stop locations",
        "Transport & Highways",
        "NaPTAN-coded bus stops within the borough with shelter and real-time display flags.",
        ["CSV", "GeoJSON"],
        "",
    ),
    (
        "Budget 2025/26 — draft revenue estimates",
        "Finance & Procurement",
        "Draft revenue budget by service for consultation. Figures will change before Full Council sets the budget in February.",
        ["XLSX", "PDF"],
        "draft",
    ),
    (
        "Allotment sites and waiting lists",
        "Parks & Open Spaces",
        "The 23 allotment sites, plot counts, vacancies and the length of each waiting list on the first of the month.",
        ["CSV"],
        "",
    ),
    (
        "Childhood immunisation uptake",
        "Public Health",
        "Uptake of routine childhood vaccinations at 12 months, 24 months and 5 years by ward, from the COVER programme. Small numbers are suppressed.",
        ["CSV", "PDF"],
        "",
    ),
    (
        "Street lighting assets",
        "Transport & Highways",
        "Column locations, lantern type (LED or SOX), wattage and switching regime for 14,200 street lights.",
        ["CSV", "SHP", "WMS"],
        "",
    ),
    (
        "Conservation areas",
        "Planning & Building Control",
        "Boundaries of the 17 conservation areas with designation dates and links to appraisals.",
        ["GeoJSON", "SHP", "PDF"],
        "",
    ),
    (
        "Council tax bands by property",
        "Finance & Procurement",
        "Property counts in each council tax band A–H by ward, as at 1 April each year.",
        ["CSV"],
        "",
    ),
    (
        "Noise complaints",
        "Environmental Health",
        "Domestic and commercial noise complaints received, with category, ward and whether a notice was served. Addresses are generalised to the street.",
        ["CSV"],
        "",
    ),
    (
        "Museum visitor numbers",
        "Libraries & Culture",
        "Monthly visitors to Lakemouth Maritime Museum and the Old Customs House gallery, including school groups.",
        ["CSV", "XLSX"],
        "",
    ),
    (
        "Cycle counters",
        "Transport & Highways",
        "Hourly counts from eight automatic cycle counters on the seafront and river paths, 2018 onwards.",
        ["CSV", "API"],
        "",
    ),
    (
        "Playgrounds and outdoor gyms",
        "Parks & Open Spaces",
        "Equipped play areas and outdoor gym sites with age ranges, surfacing, fencing and inclusive equipment.",
        ["CSV", "GeoJSON"],
        "",
    ),
    (
        "Smoking prevalence in adults",
        "Public Health",
        "Estimated smoking prevalence among adults by ward from the Annual Population Survey, with confidence intervals.",
        ["CSV"],
        "",
    ),
    (
        "Building control completions",
        "Planning & Building Control",
        "Completion certificates issued for building regulations applications, by work type.",
        ["CSV"],
        "",
    ),
    (
        "Contracts register",
        "Finance & Procurement",
        "Contracts and framework call-offs over £5,000 with supplier, value, start and end dates and procurement route. Updated quarterly under the Transparency Code; values include VAT where it cannot be recovered.",
        ["CSV", "XLSX"],
        "",
    ),
    (
        "Beach water quality",
        "Environmental Health",
        "Weekly bathing water samples at the four designated beaches during the bathing season (May–September): E. coli and intestinal enterococci counts.",
        ["CSV"],
        "",
    ),
    (
        "Roadworks and street works permits",
        "Transport & Highways",
        "Permits granted under the street works permit scheme, with promoter, location, dates and traffic management.",
        ["CSV", "API"],
        "",
    ),
    (
        "Library branch opening hours",
        "Libraries & Culture",
        "Opening hours of each library branch, including staffless 'open access' hours.",
        ["JSON", "CSV"],
        "",
    ),
    (
        "Housing delivery",
        "Planning & Building Control",
        "Net additional dwellings completed each financial year, by site, tenure and number of bedrooms.",
        ["XLSX"],
        "",
    ),
    (
        "Gritting routes",
        "Transport & Highways",
        "Priority 1 and 2 winter gritting routes as line geometry, with the depot serving each.",
        ["GeoJSON", "KML"],
        "",
    ),
    (
        "Fly-tipping incidents",
        "Environmental Health",
        "Fly-tipping incidents reported and cleared, with waste type and size category, by month and ward.",
        ["CSV"],
        "",
    ),
    (
        "Parks events calendar",
        "Parks & Open Spaces",
        "Events booked in council parks, with organiser, expected attendance and dates.",
        ["CSV", "ICS"],
        "",
    ),
    (
        "Staff pay multiples",
        "Finance & Procurement",
        "Ratio of the highest-paid employee to the median salary, published annually.",
        ["CSV"],
        "private",
    ),
    (
        "Obesity in reception and year 6 children",
        "Public Health",
        "National Child Measurement Programme results by ward: the share of children overweight or living with obesity, three-year pooled.",
        ["CSV", "PDF"],
        "",
    ),
    (
        "Electric vehicle charge points",
        "Transport & Highways",
        "On-street and car-park EV charge points with connector type, power and operator.",
        ["CSV", "GeoJSON", "API"],
        "",
    ),
    (
        "Listed buildings",
        "Planning & Building Control",
        "Statutorily listed buildings in the borough with grade and list entry number, mirrored from Historic England's National Heritage List.",
        ["CSV", "GeoJSON"],
        "",
    ),
    (
        "Pest control treatments",
        "Environmental Health",
        "Treatments carried out by the pest control service by pest type and ward.",
        ["CSV"],
        "",
    ),
    (
        "Library e-book and e-audio loans",
        "Libraries & Culture",
        "Monthly loans through the digital library platforms, by format.",
        ["CSV"],
        "",
    ),
    (
        "Grounds maintenance schedule",
        "Parks & Open Spaces",
        "Grass-cutting and hedge-trimming frequency for each managed open space, with the contractor's zone.",
        ["CSV", "PDF"],
        "",
    ),
    (
        "Procurement card transactions",
        "Finance & Procurement",
        "Purchase card spend by merchant category each month.",
        ["CSV"],
        "",
    ),
    (
        "Speed limits",
        "Transport & Highways",
        "Speed limit of every road section, including the 20 mph zones introduced in 2023.",
        ["GeoJSON", "SHP"],
        "",
    ),
    (
        "Houses in multiple occupation licences",
        "Planning & Building Control",
        "Licensed HMOs with the licence period and permitted occupancy. Licence holder names are withheld.",
        ["CSV"],
        "",
    ),
    (
        "Drug and alcohol treatment outcomes",
        "Public Health",
        "Successful completions of treatment as a share of people in treatment, by substance group. Internal working copy pending disclosure review.",
        ["XLSX"],
        "private",
    ),
    (
        "Contaminated land register",
        "Environmental Health",
        "Sites determined as contaminated land under Part 2A of the Environmental Protection Act 1990, with remediation statements. Most of the borough has no determinations; an entry here does not mean a site is unsafe to occupy.",
        ["PDF", "CSV"],
        "",
    ),
    (
        "Community centres",
        "Libraries & Culture",
        "Council-owned community centres with rooms, capacity and hire rates.",
        ["CSV"],
        "",
    ),
    (
        "Flood risk zones",
        "Planning & Building Control",
        "Local surface-water flood risk areas from the Strategic Flood Risk Assessment.",
        ["SHP", "WMS", "PDF"],
        "",
    ),
    (
        "Taxi and private hire licences",
        "Environmental Health",
        "Licensed hackney carriages and private hire vehicles with plate number, make and wheelchair accessibility.",
        ["CSV"],
        "",
    ),
    (
        "Footfall on the High Street",
        "Transport & Highways",
        "Daily pedestrian counts from three sensors in the town centre.",
        ["CSV", "API"],
        "",
    ),
    (
        "Blue Flag beaches and lifeguard cover",
        "Parks & Open Spaces",
        "Lifeguarded beaches, patrol dates and hours for the summer season.",
        ["CSV"],
        "",
    ),
    (
        "Council meetings attendance",
        "Finance & Procurement",
        "Councillor attendance at committee meetings each municipal year.",
        ["CSV"],
        "",
    ),
    (
        "Registered childminders by ward",
        "Public Health",
        "Count of Ofsted-registered childminders and nurseries by ward.",
        ["CSV"],
        "",
    ),
    (
        "Public art collection",
        "Libraries & Culture",
        "Sculptures, murals and memorials owned by the council, with artist, date and location.",
        ["CSV", "GeoJSON"],
        "",
    ),
    (
        "Dropped kerb requests",
        "Transport & Highways",
        "Applications for vehicle crossovers and their outcome.",
        ["CSV"],
        "",
    ),
]

LM_GROUPS = [
    ("environment", "Environment", 14),
    ("transport", "Transport", 12),
    ("economy", "Economy", 9),
    ("health-and-care", "Health and care", 7),
    ("culture-and-leisure", "Culture and leisure", 8),
]
LM_TAGS = [
    ("transparency-code", 6),
    ("geospatial", 15),
    ("quarterly", 9),
    ("roads", 8),
    ("parks", 6),
    ("statistics", 11),
    ("inspection", 4),
    ("monthly", 12),
    ("real-time", 4),
    ("ward", 10),
]
LM_LICENSES = [
    ("OGL-UK-3.0", "Open Government Licence v3.0", 46),
    ("CC-BY-4.0", "Creative Commons Attribution 4.0", 3),
    ("other-closed", "Other (Not Open)", 2),
]


def _lm_extract(notes: str, length: int = 180) -> str:
    """CKAN's markdown_extract: plain text cut at a word before ``length`` with '...'."""
    if len(notes) <= length:
        return notes
    cut = notes[: length - 3]
    return cut[: cut.rfind(" ")].rstrip(",;:") + "..."


def _lm_dataset_slug(title: str) -> str:
    return slug(title.replace("£", "").replace("/", "-"))


def _lm_item(index: int, title: str, org: str, notes: str, formats: list[str], flag: str) -> str:
    href = f"/dataset/{_lm_dataset_slug(title)}"
    private = (
        '\n              <span class="dataset-private badge bg-secondary">\n                  <i class="fa fa-lock"></i>\n                  Private\n              </span>'
        if flag == "private"
        else ""
    )
    draft = '\n              <span class="badge bg-info">Draft</span>' if flag == "draft" else ""
    popular = (
        f'\n              <span class="badge bg-danger" title="{180 - index * 3} recent views"><i class="fa fa-fire"></i> Popular</span>'
        if index % 9 == 0 and not flag
        else ""
    )
    badges = "".join(
        f"""
            <li>
              <a href="{href}" class="badge badge-default" data-format="{fmt.lower()}">{fmt}</a>
            </li>"""
        for fmt in formats
    )
    updated = datetime(2025, 3, 14) - timedelta(days=index * 5 + index % 3)
    return f"""
    <li class="dataset-item">
        <div class="dataset-content">
            <h2 class="dataset-heading">{private}
              <a href="{href}" title="{esc(title)}">
                {esc(title)}
              </a>{draft}{popular}
            </h2>
            <div>{esc(_lm_extract(notes))}</div>
            <p class="dataset-publisher text-muted"><i class="fa fa-building-o"></i> <a href="/organization/{LM_ORGS[org]}">{esc(org)}</a> <span class="dot">&middot;</span> Updated <span title="{updated:%B %d, %Y, %H:%M (UTC)}">{updated.day} {updated:%B %Y}</span></p>
        </div>
          <ul class="dataset-resources list-unstyled">{badges}
          </ul>
    </li>"""


def _lm_url(**extra: str) -> str:
    tail = "".join(f"&amp;{key}={value}" for key, value in extra.items())
    return f"/dataset/?{LM_QUERY.replace('&', '&amp;')}{tail}"


def _lm_pagination(number: int, total_pages: int) -> str:
    items = []
    if number > 1:
        items.append(f'<li class="page-item"><a class="page-link" href="{_lm_url(page=str(number - 1))}">«</a></li>')
    for i in range(1, total_pages + 1):
        cls = "page-item active" if i == number else "page-item"
        items.append(f'<li class="{cls}"><a class="page-link" href="{_lm_url(page=str(i))}">{i}</a></li>')
    if number < total_pages:
        items.append(f'<li class="page-item"><a class="page-link" href="{_lm_url(page=str(number + 1))}">»</a></li>')
    return (
        '<div class="pagination-wrapper"><ul class="pagination justify-content-center"> '
        + " ".join(items)
        + "</ul></div>"
    )


def _lm_facet(title: str, name: str, entries: list[tuple[str, str, int]], more: str | None) -> str:
    items = "".join(
        f"""
                <li class="nav-item">
                  <a href="{_lm_url(**{name: quote_plus(value)})}" title="{esc(label) if len(label) > 30 else ""}">
                    <span class="item-label">{esc(label if len(label) <= 30 else label[:27] + "...")}</span>
                    <span class="hidden separator"> - </span>
                    <span class="item-count badge bg-secondary">{count}</span>
                  </a>
                </li>"""
        for value, label, count in entries
    )
    footer = (
        f'\n          <p class="module-footer"><a href="{_lm_url(**{"_" + name + "_limit": "0"})}" class="read-more">{more}</a></p>'
        if more
        else ""
    )
    return f"""
<section class="module module-narrow module-shallow">
      <h2 class="module-heading">
        <i class="fa fa-filter"></i>
        {title}
      </h2>
          <nav aria-label="{title}">
            <ul class="list-unstyled nav nav-simple nav-facet">{items}
            </ul>
          </nav>{footer}
</section>"""


def _lm_sidebar() -> str:
    org_counts: dict[str, int] = {}
    fmt_counts: dict[str, int] = {}
    for _title, org, _notes, formats, _flag in LM_DATASETS:
        org_counts[org] = org_counts.get(org, 0) + 1
        for fmt in formats:
            fmt_counts[fmt] = fmt_counts.get(fmt, 0) + 1
    orgs = sorted(org_counts.items(), key=lambda kv: (-kv[1], kv[0]))
    fmts = sorted(fmt_counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return "".join(
        [
            _lm_facet("Organizations", "organization", [(LM_ORGS[o], o, c) for o, c in orgs], None),
            _lm_facet("Groups", "groups", LM_GROUPS, None),
            _lm_facet("Tags", "tags", [(t, t, c) for t, c in LM_TAGS], "Show More Tags"),
            _lm_facet("Formats", "res_format", [(f, f, c) for f, c in fmts[:10]], "Show More Formats"),
            _lm_facet("Licenses", "license_id", LM_LICENSES, None),
        ]
    )


def _lm_page(number: int, total_pages: int, datasets: list[tuple[str, str, str, list[str], str]], offset: int) -> str:
    items = "".join(_lm_item(offset + i, *d) for i, d in enumerate(datasets))
    return f"""<!DOCTYPE html>
<!--[if IE 9]> <html lang="en" class="ie9"> <![endif]-->
<!--[if gt IE 8]><!--> <html lang="en"  > <!--<![endif]-->
  <head>
    <meta charset="utf-8" />
      <meta name="csrf_field_name" content="_csrf_token" />
      <meta name="_csrf_token" content="IjRjZjM3YmE5ZDBlNGMxOTQ3ZTFkYjNhYTYzNmU4ZWM4OWY2ZTNmYjki.Z9Qm2w.x7bq0RkFq4p2mZ3l1YVfTfQe8sA" />
      <meta name="generator" content="ckan 2.10.5" />
      <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Dataset - Lakemouth Open Data</title>
    <link rel="shortcut icon" href="/base/images/ckan.ico" />
    <link href="/webassets/base/1c87a999_main.css" rel="stylesheet"/>
    <link href="/webassets/ckanext-lakemouth/7d1e0f44_lakemouth.css" rel="stylesheet"/>
    <link href="/webassets/ckanext-activity/6ac15be0_activity.css" rel="stylesheet"/>
  </head>

  <body data-site-root="https://data.lakemouth.gov.uk/" data-locale-root="https://data.lakemouth.gov.uk/" >
    <div class="visually-hidden-focusable"><a href="#content">Skip to main content</a></div>
    <div id="cookie-banner" class="lm-cookie-banner" role="region" aria-label="Cookies on Lakemouth Open Data">
      <p>We use some essential cookies to make this service work. We'd also like to use analytics cookies so we can understand how you use the service.</p>
      <button class="btn btn-primary" data-consent="accept">Accept analytics cookies</button> <button class="btn btn-secondary" data-consent="reject">Reject analytics cookies</button> <a href="/pages/cookies">View cookies</a>
    </div>
  <div class="account-masthead">
    <div class="container">
      <nav class="account authed" aria-label="Account">
        <ul class="list-unstyled">
          <li><a href="/ckan-admin" title="Sysadmin settings"><i class="fa fa-gavel" aria-hidden="true"></i><span class="text">Admin</span></a></li>
          <li><a href="/user/r.okafor" class="image" title="View profile"><img src="https://www.gravatar.com/avatar/3b9c7e1f0b0d4a8e2f6c5d1a9e7b3c2f?s=22&amp;d=identicon" class="gravatar" width="22" height="22" alt="r.okafor" /><span class="username">Rita Okafor</span></a></li>
          <li class="notifications "><a href="/dashboard/datasets" title="Dashboard (3 new items)"><i class="fa fa-tachometer" aria-hidden="true"></i><span class="text">Dashboard</span><span class="badge" aria-hidden="true">3</span></a></li>
          <li><a href="/user/edit/r.okafor" title="Profile settings"><i class="fa fa-cog" aria-hidden="true"></i><span class="text">Profile settings</span></a></li>
          <li><a href="/user/_logout" title="Log out"><i class="fa fa-sign-out" aria-hidden="true"></i><span class="text">Log out</span></a></li>
        </ul>
      </nav>
    </div>
  </div>
<header class="masthead">
  <div class="container">
      <nav class="navbar navbar-expand-lg navbar-light">
        <hgroup class="header-image navbar-left">
          <a class="logo" href="/"><img src="/uploads/admin/lakemouth-open-data-logo.png" alt="Lakemouth Open Data" title="Lakemouth Open Data" /></a>
        </hgroup>
        <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#main-navigation-toggle" aria-controls="main-navigation-toggle" aria-expanded="false" aria-label="Toggle navigation"><span class="fa fa-bars text-white"></span></button>
        <div class="main-navbar collapse navbar-collapse" id="main-navigation-toggle">
          <ul class="navbar-nav ms-auto mb-2 mb-lg-0">
            <li class="active"><a href="/dataset/">Datasets</a></li><li><a href="/organization/">Organizations</a></li><li><a href="/group/">Groups</a></li><li><a href="/showcase">Showcases</a></li><li><a href="/about">About</a></li>
          </ul>
          <form class="d-flex site-search" action="/dataset/" method="get">
              <label class="d-none" for="field-sitewide-search">Search Datasets...</label>
              <input id="field-sitewide-search" class="form-control me-2"  type="text" name="q" placeholder="Search" aria-label="Search datasets..."/>
              <button class="btn" type="submit" aria-label="Submit"><i class="fa fa-search"></i></button>
          </form>
        </div>
      </nav>
  </div>
</header>

    <div class="main">
      <div id="content" class="container">
          <div class="flash-messages"></div>
          <div class="toolbar" role="navigation" aria-label="Breadcrumb">
            <ol class="breadcrumb">
              <li class="home"><a href="/" aria-label="Home"><i class="fa fa-home"></i><span> Home</span></a></li>
              <li class="active"><a href="/dataset/">Datasets</a></li>
            </ol>
          </div>
          <div class="row wrapper">
      <div class="primary col-md-9 col-xs-12" role="main">
  <section class="module">
    <div class="module-content">
        <div class="page_primary_action">
          <a class="btn btn-primary" href="/dataset/new"><i class="fa fa-plus-square"></i> Add Dataset</a>
        </div>
<form id="dataset-search-form" class="search-form" method="get" data-module="select-switch">
    <div class="input-group search-input-group">
      <input aria-label="Search datasets" id="field-giant-search" type="text" class="form-control input-lg" name="q" value="" autocomplete="off" placeholder="Search datasets...">
      <button class="btn btn-default btn-lg" type="submit" value="search" aria-label="Submit"><i class="fa fa-search"></i></button>
    </div>
    <input type="hidden" name="sort" value="score desc" />
    <div class="form-group control-order-by">
      <label for="field-order-by">Order by</label>
      <select id="field-order-by" name="sort" class="form-control form-select">
          <option value="score desc, metadata_modified desc">Relevance</option>
          <option value="title_string asc">Name Ascending</option>
          <option value="title_string desc">Name Descending</option>
          <option value="metadata_modified desc">Last Modified</option>
          <option value="views_recent desc">Popular</option>
      </select>
      <button class="btn btn-default js-hide" type="submit">Go</button>
    </div>
    <h1>{len(LM_DATASETS)} datasets found</h1>
</form>
<ul class="dataset-list list-unstyled">{items}
</ul>
    </div>
    {_lm_pagination(number, total_pages)}
  </section>
  <section class="module">
    <div class="module-content">
      <small>
        You can also access this registry using the <a href="/api/3" target="_blank" rel="noreferrer">API</a> (see <a href="https://docs.ckan.org/en/2.10/api/" target="_blank" rel="noreferrer">API Docs</a>).
      </small>
    </div>
  </section>
      </div>
        <aside class="secondary col-md-3 col-xs-12">
<div class="filters">
  <div>{_lm_sidebar()}
  </div>
  <a class="close no-text hide-filters"><i class="fa fa-times-circle"></i><span class="text">close</span></a>
</div>
        </aside>
          </div>
      </div>
    </div>
<footer class="site-footer">
  <div class="container">
    <div class="row">
      <div class="col-md-8 footer-links">
          <ul class="list-unstyled">
              <li><a href="/about">About Lakemouth Open Data</a></li>
              <li><a href="/pages/accessibility">Accessibility statement</a></li>
              <li><a href="/pages/privacy">Privacy notice</a></li>
          </ul>
          <ul class="list-unstyled">
              <li><a href="https://docs.ckan.org/en/2.10/api/">CKAN API</a></li>
              <li><a href="https://www.ckan.org/">CKAN Association</a></li>
              <li><a href="https://opendatacommons.org/"><img src="/base/images/od_80x15_blue.png" alt="Open Data"></a></li>
          </ul>
      </div>
      <div class="col-md-4 attribution">
          <p><strong>Powered by</strong> <a class="hide-text ckan-footer-logo" href="http://ckan.org">CKAN</a></p>
          <form class="lang-select" action="/util/redirect" data-module="select-switch" method="POST">
            <input type="hidden" name="_csrf_token" value="IjRjZjM3YmE5ZDBlNGMxOTQ3ZTFkYjNhYTYzNmU4ZWM4OWY2ZTNmYjki.Z9Qm2w.x7bq0RkFq4p2mZ3l1YVfTfQe8sA"/>
            <div class="form-group">
              <label for="field-lang-select">Language</label>
              <select id="field-lang-select" name="url" data-module="autocomplete" data-module-dropdown-class="lang-dropdown" data-module-container-class="lang-container">
                  <option value="/en/dataset/?{LM_QUERY.replace("&", "&amp;")}{"&amp;page=" + str(number) if number > 1 else ""}" selected="selected">English</option>
                  <option value="/cy/dataset/?{LM_QUERY.replace("&", "&amp;")}{"&amp;page=" + str(number) if number > 1 else ""}">Cymraeg</option>
              </select>
            </div>
            <button class="btn btn-default d-none " type="submit">Go</button>
          </form>
      </div>
    </div>
  </div>
</footer>
    <script src="/webassets/webassets-external/5f4ba5ed4d8a8d7d1a7bd6e3e5ca4e5d_jquery.js" type="text/javascript"></script>
    <script src="/webassets/vendor/3b1b3f8e_vendor.js" type="text/javascript"></script>
    <script src="/webassets/base/6f3a1e8e_main.js" type="text/javascript"></script>
    <script src="/webassets/ckanext-lakemouth/0b2c1f5a_cookie-banner.js" type="text/javascript"></script>
  </body>
</html>"""


@twentysecond_d
def build_lakemouth_data() -> None:
    s = Site(
        "lakemouth-data",
        kind="open-data portal dataset search (CKAN 2.10, Bootstrap 5: ul.dataset-list > li.dataset-item, h2.dataset-heading with Private / Draft / Popular badges around the link, notes snippet cut at 180 characters, a theme publisher line, ul.dataset-resources > li > a.badge[data-format]; facets sidebar; ul.pagination page-items with « and », ?q=&sort=score+desc&page=N)",
        start="dataset/?q=&sort=score+desc",
        description="A city council's CKAN 2.10 open-data portal (a small ckanext theme on the stock templates) dataset search as a logged-in editor sees it in 2025: a cookie banner, the account masthead (Admin, the user's name and gravatar, Dashboard with a badge, Log out), the masthead navbar (logo, Datasets / Organizations / Groups / Showcases / About, site search), the breadcrumb, an 'Add Dataset' button, the search form (giant search input, 'Order by' select), h1 '51 datasets found', then ul.dataset-list.list-unstyled > li.dataset-item > div.dataset-content with h2.dataset-heading (span.dataset-private.badge 'Private' with a lock icon before the link on two datasets, span.badge 'Draft' after it on one, a 'Popular' badge on a few), the a[href=/dataset/<name>][title] link, the notes snippet in a bare div (markdown_extract: cut at a word before 180 characters with '...'), the theme's p.dataset-publisher line (organization link · 'Updated 14 March 2025'), and ul.dataset-resources.list-unstyled > li > a.badge.badge-default[data-format=csv] 'CSV' (one badge per distinct format, each linking to the dataset). Under the list div.pagination-wrapper > ul.pagination.justify-content-center of li.page-item > a.page-link ('«' on pages 2–3, the numbers, 'active' on the current one, '»' on pages 1–2) with hrefs /dataset/?q=&sort=score+desc&page=N; a note about the API; the aside.secondary facets (Organizations, Groups, Tags, Formats, Licenses as section.module-narrow > h2.module-heading + nav > ul.nav-facet > li.nav-item > a with span.item-label and span.item-count badge, 'Show More Tags'); the footer (links, Powered by CKAN, language select). 20 + 20 + 11 datasets on dataset/?q=&sort=score+desc, &page=2, &page=3 (the pager's page=1 link serves page 1 again). Written down: title, url, summary (the snippet as shown), organization, formats (list, badge order).",
    )
    pages = chunks(LM_DATASETS, [LM_PER_PAGE, LM_PER_PAGE, len(LM_DATASETS) - 2 * LM_PER_PAGE])
    for number, datasets in enumerate(pages, 1):
        offset = LM_PER_PAGE * (number - 1)
        text = _lm_page(number, len(pages), datasets, offset)
        s.list_page(f"dataset/@{LM_QUERY}" + (f"&page={number}" if number > 1 else ""), text)
        if number == 1:
            s.write(f"dataset/@{LM_QUERY}&page=1", text)
        for title, org, notes, formats, _flag in datasets:
            s.expect(
                {
                    "title": title,
                    "url": f"/dataset/{_lm_dataset_slug(title)}",
                    "summary": _lm_extract(notes),
                    "organization": org,
                    "formats": formats,
                }
            )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TWENTYSECOND_D.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
