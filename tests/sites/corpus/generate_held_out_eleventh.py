"""Eleventh wave of HELD-OUT corpus sites (issue #3): copies of how two more well-known site families marked
up their list pages in 2024–2025, written and frozen before anybody measured the Scout on them.

* **burrowboard** — a phpBB 3.3 board on prosilver, a guest's view of one forum (``/forum/viewforum.php?f=2``,
  "Housing & hutches" on a rabbit-keeping board): the header bar with the logo, the board's name and
  description, a skip link and a search box; the navbar with Quick links / FAQ / Register / Login (icon ``i.fa-…``
  elements and ``sr-only`` spans), schema.org breadcrumbs; an ad unit of the phpBB Ads extension under the
  navbar; the forum title, a hidden forum description, "Moderator: …", a forum-rules box; a subforum list
  (``ul.topiclist.forums`` rows with ``a.forumtitle``, "Topics: / Posts:" and a last post); an action bar with a
  "New Topic" button, a forum search box and the pagination ("71 topics", a page-jump dropdown holding "Page
  <strong>1</strong> of <strong>3</strong>" for screen readers, page links to ``./viewforum.php?f=2&start=25`` /
  ``&start=50`` and a next arrow). Then the announcements block (``div.forumbg.announcement``, on every page: a
  global announcement posted in another forum and a forum announcement) and the topics block, both
  ``ul.topiclist.topics > li.row`` holding ``dl.row-item`` with a folder class (``topic_read``,
  ``topic_read_hot``, ``topic_read_locked``, ``sticky_read``, ``announce_read``, ``global_read_locked``): a
  ``dt`` titled by its folder ("No unread posts"), a topic-icon background on some, ``a.topictitle`` to
  ``./viewtopic.php?t=N``, a hidden ``responsive-show`` copy "Last post by <user> « <time>", "Replies:
  <strong>N</strong>", a page list for long topics (``./viewtopic.php?t=N&start=10``…), the topic-poster line
  "by <a class=username> » <time datetime>Tue Mar 10, 2026 4:12 pm</time>" (poll and paperclip icons on some,
  " » in <forum>" on the global one); ``dd.posts`` "12 <dfn>Replies</dfn>", ``dd.views`` "1834
  <dfn>Views</dfn>", ``dd.lastpost`` "<dfn>Last post </dfn>by <user> <a title="Go to last post">icon + sr-only
  text</a><br /><time>…</time>". Staff names are ``a.username-coloured`` with an inline colour; a guest's name is
  a bare ``span.username``. Three stickies open the topics block on page 1 only (twenty-five topics a page,
  stickies included; announcements on every page on top). Below: the bottom action bar with a sort form
  (Display / Sort by / Direction selects) and the pagination again, "Return to Board Index", a Jump-to dropdown
  of forum links, "Who is online" with bots, "Forum permissions", the footer navbar (Delete cookies, All times
  are UTC), the copyright line, AJAX alert templates, a cron image and a cookieconsent script.
* **tableguide** — a TripAdvisor city restaurant list (``/Restaurants-g187147-Paris_Ile_de_France.html``, 2024–25
  React design, hashed classes such as ``biGQs _P fiohW``): a header with the logo, Discover / Trips / Review
  links, currency and Sign in buttons; breadcrumbs, the h1 "Restaurants in Paris", quick-filter chips, a left
  rail of filter groups with counts (Establishment type, Meal type, Price, Cuisines, Features, Neighborhoods), a
  "Travelers' Choice" strip repeating four listed restaurants, "56 results" and a "Sort by" button. Each card is a
  ``div[data-automation=restaurantCard]``: a lazy photo (``picture`` with ``srcset`` on the CDN, a ``data:``
  placeholder further down) and a "Save to a trip" heart button, the rank as a separate "1. " text before the
  name link ``/Restaurant_Review-g187147-d<id>-Reviews-<Name>-Paris_Ile_de_France.html``, the bubble rating as an
  ``svg`` whose ``title`` reads "4.5 of 5 bubbles", "(1,234 reviews)" linking ``…#REVIEWS``, the cuisines
  "French, European" and the price "$$ - $$$" as sibling spans (each missing on some), "Open now" / "Closed now"
  / "Closes in 20 min" / "Opens in 45 min" (missing on some), a "Travelers' Choice" or "MICHELIN" badge on some,
  two quoted review snippets linking ``/ShowUserReviews-…``, and a "Reserve" link to ``/Commerce?…`` with
  tracking parameters on some. Sponsored cards use the same classes without a rank, with a "Sponsored" label, a
  tagline and links carrying ``?spAttributionToken=…``; display-ad slots sit between cards and in the rail.
  Thirty ranked restaurants a page; the pager (previous / numbered / next arrows) links the path-offset page
  ``/Restaurants-g187147-oa30-Paris_Ile_de_France.html``. Also a OneTrust cookie banner, a footer of link
  columns with country and currency pickers, and ``window.__WEB_CONTEXT__`` with page config but no listings.

Run ``uv run python tests/sites/corpus/generate_held_out_eleventh.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **frozen**: never open its
pages, expected records or per-field results while working on the Scout.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import FROZEN, ROOT, Site, esc

FROZEN |= {"burrowboard", "tableguide"}

ELEVENTH: dict[str, Callable[[], None]] = {}


def eleventh(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    ELEVENTH[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


# ---------------------------------------------------------------------------------------------------
# burrowboard (FROZEN): a phpBB 3.3 (prosilver) forum view, twenty-five topics a page, three pages.
# ---------------------------------------------------------------------------------------------------

BB_NOW = datetime(2026, 3, 12, 18, 5, tzinfo=UTC)
BB_FORUM_ID = 2
BB_FORUM = "Housing & hutches"
BB_PER_PAGE = 25
BB_POSTS_PER_PAGE = 10
BB_HOT = 25

#: Staff colours, as phpBB writes them inline on ``a.username-coloured``.
BB_COLOURS = {"Bramble": "AA0000", "Fenwick": "00AA00"}
BB_MEMBERS = [
    "Bramble",
    "Fenwick",
    "clover_and_dill",
    "Hopscotch",
    "MrsBinky",
    "thumper_dad",
    "LopEaredLiz",
    "hayfever_harry",
    "Nibbles82",
    "warrenwatcher",
    "Dandelion Dot",
    "briar_rose",
    "KitKaboodle",
    "FlemishGiantFan",
    "Juniper & Sage",
    "oatmeal_the_rex",
    "bunnybonded",
    "MossyHollow",
    "Pip's Mum",
    "rexrabbitrob",
    "Toffee_Lop",
    "marigold.meadow",
]
BB_UIDS = {name: 2 if name == "Bramble" else 48 + index * 37 for index, name in enumerate(BB_MEMBERS)}
BB_REGULARS = BB_MEMBERS[2:]
#: Guests post under a name they type: phpBB shows it as a bare ``span.username``.
BB_GUESTS = {"hutchmaker_dan"}


@dataclass
class Topic:
    """One topic row of the forum view."""

    title: str
    author: str
    replies: int
    views: int
    first: datetime
    last: datetime
    last_poster: str
    kind: str = "normal"  # normal, sticky, announce or global
    locked: bool = False
    poll: bool = False
    attachment: bool = False
    icon: str | None = None
    topic_id: int = 0
    last_post_id: int = 0


# (title, author or None for a random regular, replies, flags): "L" locked, "P" poll, "A" attachment, "!"/"?"/"i" topic icon
BB_NORMAL: list[tuple[str, str | None, int, str]] = [
    ("Condensation inside the hutch every morning – help!", None, 9, ""),
    ("Converted shed build diary (pics heavy)", "thumper_dad", 47, "A"),
    ("Best flooring for a free-roam living room? Lino vs rugs", None, 14, ""),
    ("[SOLVED] Fox tried to get into the run last night", "LopEaredLiz", 22, "!"),
    ("Anyone used the Omlet Eglu Go hutch long term?", None, 6, ""),
    ("Is a 6ft hutch really too small if they get the run all day?", None, 31, ""),
    ("Litter tray ideas for a bonded trio", None, 3, ""),
    ("Chewing through the mesh — what gauge should I use?", None, 8, ""),
    ("Keeping water bottles from freezing", None, 12, ""),
    ("Winter-proofing: tarps, covers or bring them in?", None, 18, "P"),
    ("Free-roam bunny vs the Christmas tree (update)", "MrsBinky", 5, "A"),
    ("Planning permission for a large aviary-style run?", None, 0, ""),
    ("Which bedding is least dusty? Hay allergy in the house", "hayfever_harry", 11, "?"),
    ("Puppy pen setup for a rescue Netherland Dwarf", None, 4, ""),
    ("Digging under the run: slabs, mesh skirt or both?", None, 16, ""),
    ("Second-hand hutch — how to disinfect properly", None, 7, ""),
    ("Two-storey hutch ramps: too steep for an older lop?", None, 2, ""),
    ("Heat pads in an unheated garage — safe or not?", None, 26, ""),
    ("Run attached to the back door – cat flap idea", None, 1, "A"),
    ("Ventilation in a converted shed, how many vents?", None, 13, ""),
    ("Wood treatment that's safe for rabbits?", None, 10, "?"),
    ("Pics of my new 8x4 run :)", "Toffee_Lop", 19, "A"),
    ("Rats getting into the hutch at night", None, 9, "!"),
    ("Indoor cage recommendations for a temporary setup", None, 0, ""),
    ("Bunny-proofing cables: spiral wrap vs cable trunking", None, 15, ""),
    ("Is a balcony setup ever ok?", None, 28, ""),
    ("Hutch on legs or on the ground?", "warrenwatcher", 12, "P"),
    ("Anyone built a run from a dog kennel panel kit?", None, 5, ""),
    ("Flystrike prevention in the summer hutch", "Fenwick", 23, "i"),
    ("Hide boxes: cardboard vs wooden vs willow", None, 8, ""),
    ("Moving house next month – transporting the whole setup", None, 6, ""),
    ("Neighbour complained about the run by the fence", None, 17, ""),
    ("Mesh sizes for keeping out stoats & weasels", None, 4, ""),
    ("Roof felt or corrugated sheets for the run roof?", None, 3, ""),
    ("My bun won't use the top floor of the hutch", None, 11, ""),
    ("Shed windows: perspex or mesh panels?", None, 0, ""),
    ("Recommended hay racks that don't waste half the hay", None, 20, ""),
    ("Free-roam and the stairs – gates that actually work", None, 7, ""),
    ("Automatic run door on a timer: worth it?", None, 9, ""),
    ("Old hutch for sale, collection only (Leeds)", "hutchmaker_dan", 2, "L"),
    ("Lighting in the shed during winter evenings", None, 5, ""),
    ("How often do you deep clean the run?", None, 34, "P"),
    ("Grass run vs paved run: pros and cons", None, 12, ""),
    ("Temperature in the shed hit 31°C today", None, 8, "!"),
    ("Frost on the mesh: do they need a windbreak?", None, 3, ""),
    ("Chicken wire — really that bad?", None, 21, ""),
    ("Building a tunnel between two runs", "rexrabbitrob", 6, "A"),
    ("Carpet chewing in the free-roam room", None, 14, ""),
    ("Storage for hay bales so they stay dry", None, 1, ""),
    ("Setup for a disabled bun (no jumps, soft floors)", "bunnybonded", 9, ""),
    ("Used a kids' playhouse as a hutch – photos", None, 27, "A"),
    ("Draughts coming through the shed floorboards", None, 4, ""),
    ("Pen panels sliding on laminate — tips?", None, 6, ""),
    ("Roof collapsed after the snow, lessons learned", None, 15, "AL"),
    ("Do outdoor buns need a light at night?", None, 0, ""),
    ("Sizing a run for a bonded pair of Flemish Giants", "FlemishGiantFan", 11, ""),
    ("Bolt locks vs padlocks on the hutch doors", None, 5, ""),
    ("Cleaning urine stains off wooden floors", None, 13, "?"),
    ("Clear covers for winter: which ones don't fog up?", None, 2, ""),
    ("Setting up a quarantine space for a new rabbit", "Fenwick", 8, ""),
    ("Converting a garage corner – first attempt", None, 10, "A"),
    ("Are plastic hutches any good?", None, 25, "P"),
    ("Shade ideas for a south-facing run", None, 3, ""),
    ("Anyone tried rubber stable mats?", None, 7, ""),
    ("Hutch too heavy to move — add wheels?", None, 1, ""),
    ("Grids (NIC cubes) vs pen panels for a big enclosure", None, 18, ""),
    ("Run on decking – how to stop them chewing it", None, 4, ""),
    ("First time owner: is this setup big enough? (pics)", None, 12, "A"),
]
BB_ICONS = {
    "!": ("misc/fire.gif", 16),
    "?": ("misc/thinking.gif", 16),
    "i": ("smile/info.gif", 16),
}


def _bb_topics() -> tuple[list[Topic], list[Topic], list[Topic]]:
    """The announcements, stickies and normal topics, with deterministic times, counts and ids."""
    rng = random.Random(1103)
    normal: list[Topic] = []
    last = BB_NOW - timedelta(minutes=23)
    for index, (title, named_author, replies, flags) in enumerate(BB_NORMAL):
        if index:
            last -= timedelta(minutes=rng.randint(90, 1500 + index * 40))
        author = named_author or rng.choice(BB_REGULARS)
        first = last - timedelta(minutes=rng.randint(replies * 60, replies * 600 + 1)) if replies else last
        last_poster = author if not replies else rng.choice([u for u in BB_REGULARS if u != author])
        icon = next((BB_ICONS[c][0] for c in flags if c in BB_ICONS), None)
        views = replies * rng.randint(18, 70) + rng.randint(12, 240)
        normal.append(
            Topic(
                title,
                author,
                replies,
                views,
                first,
                last,
                last_poster,
                locked="L" in flags,
                poll="P" in flags,
                attachment="A" in flags,
                icon=icon,
            )
        )
    stickies = [
        Topic(
            "[Guide] Minimum hutch and run sizes — what the welfare charities recommend",
            "Fenwick",
            86,
            41277,
            datetime(2023, 4, 2, 10, 41, tzinfo=UTC),
            BB_NOW - timedelta(days=3, hours=5, minutes=12),
            "briar_rose",
            "sticky",
            icon="smile/info.gif",
        ),
        Topic(
            "Show us your setups! (the big photo thread)",
            "Bramble",
            412,
            98315,
            datetime(2022, 9, 18, 19, 7, tzinfo=UTC),
            BB_NOW - timedelta(days=4, hours=1, minutes=48),
            "KitKaboodle",
            "sticky",
            attachment=True,
        ),
        Topic(
            "Read this first: useful links for new owners",
            "Fenwick",
            3,
            15502,
            datetime(2023, 1, 9, 8, 15, tzinfo=UTC),
            datetime(2024, 11, 30, 21, 4, tzinfo=UTC),
            "Fenwick",
            "sticky",
            locked=True,
        ),
    ]
    announcements = [
        Topic(
            "Forum rules & posting guidelines – please read before posting",
            "Bramble",
            0,
            23811,
            datetime(2022, 6, 1, 9, 0, tzinfo=UTC),
            datetime(2022, 6, 1, 9, 0, tzinfo=UTC),
            "Bramble",
            "global",
            locked=True,
        ),
        Topic(
            "Spring hutch check 2026: share your cleaning & maintenance routine",
            "Fenwick",
            14,
            1187,
            datetime(2026, 3, 1, 9, 30, tzinfo=UTC),
            BB_NOW - timedelta(hours=6, minutes=41),
            "Dandelion Dot",
            "announce",
        ),
    ]
    every = announcements + stickies + normal
    for number, topic in enumerate(sorted(every, key=lambda t: t.first)):
        topic.topic_id = 3104 + number * 7 + number % 3
    for number, topic in enumerate(sorted(every, key=lambda t: t.last)):
        topic.last_post_id = 41288 + number * 23 + number % 5
    return announcements, stickies, normal


def _bb_time(moment: datetime) -> str:
    """phpBB 3.3's default date format ("D M d, Y g:i a") inside a ``<time>`` with the RFC 3339 moment."""
    hour = moment.hour % 12 or 12
    meridiem = "am" if moment.hour < 12 else "pm"
    return f'<time datetime="{moment.isoformat()}">{moment:%a %b %d, %Y} {hour}:{moment:%M} {meridiem}</time>'


