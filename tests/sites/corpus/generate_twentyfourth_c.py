"""Twenty-fourth wave, part C: three list pages from forum, software-directory and indie-game-store platforms,
copied from their real 2024–25 logged-out server-rendered markup and written before any heuristic was changed for
them.

* **loomcraft-community** — a knitting community's forum view on Invision Community 4.7 (ipsLayout, default theme,
  logged out): the site header with ``#elSiteTitle``, ``nav`` with the primary bar and ``ul#elUserNav`` (Existing
  user? Sign In / Sign Up), the breadcrumb ``nav.ipsBreadcrumb``, ``div.ipsPageHeader`` with the forum name,
  description and Follow button, ``div.ipsButtonBar`` with the sort / filter menus and ``ul.ipsPagination``;
  ``ol.ipsDataList.cForumTopicTable > li.ipsDataItem`` (``ipsDataItem_unread`` / ``ipsDataItem_selected`` on some)
  with ``div.ipsDataItem_icon`` status links, ``h4.ipsDataItem_title`` holding icon-only ``ipsBadge`` spans
  (Pinned ``ipsBadge_positive``, Locked ``ipsBadge_warning``, Hot ``ipsBadge_negative``, each a ``fa`` icon with a
  tooltip title), the topic link ``a[data-ipsHover]`` > ``span`` to ``/topic/N-slug/`` and an in-row
  ``ul.ipsPagination_mini`` on long topics; ``div.ipsDataItem_meta`` 'By <a>name</a>, <time datetime title
  data-short>November 3, 2024</time>' and ``ul.ipsTags`` on some; ``ul.ipsDataItem_stats`` with
  ``span.ipsDataItem_stats_number`` '12' / '1.4k' + ``span.ipsDataItem_stats_type`` 'replies' / 'views';
  ``ul.ipsDataItem_lastPoster`` (avatar, name, a relative ``time``). ``ul.ipsPagination`` with
  ``li.ipsPagination_first/prev/page/next/last`` and a page-jump form, ``/page/N/``; the 'Recently Browsing'
  widget, the footer with the language / theme menus and 'Powered by Invision Community'. 20 + 20 + 9 topics
  (topics per page set to 20). Written down: title, url, author, date (ISO day of the starter's ``time``),
  replies, views (text as shown), last_poster, last_post_date (ISO day of the last post's ``time``), tags (list, where shown).
* **projectyard** — SourceForge's open-source directory for one category (``/directory/backup/``, ``?page=N``):
  the sandiego header and search, a BreadcrumbList, a filter sidebar of facets with counts, a sort bar,
  ``ul.projects[itemtype=ItemList] > li.item`` with ``div.result-heading`` (icon link, ``h3[itemprop=name]`` inside
  a "Find out more about X" link, star SVGs + "N Reviews" on most, ``p.description-inner``, Download / See
  Project buttons) and ``div.result-details`` ("Downloads: 12,345 This Week", "Last Update:" ``time.dateUpdated``,
  OS spans, a licence link); two Sponsored business-software items on page 1; Foundation ``ul.pagination`` with
  ``li.pagination-next``. 25 + 25 + 11 projects. Written down: title, url, summary, rating, review_count (where
  shown), downloads, date (last update), platforms, license.
* **pixelbazaar** — itch.io's browse grid for one tag (``/games/tag-roguelike``, ``?page=N``):
  ``div.game_grid_widget > div.game_cell[data-game_id]`` with ``a.title.game_link`` to the studio's own subdomain,
  optional ``a.price_tag`` "$4.99" (+ ``div.sale_tag`` "-30%"), ``div.game_text`` blurb, ``div.game_author``,
  ``div.game_genre``, platform icons / "Play in browser"; a grid loader for the infinite scroll, rel prev/next and
  non-JS "Next page" buttons. 30 + 30 + 11 games. Written down: title, url (absolute), author, summary, genre,
  price + currency (paid games only).

Run ``uv run python tests/sites/corpus/generate_twentyfourth_c.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

TWENTYFOURTH_C: dict[str, Callable[[], None]] = {}


def twentyfourth_c(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TWENTYFOURTH_C[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _num(text: str, size: int = 6) -> int:
    """A stable number derived from ``text`` (the real sites use database ids)."""
    return int(hashlib.sha1(text.encode()).hexdigest()[:12], 16) % (10**size)


# ---------------------------------------------------------------------------------------------------
# loomcraft-community: Invision Community 4.7 forum view, /forum/N-slug/page/N/.
# ---------------------------------------------------------------------------------------------------

LC_FORUM = "/forum/14-sock-knitting/"
LC_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

#: (title, starter, started ISO, replies, views, last poster, last post shown, badges, tags).
LC_TOPICS: list[tuple[str, str, str, int, int, str, str, list[str], list[str]]] = [
    (
        "Forum rules and how to post photos — please read",
        "Moderator Elin",
        "2024-01-08T09:14:00Z",
        0,
        18432,
        "Moderator Elin",
        "January 8, 2024",
        ["pinned", "locked"],
        [],
    ),
    (
        "Sock KAL 2025: Spring Stripes — sign-up and chat",
        "purlwise",
        "2024-12-28T18:02:11Z",
        214,
        9811,
        "hedgerow_hannah",
        "12 minutes ago",
        ["pinned", "hot"],
        ["kal", "stripes"],
    ),
    (
        "Heel flap vs. afterthought heel — which fits high insteps better?",
        "knitnorth",
        "2024-11-03T20:41:09Z",
        37,
        1420,
        "sockmonkey77",
        "2 hours ago",
        ["hot"],
        ["heels", "fit"],
    ),
    (
        "Second sock syndrome: how do you beat it?",
        "woolgather",
        "2024-10-21T07:55:30Z",
        58,
        2307,
        "purlwise",
        "3 hours ago",
        ["hot"],
        [],
    ),
    (
        "Kitchener stitch keeps leaving a ridge",
        "Tamsin R",
        "2024-11-14T12:10:45Z",
        9,
        311,
        "Moderator Elin",
        "Yesterday at 9:42 PM",
        [],
        ["grafting"],
    ),
    (
        "Best 2.25 mm circulars for magic loop?",
        "loopyloo",
        "2024-11-12T16:22:02Z",
        21,
        876,
        "knitnorth",
        "Yesterday at 6:15 PM",
        [],
        ["needles", "magic loop"],
    ),
    (
        "Toe-up gusset maths for a 72-stitch sock",
        "fernandpurl",
        "2024-11-10T10:03:58Z",
        6,
        204,
        "fernandpurl",
        "Yesterday at 11:20 AM",
        [],
        [],
    ),
    (
        "My first pair! (finally)",
        "bramble.and.bobbin",
        "2024-11-09T19:47:12Z",
        14,
        398,
        "woolgather",
        "Tuesday at 8:03 PM",
        [],
        ["finished objects"],
    ),
    (
        "Self-striping yarn that actually matches across both socks",
        "stripeseeker",
        "2024-11-07T08:31:00Z",
        11,
        517,
        "loopyloo",
        "Tuesday at 2:51 PM",
        [],
        ["yarn"],
    ),
    (
        "Reinforcing heels with nylon thread — worth it?",
        "Old Mother Hubbard",
        "2024-11-05T14:18:37Z",
        17,
        690,
        "sockmonkey77",
        "Monday at 10:12 AM",
        [],
        ["yarn", "durability"],
    ),
    (
        "Fish Lips Kiss heel gaps at the corners",
        "knit_and_grumble",
        "2024-11-04T21:09:44Z",
        4,
        156,
        "Tamsin R",
        "Sunday at 4:40 PM",
        [],
        ["heels"],
    ),
    (
        "Ribbing that doesn't bag out at the ankle",
        "cobblestone_kate",
        "2024-11-02T11:26:19Z",
        8,
        273,
        "purlwise",
        "Sunday at 9:18 AM",
        [],
        [],
    ),
    (
        "Darning a hole in a much-loved pair (photos)",
        "mendandmake",
        "2024-10-30T17:40:05Z",
        23,
        1104,
        "hedgerow_hannah",
        "Saturday at 7:55 PM",
        [],
        ["mending"],
    ),
    (
        "Anyone tried the Vanilla Latte pattern on 56 stitches?",
        "sockmonkey77",
        "2024-10-29T09:12:48Z",
        3,
        142,
        "sockmonkey77",
        "Saturday at 11:02 AM",
        [],
        [],
    ),
    (
        "Yarn weight for kids' socks — 4ply or sport?",
        "beth_in_bath",
        "2024-10-27T13:33:27Z",
        12,
        388,
        "knitnorth",
        "November 8, 2024",
        [],
        ["yarn", "kids"],
    ),
    (
        "Short-row heel holes: wrap and turn vs German short rows",
        "Tamsin R",
        "2024-10-25T08:05:16Z",
        29,
        1388,
        "knit_and_grumble",
        "November 8, 2024",
        ["hot"],
        ["heels"],
    ),
    (
        "Sock blockers: wooden or plastic?",
        "woolgather",
        "2024-10-23T15:51:39Z",
        7,
        233,
        "beth_in_bath",
        "November 8, 2024",
        [],
        ["tools"],
    ),
    (
        "Locked: duplicate of the KAL sign-up thread",
        "hedgerow_hannah",
        "2024-10-22T10:00:00Z",
        1,
        97,
        "Moderator Elin",
        "November 8, 2024",
        ["locked"],
        [],
    ),
    (
        "Colourwork cuffs without the floats catching toes",
        "fernandpurl",
        "2024-10-20T19:19:31Z",
        10,
        402,
        "cobblestone_kate",
        "November 8, 2024",
        [],
        ["colourwork"],
    ),
    (
        "Knitting two at a time on one circular — tips?",
        "loopyloo",
        "2024-10-18T07:44:22Z",
        15,
        621,
        "stripeseeker",
        "November 7, 2024",
        [],
        ["magic loop"],
    ),
    (
        "Cuff-down heel turn instructions confusing me",
        "new_to_needles",
        "2024-10-17T22:08:50Z",
        5,
        188,
        "Old Mother Hubbard",
        "November 6, 2024",
        [],
        [],
    ),
    (
        "Alpaca blend socks: too warm for indoors?",
        "bramble.and.bobbin",
        "2024-10-15T12:37:03Z",
        8,
        260,
        "woolgather",
        "November 5, 2024",
        [],
        ["yarn"],
    ),
    (
        "Sizing socks for someone else's feet",
        "beth_in_bath",
        "2024-10-13T16:29:11Z",
        19,
        744,
        "purlwise",
        "November 4, 2024",
        [],
        ["fit"],
    ),
    (
        "Cable pattern charts on the instep — read right to left?",
        "cobblestone_kate",
        "2024-10-11T09:58:45Z",
        6,
        217,
        "fernandpurl",
        "November 3, 2024",
        [],
        ["cables", "charts"],
    ),
    (
        "Tubular cast-on for 1x1 rib at the cuff",
        "knitnorth",
        "2024-10-09T18:14:26Z",
        11,
        455,
        "mendandmake",
        "November 2, 2024",
        [],
        ["cast-on"],
    ),
    (
        "Dyeing sock blanks at home — any disasters?",
        "stripeseeker",
        "2024-10-07T14:02:37Z",
        26,
        1290,
        "hedgerow_hannah",
        "November 1, 2024",
        ["hot"],
        ["dyeing"],
    ),
    (
        "Gauge for socks: do you swatch in the round?",
        "Old Mother Hubbard",
        "2024-10-05T11:45:19Z",
        13,
        498,
        "knit_and_grumble",
        "October 31, 2024",
        [],
        [],
    ),
    (
        "Bed socks with a garter sole (pattern request)",
        "new_to_needles",
        "2024-10-03T20:27:52Z",
        2,
        121,
        "Tamsin R",
        "October 30, 2024",
        [],
        ["pattern request"],
    ),
    (
        "Stretchy bind-off for toe-up cuffs",
        "sockmonkey77",
        "2024-10-01T08:16:08Z",
        9,
        344,
        "beth_in_bath",
        "October 29, 2024",
        [],
        ["bind-off"],
    ),
    (
        "Hand-wash vs superwash — how do your socks hold up?",
        "woolgather",
        "2024-09-28T17:39:40Z",
        18,
        702,
        "loopyloo",
        "October 27, 2024",
        [],
        ["yarn", "durability"],
    ),
    (
        "Afterthought heel placement for long feet",
        "mendandmake",
        "2024-09-26T10:22:15Z",
        4,
        167,
        "cobblestone_kate",
        "October 25, 2024",
        [],
        ["heels", "fit"],
    ),
    (
        "DPNs snapping — bamboo or metal?",
        "knit_and_grumble",
        "2024-09-24T13:48:33Z",
        12,
        389,
        "stripeseeker",
        "October 24, 2024",
        [],
        ["needles"],
    ),
    (
        "Socks for hiking boots: thicker yarn or double strand?",
        "Tamsin R",
        "2024-09-21T07:30:49Z",
        7,
        266,
        "knitnorth",
        "October 22, 2024",
        [],
        [],
    ),
    (
        "Sock yarn leftovers: scrappy project ideas",
        "fernandpurl",
        "2024-09-19T19:05:12Z",
        31,
        1675,
        "bramble.and.bobbin",
        "October 20, 2024",
        ["hot"],
        ["stash"],
    ),
    (
        "Ladders at the needle joins in magic loop",
        "new_to_needles",
        "2024-09-17T15:57:24Z",
        10,
        412,
        "Old Mother Hubbard",
        "October 18, 2024",
        [],
        ["magic loop"],
    ),
    (
        "Converting a cuff-down pattern to toe-up",
        "cobblestone_kate",
        "2024-09-15T09:21:56Z",
        5,
        203,
        "purlwise",
        "October 16, 2024",
        [],
        [],
    ),
    (
        "Slip-stitch heel vs eye-of-partridge",
        "hedgerow_hannah",
        "2024-09-12T12:44:18Z",
        8,
        318,
        "sockmonkey77",
        "October 14, 2024",
        [],
        ["heels"],
    ),
    (
        "Where to buy undyed sock yarn in the UK?",
        "beth_in_bath",
        "2024-09-10T16:33:01Z",
        14,
        567,
        "stripeseeker",
        "October 12, 2024",
        [],
        ["yarn", "uk"],
    ),
    (
        "Picking up gusset stitches without holes",
        "loopyloo",
        "2024-09-08T08:09:42Z",
        16,
        633,
        "mendandmake",
        "October 10, 2024",
        [],
        ["gusset"],
    ),
    (
        "Felted my favourite socks in the wash :(",
        "bramble.and.bobbin",
        "2024-09-05T21:52:27Z",
        22,
        881,
        "woolgather",
        "October 8, 2024",
        [],
        ["mending"],
    ),
    (
        "Lace panel socks slide down — fixes?",
        "Old Mother Hubbard",
        "2024-09-03T13:14:05Z",
        6,
        221,
        "knit_and_grumble",
        "October 5, 2024",
        [],
        ["lace", "fit"],
    ),
    (
        "Men's size 12 — how many stitches?",
        "knitnorth",
        "2024-08-30T10:40:33Z",
        11,
        476,
        "beth_in_bath",
        "October 2, 2024",
        [],
        ["fit"],
    ),
    (
        "Short rows for the toe as well as the heel?",
        "stripeseeker",
        "2024-08-27T18:27:59Z",
        3,
        139,
        "fernandpurl",
        "September 29, 2024",
        [],
        [],
    ),
    (
        "Mosaic knitting on socks — too stiff?",
        "mendandmake",
        "2024-08-24T07:58:20Z",
        9,
        305,
        "cobblestone_kate",
        "September 26, 2024",
        [],
        ["colourwork"],
    ),
    (
        "Sock knitting on a circular sock machine (CSM) — anyone?",
        "sockmonkey77",
        "2024-08-21T15:36:48Z",
        27,
        1533,
        "hedgerow_hannah",
        "September 22, 2024",
        [],
        ["machines"],
    ),
    (
        "Avoiding jogs in stripes",
        "purlwise",
        "2024-08-18T11:11:11Z",
        12,
        440,
        "new_to_needles",
        "September 19, 2024",
        [],
        ["stripes"],
    ),
    (
        "Toe-up figure-8 cast-on is driving me mad",
        "new_to_needles",
        "2024-08-15T20:03:37Z",
        17,
        598,
        "loopyloo",
        "September 15, 2024",
        [],
        ["cast-on"],
    ),
    (
        "Socks from DK weight — quick gift ideas",
        "beth_in_bath",
        "2024-08-12T09:47:02Z",
        8,
        287,
        "Tamsin R",
        "September 11, 2024",
        [],
        ["gifts"],
    ),
    (
        "Archive: 2024 Sock of the Month entries",
        "Moderator Elin",
        "2024-08-01T08:00:00Z",
        96,
        4210,
        "Moderator Elin",
        "September 1, 2024",
        ["locked"],
        ["sotm"],
    ),
]

LC_STATUS = {
    "pinned": ("ipsBadge_positive", "Pinned", "fa-thumb-tack"),
    "locked": ("ipsBadge_warning", "Locked", "fa-lock"),
    "hot": ("ipsBadge_negative", "Hot topic", "fa-fire"),
}


def _lc_tid(title: str) -> int:
    return 30000 + _num(title, 4)


def _lc_url(title: str) -> str:
    return f"/topic/{_lc_tid(title)}-{slug(title)}/"


def _lc_profile(name: str) -> str:
    return f"/profile/{1000 + _num(name, 4)}-{slug(name)}/"


def _lc_short(number: int) -> str:
    """IPS's ``formatNumber`` shorthand: 1420 → 1.4k."""
    if number < 1000:
        return str(number)
    return f"{number / 1000:.1f}".rstrip("0").rstrip(".") + "k"