def _bb_user(name: str) -> str:
    """A username as ``get_username_string('full')`` writes it."""
    if name in BB_GUESTS:
        return f'<span class="username">{esc(name)}</span>'
    href = f"./memberlist.php?mode=viewprofile&amp;u={BB_UIDS[name]}"
    if name in BB_COLOURS:
        return f'<a href="{href}" style="color: #{BB_COLOURS[name]};" class="username-coloured">{esc(name)}</a>'
    return f'<a href="{href}" class="username">{esc(name)}</a>'


def _bb_folder(topic: Topic) -> tuple[str, str]:
    """The ``dl`` folder class and the ``dt`` title (the folder image's alt text)."""
    locked_alt = "This topic is locked, you cannot edit posts or make further replies."
    base = {"global": "global_read", "announce": "announce_read", "sticky": "sticky_read"}.get(topic.kind, "topic_read")
    if topic.locked:
        return f"{base}_locked", locked_alt
    if topic.kind == "normal" and topic.replies >= BB_HOT:
        return "topic_read_hot", "No unread posts"
    return base, "No unread posts"


def _bb_topic_pages(topic: Topic) -> str:
    """The page list phpBB prints under a topic that spans several pages."""
    pages = (topic.replies + BB_POSTS_PER_PAGE) // BB_POSTS_PER_PAGE
    if pages < 2:
        return ""
    shown = list(range(1, pages + 1)) if pages <= 5 else [1, 0, pages - 2, pages - 1, pages]
    items = []
    for number in shown:
        if number == 0:
            items.append('<li class="ellipsis" role="separator"><span>…</span></li>')
            continue
        start = "" if number == 1 else f"&amp;start={(number - 1) * BB_POSTS_PER_PAGE}"
        items.append(f'<li><a class="button" href="./viewtopic.php?t={topic.topic_id}{start}">{number}</a></li>')
    return f"""
						<div class="pagination">
							<span><i class="icon fa-clone fa-fw" aria-hidden="true"></i></span>
							<ul>
							{"".join(items)}
							</ul>
						</div>"""


def _bb_row(topic: Topic, row: int) -> str:
    """One ``li.row`` of a topic list."""
    folder, alt = _bb_folder(topic)
    extra = {"global": " global-announce", "announce": " announce", "sticky": " sticky"}.get(topic.kind, "")
    icon = (
        f' style="background-image: url(./images/icons/{topic.icon}); background-repeat: no-repeat;"'
        if topic.icon
        else ""
    )
    in_forum = ' &raquo; in <a href="./viewforum.php?f=9">Site news &amp; notices</a>' if topic.kind == "global" else ""
    posted_in = (
        '<br />Posted in <a href="./viewforum.php?f=9">Site news &amp; notices</a>' if topic.kind == "global" else ""
    )
    replies = (
        f'<span class="responsive-show left-box" style="display: none;">Replies: <strong>{topic.replies}</strong></span>'
        if topic.replies
        else ""
    )
    marks = ('<i class="icon fa-bar-chart fa-fw" aria-hidden="true"></i>' if topic.poll else "") + (
        '<i class="icon fa-paperclip fa-fw" aria-hidden="true"></i>' if topic.attachment else ""
    )
    last_url = f"./viewtopic.php?p={topic.last_post_id}#p{topic.last_post_id}"
    return f"""
		<li class="row bg{1 if row % 2 == 0 else 2}{extra}">
						<dl class="row-item {folder}">
				<dt{icon} title="{alt}">
										<div class="list-inner">
																		<a href="./viewtopic.php?t={topic.topic_id}" class="topictitle">{esc(topic.title)}</a>																								<br />

												<div class="responsive-show" style="display: none;">
							Last post by {_bb_user(topic.last_poster)} &laquo; <a href="{last_url}" title="Go to last post">{_bb_time(topic.last)}</a>
							{posted_in}
						</div>
						{replies}
						{_bb_topic_pages(topic)}
						<div class="topic-poster responsive-hide left-box">
							{marks}
							by {_bb_user(topic.author)} &raquo; {_bb_time(topic.first)}
							{in_forum}
						</div>

											</div>
				</dt>
				<dd class="posts">{topic.replies} <dfn>Replies</dfn></dd>
				<dd class="views">{topic.views} <dfn>Views</dfn></dd>
				<dd class="lastpost">
					<span><dfn>Last post </dfn>by {_bb_user(topic.last_poster)}
													<a href="{last_url}" title="Go to last post">
								<i class="icon fa-external-link-square fa-fw icon-lightgray icon-md" aria-hidden="true"></i><span class="sr-only">Go to last post</span>
							</a>
												<br />{_bb_time(topic.last)}
					</span>
				</dd>
			</dl>
					</li>"""


def _bb_block(heading: str, topics: list[Topic], announcement: bool) -> str:
    """A ``div.forumbg`` block: its header list and its topic list."""
    rows = "".join(_bb_row(topic, row) for row, topic in enumerate(topics))
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
		<ul class="topiclist topics">
{rows}
		</ul>
		</div>
	</div>"""


def _bb_href(page: int) -> str:
    return f"./viewforum.php?f={BB_FORUM_ID}" + (f"&amp;start={page * BB_PER_PAGE}" if page else "")


def _bb_pagination(page: int, pages: int, total: int) -> str:
    """The forum's pagination: the topic count, a page-jump dropdown, page links and arrows."""
    items = [
        f"""<li class="dropdown-container dropdown-button-control dropdown-page-jump page-jump">
		<a class="button button-icon-only dropdown-trigger" href="#" title="Click to jump to page…" role="button"><i class="icon fa-level-down fa-rotate-270" aria-hidden="true"></i><span class="sr-only">Page <strong>{page + 1}</strong> of <strong>{pages}</strong></span></a>
		<div class="dropdown">
			<div class="pointer"><div class="pointer-inner"></div></div>
			<ul class="dropdown-contents">
				<li>Jump to page:</li>
				<li class="page-jump-form">
					<input type="number" name="page-number" min="1" max="999999" title="Enter the page number you wish to go to" class="inputbox tiny" data-per-page="{BB_PER_PAGE}" data-base-url=".&#x2F;viewforum.php&#x3F;f&#x3D;{BB_FORUM_ID}" data-start-name="start" />
					<input class="button2" value="Go" type="button" />
				</li>
			</ul>
		</div>
	</li>"""
    ]
    if page:
        items.append(
            f'<li class="arrow previous"><a class="button button-icon-only" href="{_bb_href(page - 1)}" rel="prev" role="button"><i class="icon fa-chevron-left fa-fw" aria-hidden="true"></i><span class="sr-only">Previous</span></a></li>'
        )
    for number in range(pages):
        if number == page:
            items.append(f'<li class="active"><span>{number + 1}</span></li>')
        else:
            items.append(f'<li><a class="button" href="{_bb_href(number)}" role="button">{number + 1}</a></li>')
    if page < pages - 1:
        items.append(
            f'<li class="arrow next"><a class="button button-icon-only" href="{_bb_href(page + 1)}" rel="next" role="button"><i class="icon fa-chevron-right fa-fw" aria-hidden="true"></i><span class="sr-only">Next</span></a></li>'
        )
    joined = "\n\t\t".join(items)
    return f"""<div class="pagination">
			{total} topics
							<ul>
		{joined}
	</ul>
					</div>"""


BB_SUBFORUMS = [
    (
        "Outdoor runs &amp; enclosures",
        11,
        "Runs, aviaries, catios for buns and predator-proofing.",
        214,
        1893,
        "Re: Omlet walk-in run anchor kit",
        "MossyHollow",
        datetime(2026, 3, 12, 9, 48, tzinfo=UTC),
        48874,
    ),
    (
        "DIY builds",
        12,
        "Plans, materials and build diaries. Share your drawings!",
        96,
        1021,
        "Re: Cutting list for a 6x2 hutch",
        "rexrabbitrob",
        datetime(2026, 3, 11, 20, 17, tzinfo=UTC),
        48851,
    ),
]


def _bb_subforums() -> str:
    """The subforum list (``forumlist_body.html``)."""
    rows = []
    for name, fid, description, topics, posts, last_title, last_user, last_time, last_pid in BB_SUBFORUMS:
        rows.append(f"""
			<li class="row">
						<dl class="row-item forum_read">
				<dt title="No unread posts">
										<div class="list-inner">
																		<a href="./viewforum.php?f={fid}" class="forumtitle">{name}</a>
						<br />{description}
												<div class="responsive-show" style="display: none;">
															Topics: <strong>{topics}</strong>
													</div>
											</div>
				</dt>
									<dd class="topics">{topics} <dfn>Topics</dfn></dd>
					<dd class="posts">{posts} <dfn>Posts</dfn></dd>
					<dd class="lastpost">
						<span>
																						<dfn>Last post</dfn>
																										<a href="./viewtopic.php?p={last_pid}#p{last_pid}" title="{last_title}" class="lastsubject">{last_title}</a> <br />
																	by {_bb_user(last_user)}																	<a href="./viewtopic.php?p={last_pid}#p{last_pid}" title="View the latest post">
										<i class="icon fa-external-link-square fa-fw icon-lightgray icon-md" aria-hidden="true"></i><span class="sr-only">View the latest post</span>
									</a>
																<br />{_bb_time(last_time)}
													</span>
					</dd>
							</dl>
					</li>""")
    return f"""
	<div class="forabg">
			<div class="inner">
			<ul class="topiclist">
				<li class="header">
										<dl class="row-item">
						<dt><div class="list-inner">Forum</div></dt>
						<dd class="topics">Topics</dd>
						<dd class="posts">Posts</dd>
						<dd class="lastpost"><span>Last post</span></dd>
					</dl>
									</li>
			</ul>
			<ul class="topiclist forums">
{"".join(rows)}
			</ul>
			</div>
		</div>"""


BB_JUMP = [
    (1, "Rabbit care", "cat", 0),
    (2, "Housing &amp; hutches", "sub", 1),
    (11, "Outdoor runs &amp; enclosures", "sub", 2),
    (12, "DIY builds", "sub", 2),
    (3, "Diet, hay &amp; greens", "sub", 1),
    (4, "Health &amp; vets", "sub", 1),
    (5, "Bonding &amp; behaviour", "sub", 1),
    (6, "Community", "cat", 0),
    (7, "Rescue &amp; rehoming", "sub", 1),
    (8, "Rainbow Bridge", "sub", 1),
    (10, "Off topic", "sub", 1),
    (9, "Site news &amp; notices", "sub", 1),
]


def _bb_jumpbox() -> str:
    items = []
    for fid, name, kind, depth in BB_JUMP:
        spacer = '<span class="spacer"></span>' * depth
        link_class = "jumpbox-cat-link" if kind == "cat" else "jumpbox-sub-link"
        items.append(
            f'<li><a href="./viewforum.php?f={fid}" class="{link_class}">{spacer} <span>{"&#8627; &nbsp;" if depth else ""}{name}</span></a></li>'
        )
    return "\n\t\t\t\t\t\t\t".join(items)


def _bb_page(page: int, pages: int, announcements: list[Topic], topics: list[Topic], total: int) -> str:
    """One page of the forum view."""
    title_page = f" - Page {page + 1}" if page else ""
    canonical = f"https://www.burrowboard.example/forum/viewforum.php?f={BB_FORUM_ID}" + (
        f"&amp;start={page * BB_PER_PAGE}" if page else ""
    )
    login_redirect = f"viewforum.php%3Ff%3D{BB_FORUM_ID}" + (f"%26start%3D{page * BB_PER_PAGE}" if page else "")
    pagination = _bb_pagination(page, pages, total)
    blocks = _bb_block("Announcements", announcements, True) + _bb_block("Topics", topics, False)
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="en-gb">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1" />

<title>Housing &amp; hutches{title_page} - Burrow Board</title>

	<link rel="alternate" type="application/atom+xml" title="Feed - Burrow Board" href="/forum/app.php/feed?sid=">	<link rel="alternate" type="application/atom+xml" title="Feed - New Topics" href="/forum/app.php/feed/topics">		<link rel="alternate" type="application/atom+xml" title="Feed - Forum - Housing &amp; hutches" href="/forum/app.php/feed/forum/{BB_FORUM_ID}">
	<link rel="canonical" href="{canonical}">

<link href="./assets/css/font-awesome.min.css?assets_version=57" rel="stylesheet">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=57" rel="stylesheet">
<link href="./styles/prosilver/theme/en/stylesheet.css?assets_version=57" rel="stylesheet">

<link href="./assets/cookieconsent/cookieconsent.min.css?assets_version=57" rel="stylesheet">

<link href="./ext/phpbb/ads/styles/all/theme/phpbbads.css?assets_version=57" rel="stylesheet" media="screen">

</head>
<body id="phpbb" class="nojs notouch section-viewforum ltr ">