def _lc_time(moment: str) -> str:
    year, month, day = int(moment[:4]), int(moment[5:7]), int(moment[8:10])
    shown = f"{LC_MONTHS[month - 1]} {day}, {year}"
    title = (
        f"{month:02d}/{day:02d}/{year} {moment[11:16]}  AM"
        if int(moment[11:13]) < 12
        else f"{month:02d}/{day:02d}/{year} {int(moment[11:13]) - 12 or 12:02d}:{moment[14:16]}  PM"
    )
    return f"<time datetime='{moment}' title='{title}' data-short='{year - 2000 if year < 2025 else day} {LC_MONTHS[month - 1][:3]}'>{shown}</time>"


def _lc_avatar(name: str, size: str) -> str:
    letter = name[0].upper() if name[0].isalpha() else "M"
    colour = f"{_num(name, 6):06x}"[:6]
    return (
        f'<a href="{_lc_profile(name)}" rel="nofollow" data-ipsHover data-ipsHover-width="370" data-ipsHover-target="{_lc_profile(name)}?do=hovercard" class="ipsUserPhoto ipsUserPhoto_{size}" title="Go to {esc(name)}\'s profile">'
        f"<img src='data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%20viewBox%3D%220%200%201024%201024%22%3E%3Crect%20fill%3D%22%23{colour}%22%2F%3E%3Ctext%3E{letter}%3C%2Ftext%3E%3C%2Fsvg%3E' alt='{esc(name)}' loading=\"lazy\"></a>"
    )


#: The page was saved on Friday 15 November 2024 at 14:00 UTC; IPS shows recent times relative to that.
LC_NOW_DAY = 15
LC_WEEKDAYS = {"Thursday": 14, "Wednesday": 13, "Tuesday": 12, "Monday": 11, "Sunday": 10, "Saturday": 9}


def _lc_clock(text: str) -> str:
    """'9:42 PM' → '21:42'."""
    clock, half = text.split()
    hour, minute = (int(part) for part in clock.split(":"))
    hour = hour % 12 + (12 if half == "PM" else 0)
    return f"{hour:02d}:{minute:02d}"


def _lc_last_iso(shown: str, title: str) -> str:
    """The ``datetime`` behind a last-post time as IPS displays it."""
    if shown.endswith("minutes ago"):
        return f"2024-11-{LC_NOW_DAY}T13:{60 - int(shown.split(maxsplit=1)[0]):02d}:00Z"
    if shown.endswith("hours ago"):
        return f"2024-11-{LC_NOW_DAY}T{14 - int(shown.split(maxsplit=1)[0]):02d}:00:00Z"
    day_word, _, clock = shown.partition(" at ")
    if clock:
        day = LC_NOW_DAY - 1 if day_word == "Yesterday" else LC_WEEKDAYS[day_word]
        return f"2024-11-{day:02d}T{_lc_clock(clock)}:00Z"
    month, day_text, year = shown.replace(",", "").split()
    return f"{year}-{LC_MONTHS.index(month) + 1:02d}-{int(day_text):02d}T{8 + _num(title, 2) % 12:02d}:{_num(title + 'm', 2) % 60:02d}:00Z"


def _lc_row(topic: tuple[str, str, str, int, int, str, str, list[str], list[str]], unread: bool) -> str:
    title, starter, started, replies, views, last, last_shown, badges, tags = topic
    url = _lc_url(title)
    tid = _lc_tid(title)
    badge_html = "".join(
        f"\n\t\t\t\t\t\t<span><span class=\"ipsBadge ipsBadge_icon ipsBadge_small {LC_STATUS[b][0]}\" data-ipsTooltip title='{LC_STATUS[b][1]}'><i class='fa {LC_STATUS[b][2]}'></i></span></span>"
        for b in badges
    )
    mini = ""
    if replies >= 25:
        pages = replies // 25 + 1
        links = "".join(
            f"<li><a href='{url}page/{p}/#comments' title='Page {p}'>{p}</a></li>" for p in range(2, min(pages, 4) + 1)
        )
        first = f"<li><a href='{url}#comments' title='Page 1'>1</a></li>"
        last_link = (
            f"<li class='ipsPagination_mini_last'><a href='{url}page/{pages}/#comments' title='Page {pages}'>{pages}</a></li>"
            if pages > 4
            else ""
        )
        mini = f"\n\t\t\t\t\t\t<span class='ipsPagination ipsPagination_mini' id='elTopicPaginationMini_{tid}'><ul class='ipsPagination ipsPagination_mini'>{first}{links}{last_link}</ul></span>"
    tag_html = ""
    if tags:
        items = "".join(
            f'\n\t\t\t\t\t\t\t<li><a href="/tags/{slug(t)}/" class=\'ipsTag\' title="Find other content tagged with \'{esc(t)}\'" rel="tag" data-tag-label="{esc(t)}"><span>{esc(t)}</span></a></li>'
            for t in tags
        )
        tag_html = f"\n\t\t\t\t\t\t&nbsp;&nbsp;\n\t\t\t\t\t\t<ul class='ipsTags ipsList_inline ipsType_reset'>{items}\n\t\t\t\t\t\t</ul>"
    state = "fa-comment" if unread else "fa-circle-o"
    row_class = (
        "ipsDataItem ipsDataItem_responsivePhoto"
        + (" ipsDataItem_unread" if unread else "")
        + (" ipsDataItem_selected" if "pinned" in badges else "")
    )
    last_iso = _lc_last_iso(last_shown, title)
    hours = int(last_iso[11:13])
    return f"""
		<li class="{row_class}" data-rowID='{tid}' data-location='' data-controller='forums.front.forum.topicRow'>
			<div class='ipsDataItem_icon ipsPos_top'>
				<a href='{url}?do=getNewComment' data-ipsTooltip data-ipsTooltip-label='{"Go to first unread post" if unread else "Go to last post"}'>
					<span class='ipsItemStatus'><i class="fa {state}"></i></span>
				</a>
			</div>
			<div class='ipsDataItem_main'>
				<h4 class='ipsDataItem_title ipsContained_container'>{badge_html}
					<span class='ipsType_break ipsContained'>
						<a href='{url}' class='' title='{esc(title)} ' data-ipsHover data-ipsHover-target='{url}?preview=1' data-ipsHover-timeout='1.5'>
							<span>{esc(title)}</span>
						</a>
					</span>{mini}
				</h4>
				<div class='ipsDataItem_meta ipsType_reset ipsType_light ipsType_blendLinks'>
					<span>
						By <a href='{_lc_profile(starter)}' rel="nofollow" data-ipsHover data-ipsHover-width='370' data-ipsHover-target='{_lc_profile(starter)}?do=hovercard&amp;referrer=https%253A%252F%252Fcommunity.loomcraft.example%252Fforum%252F14-sock-knitting%252F' title="Go to {esc(starter)}'s profile" class="ipsType_break">{esc(starter)}</a>, {_lc_time(started)}
					</span>{tag_html}
				</div>
			</div>
			<ul class='ipsDataItem_stats'>
				<li data-statType='forums_comments'>
					<span class='ipsDataItem_stats_number'>{_lc_short(replies)}</span>
					<span class='ipsDataItem_stats_type'>{"reply" if replies == 1 else "replies"}</span>
				</li>
				<li data-statType='num_views'>
					<span class='ipsDataItem_stats_number'>{_lc_short(views)}</span>
					<span class='ipsDataItem_stats_type'>views</span>
				</li>
			</ul>
			<ul class='ipsDataItem_lastPoster ipsDataItem_withPhoto ipsType_blendLinks'>
				<li>{_lc_avatar(last, "tiny")}</li>
				<li><a href='{_lc_profile(last)}' rel="nofollow" data-ipsHover data-ipsHover-width='370' data-ipsHover-target='{_lc_profile(last)}?do=hovercard' title="Go to {esc(last)}'s profile" class="ipsType_break">{esc(last)}</a></li>
				<li class="ipsType_light">
					<a href='{url}?do=getLastComment' title='Go to last post' class='ipsType_blendLinks'>
						<time datetime='{last_iso}' title='{last_iso[5:7]}/{last_iso[8:10]}/{last_iso[:4]} {(hours % 12) or 12:02d}:{last_iso[14:16]}  {"PM" if hours >= 12 else "AM"}' data-short='{last_iso[8:10].lstrip("0")} {LC_MONTHS[int(last_iso[5:7]) - 1][:3]}'>{last_shown}</time>
					</a>
				</li>
			</ul>
		</li>"""