<div id="wrap" class="wrap">
	<a id="top" class="top-anchor" accesskey="t"></a>
	<div id="page-header">
		<div class="headerbar" role="banner">
					<div class="inner">

			<div id="site-description" class="site-description">
		<a id="logo" class="logo" href="./index.php" title="Board index">
					<span class="site_logo"></span>
				</a>
				<h1>Burrow Board</h1>
				<p>The friendly forum for house rabbit and outdoor bunny owners</p>
				<p class="skiplink"><a href="#start_here">Skip to content</a></p>
			</div>

									<div id="search-box" class="search-box search-header" role="search">
				<form action="./search.php" method="get" id="search">
				<fieldset>
					<input name="keywords" id="keywords" type="search" maxlength="128" title="Search for keywords" class="inputbox search tiny" size="20" value="" placeholder="Search…" />
					<button class="button button-search" type="submit" title="Search">
						<i class="icon fa-search fa-fw" aria-hidden="true"></i><span class="sr-only">Search</span>
					</button>
					<a href="./search.php" class="button button-search-end" title="Advanced search">
						<i class="icon fa-cog fa-fw" aria-hidden="true"></i><span class="sr-only">Advanced search</span>
					</a>
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
																									<li>
								<a href="./search.php?search_id=unanswered" role="menuitem">
									<i class="icon fa-file-o fa-fw icon-gray" aria-hidden="true"></i><span>Unanswered topics</span>
								</a>
							</li>
							<li>
								<a href="./search.php?search_id=active_topics" role="menuitem">
									<i class="icon fa-file-o fa-fw icon-blue" aria-hidden="true"></i><span>Active topics</span>
								</a>
							</li>
							<li class="separator"></li>
							<li>
								<a href="./search.php" role="menuitem">
									<i class="icon fa-search fa-fw" aria-hidden="true"></i><span>Search</span>
								</a>
							</li>
																			<li class="separator"></li>
				</ul>
			</div>
		</li>

				<li data-skip-responsive="true">
			<a href="/forum/app.php/help/faq" rel="help" title="Frequently Asked Questions" role="menuitem">
				<i class="icon fa-question-circle fa-fw" aria-hidden="true"></i><span>FAQ</span>
			</a>
		</li>

			<li class="rightside"  data-skip-responsive="true">
			<a href="./ucp.php?mode=login&amp;redirect={login_redirect}" title="Login" accesskey="x" role="menuitem">
				<i class="icon fa-power-off fa-fw" aria-hidden="true"></i><span>Login</span>
			</a>
		</li>
					<li class="rightside" data-skip-responsive="true">
				<a href="./ucp.php?mode=register" role="menuitem">
					<i class="icon fa-pencil-square-o  fa-fw" aria-hidden="true"></i><span>Register</span>
				</a>
			</li>
						</ul>

	<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar">


		<li class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">


							<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a itemprop="item" href="./index.php" accesskey="h" data-navbar-reference="index"><i class="icon fa-home fa-fw"></i><span itemprop="name">Board index</span></a><meta itemprop="position" content="1" /></span>


								<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope data-forum-id="1"><a itemprop="item" href="./viewforum.php?f=1"><span itemprop="name">Rabbit care</span></a><meta itemprop="position" content="2" /></span>

								<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope data-forum-id="{BB_FORUM_ID}"><a itemprop="item" href="./viewforum.php?f={BB_FORUM_ID}"><span itemprop="name">Housing &amp; hutches</span></a><meta itemprop="position" content="3" /></span>

					</li>


					<li class="rightside responsive-search">
				<a href="./search.php" title="View the advanced search options" role="menuitem">
					<i class="icon fa-search fa-fw" aria-hidden="true"></i><span class="sr-only">Search</span>
				</a>
			</li>
			</ul>

	</div>
</div>
	</div>

	<div class="phpbb-ads-center" style="margin: 10px 0; clear: both;" data-phpbb-ads-id="1">
		<script async src="https://pagead2.googlesyndication.example/pagead/js/adsbygoogle.js?client=ca-pub-5829130475521044" crossorigin="anonymous"></script>
<ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-5829130475521044" data-ad-slot="7710342195" data-ad-format="auto" data-full-width-responsive="true"></ins>
<script>(adsbygoogle = window.adsbygoogle || []).push({{}});</script>
	</div>

	<a id="start_here" class="anchor"></a>
	<div id="page-body" class="page-body" role="main">

		<h2 class="forum-title"><a href="./viewforum.php?f={BB_FORUM_ID}">Housing &amp; hutches</a></h2>
<div>
	<!-- NOTE: remove the style="display: none" when you want to have the forum description on the forum body -->
	<div style="display: none !important;">Hutches, sheds, pens and free-roaming indoors: how and where your rabbits live.<br /></div>	<p><strong>Moderator:</strong> <a href="./memberlist.php?mode=group&amp;g=4" style="color:#00AA00;">Global moderators</a></p></div>

	<div class="rules">
		<div class="inner">

					<strong>Forum rules</strong><br />
			Please include photos and measurements when asking about a setup. No selling of live animals. Commercial links need a moderator's OK.

		</div>
	</div>

{_bb_subforums()}

	<div class="action-bar bar-top">


		<a href="./posting.php?mode=post&amp;f={BB_FORUM_ID}" class="button" title="Post a new topic">
							<span>New Topic</span> <i class="icon fa-pencil fa-fw" aria-hidden="true"></i>
					</a>

			<div class="search-box" role="search">
			<form method="get" id="forum-search" action="./search.php">
			<fieldset>
				<input class="inputbox search tiny" type="search" name="keywords" id="search_keywords" size="20" placeholder="Search this forum…" />
				<button class="button button-search" type="submit" title="Search">
					<i class="icon fa-search fa-fw" aria-hidden="true"></i><span class="sr-only">Search</span>
				</button>
				<a href="./search.php?fid%5B%5D={BB_FORUM_ID}" class="button button-search-end" title="Advanced search">
					<i class="icon fa-cog fa-fw" aria-hidden="true"></i><span class="sr-only">Advanced search</span>
				</a>
				<input type="hidden" name="fid[0]" value="{BB_FORUM_ID}" />

			</fieldset>
			</form>
		</div>

	{pagination}
	</div>

{blocks}

	<div class="action-bar bar-bottom">

			<a href="./posting.php?mode=post&amp;f={BB_FORUM_ID}" class="button" title="Post a new topic">
							<span>New Topic</span> <i class="icon fa-pencil fa-fw" aria-hidden="true"></i>
						</a>


					<form method="post" action="./viewforum.php?f={BB_FORUM_ID}{"&amp;start=" + str(page * BB_PER_PAGE) if page else ""}">
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
		<a href="./index.php" class="left-box arrow-left" accesskey="r">
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
							{_bb_jumpbox()}
						</ul>
		</div>
	</div>

	</div>


	<div class="stat-block online-list">
		<h3><a href="./viewonline.php">Who is online</a></h3>
		<p>Users browsing this forum: <span style="color: #9E8DA7;" class="username-coloured">Bing [Bot]</span>, <span style="color: #9E8DA7;" class="username-coloured">Google [Bot]</span> and 7 guests</p>
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
									<span class="crumb"><a href="./index.php" data-navbar-reference="index"><i class="icon fa-home fa-fw" aria-hidden="true"></i><span>Board index</span></a></span>					</li>

				<li class="rightside">All times are <span title="UTC">UTC</span></li>
							<li class="rightside">
				<a href="./ucp.php?mode=delete_cookies" data-ajax="true" data-refresh="true" role="menuitem">
					<i class="icon fa-trash fa-fw" aria-hidden="true"></i><span>Delete cookies</span>
				</a>
			</li>
																<li class="rightside" data-last-responsive="true">
				<a href="./memberlist.php?mode=team" role="menuitem">
					<i class="icon fa-shield fa-fw" aria-hidden="true"></i><span>The team</span>
				</a>
			</li>
													<li class="rightside" data-last-responsive="true">
				<a href="./memberlist.php?mode=contactadmin" role="menuitem">
					<i class="icon fa-envelope fa-fw" aria-hidden="true"></i><span>Contact us</span>
				</a>
			</li>
			</ul>

	</div>
</div>

	<div class="copyright">
				<p class="footer-row">
			<span class="footer-copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy; phpBB Limited</span>
		</p>
						<p class="footer-row" role="menu">
			<a class="footer-link" href="./ucp.php?mode=privacy" title="Privacy" role="menuitem">
				<span class="footer-link-text">Privacy</span>
			</a>
			|
			<a class="footer-link" href="./ucp.php?mode=terms" title="Terms" role="menuitem">
				<span class="footer-link-text">Terms</span>
			</a>
		</p>
					</div>

	<div id="darkenwrapper" class="darkenwrapper" data-ajax-error-title="AJAX error" data-ajax-error-text="Something went wrong when processing your request." data-ajax-error-text-abort="User aborted request." data-ajax-error-text-timeout="Your request timed out; please try again." data-ajax-error-text-parsererror="Something went wrong with the request and the server returned an invalid reply.">
		<div id="darken" class="darken">&nbsp;</div>
	</div>

	<div id="phpbb_alert" class="phpbb_alert" data-l-err="Error" data-l-timeout-processing-req="Request timed out.">
		<a href="#" class="alert_close">
			<i class="icon fa-times-circle fa-fw" aria-hidden="true"></i>
		</a>
		<h3 class="alert_title">&nbsp;</h3><p class="alert_text"></p>
	</div>
	<div id="phpbb_confirm" class="phpbb_alert">
		<a href="#" class="alert_close">
			<i class="icon fa-times-circle fa-fw" aria-hidden="true"></i>
		</a>
		<div class="alert_text"></div>
	</div>
</div>

</div>

<div>
	<a id="bottom" class="anchor" accesskey="z"></a>
	<img class="sr-only" aria-hidden="true" src="&#x2F;forum&#x2F;app.php&#x2F;cron&#x2F;cron.task.core.tidy_sessions" width="1" height="1" alt="">
</div>

<script src="./assets/javascript/jquery-3.7.1.min.js?assets_version=57"></script>
<script src="./assets/javascript/core.js?assets_version=57"></script>
	<script src="./assets/cookieconsent/cookieconsent.min.js?assets_version=57"></script>
	<script>
		if (typeof window.cookieconsent === "object") {{
			window.addEventListener("load", function(){{
				window.cookieconsent.initialise({{
					"palette": {{
						"popup": {{
							"background": "#0F538A"
						}},
						"button": {{
							"background": "#E5E5E5"
						}}
					}},
					"theme": "classic",
					"content": {{
						"message": "This website uses cookies to ensure you get the best experience on our website.",
						"dismiss": "Got it!",
						"link": "Learn more",
						"href": "./ucp.php?mode=privacy"
					}}
				}});
			}});
		}}
	</script>

<script src="./styles/prosilver/template/forum_fn.js?assets_version=57"></script>
<script src="./styles/prosilver/template/ajax.js?assets_version=57"></script>

</body>
</html>"""


@eleventh
def build_burrowboard() -> None:
    s = Site(
        "burrowboard",
        kind="forum topic list (phpBB 3.3 prosilver viewforum: ul.topiclist.topics > li.row > dl.row-item, announcements block on every page, stickies, 'by <user> » <time>', <dfn> labels, ?f=2&start=25)",
        start=f"forum/viewforum.php?f={BB_FORUM_ID}",
        description="A phpBB 3.3 board on prosilver, a guest's view of the forum 'Housing & hutches' (/forum/viewforum.php?f=2): header with search, navbar with fa icons and sr-only text, schema.org breadcrumbs, a phpBB Ads unit, forum title, hidden description, moderators, a forum-rules box, a two-row subforum list; action bars with New Topic, forum search and pagination ('71 topics', a page-jump dropdown with 'Page 1 of 3' for screen readers, links to ./viewforum.php?f=2&start=25 / 50, prev/next arrows); an Announcements block (global + forum announcement) repeated on every page and a Topics block (three stickies on page 1), each li.row > dl.row-item with folder classes, dt title, a.topictitle to ./viewtopic.php?t=N, hidden responsive-show 'Last post by … « <time>' and 'Replies: N' copies, page lists on long topics, 'by <user> » <time datetime>Tue Mar 10, 2026 4:12 pm</time>' with poll / paperclip icons, dd.posts 'N <dfn>Replies</dfn>', dd.views 'N <dfn>Views</dfn>', dd.lastpost 'by <user> <a title=Go to last post>' + <time>; coloured staff names, a guest's span.username; sort form, jump box, who is online, forum permissions, footer navbar, cookieconsent.",
    )
    announcements, stickies, normal = _bb_topics()
    listed = stickies + normal
    pages = [listed[at : at + BB_PER_PAGE] for at in range(0, len(listed), BB_PER_PAGE)]
    for page, topics in enumerate(pages):
        text = _bb_page(page, len(pages), announcements, topics, len(listed))
        query = f"f={BB_FORUM_ID}" + (f"&start={page * BB_PER_PAGE}" if page else "")
        s.list_page(f"forum/viewforum.php@{query}", text)
    for topic in announcements + listed:
        s.expect(
            {
                "title": topic.title,
                "url": f"/forum/viewtopic.php?t={topic.topic_id}",
                "author": topic.author,
                "date": topic.first.date().isoformat(),
                "replies": topic.replies,
                "views": topic.views,
                "last_poster": topic.last_poster,
                "last_post_date": topic.last.date().isoformat(),
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# tableguide (FROZEN): a TripAdvisor city restaurant list, thirty ranked restaurants a page, -oa30- pages.
# ---------------------------------------------------------------------------------------------------

TG_GEO = 187147
TG_PER_PAGE = 30
TG_CDN = "https://dynamic-media-cdn.tableguide.example/media/photo-o"

# (name, rating, reviews, cuisines, price range, opening status, badge: "tc" Travelers' Choice / "michelin")
TG_RESTAURANTS: list[tuple[str, float, int, list[str], str | None, str | None, str | None]] = [
    ("Le Comptoir du Panthéon", 4.5, 2114, ["French", "European"], "$$ - $$$", "Open now", "tc"),
    ("Chez Marcelle", 5.0, 873, ["French", "Wine Bar"], "$$ - $$$", "Closed now", "tc"),
    ("Bistrot des Augustins", 4.5, 1562, ["French", "Bar"], "$$ - $$$", "Open now", None),
    ("La Table de Margaux", 5.0, 412, ["French", "European", "Contemporary"], "$$$$", "Opens in 45 min", "michelin"),
    ("Trattoria Bellavista", 4.5, 968, ["Italian", "Pizza"], "$$ - $$$", "Open now", None),
    ("Le Petit Zinc d'Odette", 4.5, 3301, ["French", "Seafood"], "$$ - $$$", "Open now", "tc"),
    ("Kodama Sushi", 4.5, 655, ["Japanese", "Sushi"], "$$ - $$$", "Closed now", None),
    ("Maison Larcher", 4.0, 1205, ["French"], "$$$$", None, None),
    ("Café des Arts Ménilmontant", 4.5, 287, ["French", "Cafe"], "$", "Open now", None),
    ("Le Relais Saint-Honoré", 4.5, 1789, ["French", "European"], "$$ - $$$", "Closes in 20 min", "tc"),
    ("Pizzeria Monteverde", 4.5, 744, ["Italian", "Pizza"], "$", "Open now", None),
    ("Les Papilles Gourmandes", 5.0, 198, ["French"], "$$ - $$$", "Closed now", None),
    ("Aux Lyonnais du Marais", 4.0, 2450, ["French"], "$$ - $$$", "Open now", None),
    ("Brasserie Lutèce", 4.0, 5120, ["French", "Bar"], "$$ - $$$", "Open now", None),
    ("L'Atelier Caroline", 5.0, 356, ["French", "Contemporary"], "$$$$", None, "michelin"),
    ("Le Jardin d'Hiver", 4.5, 922, ["French", "Mediterranean"], "$$ - $$$", "Open now", None),
    ("Shiso Ramen", 4.5, 1433, ["Japanese", "Asian"], "$", "Closed now", None),
    ("Mezze & Co", 4.5, 311, ["Lebanese", "Middle Eastern"], "$", "Open now", None),
    ("Le Bouchon Rive Gauche", 4.5, 2876, ["French", "European"], "$$ - $$$", "Open now", "tc"),
    ("La Fourchette Bleue", 4.0, 468, ["French", "Seafood"], "$$ - $$$", None, None),
    ("Au Vieux Comptoir", 4.5, 1011, ["French", "Wine Bar"], "$$ - $$$", "Open now", None),
    ("Osteria Sessanta", 5.0, 239, ["Italian"], "$$ - $$$", "Closed now", None),
    ("Le Cinq Sens", 4.5, 587, ["French", "Fusion"], "$$$$", "Opens in 45 min", None),
    ("Crêperie Ty Breizh", 4.5, 1894, ["French"], "$", "Open now", None),
    ("Bouillon Marceau", 4.0, 6742, ["French", "European"], "$", "Open now", "tc"),
    ("Chez Armandine", 4.5, 402, [], "$$ - $$$", "Closed now", None),
    ("Les Deux Piliers", 4.0, 1318, ["French", "Bar", "Cafe"], "$$ - $$$", "Open now", None),
    ("Umami Saint-Germain", 4.5, 760, ["Japanese", "Fusion"], "$$$$", None, None),
    ("Le Petit Sévigné", 4.5, 1546, ["French"], "$$ - $$$", "Open now", None),
    ("Nonna Lucia", 4.5, 833, ["Italian", "Pizza", "Mediterranean"], "$$ - $$$", "Closes in 20 min", None),
    ("Le Clos Mouffetard", 4.5, 690, ["French", "European"], "$$ - $$$", "Open now", None),
    ("Saveurs du Liban", 4.5, 1127, ["Lebanese", "Middle Eastern"], "$", "Open now", None),
    ("La Crêperie du Lavoir", 4.0, 512, ["French"], "$", None, None),
    ("Taverne Olympia", 4.5, 344, ["Greek", "Mediterranean"], "$$ - $$$", "Closed now", None),
    ("Le Pré Fleuri", 4.0, 278, ["French"], None, "Open now", None),
    ("Brasserie Odéonne", 4.0, 3905, ["French", "Seafood"], "$$ - $$$", "Open now", None),
    ("Sakura Tei", 4.5, 455, ["Japanese", "Sushi"], "$$ - $$$", "Opens in 45 min", None),
    ("L'Ardoise Gourmande", 5.0, 166, ["French"], "$$ - $$$", "Closed now", None),
    ("Chez Paulette Lamarck", 4.0, 1672, ["French", "Bar"], "$$ - $$$", "Open now", None),
    ("Le Coin des Amis", 4.5, 93, ["French", "Cafe"], None, "Open now", None),
    ("Miyabi Izakaya", 4.5, 529, ["Japanese", "Asian"], "$$ - $$$", "Closed now", None),
    ("La Cantine de Belleville", 4.0, 1048, ["French", "International"], "$", None, None),
    ("Le Bistrot Pointu", 4.5, 377, ["French"], "$$ - $$$", "Open now", None),
    ("Ristorante Da Marco", 4.0, 2210, ["Italian", "Pizza"], "$$ - $$$", "Open now", None),
    ("Les Halles Gourmandes", 3.5, 1895, ["French", "European"], "$$ - $$$", "Open now", None),
    ("Le Fumoir des Quais", 4.0, 2633, ["French", "Bar"], "$$ - $$$", "Closes in 20 min", None),
    ("Auberge des Tilleuls", 4.5, 611, ["French"], "$$ - $$$", "Closed now", None),
    ("Kim Lan Pho", 4.5, 884, ["Vietnamese", "Asian", "Soups"], "$", "Open now", None),
    ("Le Sud Provençal", 4.5, 238, ["French", "Mediterranean"], "$$ - $$$", None, None),
    ("Café Mirabeau", 4.0, 1459, ["French", "Cafe"], "$", "Open now", None),
    ("La Maison du Falafel", 4.5, 2977, ["Middle Eastern", "Israeli"], "$", "Open now", "tc"),
    ("Les Belles Assiettes", 5.0, 121, ["French", "Contemporary"], "$$$$", "Closed now", None),
    ("Le Quincy Marais", 4.5, 706, ["French"], "$$ - $$$", "Open now", None),
    ("Tapas Alegría", 4.0, 318, ["Spanish"], "$$ - $$$", "Opens in 45 min", None),
    ("Chez Léon et Fils", 4.0, 842, ["French", "Seafood"], "$$ - $$$", None, None),
    ("L'Écume Saint-Louis", 4.5, 1301, ["Seafood", "French"], "$$$$", "Open now", None),
]
# Sponsored cards (ads, not records): (name, rating, reviews, cuisines, price, status, tagline), and where they sit.
TG_SPONSORED: list[tuple[str, float, int, list[str], str, str, str]] = [
    (
        "Ciel de Paris Terrasse",
        4.5,
        3402,
        ["French", "European"],
        "$$$$",
        "Open now",
        "Dinner with a view of the Eiffel Tower",
    ),
    ("Il Gusto Trastevere", 4.5, 1187, ["Italian", "Pizza"], "$$ - $$$", "Open now", "Fresh pasta made every morning"),
    (
        "Sushi Kaizen Opéra",
        4.5,
        906,
        ["Japanese", "Sushi"],
        "$$ - $$$",
        "Closed now",
        "Omakase counter, 12 seats — book ahead",
    ),
    (
        "La Rôtisserie Dorée",
        4.0,
        754,
        ["French", "Barbecue"],
        "$$ - $$$",
        "Open now",
        "Free glass of champagne with any menu",
    ),
    ("Le Bistrot du Canal", 4.0, 1290, ["French", "Bar"], "$$ - $$$", "Open now", "Terrace on the Canal Saint-Martin"),
]
#: The rank a sponsored card comes before (0 for the top of the page), per sponsored card.
TG_SPONSORED_BEFORE = [1, 11, 23, 31, 46]
#: Ranks shown again in the "Travelers' Choice" strip above the list on page 1.
TG_STRIP = [2, 6, 10, 19]
TG_SNIPPETS = [
    "Best duck confit we had in Paris",
    "A real neighbourhood gem",
    "Lovely staff and a great wine list",
    "Worth every euro",
    "Cosy, busy and delicious",
    "Book ahead, it fills up fast",
    "Perfect last night in Paris",
    "Generous portions, fair prices",
    "The tasting menu was outstanding",
    "Excellent service despite the crowd",
    "Came back twice in one week",
    "Authentic and unpretentious",
    "Fantastic desserts",
    "Great for a quick lunch",
    "A little noisy but the food made up for it",
    "The onion soup is a must",
    "Friendly owner, superb steak frites",
    "Charming terrace",
    "Fresh, simple and very good",
    "Slightly slow service, great food",
    "Our favourite meal of the trip",
    "Hidden away but worth finding",
    "Wonderful vegetarian options",
    "Amazing pastries and coffee",
]
TG_HEART = '<svg viewBox="0 0 24 24" width="20px" height="20px" class="d Vb UmNoP"><path fill-rule="evenodd" clip-rule="evenodd" d="M4.798 5.786c-1.865 1.833-1.902 4.818-.083 6.696L12 19.907l7.285-7.425c1.82-1.878 1.782-4.863-.083-6.696-1.867-1.835-4.882-1.82-6.73.036L12 6.293l-.472-.471C9.68 3.966 6.665 3.95 4.798 5.786"></path></svg>'
TG_BUBBLE = "M 12 0C5.388 0 0 5.388 0 12s5.388 12 12 12 12-5.38 12-12c0-6.612-5.38-12-12-12z"
TG_HALF = "M 12 0C5.389 0 0 5.389 0 11.999c0 6.61 5.389 11.999 12 11.999 6.61 0 12-5.389 12-11.999C24 5.389 18.61 0 12 0zm0 2a9.983 9.983 0 019.995 10 10 10 0 01-10 10A10 10 0 0112 2z"

TG_CARD = "vIjFZ Gi o VOEhq"
TG_TITLE = "biGQs _P fiohW alXOW NwcxK GzNcM ytVPx UTQMg RnEEZ ngXxk"
TG_LINK = "BMQDV _F Gv wSSLS SwZTJ FGwzt ukgoS"
TG_META = "biGQs _P pZUbB hmDzD"
TG_SMALL = "biGQs _P pZUbB osNWb"


@dataclass
class Restaurant:
    """One restaurant card's data."""

    name: str
    rating: float
    reviews: int
    cuisines: list[str]
    price: str | None
    status: str | None
    badge: str | None
    location_id: int
    rank: int | None = None
    tagline: str | None = None