def _lc_page_url(page: int) -> str:
    return LC_FORUM if page == 1 else f"{LC_FORUM}page/{page}/"


def _lc_pagination(number: int, total: int, where: str) -> str:
    first_cls = " ipsPagination_inactive" if number == 1 else ""
    last_cls = " ipsPagination_inactive" if number == total else ""
    items = [
        f"<li class='ipsPagination_first{first_cls}'><a href='{_lc_page_url(1)}' rel=\"first\" data-page='1' data-ipsTooltip title='First page'><i class='fa fa-angle-double-left'></i></a></li>",
        f"<li class='ipsPagination_prev{first_cls}'><a href='{_lc_page_url(max(number - 1, 1))}' rel=\"prev\" data-page='{number - 1}' data-ipsTooltip title='Previous page'>Prev</a></li>",
    ]
    for page in range(1, total + 1):
        active = " ipsPagination_active" if page == number else ""
        items.append(
            f"<li class='ipsPagination_page{active}'><a href='{_lc_page_url(page)}' data-page='{page}'>{page}</a></li>"
        )
    items.append(
        f"<li class='ipsPagination_next{last_cls}'><a href='{_lc_page_url(min(number + 1, total))}' rel=\"next\" data-page='{number + 1}' data-ipsTooltip title='Next page'>Next</a></li>"
    )
    items.append(
        f"<li class='ipsPagination_last{last_cls}'><a href='{_lc_page_url(total)}' rel=\"last\" data-page='{total}' data-ipsTooltip title='Last page'><i class='fa fa-angle-double-right'></i></a></li>"
    )
    items.append(
        f"""<li class='ipsPagination_pageJump'>
					<a href='#' data-ipsMenu data-ipsMenu-closeOnClick='false' data-ipsMenu-appendTo='#elPagination_{where}' id='elPagination_{where}_jump'>Page {number} of {total} &nbsp;<i class='fa fa-caret-down'></i></a>
					<div class='ipsMenu ipsMenu_narrow ipsPadding ipsHide' id='elPagination_{where}_jump_menu'>
						<form accept-charset='utf-8' method='post' action='{_lc_page_url(number)}' data-role="pageJump" data-baseUrl='{LC_FORUM}' data-bypassValidation='true'>
							<ul class='ipsForm ipsForm_horizontal'>
								<li class='ipsFieldRow'><input type='number' min='1' max='{total}' placeholder='Page number' class='ipsField_fullWidth' name='page'></li>
								<li class='ipsFieldRow ipsFieldRow_fullWidth'><input type='submit' class='ipsButton_fullWidth ipsButton ipsButton_verySmall ipsButton_primary' value='Go'></li>
							</ul>
						</form>
					</div>
				</li>"""
    )
    body = "\n\t\t\t\t".join(items)
    return f"""<ul class='ipsPagination' id='elPagination_{where}' data-ipsPagination-seoPagination='true' data-pages='{total}' data-ipsPagination data-ipsPagination-pages='{total}' data-ipsPagination-perPage='20'>
				{body}
			</ul>"""