def _tg_slug(name: str) -> str:
    """TripAdvisor's name part of a review URL: ASCII words joined by underscores."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "_", ascii_name).strip("_")


def _tg_url(place: Restaurant) -> str:
    return f"/Restaurant_Review-g{TG_GEO}-d{place.location_id}-Reviews-{_tg_slug(place.name)}-Paris_Ile_de_France.html"


def _tg_page_url(page: int) -> str:
    offset = f"-oa{page * TG_PER_PAGE}" if page else ""
    return f"/Restaurants-g{TG_GEO}{offset}-Paris_Ile_de_France.html"


def _tg_places() -> tuple[list[Restaurant], list[Restaurant]]:
    """The ranked restaurants and the sponsored ones, with deterministic location ids."""
    rng = random.Random(1147)
    ranked = [
        Restaurant(
            name, rating, reviews, cuisines, price, status, badge, rng.randint(718_000, 27_900_000), rank=index + 1
        )
        for index, (name, rating, reviews, cuisines, price, status, badge) in enumerate(TG_RESTAURANTS)
    ]
    sponsored = [
        Restaurant(
            name, rating, reviews, cuisines, price, status, None, rng.randint(1_200_000, 28_400_000), tagline=tagline
        )
        for name, rating, reviews, cuisines, price, status, tagline in TG_SPONSORED
    ]
    return ranked, sponsored


def _tg_bubbles(rating: float, label_id: str, width: int = 88) -> str:
    """The bubble rating: five circles in an ``svg`` whose ``title`` says the rating."""
    paths = []
    for number in range(5):
        shape = (
            TG_BUBBLE
            if rating >= number + 1
            else TG_HALF
            if rating >= number + 0.5
            else "M 12 0C5.388 0 0 5.388 0 12s5.388 12 12 12 12-5.38 12-12c0-6.612-5.38-12-12-12zm0 2c5.518 0 10 4.482 10 10s-4.482 10-10 10S2 17.518 2 12 6.482 2 12 2z"
        )
        paths.append(f'<path d="{shape}" transform="{f"translate({number * 26} 0)" if number else ""}"></path>')
    return f'<svg class="UctUV d H0" viewBox="0 0 128 24" width="{width}" height="{width * 3 // 16}" aria-labelledby="{label_id}"><title id="{label_id}">{rating:.1f} of 5 bubbles</title>{"".join(paths)}</svg>'


def _tg_image(place: Restaurant, lazy: bool) -> str:
    """The card photo: a ``picture`` on the CDN; further down the page a ``data:`` placeholder until scrolled to."""
    digits = f"{place.location_id * 2654435761 % 16**8:08x}"
    src = f"{TG_CDN}/{digits[:2]}/{digits[2:4]}/{digits[4:6]}/{digits[6:]}/{'caption' if place.location_id % 3 else 'dining-room'}.jpg"
    if lazy:
        return f'<picture class="NhWcC _R mdkdE afQPz eXZKw" style="width: 100%; height: 100%;"><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" data-lazyurl="{src}?w=600&amp;h=400&amp;s=1" width="600" height="400" alt="" class="kXQBR" /></picture>'
    return f'<picture class="NhWcC _R mdkdE afQPz eXZKw" style="width: 100%; height: 100%;"><source srcset="{src}?w=300&amp;h=200&amp;s=1 1x, {src}?w=600&amp;h=400&amp;s=1 2x" media="(min-width: 0px)" width="300" height="200" /><img src="{src}?w=300&amp;h=200&amp;s=1" width="300" height="200" alt="" loading="lazy" /></picture>'


def _tg_reserve(place: Restaurant) -> str:
    """A "Reserve" link through the commerce redirect, on about half of the cards."""
    if place.location_id % 2:
        return ""
    token = f"{place.location_id * 40503 % 16**12:012x}"
    return f'<div class="nAyJf"><a href="/Commerce?p=TheFork&amp;src=243590118&amp;geo={place.location_id}&amp;from=Restaurants&amp;area=reservation_button&amp;slot=1&amp;matchID=1&amp;oos=0&amp;cnt=1&amp;silo=51284&amp;bucket=974221&amp;nt=true&amp;ik={token}" class="rmyCe _G B- z _S c Wc wSSLS jWkoZ QHaGY" target="_blank" rel="nofollow noopener"><span class="biGQs _P ttuOS">Reserve</span></a></div>'


def _tg_snippets(place: Restaurant, rng: random.Random) -> str:
    """Two quoted review titles, each a link to that review."""
    links = []
    for snippet in rng.sample(TG_SNIPPETS, 2):
        review_id = rng.randint(900_000_000, 989_999_999)
        links.append(
            f'<div class="alPVI eNNhq PgLKC tnGGX yzLvM"><a href="/ShowUserReviews-g{TG_GEO}-d{place.location_id}-r{review_id}-{_tg_slug(place.name)}-Paris_Ile_de_France.html" class="{TG_LINK}"><span class="JguWG">“{esc(snippet)}”</span></a></div>'
        )
    return f'<div class="kqwdH">{"".join(links)}</div>'


def _tg_card(place: Restaurant, lazy: bool, rng: random.Random) -> str:
    """One ``restaurantCard``: ranked, or sponsored when it has a tagline."""
    url = _tg_url(place)
    if place.tagline:
        url += f"?spAttributionToken={place.location_id * 7919 % 10**15:015d}TUFSS0VUSU5HX1NQT05TT1JFRA"
    label = f":lithium-R{place.location_id % 9973:x}{'s' if place.tagline else 'r'}:"
    rank = f"{place.rank}<!-- -->. " if place.rank else ""
    sponsored = f'<div class="{TG_SMALL} ZNjnF">Sponsored</div>' if place.tagline else ""
    tagline = f'<div class="{TG_META} SLQPm">{esc(place.tagline)}</div>' if place.tagline else ""
    cuisines = (
        f'<span class="{TG_META}"><span class="SUszq">{esc(", ".join(place.cuisines))}</span></span>'
        if place.cuisines
        else ""
    )
    price = f'<span class="{TG_META}"><span class="SUszq">{place.price}</span></span>' if place.price else ""
    separator = '<span class="YSjdh" aria-hidden="true">•</span>' if cuisines and price else ""
    status_class = "SYnxV" if place.status and place.status.startswith("Open") else "qfdTl"
    status = (
        f'<div class="{TG_META} YwGGp"><span class="{status_class}">{place.status}</span></div>' if place.status else ""
    )
    badge = ""
    if place.badge == "tc":
        badge = f'<div class="iMaUk"><svg viewBox="0 0 24 24" width="16px" height="16px" class="d Vb icjEL" aria-hidden="true"><path d="M12 2a7 7 0 00-4.6 12.28L6 22l6-3 6 3-1.4-7.72A7 7 0 0012 2"></path></svg><span class="{TG_SMALL}">Travelers\' Choice</span></div>'
    elif place.badge == "michelin":
        badge = f'<div class="iMaUk"><img src="https://static.tableguide.example/img2/restaurants/michelin/michelin-guide.svg" width="16" height="16" alt="" /><span class="{TG_SMALL}">MICHELIN Guide</span></div>'
    reviews = f"{place.reviews:,} review{'s' if place.reviews != 1 else ''}"
    return f"""
<div class="tbrcR _T DxyfE" data-automation="restaurantCard">
<div class="{TG_CARD}">
<div class="lWRbJ"><div class="MBoCH"><a href="{url}" class="{TG_LINK} hNpWR" tabindex="-1" aria-hidden="true"><div class="UzTwc">{_tg_image(place, lazy)}</div></a>
<button class="BrOJk u j z _F wSSLS tIqAi unMkR" type="button" aria-label="Save to a trip" aria-pressed="false"><span class="SSsaH">{TG_HEART}</span></button></div></div>
<div class="XIWnB z">
{sponsored}
<div class="{TG_TITLE}">{rank}<a href="{url}" class="{TG_LINK}">{esc(place.name)}</a></div>
<div class="jVDab W f u w GOdjs">{_tg_bubbles(place.rating, label)}<a href="{url}#REVIEWS" class="{TG_LINK}"><span class="{TG_SMALL}">({reviews})</span></a></div>
<div class="hBcUX XFrjQ">{cuisines}{separator}{price}</div>
{status}
{tagline}
{badge}
{"" if place.tagline else _tg_snippets(place, rng)}
</div>
{_tg_reserve(place)}
</div>
</div>"""


def _tg_ad(slot: int) -> str:
    return f'<div class="SYJfF" data-automation="ad"><div class="lUdeE"><span class="biGQs _P ttuOS">Advertisement</span><div id="gpt_ad_rest_list_{slot}" class="ad iab_medRec" data-slot-name="/5349/ta.ta.com.s/na.paris.restaurants" data-size="300x250"></div></div></div>'


def _tg_strip(ranked: list[Restaurant]) -> str:
    """The "Travelers' Choice" strip that shows four listed restaurants again above the list."""
    cards = []
    for rank in TG_STRIP:
        place = ranked[rank - 1]
        cards.append(
            f'<li class="mSAjN"><a href="{_tg_url(place)}" class="{TG_LINK} bItaM"><div class="UzTwc">{_tg_image(place, False)}</div><div class="{TG_TITLE}">{esc(place.name)}</div></a><div class="jVDab W f u w GOdjs">{_tg_bubbles(place.rating, f":lithium-R{place.location_id % 9973:x}t:", 68)}<span class="{TG_SMALL}">{place.reviews:,}</span></div></li>'
        )
    return f'<section class="fRIUB" data-automation="travelersChoiceShelf"><div class="nJcFR"><h2 class="biGQs _P fiohW uuBRH">Travelers\' Choice restaurants in Paris</h2><p class="{TG_META}">Loved by travelers, based on reviews from the past year</p></div><ul class="fsiWO">{"".join(cards)}</ul></section>'


TG_FILTERS = [
    (
        "Establishment type",
        [
            ("Restaurants", "14,561"),
            ("Quick Bites", "2,210"),
            ("Dessert", "1,088"),
            ("Coffee &amp; Tea", "1,543"),
            ("Bakeries", "512"),
            ("Bars &amp; Pubs", "3,112"),
        ],
    ),
    ("Meal type", [("Breakfast", "2,017"), ("Brunch", "1,622"), ("Lunch", "11,904"), ("Dinner", "12,311")]),
    ("Price", [("Cheap Eats", "4,120"), ("Mid-range", "8,836"), ("Fine Dining", "1,233")]),
    (
        "Cuisines",
        [("French", "7,942"), ("European", "5,306"), ("Italian", "1,915"), ("Japanese", "803"), ("Lebanese", "241")],
    ),
    (
        "Features",
        [
            ("Reservations", "6,455"),
            ("Outdoor Seating", "5,872"),
            ("Serves Alcohol", "9,110"),
            ("Wheelchair Accessible", "2,380"),
        ],
    ),
    (
        "Neighborhoods",
        [("Le Marais", "1,210"), ("Saint-Germain-des-Prés", "904"), ("Montmartre", "833"), ("Latin Quarter", "761")],
    ),
]


def _tg_filters() -> str:
    groups = []
    for number, (heading, options) in enumerate(TG_FILTERS):
        boxes = "".join(
            f'<label class="CTnwC"><input type="checkbox" class="SFTqW" name="filter{number}" /><span class="{TG_META}">{label}</span><span class="{TG_SMALL}">({count})</span></label>'
            for label, count in options
        )
        groups.append(
            f'<div class="ebPbR" data-automation="filterGroup"><div class="biGQs _P fiohW kSNRl">{heading}</div>{boxes}<button type="button" class="rmyCe _G B- z _S c Wc wSSLS jWkoZ sOtnj">Show all</button></div>'
        )
    return f'<aside class="QvCXh" data-automation="LeftRailFilters">{"".join(groups)}{_tg_ad(9)}</aside>'


def _tg_pager(page: int, pages: int, shown_from: int, shown_to: int, total: int) -> str:
    prev_arrow = '<svg viewBox="0 0 24 24" width="24px" height="24px" class="d Vb UmNoP"><path d="M10.304 3.506l-8.048 8.047a.75.75 0 000 1.06l8.048 8.048 1.06-1.06-6.787-6.788H21v-1.5H4.577l6.788-6.787z"></path></svg>'
    next_arrow = '<svg viewBox="0 0 24 24" width="24px" height="24px" class="d Vb UmNoP"><path d="M13.696 3.506l8.048 8.047a.75.75 0 010 1.06l-8.048 8.048-1.06-1.06 6.787-6.788H3v-1.5h16.423l-6.788-6.787z"></path></svg>'
    if page:
        prev = f'<a href="{_tg_page_url(page - 1)}" aria-label="Previous page" class="BrOJk u j z _F wSSLS tIqAi unMkR" data-smoke-attr="pagination-previous-arrow">{prev_arrow}</a>'
    else:
        prev = f'<button type="button" aria-label="Previous page" class="BrOJk u j z _F wSSLS tIqAi unMkR" disabled="">{prev_arrow}</button>'
    numbers = []
    for number in range(pages):
        if number == page:
            numbers.append(f'<span class="biGQs _P ttuOS JVaPo" aria-current="page">{number + 1}</span>')
        else:
            numbers.append(
                f'<a href="{_tg_page_url(number)}" aria-label="{number + 1}" class="BrOJk u j z _F wSSLS tIqAi iNnOg">{number + 1}</a>'
            )
    if page < pages - 1:
        nxt = f'<a href="{_tg_page_url(page + 1)}" aria-label="Next page" class="BrOJk u j z _F wSSLS tIqAi unMkR" data-smoke-attr="pagination-next-arrow">{next_arrow}</a>'
    else:
        nxt = f'<button type="button" aria-label="Next page" class="BrOJk u j z _F wSSLS tIqAi unMkR" disabled="">{next_arrow}</button>'
    return f'<div class="mvCsB" data-automation="pagination"><div class="{TG_META} uYzlj">Showing results {shown_from}-{shown_to} of {total}</div><div class="IGLCo">{prev}<div class="mkNRT">{"".join(numbers)}</div>{nxt}</div></div>'


def _tg_context(page: int) -> str:
    context = {
        "pageManifest": {
            "locale": "en-US",
            "currency": "USD",
            "servlet": "Restaurants",
            "geoId": TG_GEO,
            "offset": page * TG_PER_PAGE,
            "sort": "FEATURED",
            "features": ["restaurants_list_redesign", "sponsored_listings_v3", "lazy_media"],
            "translations": {"ad_label": "Sponsored", "sort_label": "Sort by"},
        },
        "urqlSsrData": {},
    }
    return json.dumps(context, separators=(",", ":"))


def _tg_footer_column(heading: str, links: list[str]) -> str:
    """One footer column of links, each tagged with ``utm_*`` parameters."""
    items = []
    for label in links:
        path = re.sub(r"[^a-z0-9]+", "_", label.lower().replace("&amp;", "and")).strip("_")
        items.append(f'<li><a href="/{path}?utm_source=footer&amp;utm_medium=web" class="{TG_LINK}">{label}</a></li>')
    return f'<div class="bIHwJ"><div class="biGQs _P fiohW kSNRl">{heading}</div><ul>{"".join(items)}</ul></div>'


def _tg_page(page: int, pages: int, cards: str, shown_from: int, shown_to: int, total: int, strip: str) -> str:
    canonical = f"https://www.tableguide.example{_tg_page_url(page)}"
    alternates = "".join(
        f'<link rel="alternate" hreflang="{lang}" href="https://www.tableguide.{tld}{_tg_page_url(page)}" />'
        for lang, tld in [
            ("en", "example"),
            ("en-GB", "co.uk.example"),
            ("fr", "fr.example"),
            ("de", "de.example"),
            ("es", "es.example"),
            ("it", "it.example"),
        ]
    )
    crumbs = [
        ("/Tourism-g4-Europe-Vacations.html", "Europe"),
        ("/Tourism-g187070-France-Vacations.html", "France"),
        ("/Tourism-g187144-Ile_de_France-Vacations.html", "Ile-de-France"),
        ("/Tourism-g187147-Paris_Ile_de_France-Vacations.html", "Paris"),
    ]
    breadcrumbs = "".join(
        f'<li class="fCtwt"><a href="{href}" class="{TG_LINK}"><span class="{TG_SMALL}">{name}</span></a><span class="eIEUg" aria-hidden="true">›</span></li>'
        for href, name in crumbs
    )
    chips = "".join(
        f'<button type="button" class="rmyCe _G B- z _S c Wc wSSLS jWkoZ InWMs" aria-pressed="false"><span class="biGQs _P ttuOS">{chip}</span></button>'
        for chip in ["Open now", "Reservations", "Cheap Eats", "Fine Dining", "Outdoor Seating", "Vegetarian Friendly"]
    )
    footer_columns = [
        (
            "About Tableguide",
            [
                "About Us",
                "Press",
                "Resources and Policies",
                "Careers",
                "Trust &amp; Safety",
                "Contact us",
                "Accessibility Statement",
            ],
        ),
        ("Explore", ["Write a review", "Add a Place", "Join", "Travelers' Choice", "Help Center"]),
        (
            "Do Business With Us",
            ["Owners", "Business Advantage", "Sponsored Placements", "Advertise with Us", "Access our Content API"],
        ),
        ("Get The App", ["iPhone App", "Android App"]),
    ]
    footer = "".join(_tg_footer_column(heading, links) for heading, links in footer_columns)
    return f"""<!DOCTYPE html>