def _lc_page(
    number: int, total: int, topics: list[tuple[str, str, str, int, int, str, str, list[str], list[str]]], first: int
) -> str:
    rows = "".join(_lc_row(t, (first + i) % 3 == 1) for i, t in enumerate(topics))
    canonical = f"https://community.loomcraft.example{_lc_page_url(number)}"
    prev_link = f'\n\t\t<link rel="prev" href="{_lc_page_url(number - 1)}">' if number > 1 else ""
    next_link = f'\n\t\t<link rel="next" href="{_lc_page_url(number + 1)}">' if number < total else ""
    title_suffix = f" - Page {number}" if number > 1 else ""
    return f"""<!DOCTYPE html>
<html lang="en-GB" dir="ltr">
	<head>
		<meta charset="utf-8">
		<title>Sock Knitting{title_suffix} - Loomcraft Community</title>
		<meta name="viewport" content="width=device-width, initial-scale=1">
		<meta property="og:title" content="Sock Knitting">
		<meta property="og:type" content="website">
		<meta property="og:url" content="{canonical}">
		<meta name="description" content="Heels, toes, gussets and yarn: everything about knitting socks.">
		<meta property="og:site_name" content="Loomcraft Community">
		<link rel="canonical" href="{canonical}">{prev_link}{next_link}
		<link rel="alternate" type="application/rss+xml" title="Sock Knitting Latest Topics" href="/forum/14-sock-knitting.xml/">
		<link rel="manifest" href="/manifest.webmanifest/">
		<link rel="stylesheet" href="/uploads/css_built_1/341e4a57816af3ba440d891ca87450ff_framework.css?v=4a7c1d2e9b1736172022" media="all">
		<link rel="stylesheet" href="/uploads/css_built_1/05e81b71abe4f22d6eb8d1a929494829_responsive.css?v=4a7c1d2e9b1736172022" media="all">
		<link rel="stylesheet" href="/uploads/css_built_1/20446cf2d164adcc029377cb04d43d17_flags.css?v=4a7c1d2e9b1736172022" media="all">
		<link rel="stylesheet" href="/uploads/css_built_1/76e62c573090645fb99a15a363d8620e_forums.css?v=4a7c1d2e9b1736172022" media="all">
		<link rel="stylesheet" href="/uploads/css_built_1/ebdea0c6a7dab6d37900b9190d3ac77b_forums_responsive.css?v=4a7c1d2e9b1736172022" media="all">
		<script>
			var ipsDebug = false;
			var CKEDITOR_BASEPATH = '/applications/core/interface/ckeditor/ckeditor/';
			var ipsSettings = {{ cookie_path: "/", cookie_prefix: "ips4_", cookie_ssl: true, essential_cookies: ["oauth_authorize","member_id","login_key","clearAutosave","lastSearch","device_key","IPSSessionFront","loggedIn","noCache","hasJS","cookie_consent","cookie_consent_optional","forumpass_*"], upload_imgURL: "", message_imgURL: "", notification_imgURL: "", baseURL: "/", jsURL: "/applications/core/interface/js/js.php", csrfKey: "a3f0c1c9b8e7d6f5a4b3c2d1e0f9a8b7", antiCache: "4a7c1d2e9b1736172022", jsAntiCache: "4a7c1d2e9b1736172022", disableNotificationSounds: true, useCompiledFiles: true, links_external: true, memberID: 0, lazyLoadEnabled: true, blankImg: "/applications/core/interface/js/spacer.png", googleAnalyticsEnabled: false, matomoEnabled: false, viewProfiles: true, mapProvider: 'none', mapApiKey: '', pushPublicKey: null, relativeDates: true }};
		</script>
		<script src="/uploads/javascript_global/root_library.js?v=4a7c1d2e9b1736172022" data-ips></script>
		<script src="/uploads/javascript_global/root_js_lang_1.js?v=4a7c1d2e9b1736172022" data-ips></script>
		<script src="/uploads/javascript_global/root_framework.js?v=4a7c1d2e9b1736172022" data-ips></script>
		<script src="/uploads/javascript_core/global_global_core.js?v=4a7c1d2e9b1736172022" data-ips></script>
		<script src="/uploads/javascript_forums/front_front_forum.js?v=4a7c1d2e9b1736172022" data-ips></script>
		<script type="application/ld+json">
		{{"@context":"http://schema.org","@type":"BreadcrumbList","itemListElement":[{{"@type":"ListItem","position":1,"item":{{"name":"Knitting","@id":"https://community.loomcraft.example/forum/3-knitting/"}}}},{{"@type":"ListItem","position":2,"item":{{"name":"Sock Knitting","@id":"https://community.loomcraft.example/forum/14-sock-knitting/"}}}}]}}
		</script>
		<script type="application/ld+json">
		{{"@context":"http://www.schema.org","publisher":"https://community.loomcraft.example/#organization","@type":"WebSite","@id":"https://community.loomcraft.example/#website","mainEntityOfPage":"https://community.loomcraft.example/","name":"Loomcraft Community","url":"https://community.loomcraft.example/","potentialAction":{{"type":"SearchAction","query-input":"required name=query","target":"https://community.loomcraft.example/search/?q={{query}}"}},"inLanguage":[{{"@type":"Language","name":"English (UK)","alternateName":"en-GB"}}]}}
		</script>
	</head>
	<body class="ipsApp ipsApp_front ipsJS_none ipsClearfix" data-controller="core.front.core.app" data-message="" data-pageApp="forums" data-pageLocation="front" data-pageModule="forums" data-pageController="forums" data-pageID="14">
		<a href="#ipsLayout_mainArea" class="ipsHide" title="Go to main content on this page" accesskey="m">Jump to content</a>
		<div id="ipsLayout_header" class="ipsClearfix">
			<header>
				<div class="ipsLayout_container">
					<a href="/" id="elSiteTitle" accesskey="1">Loomcraft Community</a>
					<ul id="elUserNav" class="ipsList_inline cSignedOut ipsResponsive_showDesktop">
						<li id="elSignInLink">
							<a href="/login/" data-ipsMenu-closeOnClick="false" data-ipsMenu id="elUserSignIn">Existing user? Sign In &nbsp;<i class="fa fa-caret-down"></i></a>
							<div id="elUserSignIn_menu" class="ipsMenu ipsMenu_auto ipsHide">
								<form accept-charset="utf-8" method="post" action="/login/">
									<input type="hidden" name="csrfKey" value="a3f0c1c9b8e7d6f5a4b3c2d1e0f9a8b7">
									<input type="hidden" name="ref" value="aHR0cHM6Ly9jb21tdW5pdHkubG9vbWNyYWZ0LmV4YW1wbGUvZm9ydW0vMTQtc29jay1rbml0dGluZy8=">
									<div data-role="loginForm">
										<h4 class="ipsType_sectionHead">Sign In</h4>
										<ul class="ipsForm ipsForm_vertical">
											<li class="ipsFieldRow ipsFieldRow_noLabel ipsFieldRow_fullWidth"><input type="email" placeholder="Email Address" name="auth" autocomplete="email"></li>
											<li class="ipsFieldRow ipsFieldRow_noLabel ipsFieldRow_fullWidth"><input type="password" placeholder="Password" name="password" autocomplete="current-password"></li>
											<li class="ipsFieldRow ipsFieldRow_checkbox ipsClearfix"><input type="checkbox" name="remember_me" id="remember_me_checkbox" value="1" checked aria-checked="true"><label for="remember_me_checkbox">Remember me</label></li>
											<li class="ipsFieldRow ipsFieldRow_fullWidth"><button type="submit" name="_processLogin" value="usernamepassword" class="ipsButton ipsButton_primary ipsButton_small" id="elSignIn_submit">Sign In</button><p class="ipsType_right ipsType_small"><a href="/lostpassword/" data-ipsDialog data-ipsDialog-title="Forgot your password?">Forgot your password?</a></p></li>
										</ul>
									</div>
								</form>
							</div>
						</li>
						<li><a href="/register/" data-ipsDialog data-ipsDialog-size="narrow" data-ipsDialog-title="Sign Up" id="elRegisterButton" class="ipsButton ipsButton_normal ipsButton_primary">Sign Up</a></li>
					</ul>
				</div>
			</header>
			<nav data-controller="core.front.core.navBar" class=" ipsResponsive_showDesktop">
				<div class="ipsNavBar_primary ipsLayout_container ipsClearfix">
					<div id="elSearchWrapper">
						<div id="elSearch" data-controller="core.front.core.quickSearch">
							<form accept-charset="utf-8" action="/search/?do=quicksearch" method="post">
								<input type="search" id="elSearchField" placeholder="Search..." name="q" autocomplete="off" aria-label="Search">
								<details class="cSearchFilter"><summary class="cSearchFilter__text"></summary><ul class="cSearchFilter__menu"><li><label><input type="radio" name="type" value="all"><span class="cSearchFilter__menuText">Everywhere</span></label></li><li><label><input type="radio" name="type" value="contextual_{{&quot;nodes&quot;:14}}" checked><span class="cSearchFilter__menuText">This Forum</span></label></li><li><label><input type="radio" name="type" value="forums_topic"><span class="cSearchFilter__menuText">Topics</span></label></li></ul></details>
								<button class="cSearchSubmit" type="submit" aria-label="Search"><i class="fa fa-search"></i></button>
							</form>
						</div>
					</div>
					<ul data-role="primaryNavBar" class="ipsClearfix">
						<li id="elNavSecondary_1" data-role="navBarItem" data-navApp="core" data-navExt="CustomItem"><a href="/" data-navItem-id="1">Browse</a>
							<ul class="ipsNavBar_secondary ipsHide" data-role="secondaryNavBar">
								<li id="elNavSecondary_10" data-role="navBarItem"><a href="/" data-navItem-id="10">Forums</a></li>
								<li id="elNavSecondary_11" data-role="navBarItem"><a href="/calendar/" data-navItem-id="11">Events</a></li>
								<li id="elNavSecondary_12" data-role="navBarItem"><a href="/gallery/" data-navItem-id="12">Gallery</a></li>
								<li id="elNavSecondary_13" data-role="navBarItem"><a href="/staff/" data-navItem-id="13">Staff</a></li>
								<li id="elNavSecondary_14" data-role="navBarItem"><a href="/online/" data-navItem-id="14">Online Users</a></li>
							</ul>
						</li>
						<li id="elNavSecondary_2" data-role="navBarItem"><a href="/discover/" data-navItem-id="2">Activity</a></li>
						<li id="elNavSecondary_3" data-role="navBarItem"><a href="/patterns/" data-navItem-id="3">Patterns</a></li>
						<li id="elNavSecondary_4" data-role="navBarItem"><a href="/guidelines/" data-navItem-id="4">Guidelines</a></li>
						<li class="ipsHide" id="elNavigationMore" data-role="navMore"><a href="#" data-ipsMenu data-ipsMenu-appendTo="#elNavigationMore" id="elNavigationMore_dropdown">More</a></li>
					</ul>
				</div>
			</nav>
		</div>
		<main id="ipsLayout_body" class="ipsLayout_container">
			<div id="ipsLayout_contentArea">
				<div id="ipsLayout_contentWrapper">
					<nav class="ipsBreadcrumb ipsBreadcrumb_top ipsFaded_withHover">
						<ul data-role="breadcrumbList">
							<li><a title="Home" href="/"><span><i class="fa fa-home"></i> Home <i class="fa fa-angle-right"></i></span></a></li>
							<li><a href="/forum/3-knitting/"><span>Knitting <i class="fa fa-angle-right" aria-hidden="true"></i></span></a></li>
							<li>Sock Knitting</li>
						</ul>
						<ul class="ipsList_inline ipsPos_right">
							<li><a data-ipsTooltip rel="alternate" href="/forum/14-sock-knitting.xml/" title="Sock Knitting Latest Topics"><i class="fa fa-rss"></i></a></li>
							<li><a data-ipsTooltip class="ipsType_light" href="/discover/" title="All Activity"><i class="fa fa-newspaper-o"></i> <span>All Activity</span></a></li>
						</ul>
					</nav>
					<div id="ipsLayout_mainArea">
						<div class="ipsPageHeader ipsResponsive_pull ipsBox ipsPadding sm:ipsPadding:half ipsMargin_bottom">
							<div class="ipsFlex ipsFlex-ai:center ipsFlex-fw:wrap ipsGap:4">
								<div class="ipsFlex-flex:11">
									<h1 class="ipsType_pageTitle ipsContained_container"><span class="ipsType_break ipsContained">Sock Knitting</span></h1>
									<div class="ipsType_richText ipsType_normal" data-controller="core.front.core.lightboxedImages"><p>Heels, toes, gussets and yarn: everything about knitting socks. Show off your pairs in the Finished Objects gallery.</p></div>
								</div>
								<div class="ipsFlex-flex:01 ipsResponsive_hidePhone">
									<div class="ipsFlex ipsFlex-ai:center ipsFlex-jc:center ipsGap:3 ipsGap_row:0">
										<div data-followApp="forums" data-followArea="forum" data-followID="14" data-controller="core.front.core.followButton">
											<a href="/login/" rel="nofollow" class="ipsFollow ipsPos_middle ipsButton ipsButton_light ipsButton_verySmall" data-role="followButton" data-ipsTooltip title="Sign in to follow this">Followers <span class="ipsCommentCount">412</span></a>
										</div>
									</div>
								</div>
							</div>
						</div>
						<ul class="ipsToolList ipsToolList_horizontal ipsClearfix ipsSpacer_both ipsResponsive_hidePhone">
							<li class="ipsToolList_primaryAction"><span data-controller="forums.front.forum.forumPage"><ul class="ipsToolList ipsToolList_horizontal"><li><a class="ipsButton ipsButton_medium ipsButton_important ipsButton_fullWidth" href="/forum/14-sock-knitting/?do=add" title="Start a new topic in this forum" rel="nofollow noindex">Start new topic</a></li></ul></span></li>
						</ul>
						<div class="ipsBox" data-baseurl="{LC_FORUM}" data-resort="listResort" data-tableid="topics" data-controller="core.global.core.table">
							<h2 class="ipsType_sectionTitle ipsHide ipsType_reset ipsClear">49 topics in this forum</h2>
							<div class="ipsButtonBar ipsPad_half ipsClearfix ipsClear">
								<div class="ipsButtonRow ipsPos_right ipsClearfix">
									<ul class="ipsButtonRow ipsPos_right ipsClearfix">
										<li><a href="#elSortByMenu_menu" id="elSortByMenu_topics" data-role="sortButton" data-ipsMenu data-ipsMenu-activeClass="ipsButtonRow_active" data-ipsMenu-selectable="radio">Sort By <i class="fa fa-caret-down"></i></a>
											<ul class="ipsMenu ipsMenu_auto ipsMenu_withStem ipsMenu_selectable ipsHide" id="elSortByMenu_topics_menu">
												<li class="ipsMenu_item ipsMenu_itemChecked" data-sortDirection="desc" data-ipsMenuValue="last_post"><a href="{LC_FORUM}?sortby=last_post&amp;sortdirection=desc" rel="nofollow">Recently Updated</a></li>
												<li class="ipsMenu_item" data-sortDirection="asc" data-ipsMenuValue="title"><a href="{LC_FORUM}?sortby=title&amp;sortdirection=asc" rel="nofollow">Title</a></li>
												<li class="ipsMenu_item" data-sortDirection="desc" data-ipsMenuValue="start_date"><a href="{LC_FORUM}?sortby=start_date&amp;sortdirection=desc" rel="nofollow">Start Date</a></li>
												<li class="ipsMenu_item" data-sortDirection="desc" data-ipsMenuValue="views"><a href="{LC_FORUM}?sortby=views&amp;sortdirection=desc" rel="nofollow">Most Viewed</a></li>
												<li class="ipsMenu_item" data-sortDirection="desc" data-ipsMenuValue="posts"><a href="{LC_FORUM}?sortby=posts&amp;sortdirection=desc" rel="nofollow">Most Replies</a></li>
											</ul>
										</li>
										<li><a href="#elFilterByMenu_menu" id="elFilterByMenu_topics" data-role="tableFilterMenu" data-ipsMenu data-ipsMenu-activeClass="ipsButtonRow_active" data-ipsMenu-selectable="radio">Filter By <i class="fa fa-caret-down"></i></a>
											<ul class="ipsMenu ipsMenu_auto ipsMenu_withStem ipsMenu_selectable ipsHide" id="elFilterByMenu_topics_menu">
												<li data-ipsMenuValue="" class="ipsMenu_item ipsMenu_itemChecked"><a href="{LC_FORUM}?sortby=last_post&amp;sortdirection=desc">All Topics</a></li>
												<li data-ipsMenuValue="solved_topics" class="ipsMenu_item"><a href="{LC_FORUM}?filter=solved_topics">Solved topics</a></li>
												<li data-ipsMenuValue="unsolved_topics" class="ipsMenu_item"><a href="{LC_FORUM}?filter=unsolved_topics">Unsolved topics</a></li>
											</ul>
										</li>
									</ul>
								</div>
								<div data-role="tablePagination">
			{_lc_pagination(number, total, "top")}
								</div>
							</div>
							<div class="ipsClear ipsClearfix">
								<ol class="ipsClear ipsDataList cForumTopicTable cTopicList" id="elTable_topics" data-role="tableRows">{rows}
								</ol>
							</div>
							<div class="ipsButtonBar ipsPad_half ipsClearfix ipsClear">
								<div data-role="tablePagination">
			{_lc_pagination(number, total, "bottom")}
								</div>
							</div>
						</div>
						<div class="ipsBox ipsPadding ipsResponsive_pull ipsMargin_top">
							<div class="ipsWidget ipsWidget_horizontal">
								<h3 class="ipsType_reset ipsWidget_title">Recently Browsing <span class="ipsType_light ipsType_unbold ipsType_medium">3 members</span></h3>
								<div class="ipsWidget_inner ipsPad">
									<ul class="ipsList_inline ipsList_csv ipsList_noSpacing ipsType_normal">
										<li><a href="{_lc_profile("purlwise")}" data-ipsHover data-ipsHover-target="{_lc_profile("purlwise")}?do=hovercard" title="Go to purlwise's profile">purlwise</a></li>
										<li><a href="{_lc_profile("knitnorth")}" data-ipsHover data-ipsHover-target="{_lc_profile("knitnorth")}?do=hovercard" title="Go to knitnorth's profile">knitnorth</a></li>
										<li><a href="{_lc_profile("mendandmake")}" data-ipsHover data-ipsHover-target="{_lc_profile("mendandmake")}?do=hovercard" title="Go to mendandmake's profile">mendandmake</a></li>
									</ul>
								</div>
							</div>
						</div>
					</div>
				</div>
				<nav class="ipsBreadcrumb ipsBreadcrumb_bottom ipsFaded_withHover ipsResponsive_hidePhone">
					<ul data-role="breadcrumbList">
						<li><a title="Home" href="/"><span><i class="fa fa-home"></i> Home <i class="fa fa-angle-right"></i></span></a></li>
						<li><a href="/forum/3-knitting/"><span>Knitting <i class="fa fa-angle-right" aria-hidden="true"></i></span></a></li>
						<li>Sock Knitting</li>
					</ul>
					<ul class="ipsList_inline ipsPos_right">
						<li><a href="/discover/" title="All Activity"><i class="fa fa-newspaper-o"></i> <span>All Activity</span></a></li>
					</ul>
				</nav>
			</div>
		</main>
		<footer id="ipsLayout_footer" class="ipsClearfix">
			<div class="ipsLayout_container">
				<ul class="ipsList_inline ipsType_center ipsSpacer_top" id="elFooterLinks">
					<li><a href="#elNavLang_menu" id="elNavLang" data-ipsMenu data-ipsMenu-above>Language <i class="fa fa-caret-down"></i></a>
						<ul id="elNavLang_menu" class="ipsMenu ipsMenu_selectable ipsHide"><li class="ipsMenu_item ipsMenu_itemChecked"><form action="/language/?csrfKey=a3f0c1c9b8e7d6f5a4b3c2d1e0f9a8b7" method="post"><input type="hidden" name="ref" value=""><button type="submit" name="id" value="1" class="ipsButton ipsButton_link ipsButton_link_secondary">English (UK) (Default)</button></form></li></ul>
					</li>
					<li><a href="#elNavTheme_menu" id="elNavTheme" data-ipsMenu data-ipsMenu-above>Theme <i class="fa fa-caret-down"></i></a>
						<ul id="elNavTheme_menu" class="ipsMenu ipsMenu_selectable ipsHide"><li class="ipsMenu_item ipsMenu_itemChecked"><form action="/theme/?csrfKey=a3f0c1c9b8e7d6f5a4b3c2d1e0f9a8b7" method="post"><button type="submit" name="id" value="1" class="ipsButton ipsButton_link ipsButton_link_secondary">Default (Default)</button></form></li><li class="ipsMenu_item"><form action="/theme/?csrfKey=a3f0c1c9b8e7d6f5a4b3c2d1e0f9a8b7" method="post"><button type="submit" name="id" value="3" class="ipsButton ipsButton_link ipsButton_link_secondary">Loomcraft Dark</button></form></li></ul>
					</li>
					<li><a href="/privacy/">Privacy Policy</a></li>
					<li><a href="/cookies/">Cookies</a></li>
					<li><a rel="nofollow" href="/contact/" data-ipsdialog data-ipsDialog-remoteSubmit data-ipsDialog-flashMessage="Thanks, your message has been sent to the administrators." data-ipsdialog-title="Contact Us">Contact Us</a></li>
				</ul>
				<p id="elCopyright">
					<span id="elCopyright_userLine">Loomcraft Community &copy; 2009–2025</span>
					<a rel="nofollow" title="Invision Community" href="https://www.invisioncommunity.com/">Powered by Invision Community</a>
				</p>
			</div>
		</footer>
		<div id="elCookieConsent" class="ipsCookieConsent ipsPadding" data-controller="core.front.core.cookieConsent">
			<div class="ipsType_richText ipsType_normal"><p>We have placed cookies on your device to help make this website better. You can adjust your cookie settings, otherwise we'll assume you're okay to continue.</p></div>
			<ul class="ipsList_inline"><li><a href="/cookies/" class="ipsButton ipsButton_light ipsButton_verySmall">Cookie settings</a></li><li><a href="/cookies/?do=cookieConsentToggle&amp;status=1&amp;csrfKey=a3f0c1c9b8e7d6f5a4b3c2d1e0f9a8b7" class="ipsButton ipsButton_primary ipsButton_verySmall" data-action="acceptCookies">Accept</a></li></ul>
		</div>
		<div id="elMobileDrawer" class="ipsDrawer ipsHide">
			<div class="ipsDrawer_menu"><a href="#" class="ipsDrawer_close" data-action="close"><span>&times;</span></a>
				<div class="ipsDrawer_content ipsFlex ipsFlex-fd:column"><ul class="ipsDrawer_list"><li><a href="/login/">Sign In</a></li><li><a href="/register/">Sign Up</a></li><li><a href="/">Forums</a></li><li><a href="/discover/">Activity</a></li><li><a href="/patterns/">Patterns</a></li></ul></div>
			</div>
		</div>
	</body>
</html>"""