<html lang="en-US" class="desktop">
<head>
<meta charset="utf-8" />
<title>THE 10 BEST Restaurants in Paris (Updated March 2026) - Tableguide</title>
<meta name="description" content="Best Dining in Paris, Ile-de-France: See 2,941,523 Tableguide traveler reviews of 17,564 Paris restaurants and search by cuisine, price, location, and more." />
<meta name="viewport" content="width=device-width, initial-scale=1.0, viewport-fit=cover" />
<meta property="og:title" content="THE 10 BEST Restaurants in Paris (Updated March 2026) - Tableguide" />
<meta property="og:image" content="https://static.tableguide.example/img2/brand_refresh/Tableguide_lockup_horizontal_secondary_registered.svg" />
<link rel="canonical" href="{canonical}" />
{alternates}
<link rel="preconnect" href="https://dynamic-media-cdn.tableguide.example" />
<link rel="stylesheet" href="https://static.tableguide.example/assets/css/app-8f3c21a9.css" />
</head>
<body class="rebrand_2017 desktop_web Restaurants" id="BODY_BLOCK_JQUERY_REFLOW" data-tab="TABS_OVERVIEW">
<div id="lithium-root">
<header class="uJnVZ" data-automation="header">
<div class="jJBgC">
<a href="/" class="{TG_LINK}" aria-label="Tableguide"><img src="https://static.tableguide.example/img2/brand_refresh/Tableguide_lockup_horizontal_secondary_registered.svg" alt="Tableguide" width="178" height="28" /></a>
<nav class="ZlySl" aria-label="Main"><a href="/Tourism" class="{TG_LINK} HDEgA"><span>Discover</span></a><a href="/Trips" class="{TG_LINK} HDEgA"><span>Trips</span></a><a href="/UserReviewEdit" class="{TG_LINK} HDEgA"><span>Review</span></a></nav>
<div class="hSoqb"><button type="button" class="rmyCe _G B- z _S c Wc wSSLS jWkoZ"><span>USD</span></button><button type="button" class="rmyCe _G B- z _S c Wc wSSLS jWkoZ"><svg viewBox="0 0 24 24" width="20px" height="20px" class="d Vb UmNoP" aria-hidden="true"><path d="M12 12a5 5 0 100-10 5 5 0 000 10zm0 2c-4.42 0-8 2.24-8 5v1h16v-1c0-2.76-3.58-5-8-5z"></path></svg><span>Sign in</span></button></div>
</div>
<form class="qzXkR" action="/Search" role="search"><input type="search" name="q" placeholder="Restaurant name, cuisine or dish" aria-label="Search" class="EcCPy" /><input type="hidden" name="geo" value="{TG_GEO}" /></form>
</header>
<main class="MXhxX">
<nav aria-label="Breadcrumbs" class="vIzjn"><ol class="LLRVg">{breadcrumbs}<li class="fCtwt"><span class="{TG_SMALL}">Paris Restaurants</span></li></ol></nav>
<h1 class="biGQs _P fiohW eIegw">Restaurants in Paris</h1>
<div class="gzPcm" data-automation="quickFilters">{chips}</div>
{strip}
<div class="IzakZ">
{_tg_filters()}
<div class="UvYvG" data-automation="restaurantsList">
<div class="dYjjg"><span class="{TG_META}">{total} results</span><button type="button" class="rmyCe _G B- z _S c Wc wSSLS jWkoZ" aria-haspopup="listbox"><span class="biGQs _P ttuOS">Sort by: Featured</span></button><span class="{TG_SMALL} Oawmq">Featured results are based on traveler reviews and listing information, and may include sponsored placements. <a href="/Trust" class="{TG_LINK}">Learn more</a></span></div>
{cards}
{_tg_pager(page, pages, shown_from, shown_to, total)}
</div>
</div>
</main>
<footer class="KyVbv" data-automation="footer">
<div class="XZnvU">{footer}</div>
<div class="DgeMe"><button type="button" class="rmyCe _G B- z _S c Wc wSSLS jWkoZ"><span>$ USD</span></button><button type="button" class="rmyCe _G B- z _S c Wc wSSLS jWkoZ"><span>United States</span></button></div>
<div class="{TG_SMALL} OSHfR">© 2026 Tableguide LLC All rights reserved.<br /><a href="/terms?utm_source=footer" class="{TG_LINK}">Terms of Use</a> | <a href="/privacy?utm_source=footer" class="{TG_LINK}">Privacy and Cookies Statement</a> | <a href="/CookieConsent" class="{TG_LINK}">Cookie consent</a> | <a href="/SiteMap" class="{TG_LINK}">Site Map</a> | <a href="/HowTheSiteWorks" class="{TG_LINK}">How the site works</a></div>
<p class="{TG_SMALL}">This is the version of our website addressed to speakers of English in the United States. If you are a resident of another country or region, please select the appropriate version of Tableguide for your country or region in the drop-down menu.</p>
</footer>
</div>
<div id="onetrust-consent-sdk"><div class="onetrust-pc-dark-filter ot-hide ot-fade-in"></div><div id="onetrust-banner-sdk" class="otFlat bottom ot-wo-title" tabindex="0" role="region" aria-label="Cookie banner"><div role="dialog" aria-label="Privacy"><div class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div id="onetrust-policy"><div id="onetrust-policy-text">We use cookies and similar technologies to personalise content and ads, to provide social media features and to analyse our traffic. <a class="ot-cookie-policy-link" href="/CookiePolicy" aria-label="More information about your privacy, opens in a new tab" rel="noopener" target="_blank">Cookie Policy</a></div></div></div><div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie settings</button><button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-accept-btn-handler">I Accept</button></div></div></div></div></div></div></div>
<script>window.__WEB_CONTEXT__={_tg_context(page)};</script>
<script src="https://static.tableguide.example/assets/js/runtime-3c1e5f0b.js" async></script>
<script src="https://static.tableguide.example/assets/js/restaurants-list-9a6d2c47.js" async></script>
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="0b1f4a5e-6d2c-4e8a-9f7b-1c3d5e7f9a2b" async></script>
</body>
</html>"""


@eleventh
def build_tableguide() -> None:
    s = Site(
        "tableguide",
        kind="restaurant list (TripAdvisor 2024–25: restaurantCard divs with hashed classes, '1. ' before the name link, bubble rating in an svg title, '(1,234 reviews)', cuisines and '$$ - $$$' spans, sponsored cards, -oa30- path pages)",
        start=_tg_page_url(0).lstrip("/"),
        description="A TripAdvisor city restaurant list (Paris, 2024–25 React design): header, breadcrumbs, h1, quick-filter chips, a left rail of filter groups with counts and an ad slot, a Travelers' Choice strip repeating four listed restaurants, '56 results' and Sort by; each card a div[data-automation=restaurantCard] of hashed classes: a CDN photo (a data: placeholder with data-lazyurl further down) and a 'Save to a trip' heart, the rank as '1<!-- -->. ' before the name link /Restaurant_Review-g187147-d<id>-Reviews-<Name>-Paris_Ile_de_France.html, bubbles in an svg whose title reads '4.5 of 5 bubbles', '(1,234 reviews)' linking #REVIEWS, cuisines ('French, European') and price ('$$ - $$$') spans (each missing on some), Open now / Closed now / Closes in … / Opens in … (missing on some), Travelers' Choice or MICHELIN Guide badges, two quoted review snippets linking /ShowUserReviews-…, 'Reserve' links to /Commerce?… on some; five Sponsored cards (no rank, a tagline, ?spAttributionToken= links) and ad slots between cards; thirty ranked restaurants a page, a pager to /Restaurants-g187147-oa30-Paris_Ile_de_France.html with 'Showing results 1-30 of 56'; a footer with utm links, a OneTrust banner, window.__WEB_CONTEXT__ without listings.",
    )
    ranked, sponsored = _tg_places()
    before = dict(zip(TG_SPONSORED_BEFORE, sponsored, strict=True))
    rng = random.Random(4711)
    pages = [ranked[at : at + TG_PER_PAGE] for at in range(0, len(ranked), TG_PER_PAGE)]
    for page, places in enumerate(pages):
        parts = []
        for position, place in enumerate(places):
            assert place.rank is not None
            if place.rank in before:
                parts.append(_tg_card(before[place.rank], position > 3, rng))
            parts.append(_tg_card(place, position > 3, rng))
            if position == 9:
                parts.append(_tg_ad(page * 2 + 1))
            if position == 19:
                parts.append(_tg_ad(page * 2 + 2))
        strip = _tg_strip(ranked) if page == 0 else ""
        first, last = places[0].rank, places[-1].rank
        assert first is not None and last is not None
        s.list_page(
            _tg_page_url(page).lstrip("/"),
            _tg_page(page, len(pages), "\n".join(parts), first, last, len(ranked), strip),
        )
    for place in ranked:
        s.expect(
            {
                "rank": place.rank,
                "title": place.name,
                "url": _tg_url(place),
                "rating": place.rating,
                "review_count": place.reviews,
                "cuisines": place.cuisines or None,
                "price_range": place.price,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in ELEVENTH.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(f"{name:20} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}")


if __name__ == "__main__":
    main()