@twentyfourth_c
def build_loomcraft_community() -> None:
    s = Site(
        "loomcraft-community",
        kind="forum topic list (Invision Community 4.7 forum view: ol.ipsDataList.cForumTopicTable > li.ipsDataItem, h4.ipsDataItem_title with icon-only ipsBadge spans (Pinned / Locked / Hot topic tooltips) before the topic link, in-row ipsPagination_mini on long topics, 'By <a>name</a>, <time>November 3, 2024</time>' meta line with ipsTags on some, ul.ipsDataItem_stats '1.4k' + 'views' number/type spans, ul.ipsDataItem_lastPoster avatar + name + relative time, ul.ipsPagination with ipsPagination_next / page-jump twice, /page/N/)",
        start="forum/14-sock-knitting/",
        description="A knitting community's 'Sock Knitting' forum on Invision Community 4.7 (community.loomcraft.example/forum/14-sock-knitting/, then /page/2/ and /page/3/), logged out: the IPS head (built CSS bundles, ipsSettings script, breadcrumb and WebSite JSON-LD, rel prev/next), #elSiteTitle, ul#elUserNav 'Existing user? Sign In' menu with a login form and 'Sign Up', the primary nav bar with a quick-search form, nav.ipsBreadcrumb top and bottom, div.ipsPageHeader (forum title, description, Followers 412), 'Start new topic', the table box with Sort By / Filter By menus and ul.ipsPagination (first / prev / numbered / next / last items with rel and data-page, a 'Page 1 of 3' page-jump form) above and below; ol.ipsDataList.cForumTopicTable > li.ipsDataItem (ipsDataItem_unread on some, ipsDataItem_selected on pinned rows) with div.ipsDataItem_icon status links, h4.ipsDataItem_title holding icon-only span.ipsBadge tooltips (Pinned ipsBadge_positive / Locked ipsBadge_warning / Hot topic ipsBadge_negative) then span.ipsType_break > a[data-ipsHover] > span title to /topic/N-slug/, an in-row ul.ipsPagination_mini on topics of 25+ replies; div.ipsDataItem_meta 'By <a>starter</a>, <time datetime title data-short>November 3, 2024</time>' and ul.ipsTags on some; ul.ipsDataItem_stats li[data-statType] with span.ipsDataItem_stats_number ('12', '1.4k') + span.ipsDataItem_stats_type ('replies' / 'reply' / 'views'); ul.ipsDataItem_lastPoster with an SVG letter avatar, the poster link and a 'Go to last post' time ('12 minutes ago', 'Yesterday at 9:42 PM', 'November 10, 2024'). Two pinned topics on page one only (one also locked), locked and hot badges elsewhere. A 'Recently Browsing' widget, the footer with Language / Theme menus and 'Powered by Invision Community', a cookie consent bar and the mobile drawer. 20 + 20 + 9 topics (topics per page set to 20). Written down: title, url, author, date (ISO day of the starter's time), replies, views (text as shown), last_poster, last_post_date (ISO day of the last post's time, relative times included), tags (list, where shown).",
    )
    pages = chunks(LC_TOPICS, [20, 20, 9])
    first = 0
    for number, topics in enumerate(pages, 1):
        path = (
            "forum/14-sock-knitting/index.html" if number == 1 else f"forum/14-sock-knitting/page/{number}/index.html"
        )
        s.list_page(path, _lc_page(number, len(pages), topics, first))
        first += len(topics)
    for title, starter, started, replies, views, last, shown, _badges, tags in LC_TOPICS:
        s.expect(
            {
                "title": title,
                "url": _lc_url(title),
                "author": starter,
                "date": started[:10],
                "replies": replies,
                "views": _lc_short(views),
                "last_poster": last,
                "last_post_date": _lc_last_iso(shown, title)[:10],
                "tags": tags or None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# projectyard: SourceForge's directory category browse, /directory/backup/?page=N.
# ---------------------------------------------------------------------------------------------------

PY_STEMS = [
    "Arc",
    "Dup",
    "Snap",
    "Vault",
    "Tar",
    "Mirror",
    "Keep",
    "Safe",
    "Bit",
    "Cold",
    "Drift",
    "Echo",
    "Ferry",
    "Grove",
    "Harbor",
    "Iron",
    "Jolt",
    "Kiln",
    "Lark",
    "Moss",
    "Nook",
    "Otter",
    "Pebble",
    "Quill",
    "Rook",
    "Slate",
    "Tide",
    "Umber",
    "Vole",
    "Wren",
    "Yarrow",
    "Zephyr",
]
PY_ENDS = ["Backup", "Sync", "Keeper", "Guard", "Box", "Store", "Copy", "Shield"]
PY_WHAT = [
    "Incremental, deduplicating backups to local disks, SFTP and S3-compatible storage",
    "Simple scheduled folder backups for Windows with ZIP and 7z archives",
    "Bare-metal disk imaging and restore from a bootable USB stick",
    "Encrypted, versioned file sync between two or more machines",
    "Backup agent for MySQL, MariaDB and PostgreSQL with point-in-time restore",
    "Snapshot manager for Btrfs and ZFS with retention policies",
    "Lightweight rsync front end with a job scheduler and e-mail reports",
    "Cross-platform photo and document backup to external drives",
    "Agentless VM backup for KVM and Proxmox hosts",
    "Tape library manager and LTO backup tool for small offices",
]
PY_OS = [["Windows"], ["Linux"], ["Windows", "Mac", "Linux"], ["Linux", "BSD"], ["Windows", "Linux"], ["Mac"]]
PY_LICENSES = [
    "GNU General Public License version 3.0 (GPLv3)",
    "MIT License",
    "Apache License V2.0",
    "BSD License",
    "GNU General Public License version 2.0 (GPLv2)",
    "Mozilla Public License 2.0 (MPL 2.0)",
]


def _py_projects() -> list[dict[str, object]]:
    """61 invented projects, most-downloaded first (the directory's default order)."""
    out: list[dict[str, object]] = []
    for index in range(61):
        stem = PY_STEMS[index % len(PY_STEMS)]
        end = PY_ENDS[(index * 3 + index // len(PY_STEMS)) % len(PY_ENDS)]
        name = f"{stem}{end}" if index % 4 else f"{stem} {end}"
        seed = _num(name, 6)
        downloads = max(3, int(48000 / (1 + index * 0.55)) - seed % 97)
        day = 1 + seed % 28
        month = 1 + (seed // 28) % 11
        year = 2025 if index % 5 else 2023 - (index % 3)
        reviews = (seed % 240) if index % 6 != 5 else 0
        rating = round(3.0 + (seed % 21) / 10, 1) if reviews else None
        out.append(
            {
                "name": name,
                "unix": slug(name).replace("-", ""),
                "summary": PY_WHAT[(index * 7) % len(PY_WHAT)],
                "downloads": downloads,
                "updated": f"{year}-{month:02d}-{day:02d}",
                "reviews": reviews,
                "rating": min(rating, 5.0) if rating else None,
                "os": PY_OS[index % len(PY_OS)],
                "license": PY_LICENSES[index % len(PY_LICENSES)],
            }
        )
    return out


PY_PROJECTS = _py_projects()

PY_SPONSORED = [
    (
        "Cloudvault Business Backup",
        "Automated cloud backup for Microsoft 365, Google Workspace and endpoints. Start a free trial today.",
        "cloudvault-business-backup",
    ),
    (
        "Stackline Endpoint Protect",
        "Ransomware-proof backups for every laptop in your company, managed from one console.",
        "stackline-endpoint-protect",
    ),
]


def _py_stars(rating: float) -> str:
    full = int(rating)
    half = rating - full >= 0.5
    icons = (
        '<svg class="star full" viewBox="0 0 16 16"><path d="M8 .3l2.4 4.9 5.4.8-3.9 3.8.9 5.4L8 12.7l-4.8 2.5.9-5.4L.2 6l5.4-.8z"/></svg>'
        * full
    )
    if half:
        icons += '<svg class="star half" viewBox="0 0 16 16"><path d="M8 .3v12.4l-4.8 2.5.9-5.4L.2 6l5.4-.8z"/></svg>'
    icons += (
        '<svg class="star empty" viewBox="0 0 16 16"><path d="M8 .3l2.4 4.9 5.4.8-3.9 3.8.9 5.4L8 12.7l-4.8 2.5.9-5.4L.2 6l5.4-.8z"/></svg>'
        * (5 - full - int(half))
    )
    return icons


def _py_item(project: dict[str, object], position: int) -> str:
    name = str(project["name"])
    unix = str(project["unix"])
    reviews = int(str(project["reviews"]))
    rating = project["rating"]
    rating_html = ""
    if reviews and isinstance(rating, float):
        rating_html = f"""
            <div class="rating-with-count">
                <a href="/projects/{unix}/reviews/" class="stars-link" title="{rating} out of 5 stars">
                    <div class="stars-{int(rating * 2) * 5}">{_py_stars(rating)}</div>
                </a>
                <a href="/projects/{unix}/reviews/" class="count">{reviews} Review{"s" if reviews != 1 else ""}</a>
            </div>"""
    oses = "".join(f'<span title="{os_}" class="os-icon os-{os_.lower()}">{os_}</span>' for os_ in project["os"])  # type: ignore[attr-defined]
    updated = str(project["updated"])
    return f"""
    <li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem" class="item" data-project-id="{100000 + _num(name, 5)}">
        <meta itemprop="position" content="{position}"/>
        <div class="result-heading">
            <div class="result-heading-image">
                <a href="/projects/{unix}/" title="Find out more about {esc(name)}" tabindex="-1">
                    <img alt="{esc(name)} Icon" src="https://a.fsdn.com/allura/p/{unix}/icon?{1700000000 + _num(name, 8)}?&amp;w=90" srcset="https://a.fsdn.com/allura/p/{unix}/icon?{1700000000 + _num(name, 8)}?&amp;w=180 2x" loading="lazy" class="icon" height="48" width="48"/>
                </a>
            </div>
            <div class="result-heading-texts">
                <a href="/projects/{unix}/" title="Find out more about {esc(name)}" itemprop="url"><h3 itemprop="name">{esc(name)}</h3></a>{rating_html}
                <div class="description">
                    <p class="description-inner">{esc(project["summary"])}</p>
                </div>
            </div>
            <div class="result-heading-buttons">
                <a href="/projects/{unix}/files/latest/download" class="button green download" rel="nofollow" title="Download {esc(name)}" data-project="{unix}">
                    <svg viewBox="0 0 1792 1792" class="icon-download"><path d="M1344 1344q0-26-19-45t-45-19-45 19-19 45 19 45 45 19 45-19 19-45zm256 0q0-26-19-45t-45-19-45 19-19 45 19 45 45 19 45-19 19-45z"/></svg>
                    <span>Download</span>
                </a>
                <a href="/projects/{unix}/" class="button see-project">See Project</a>
            </div>
        </div>
        <div class="result-details">
            <div class="stats">
                <span class="downloads-stat"><b>Downloads:</b> {int(str(project["downloads"])):,} This Week</span>
                <span class="last-update"><b>Last Update:</b> <time class="dateUpdated" datetime="{updated} {10 + _num(name, 1)}:{_num(name + "m", 2) % 60:02d}:11 UTC">{updated}</time></span>
            </div>
            <div class="platforms">{oses}</div>
            <div class="license-info"><a href="/directory/license:{slug(str(project["license"]))[:10]}/" title="License">{esc(project["license"])}</a></div>
        </div>
    </li>"""


def _py_sponsored(entry: tuple[str, str, str]) -> str:
    name, text, key = entry
    return f"""
    <li class="item nel sponsored-listing" data-nel-track="impression" data-ad-slot="directory-inline">
        <div class="result-heading">
            <div class="result-heading-image"><a href="https://sourceforge.net/software/product/{key}/?utm_source=directory&amp;utm_medium=sponsored" rel="nofollow sponsored" target="_blank" tabindex="-1"><img alt="{esc(name)} Icon" src="https://a.fsdn.com/con/app/proj/{key}/screenshots/logo.png/80/80/1" loading="lazy" class="icon" height="48" width="48"/></a></div>
            <div class="result-heading-texts">
                <span class="sponsored-label">Sponsored</span>
                <a href="https://sourceforge.net/software/product/{key}/?utm_source=directory&amp;utm_medium=sponsored" rel="nofollow sponsored" target="_blank"><h3>{esc(name)}</h3></a>
                <div class="description"><p class="description-inner">{esc(text)}</p></div>
            </div>
            <div class="result-heading-buttons"><a href="https://sourceforge.net/software/product/{key}/?utm_source=directory&amp;utm_medium=sponsored" class="button green" rel="nofollow sponsored" target="_blank">Learn More</a></div>
        </div>
    </li>"""


def _py_page_url(page: int) -> str:
    return "/directory/backup/" if page == 1 else f"/directory/backup/?page={page}"


def _py_pagination(number: int, total: int) -> str:
    items = []
    if number == 1:
        items.append('<li class="pagination-previous disabled">Previous <span class="show-for-sr">page</span></li>')
    else:
        items.append(
            f'<li class="pagination-previous"><a href="{_py_page_url(number - 1)}" aria-label="Previous page" rel="prev">Previous <span class="show-for-sr">page</span></a></li>'
        )
    for page in range(1, total + 1):
        if page == number:
            items.append(f'<li class="current"><span class="show-for-sr">You\'re on page</span> {page}</li>')
        else:
            items.append(f'<li><a href="{_py_page_url(page)}" aria-label="Page {page}">{page}</a></li>')
    if number == total:
        items.append('<li class="pagination-next disabled">Next <span class="show-for-sr">page</span></li>')
    else:
        items.append(
            f'<li class="pagination-next"><a href="{_py_page_url(number + 1)}" aria-label="Next page" rel="next">Next <span class="show-for-sr">page</span></a></li>'
        )
    return (
        '<ul class="pagination text-center" role="navigation" aria-label="Pagination">\n        '
        + "\n        ".join(items)
        + "\n    </ul>"
    )


def _py_facet(title: str, key: str, values: list[tuple[str, int]]) -> str:
    rows = "".join(
        f'\n                <li><a href="/directory/backup/{key}:{slug(v)}/" rel="nofollow"><span class="facet-name">{esc(v)}</span> <span class="count">{c:,}</span></a></li>'
        for v, c in values
    )
    return f"""
        <section class="facet" data-facet="{key}">
            <h4 class="facet-title">{title}</h4>
            <ul class="facet-values">{rows}
            </ul>
        </section>"""


def _py_page(number: int, total: int, projects: list[dict[str, object]], first: int) -> str:
    items = []
    for index, project in enumerate(projects):
        items.append(_py_item(project, first + index + 1))
        if number == 1 and index in (2, 11):
            items.append(_py_sponsored(PY_SPONSORED[0 if index == 2 else 1]))
    canonical = f"https://sourceforge.net{_py_page_url(number)}"
    prev_link = f'\n<link rel="prev" href="{_py_page_url(number - 1)}">' if number > 1 else ""
    next_link = f'\n<link rel="next" href="{_py_page_url(number + 1)}">' if number < total else ""
    facets = (
        _py_facet(
            "Operating System", "os", [("Windows", 812), ("Linux", 744), ("Mac", 401), ("BSD", 122), ("Android", 57)]
        )
        + _py_facet(
            "License",
            "license",
            [("GPLv3", 402), ("GPLv2", 377), ("MIT License", 198), ("Apache License V2.0", 141), ("BSD License", 96)],
        )
        + _py_facet(
            "Programming Language", "language", [("C++", 231), ("Python", 212), ("Java", 188), ("C", 173), ("Go", 61)]
        )
    )
    return f"""<!doctype html>
<html class="no-js" lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Best Open Source Backup Software 2025{f" - Page {number}" if number > 1 else ""}</title>
<meta name="description" content="Compare the best free open source Backup Software at SourceForge. Free, secure and fast Backup Software downloads from the largest Open Source applications and software directory">
<link rel="canonical" href="{canonical}">{prev_link}{next_link}
<link rel="stylesheet" href="https://a.fsdn.com/con/css/sf.css?1733412345" type="text/css">
<script src="https://a.fsdn.com/con/js/min/sf.head.js?1733412345"></script>
<script>SF = window.SF || {{}}; SF.Ads = {{ directory: true, page_type: 'directory', category: 'backup' }}; SF.cookieConsent = {{ region: 'eu' }};</script>
</head>
<body class="l-nav-top directory-page">
<div id="busy-spinner"></div>
<header class="sandiego">
    <section class="sticky-wrapper">
        <nav class="top-bar" id="top-bar">
            <div class="top-bar-left"><a href="/" class="sf-logo" title="Home"><svg viewBox="0 0 653 102" class="logo"><title>SourceForge logo</title><path d="M66.9 54.5c0-19.1-6.8-27.8-10.4-31.1-.7-.6-1.8-.1-1.7.9.7 10.8-12.9 13.5-12.9 30.4z"/></svg></a></div>
            <div class="top-bar-center">
                <form class="m-search-form" action="/directory/" method="get" role="search">
                    <input type="hidden" name="s" value="relevance"><input type="text" name="q" placeholder="Search for software or solutions" aria-label="Search for software or solutions" autocomplete="off" class="search-input">
                    <button type="submit" class="bt" aria-label="Search"><svg viewBox="0 0 1792 1792" class="icon-search"><path d="M1216 832q0-185-131.5-316.5t-316.5-131.5z"/></svg></button>
                </form>
            </div>
            <div class="top-bar-right">
                <ul class="menu">
                    <li><a href="/directory/" class="main-nav-link">Open Source Software</a></li>
                    <li><a href="/software/" class="main-nav-link">Business Software</a></li>
                    <li><a href="/software/vendors/" class="main-nav-link">For Vendors</a></li>
                    <li><a href="/blog/" class="main-nav-link">Blog</a></li>
                    <li><a href="/about" class="main-nav-link">About</a></li>
                    <li><a href="/auth/" class="button blue hollow login">Login</a></li>
                    <li><a href="/user/registration" class="button blue join">Join</a></li>
                </ul>
            </div>
        </nav>
    </section>
</header>
<div id="page-body" class="l-two-column-page">
    <nav class="breadcrumbs" aria-label="You are here:" role="navigation">
        <ul itemscope itemtype="http://schema.org/BreadcrumbList">
            <li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a itemprop="item" href="/"><span itemprop="name">Home</span></a><meta itemprop="position" content="1"/></li>
            <li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a itemprop="item" href="/directory/"><span itemprop="name">Open Source Software</span></a><meta itemprop="position" content="2"/></li>
            <li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a itemprop="item" href="/directory/system-administration/"><span itemprop="name">System</span></a><meta itemprop="position" content="3"/></li>
            <li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><span itemprop="name">Backup</span><meta itemprop="position" content="4"/></li>
        </ul>
    </nav>
    <div class="row directory-header">
        <div class="column">
            <h1>Open Source Backup Software</h1>
            <p class="directory-intro">Browse free open source Backup software and projects below. Use the toggles on the left to filter open source Backup software by OS, license, language, programming language, and project status.</p>
        </div>
        <div id="sf-leaderboard" class="ad-container leaderboard" data-ad-slot="/41014381/SF/Directory/Leaderboard" aria-hidden="true"></div>
    </div>
    <div class="row">
        <aside class="column l-sidebar directory-filters" id="directory-filters">
            <h3 class="filters-title">Filter Options</h3>
            <form action="/directory/backup/" method="get" class="filter-form">
                <label><input type="checkbox" name="status" value="production"> Production/Stable</label>
                <label><input type="checkbox" name="freshness" value="recently-updated"> Recently updated</label>
            </form>{facets}
            <div class="ad-container sidebar-ad" data-ad-slot="/41014381/SF/Directory/Sidebar" aria-hidden="true"></div>
        </aside>
        <main class="column l-content" id="directory-content">
            <section class="m-sort-controls">
                <span class="results-count">{len(PY_PROJECTS)} projects</span>
                <form method="get" action="/directory/backup/" class="sort-form"><label for="sort">Sort by</label>
                    <select name="sort" id="sort"><option value="popular" selected>Most Popular</option><option value="update">Last Updated</option><option value="name">Name</option><option value="rating">Rating</option></select>
                </form>
            </section>
            <ul class="projects" itemscope itemtype="http://schema.org/ItemList">{"".join(items)}
            </ul>
            {_py_pagination(number, total)}
            <section class="related-business-categories">
                <h3>Related Business Categories</h3>
                <ul class="inline-list">
                    <li><a href="/software/backup/">Backup Software</a></li>
                    <li><a href="/software/cloud-backup/">Cloud Backup Software</a></li>
                    <li><a href="/software/disaster-recovery/">Disaster Recovery Software</a></li>
                    <li><a href="/software/data-replication/">Data Replication Software</a></li>
                </ul>
            </section>
        </main>
    </div>
</div>
<footer class="sandiego" id="sf-footer">
    <div class="row">
        <section class="footer-column"><h5>SourceForge</h5><ul><li><a href="/create/">Create a Project</a></li><li><a href="/directory/">Open Source Software</a></li><li><a href="/software/">Business Software</a></li><li><a href="/top">Top Downloaded Projects</a></li></ul></section>
        <section class="footer-column"><h5>Company</h5><ul><li><a href="/about">About</a></li><li><a href="/about/leadership">Team</a></li><li><a href="/sourceforge-podcast/">SourceForge Podcast</a></li><li><a href="/about/contact">Contact Us</a></li></ul></section>
        <section class="footer-column"><h5>Resources</h5><ul><li><a href="/support">Support</a></li><li><a href="/p/forge/documentation/Docs%20Home/">Site Documentation</a></li><li><a href="/create-a-project">Site Status</a></li><li><a href="/sitemap.xml">SourceForge Reviews</a></li></ul></section>
    </div>
    <div class="row legal"><span>&copy; 2025 Slashdot Media. All Rights Reserved.</span> <a href="https://slashdotmedia.com/terms-of-use">Terms</a> <a href="https://slashdotmedia.com/privacy-statement/">Privacy</a> <a href="#" id="cookie-settings">Cookie Preferences</a> <a href="https://slashdotmedia.com/opt-out-choices">Do Not Sell or Share My Personal Information</a></div>
</footer>
<div id="onetrust-banner-sdk" class="otFlat" role="alertdialog" aria-label="Cookie banner"><div class="ot-sdk-container"><p id="onetrust-policy-text">We use cookies and similar technologies to improve your experience and to show you personalised ads.</p><button id="onetrust-accept-btn-handler">Accept All Cookies</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div></div>
<script src="https://a.fsdn.com/con/js/min/sf.js?1733412345"></script>
</body>
</html>"""


@twentyfourth_c
def build_projectyard() -> None:
    s = Site(
        "projectyard",
        kind="open-source software directory category (SourceForge /directory/ 2024–25: ul.projects[itemtype=ItemList] > li.item[itemtype=ListItem], result-heading with an icon link, h3[itemprop=name] inside a 'Find out more about X' link, star SVGs + 'N Reviews' on some, p.description-inner, Download / See Project buttons, result-details 'Downloads: 12,345 This Week' and 'Last Update:' time.dateUpdated, OS spans and a licence link; Sponsored business-software items between projects on page 1, facet sidebar, Foundation ul.pagination with pagination-next, ?page=N)",
        start="directory/backup/",
        description="SourceForge's open-source directory for the Backup category (sourceforge.net/directory/backup/, then ?page=2 and ?page=3), logged out (2024–25): the sandiego header with the logo, a search form and the Open Source / Business Software / Login / Join menu, a schema.org BreadcrumbList, h1 'Open Source Backup Software' with an intro paragraph and a leaderboard ad slot; a filter sidebar (checkbox filters, Operating System / License / Programming Language facets with counts, an ad slot); a sort bar '61 projects' + Sort by select; ul.projects[itemscope itemtype=ItemList] > li.item[itemprop=itemListElement] with meta[itemprop=position], div.result-heading (result-heading-image icon link, result-heading-texts: a[title='Find out more about X'] > h3[itemprop=name] to /projects/<unix>/, div.rating-with-count with star SVGs and a[href=reviews] 'N Reviews' on most, div.description > p.description-inner, result-heading-buttons 'Download' + 'See Project'), div.result-details (span 'Downloads: 12,345 This Week' with a b label, span 'Last Update:' time.dateUpdated[datetime] '2025-03-04', OS spans, a licence link). Two Sponsored business-software items (li.item.nel.sponsored-listing, 'Learn More', external utm links) between projects on page 1. Foundation ul.pagination.text-center with pagination-previous / current / numbered / pagination-next items and show-for-sr words, ?page=N; 'Related Business Categories', the footer columns, a OneTrust cookie banner. 25 + 25 + 11 projects. Written down: title, url, summary, rating (where shown), review_count (where shown), downloads (weekly, number), date (ISO day of the last update), platforms (list), license.",
    )
    pages = chunks(PY_PROJECTS, [25, 25, 11])
    first = 0
    for number, projects in enumerate(pages, 1):
        path = "directory/backup/index.html" if number == 1 else f"directory/backup/@page={number}"
        s.list_page(path, _py_page(number, len(pages), projects, first))
        first += len(projects)
    for project in PY_PROJECTS:
        reviews = int(str(project["reviews"]))
        s.expect(
            {
                "title": project["name"],
                "url": f"/projects/{project['unix']}/",
                "summary": project["summary"],
                "rating": project["rating"] if reviews else None,
                "review_count": reviews or None,
                "downloads": project["downloads"],
                "date": project["updated"],
                "platforms": project["os"],
                "license": project["license"],
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# pixelbazaar: itch.io's browse grid, /games/tag-roguelike?page=N.
# ---------------------------------------------------------------------------------------------------

PB_ADJ = [
    "Hollow",
    "Crimson",
    "Tiny",
    "Endless",
    "Forgotten",
    "Neon",
    "Rusty",
    "Silent",
    "Paper",
    "Feral",
    "Lantern",
    "Brine",
    "Moth",
    "Cinder",
    "Glass",
    "Velvet",
    "Thorn",
    "Static",
]
PB_NOUN = [
    "Depths",
    "Crawler",
    "Dungeon",
    "Spire",
    "Caverns",
    "Vault",
    "Hive",
    "Labyrinth",
    "Descent",
    "Keep",
    "Warren",
    "Abyss",
    "Catacombs",
    "Reliquary",
]
PB_STUDIOS = [
    "mothlight",
    "pixelwren",
    "brinegames",
    "tinycrowstudio",
    "oddlanterns",
    "feralbyte",
    "quietfox",
    "saltmarsh-dev",
    "ninebolts",
    "paperkite",
    "crumbgames",
    "velvetpixel",
]
PB_BLURBS = [
    "A turn-based roguelike about digging too deep",
    "Deckbuilding dungeon crawler with permadeath and cursed relics",
    "Fast-paced twin-stick roguelite in a crumbling tower",
    "Explore procedurally generated caves with a lantern that slowly runs out",
    "A tiny 7DRL entry: five floors, one life",
    "Bullet-hell roguelite where every room rewrites the rules",
    "Cozy roguelike about a moth collecting lamps",
    "Tactical grid roguelike with pushable enemies",
    "Run-based survival in a flooded city",
    "Made in 48 hours for the Roguelike Jam",
]
PB_GENRES = ["Action", "Role Playing", "Strategy", "Adventure", "Card Game", "Survival", "Puzzle", None]
PB_PLATFORMS = [
    ["windows"],
    ["windows", "osx", "linux"],
    ["web"],
    ["windows", "linux"],
    ["web", "windows"],
    ["android"],
]
PB_PLATFORM_HTML = {
    "windows": '<span title="Download for Windows" class="icon icon-windows8" aria-hidden="true"></span>',
    "osx": '<span title="Download for macOS" class="icon icon-apple" aria-hidden="true"></span>',
    "linux": '<span title="Download for Linux" class="icon icon-tux" aria-hidden="true"></span>',
    "android": '<span title="Download for Android" class="icon icon-android" aria-hidden="true"></span>',
    "web": '<span class="web_flag">Play in browser</span>',
}


def _pb_games() -> list[dict[str, object]]:
    """71 invented games in the grid's 'Popular' order."""
    out: list[dict[str, object]] = []
    for index in range(71):
        title = f"{PB_ADJ[index % len(PB_ADJ)]} {PB_NOUN[(index + 5 * (index // len(PB_ADJ))) % len(PB_NOUN)]}"
        if index % 9 == 4:
            title += ": Director's Cut"
        seed = _num(title, 6)
        price: float | None = None
        sale: int | None = None
        if index % 3 == 0:
            price = [2.99, 4.99, 7.99, 9.99, 14.99, 1.99][seed % 6]
            if index % 12 == 0:
                sale = [20, 30, 50][seed % 3]
        out.append(
            {
                "title": title,
                "studio": PB_STUDIOS[(index * 7) % len(PB_STUDIOS)],
                "blurb": PB_BLURBS[(index * 3) % len(PB_BLURBS)] if index % 8 != 6 else None,
                "genre": PB_GENRES[index % len(PB_GENRES)],
                "platforms": PB_PLATFORMS[index % len(PB_PLATFORMS)],
                "price": price,
                "sale": sale,
                "id": 2000000 + seed,
            }
        )
    return out


PB_GAMES = _pb_games()


def _pb_studio_name(studio: str) -> str:
    return (
        studio.replace("-dev", " Dev")
        .replace("studio", " Studio")
        .replace("games", " Games")
        .title()
        .replace(" ", " ")
        .strip()
    )


def _pb_url(game: dict[str, object]) -> str:
    return f"https://{game['studio']}.itch.io/{slug(str(game['title']))}"


def _pb_cell(game: dict[str, object]) -> str:
    gid = game["id"]
    url = _pb_url(game)
    title = str(game["title"])
    colour = f"{_num(title + 'c', 6):06x}"
    price_html = ""
    if isinstance(game["price"], float):
        shown = f"${game['price']:.2f}"
        if game["sale"]:
            price_html = f'<a href="{url}/purchase" class="price_tag meta_tag sale" title="Pay {shown} or more"><div class="price_value">{shown}</div><div class="sale_tag">-{game["sale"]}%</div></a>'
        else:
            price_html = f'<a href="{url}/purchase" class="price_tag meta_tag" title="Pay {shown} or more"><div class="price_value">{shown}</div></a>'
    blurb = (
        f'\n\t\t\t\t<div class="game_text" title="{esc(game["blurb"])}">{esc(game["blurb"])}</div>'
        if game["blurb"]
        else ""
    )
    genre = f'\n\t\t\t\t<div class="game_genre">{esc(game["genre"])}</div>' if game["genre"] else ""
    platforms = "".join(PB_PLATFORM_HTML[p] for p in game["platforms"])  # type: ignore[attr-defined]
    gif = ' <div class="gif_label">GIF</div>' if int(str(gid)) % 4 == 1 else ""
    return f"""
		<div data-game_id="{gid}" class="game_cell has_cover lazy_images">
			<div class="game_thumb" style="background-color:#{colour};">
				<a data-label="game:{gid}:thumb" data-action="game_grid" tabindex="-1" href="{url}" class="thumb_link game_link"><img data-lazy_src="https://img.itch.zone/aW1nLz{gid}LnBuZw==/315x250%23c/{_num(title, 6):x}.png" width="315" height="250" alt=""/>{gif}</a>
				<div class="game_cell_tools"><a class="action_btn add_to_collection_btn" href="/login?intent=add_to_collection&amp;return_to=%2Fgames%2Ftag-roguelike" data-register_action="add_to_collection"><svg role="img" version="1.1" width="18" height="16" viewBox="0 0 24 24" class="svgicon icon_collection_add2" aria-hidden="true" fill="none" stroke-linejoin="round" stroke-linecap="round" stroke="currentColor" stroke-width="2"><path d="M 1,6 H 14"></path><path d="M 1,11 H 14"></path><path d="m 1,16 h 9"></path></svg><span class="full_label">Add to collection</span></a></div>
			</div>
			<div class="game_cell_data">
				<div class="game_title"><a data-label="game:{gid}:title" data-action="game_grid" href="{url}" class="title game_link">{esc(title)}</a>{price_html}</div>{blurb}
				<div class="game_author"><a data-label="user:{1000000 + _num(str(game["studio"]), 6)}" data-action="game_grid" href="https://{game["studio"]}.itch.io">{esc(_pb_studio_name(str(game["studio"])))}</a></div>{genre}
				<div class="game_platform">{platforms}</div>
			</div>
		</div>"""


def _pb_page(number: int, total: int, games: list[dict[str, object]]) -> str:
    cells = "".join(_pb_cell(g) for g in games)
    base = "/games/tag-roguelike"
    prev_link = (
        f'\n<link rel="prev" href="https://itch.io{base}?page={number - 1}"/>'
        if number > 2
        else (f'\n<link rel="prev" href="https://itch.io{base}"/>' if number == 2 else "")
    )
    next_link = f'\n<link rel="next" href="https://itch.io{base}?page={number + 1}"/>' if number < total else ""
    pager_bits = []
    if number > 1:
        pager_bits.append(
            f'<a class="prev_page button" href="{base}{"" if number == 2 else f"?page={number - 1}"}">Previous page</a>'
        )
    if number < total:
        pager_bits.append(f'<a class="next_page button" href="{base}?page={number + 1}">Next page</a>')
    pager = f'<div class="pager_buttons">{"".join(pager_bits)}</div>' if pager_bits else ""
    return f"""<!DOCTYPE HTML>
<html lang="en">
<head>
<meta charset="UTF-8"/>
<title>Top Roguelike games{f" - page {number}" if number > 1 else ""} - itch.io</title>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta name="description" content="Find Roguelike games like Hollow Depths, Crimson Crawler, Tiny Dungeon on itch.io, the indie game hosting marketplace"/>
<meta property="og:site_name" content="itch.io"/>
<meta name="itch:path" content="games/tag-roguelike"/>
<link rel="canonical" href="https://itch.io{base}{f"?page={number}" if number > 1 else ""}"/>{prev_link}{next_link}
<link rel="stylesheet" href="https://static.itch.io/main.css?1733502000"/>
<link rel="stylesheet" href="https://static.itch.io/browse.css?1733502000"/>
<script type="text/javascript">window.itchio_translations_url = 'https://static.itch.io/translations';</script>
<script type="application/ld+json">{{"@context":"http://schema.org/","@type":"BreadcrumbList","itemListElement":[{{"@type":"ListItem","position":1,"item":{{"@id":"https://itch.io/games","name":"Games"}}}},{{"@type":"ListItem","position":2,"item":{{"@id":"https://itch.io/games/tag-roguelike","name":"Roguelike"}}}}]}}</script>
</head>
<body data-host="itch.io" data-page_name="browse" class="locale_en layout_widget responsive">
<div class="header_widget base_widget" id="header">
	<a href="#maincontent" class="skip_to_main">Skip to main content</a>
	<div class="primary_header">
		<h1 class="title" title="itch.io - indie game hosting marketplace"><a href="/" class="header_logo" title="itch.io">itch.io</a></h1>
		<div class="header_buttons">
			<a class="header_button browse_btn" href="/games" data-label="browse">Browse</a>
			<a class="header_button jams_btn" href="/jams" data-label="jams">Game Jams</a>
			<a class="header_button upload_btn" href="/developers" data-label="developers">Upload Game</a>
			<a class="header_button devlogs_btn" href="/devlogs" data-label="devlogs">Developer Logs</a>
			<a class="header_button community_btn" href="/community" data-label="community">Community</a>
		</div>
		<form action="/search" class="header_search"><input class="search_input" type="text" name="q" placeholder="Search for games or creators" required="required" aria-label="Search for games or creators"/><button class="search_button" aria-label="Search"><svg role="img" version="1.1" width="18" height="18" viewBox="0 0 24 24" class="svgicon icon_search" aria-hidden="true"><circle cx="11" cy="11" r="8"></circle><line x1="21" y1="21" x2="16.65" y2="16.65"></line></svg></button></form>
		<div class="user_panel_widget base_widget"><a data-label="log_in" class="panel_button" href="/login">Log in</a><a data-label="register" class="panel_button register_button" href="/register">Register</a></div>
	</div>
</div>
<div class="main wrapper" id="wrapper">
	<div class="inner_column">
		<div id="browse_page_5138401" class="browse_page page_widget base_widget">
			<div class="browse_header">
				<div class="browse_top_bar_widget base_widget">
					<div class="sort_options">
						<span class="sort_label">Sort by</span>
						<div class="filter_picker_widget"><a class="filter_value" href="{base}">Popular</a><div class="filter_popup"><ul><li><a href="{base}" class="selected">Popular</a></li><li><a href="/games/new-and-popular/tag-roguelike">New &amp; Popular</a></li><li><a href="/games/top-sellers/tag-roguelike">Top sellers</a></li><li><a href="/games/top-rated/tag-roguelike">Top rated</a></li><li><a href="/games/newest/tag-roguelike">Most Recent</a></li></ul></div></div>
					</div>
					<h2 class="browse_title_wrapper"><span class="browse_title">Top Roguelike games</span> <span class="game_count">(4,381 results)</span></h2>
					<a href="/games/tag-roguelike.xml" class="rss_link" title="RSS feed">RSS</a>
				</div>
				<div class="tag_filters">
					<a href="/games/tag-roguelike/tag-pixel-art" class="tag_filter">Pixel Art</a>
					<a href="/games/tag-roguelike/tag-dungeon-crawler" class="tag_filter">Dungeon Crawler</a>
					<a href="/games/tag-roguelike/tag-turn-based" class="tag_filter">Turn-based</a>
					<a href="/games/tag-roguelike/tag-procedural-generation" class="tag_filter">Procedural Generation</a>
					<a href="/games/tag-roguelike/tag-deckbuilding" class="tag_filter">Deckbuilding</a>
				</div>
			</div>
			<div class="browse_columns">
				<div class="left_column">
					<section class="filter_section"><h3 class="filter_header">Price</h3><ul class="filter_options"><li><a href="/games/free/tag-roguelike" rel="nofollow">Free</a></li><li><a href="/games/on-sale/tag-roguelike" rel="nofollow">On Sale</a></li><li><a href="/games/paid/tag-roguelike" rel="nofollow">Paid</a></li><li><a href="/games/5-dollars-or-less/tag-roguelike" rel="nofollow">$5 or less</a></li><li><a href="/games/15-dollars-or-less/tag-roguelike" rel="nofollow">$15 or less</a></li></ul></section>
					<section class="filter_section"><h3 class="filter_header">Platform</h3><ul class="filter_options"><li><a href="/games/platform-web/tag-roguelike">Web</a></li><li><a href="/games/platform-windows/tag-roguelike">Windows</a></li><li><a href="/games/platform-osx/tag-roguelike">macOS</a></li><li><a href="/games/platform-linux/tag-roguelike">Linux</a></li><li><a href="/games/platform-android/tag-roguelike">Android</a></li></ul></section>
					<section class="filter_section"><h3 class="filter_header">Genre</h3><ul class="filter_options"><li><a href="/games/genre-action/tag-roguelike">Action</a></li><li><a href="/games/genre-rpg/tag-roguelike">Role Playing</a></li><li><a href="/games/genre-strategy/tag-roguelike">Strategy</a></li><li><a href="/games/genre-card-game/tag-roguelike">Card Game</a></li></ul></section>
				</div>
				<div class="main_column" id="maincontent">
					<div class="game_grid_widget browse_game_grid">{cells}
					</div>
					<div class="grid_loader" data-page="{number}"><div class="loader_spinner"></div></div>
					{pager}
				</div>
			</div>
		</div>
	</div>
	<div class="footer" id="footer">
		<div class="primary">
			<div class="social"><a href="https://x.com/itchio" title="itch.io on X/Twitter">X/Twitter</a> <a href="https://www.youtube.com/@itchio" title="itch.io on YouTube">YouTube</a> <a href="https://discord.gg/itchio" title="itch.io on Discord">Discord</a></div>
			<a href="/docs/general/about">About</a><a href="/docs/general/faq">FAQ</a><a href="https://itch.io/blog">Blog</a><a href="/docs/general/contact">Contact us</a>
		</div>
		<div class="secondary"><span class="copyright">Copyright &copy; 2025 itch corp</span><span class="spacer">&middot;</span><a href="/directory">Directory</a><span class="spacer">&middot;</span><a href="/docs/legal/terms">Terms</a><span class="spacer">&middot;</span><a href="/docs/legal/privacy-policy">Privacy</a><span class="spacer">&middot;</span><a href="/docs/legal/cookie-policy">Cookies</a></div>
	</div>
</div>
<script type="text/javascript" src="https://static.itch.io/lib.min.js?1733502000"></script>
<script type="text/javascript" src="https://static.itch.io/bundle.min.js?1733502000"></script>
<script type="text/javascript">I.setup_page();new I.BrowsePage('#browse_page_5138401', {{"page":{number},"max_page":{total},"base_url":"{base}"}});</script>
</body>
</html>"""


@twentyfourth_c
def build_pixelbazaar() -> None:
    s = Site(
        "pixelbazaar",
        kind="indie game store browse grid (itch.io 2024–25 tag page: div.game_grid_widget > div.game_cell[data-game_id] with a thumb link and div.game_cell_data: a.title.game_link in div.game_title beside an optional a.price_tag '$4.99' (+ div.sale_tag '-30%'), div.game_text blurb with the same text in a title attribute, div.game_author studio link on its own subdomain, div.game_genre, platform icon spans / 'Play in browser'; record links to other hosts; grid_loader for infinite scroll, rel=next in the head and prev_page / next_page buttons, ?page=N)",
        start="games/tag-roguelike",
        description="itch.io's browse page for the Roguelike tag (itch.io/games/tag-roguelike, then ?page=2 and ?page=3), logged out (2024–25): the header widget with the logo, Browse / Game Jams / Upload Game / Developer Logs / Community buttons, a search form and Log in / Register; the browse top bar 'Sort by Popular' filter picker, 'Top Roguelike games (4,381 results)' and an RSS link, tag filter links, a left column of Price / Platform / Genre filter links; div.game_grid_widget.browse_game_grid > div.game_cell.has_cover[data-game_id] with div.game_thumb (background colour, a.thumb_link.game_link > lazy img with data-lazy_src, a 'GIF' label on some, an 'Add to collection' tool) and div.game_cell_data: div.game_title > a.title.game_link to https://<studio>.itch.io/<slug> plus, on paid games, a.price_tag.meta_tag[title='Pay $4.99 or more'] > div.price_value '$4.99' and on sales div.sale_tag '-30%'; div.game_text blurb (title attribute repeats it; missing on some), div.game_author > a to the studio's subdomain, div.game_genre (missing on some), div.game_platform with icon spans titled 'Download for Windows' etc. and span.web_flag 'Play in browser'. Free games show no price. Below the grid div.grid_loader for the infinite scroll script, a non-JS div.pager_buttons with a.prev_page / a.next_page 'Next page' buttons, rel prev/next in the head; the footer. 30 + 30 + 11 games. Written down: title, url (absolute, on the studio's subdomain), author, summary (where shown), genre (where shown), price + currency (paid games only; the sale price shown).",
    )
    pages = chunks(PB_GAMES, [30, 30, 11])
    for number, games in enumerate(pages, 1):
        path = "games/tag-roguelike/index.html" if number == 1 else f"games/tag-roguelike@page={number}"
        s.list_page(path, _pb_page(number, len(pages), games))
    for game in PB_GAMES:
        s.expect(
            {
                "title": game["title"],
                "url": _pb_url(game),
                "author": _pb_studio_name(str(game["studio"])),
                "summary": game["blurb"],
                "genre": game["genre"],
                "price": game["price"],
                "currency": "USD" if game["price"] else None,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TWENTYFOURTH_C.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
