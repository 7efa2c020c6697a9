"""Tenth wave of HELD-OUT corpus sites (issue #3): copies of how two more well-known site families marked
up their list pages in 2024–2025, written and frozen before anybody measured the Scout on them.

* **letterpost** — a Substack publication's ``/archive?sort=new`` (2024–25 "pencraft" design): a header
  with the publication's logo, Subscribe / Sign in, Home / Notes / Archive / About tabs, Latest / Top /
  Discussions sort tabs (``?sort=new`` / ``?sort=top`` / ``?sort=community``) and a search button; then
  post previews, each a ``div[role=article]`` of utility classes with hashed suffixes: an absolute title
  link ``a[data-testid=post-preview-title]`` to ``https://<pub>.letterpost.example/p/<slug>``, a subtitle
  link (absent on some), a meta row ``<time datetime=…>Mar 14</time>`` (this year's posts) or ``Dec 2,
  2024`` (older ones) shown in capitals by CSS, a "∙" separator and the byline (one or two profile
  links joined by " and "), a lock icon titled "Paid" on paid posts, a podcast icon and duration on
  audio episodes; a row of buttons: a heart icon with the like count (none at zero), a comment icon
  linking ``/p/<slug>/comments`` with the count (none at zero), Restack and Share icon buttons; a lazy
  CDN thumbnail with ``srcset`` (absent on some). Twelve posts a page; the "Load more" button is an
  anchor to ``/archive?sort=new&offset=12`` (then ``offset=24``), which the no-JS page follows. Also a
  noscript banner, a hidden subscribe modal, a footer with ``utm_*`` links (Start writing, Get the
  app), and ``window._preloads = JSON.parse("…")`` holding the publication and no posts.
* **pkgdock** — an npm search results page (``/search?q=slugify``, 2024–25): the header with a rotating
  backronym, Pro / Teams / Pricing / Documentation links, a search form and Sign Up / Sign In; "28
  packages found", a Sort by menu of ``sortBy=`` links; each result a ``section`` of tachyons utilities
  and hashed CSS-module classes: the package name link ``a[href=/package/<name>] > h3`` (scoped names
  included), an "exact match" badge on one, TypeScript / DefinitelyTyped icon images on some, the
  description ``p`` (absent on one), keyword links ``/search?q=keywords:<kw>`` (none on some), a line
  "<avatar> publisher • 1.2.3 • published <time datetime title>3 days ago</time>" (moment-style "a year
  ago", "5 hours ago"), and the weekly downloads beside a download icon in the right column. Twenty
  results a page; a pager of « 1 2 » links to zero-based ``&page=N&perPage=20`` (``page=0`` is a second
  address of page 1); a footer of link columns and ``window.__context__`` holding every result.

Run ``uv run python tests/sites/corpus/generate_held_out_tenth.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **frozen**: never
open its pages, expected records or per-field results while working on the Scout.
"""

# ruff: noqa: E501

from __future__ import annotations

import base64
import json
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from generate import FROZEN, ROOT, Site, chunks, esc, slug

FROZEN |= {"letterpost", "pkgdock"}

TENTH: dict[str, Callable[[], None]] = {}


def tenth(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TENTH[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


# ---------------------------------------------------------------------------------------------------
# letterpost (FROZEN): a Substack publication's archive, sorted by newest, twelve posts a page.
# ---------------------------------------------------------------------------------------------------

LP_PUB = "https://foldedmap.letterpost.example"
LP_HOME = "https://letterpost.example"
LP_CDN = "https://letterpostcdn.example/image/fetch"
LP_MEDIA = "https%3A%2F%2Fletterpost-post-media.s3.amazonaws.com%2Fpublic%2Fimages%2F"
LP_NOW = datetime(2025, 5, 21, 9, 30, tzinfo=UTC)
LP_PER_PAGE = 12
LP_AUTHORS = {"Hana Okafor": "hanaokafor", "Tomás Reyes": "tomasreyes"}
HANA = ["Hana Okafor"]
BOTH = ["Hana Okafor", "Tomás Reyes"]

# (title, subtitle, authors, published (UTC, ISO), likes, comments, paid, podcast duration, has image)
LP_POSTS: list[tuple[str, str | None, list[str], str, int, int, bool, str | None, bool]] = [
    (
        "The street grid that Lisbon forgot",
        "Pombal's plan after the 1755 earthquake, and the alleys that survived it",
        HANA,
        "2025-05-19T11:04:12",
        214,
        37,
        False,
        None,
        True,
    ),
    (
        "Reader maps, vol. 9",
        "Your hand-drawn commutes, ranked (lovingly)",
        HANA,
        "2025-05-15T12:30:00",
        88,
        41,
        True,
        None,
        True,
    ),
    (
        "Episode 31: Why every transit map lies a little",
        "With designer Ines Vukovic on distortion, honesty and the 45-degree rule",
        HANA,
        "2025-05-12T10:00:00",
        132,
        19,
        False,
        "48:12",
        True,
    ),
    ("What a flood line on a wall actually tells you", None, HANA, "2025-05-08T13:15:40", 97, 12, False, None, True),
    (
        "Mapping the invisible: Wi-Fi, smell and noise",
        "Three experiments in charting what you can't see",
        HANA,
        "2025-05-01T11:45:09",
        156,
        28,
        True,
        None,
        True,
    ),
    (
        "The Tuesday link roundup #48",
        "Cadastral drama, a very tiny atlas, and one good bridge",
        HANA,
        "2025-04-29T12:00:00",
        41,
        0,
        False,
        None,
        False,
    ),
    (
        "How Ordnance Survey drew a mountain",
        "Hachures, contour lines and the long argument between them",
        BOTH,
        "2025-04-24T10:20:31",
        302,
        54,
        False,
        None,
        True,
    ),
    (
        "On maps that were never meant to be read",
        "Secret, decorative, ceremonial: a short history of useless maps",
        HANA,
        "2025-04-17T14:02:55",
        76,
        22,
        True,
        None,
        True,
    ),
    (
        "Episode 30: The cartographer's desk",
        "Pens, vellum, light tables and the one tool nobody expects",
        HANA,
        "2025-04-14T10:00:00",
        64,
        9,
        False,
        "36:47",
        True,
    ),
    (
        "Why Paris has no straight roads out",
        "Haussmann straightened the middle and left the edges alone",
        HANA,
        "2025-04-10T11:11:11",
        188,
        31,
        False,
        None,
        True,
    ),
    (
        "A correction, and a confession",
        "I got the Manhattan grid wrong last month. Here's how.",
        HANA,
        "2025-04-03T15:40:00",
        129,
        46,
        False,
        None,
        False,
    ),
    (
        "Paid subscribers' map club: April",
        "This month: coastlines, and a quiz about them",
        HANA,
        "2025-03-31T12:00:00",
        23,
        14,
        True,
        None,
        True,
    ),
    (
        "The borders that follow rivers, and the rivers that moved",
        "When the line stays put and the water does not",
        HANA,
        "2025-03-27T10:58:03",
        245,
        38,
        False,
        None,
        True,
    ),
    (
        "Episode 29: Atlas of a single street",
        "A year of walking one road in Leeds with illustrator Femi Adeyemi",
        HANA,
        "2025-03-24T10:00:00",
        57,
        6,
        False,
        "41:05",
        True,
    ),
    (
        "Every bus map in Europe, compared",
        "Forty-one networks, one spreadsheet, too many colours",
        HANA,
        "2025-03-20T12:47:18",
        174,
        33,
        True,
        None,
        True,
    ),
    (
        "The island that appears on maps but not in the sea",
        "Sandy Island, copyright traps and the error that lasted a century",
        HANA,
        "2025-03-14T11:02:07",
        411,
        72,
        False,
        None,
        True,
    ),
    ("The Tuesday link roundup #47", None, HANA, "2025-03-11T12:00:00", 38, 2, False, None, False),
    (
        "How to read a 1930s insurance map",
        "Sanborn sheets, colour codes and the fire that never came",
        BOTH,
        "2025-03-06T13:25:44",
        163,
        21,
        False,
        None,
        True,
    ),
    (
        "Where the sidewalk ends (literally)",
        "Walking the edges of six cities until the pavement gave out",
        HANA,
        "2025-02-27T11:36:20",
        92,
        17,
        True,
        None,
        True,
    ),
    (
        "Episode 28: Drawing the tube",
        "How a temporary draughtsman's diagram became the template for the world",
        HANA,
        "2025-02-24T10:00:00",
        71,
        0,
        False,
        "52:30",
        True,
    ),
    (
        "The quiet genius of the Swiss hiking sign",
        "Yellow diamonds, walking times and a national standard from 1934",
        HANA,
        "2025-02-20T12:09:51",
        286,
        44,
        False,
        None,
        True,
    ),
    ("Postcards from the map room", None, HANA, "2025-02-13T14:30:00", 45, 8, True, None, True),
    (
        "Ten maps that changed how I see London",
        "From Booth's poverty map to the bus spider",
        HANA,
        "2025-01-30T11:55:02",
        331,
        57,
        False,
        None,
        True,
    ),
    (
        "A year of The Folded Map",
        "Thank you, and what's next",
        HANA,
        "2025-01-09T12:00:00",
        198,
        63,
        False,
        None,
        False,
    ),
    (
        "The best maps I saw in 2024",
        "Twelve favourites, one per month, with very little restraint",
        HANA,
        "2024-12-19T11:20:00",
        276,
        40,
        False,
        None,
        True,
    ),
    (
        "Why your city's wards have such strange shapes",
        "Gerrymanders, rivers, railway lines and the odd cemetery",
        HANA,
        "2024-12-02T12:40:16",
        152,
        29,
        False,
        None,
        True,
    ),
    (
        "Episode 27: Winter cartography",
        "Snow, ice roads and the maps that expire every spring",
        HANA,
        "2024-11-18T10:00:00",
        48,
        5,
        False,
        "33:18",
        True,
    ),
    (
        "Welcome to The Folded Map",
        "A newsletter about maps, cities and the lines we draw on them",
        HANA,
        "2024-11-04T09:45:00",
        84,
        12,
        False,
        None,
        False,
    ),
]

# pencraft's utility classes, with the hashed suffixes of its CSS modules
PC = "pencraft pc-reset"
PC_TITLE = f"{PC} color-pub-primary-text-NyXPlw font-pub-headings-FE5byy clamp-y7pNm8 clamp-3-lxFDfR line-height-24-jnGwiv size-17-JHHggF weight-bold-DmI9lw reset-IxiVJZ"
PC_SUB = f"{PC} color-primary-zABazT line-height-20-t4M0El font-text-qe4AeH size-15-Psle70 clamp-y7pNm8 clamp-2-kM02pu reset-IxiVJZ"
PC_META = f"{PC} color-pub-secondary-text-hGQ02T line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA"
LP_HEART = '<svg role="img" style="height:16px;width:16px" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke-width="2" stroke="#000" xmlns="http://www.w3.org/2000/svg" class="lucide lucide-heart"><g><title></title><path d="M19 14c1.49-1.46 3-3.21 3-5.5A5.5 5.5 0 0 0 16.5 3c-1.76 0-3 .5-4.5 2-1.5-1.5-2.74-2-4.5-2A5.5 5.5 0 0 0 2 8.5c0 2.3 1.5 4.05 3 5.5l7 7Z"></path></g></svg>'
LP_BUBBLE = '<svg role="img" style="height:16px;width:16px" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke-width="2" stroke="#000" xmlns="http://www.w3.org/2000/svg" class="lucide lucide-message-circle"><g><title></title><path d="M7.9 20A9 9 0 1 0 4 16.1L2 22Z"></path></g></svg>'
LP_RESTACK = '<svg role="img" style="height:16px;width:16px" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke-width="2" stroke="#000" xmlns="http://www.w3.org/2000/svg"><g><title></title><path d="M21 3V8M21 8H16M21 8L18 5.29962C16.7056 4.14183 15.1038 3.38328 13.3879 3.11547C11.6719 2.84766 9.9152 3.08203 8.32951 3.79031"></path><path d="M3 21V16M3 16H8M3 16L6 18.7004"></path></g></svg>'
LP_SHARE = '<svg role="img" style="height:16px;width:16px" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke-width="2" stroke="#000" xmlns="http://www.w3.org/2000/svg" class="lucide lucide-share"><g><title></title><path d="M4 12v8a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-8"></path><polyline points="16 6 12 2 8 6"></polyline><line x1="12" x2="12" y1="2" y2="15"></line></g></svg>'
LP_LOCK = '<svg role="img" style="height:14px;width:14px" width="14" height="14" viewBox="0 0 24 24" fill="none" stroke-width="2" stroke="currentColor" xmlns="http://www.w3.org/2000/svg" class="lucide lucide-lock"><g><title>Paid</title><rect width="18" height="11" x="3" y="11" rx="2" ry="2"></rect><path d="M7 11V7a5 5 0 0 1 10 0v4"></path></g></svg>'
LP_MIC = '<svg role="img" style="height:14px;width:14px" width="14" height="14" viewBox="0 0 24 24" fill="none" stroke-width="2" stroke="currentColor" xmlns="http://www.w3.org/2000/svg" class="lucide lucide-mic"><g><title></title><path d="M12 2a3 3 0 0 0-3 3v7a3 3 0 0 0 6 0V5a3 3 0 0 0-3-3Z"></path><path d="M19 10v2a7 7 0 0 1-14 0v-2"></path></g></svg>'


def _lp_when(published: str) -> datetime:
    return datetime.fromisoformat(published).replace(tzinfo=UTC)


def _lp_shown_date(published: str) -> str:
    """Substack's archive date: "Mar 14" this year, "Dec 2, 2024" before."""
    when = _lp_when(published)
    day = f"{when:%b} {when.day}"
    return day if when.year == LP_NOW.year else f"{day}, {when.year}"


def _lp_slug(title: str) -> str:
    return slug(title)[:60].rstrip("-")


def _lp_url(title: str) -> str:
    return f"{LP_PUB}/p/{_lp_slug(title)}"


def _lp_image(title: str) -> str:
    key = base64.b32encode(title.encode()).decode().lower().strip("=")[:8]
    media = f"{LP_MEDIA}{key}-5c1e-4f0a-9d3b-{len(title):04x}7be2a91c_1456x1048.jpeg"
    shots = [
        (w, f"{LP_CDN}/w_{w},h_{w * 2 // 3},c_fill,f_auto,q_auto:good,fl_progressive:steep,g_auto/{media}")
        for w in (150, 300, 320, 640)
    ]
    srcset = ", ".join(f"{url} {w}w" for w, url in shots)
    return f'<div class="{PC} pc-display-flex image-rXtRyn"><picture><source type="image/webp" srcset="{srcset.replace("f_auto", "f_webp")}" sizes="(min-width:768px) 320px, 112px"/><img src="{shots[2][1]}" srcset="{srcset}" width="320" height="213" alt="" loading="lazy" class="img-OACg1c image-nBNbRY pencraft pc-reset"/></picture></div>'


def _lp_byline(authors: list[str]) -> str:
    links = [
        f'<a href="{LP_HOME}/@{LP_AUTHORS[name]}" class="{PC} link-LIBpto" data-testid="post-preview-byline">{esc(name)}</a>'
        for name in authors
    ]
    return f'<div class="{PC_META}"><span class="{PC} profile-hover-card-target profileHoverCardTarget-PBxvGm">{" and ".join(links)}</span></div>'


def _lp_button(icon: str, label: str | None, attrs: str, kind: str) -> str:
    inner = f'<div class="label">{label}</div>' if label else ""
    has = " has-label" if label else ""
    return f'<a role="button" class="post-ufi-button style-compact{has} with-border {kind}" {attrs}>{icon}{inner}</a>'


def _lp_actions(title: str, likes: int, comments: int) -> str:
    url = _lp_url(title)
    like = _lp_button(
        LP_HEART, str(likes) if likes else None, f'aria-label="Like ({likes})" aria-pressed="false"', "like-button"
    )
    comment = _lp_button(
        LP_BUBBLE,
        str(comments) if comments else None,
        f'href="{url}/comments" aria-label="View comments ({comments})"',
        "post-ufi-comment-button",
    )
    restack = _lp_button(LP_RESTACK, None, 'aria-label="Restack" tabindex="0"', "restack-button")
    share = _lp_button(LP_SHARE, None, 'aria-label="Share" tabindex="0"', "share-button")
    return f'<div class="{PC} pc-display-flex pc-gap-8 pc-paddingTop-8 pc-alignItems-center"><div class="like-button-container post-ufi-button style-compact">{like}</div>{comment}{restack}{share}</div>'


def _lp_preview(post: tuple[Any, ...]) -> str:
    title, subtitle, authors, published, likes, comments, paid, duration, has_image = post
    url = _lp_url(title)
    when = _lp_when(published)
    subtitle_html = (
        f'<div class="{PC_SUB}"><a href="{url}" class="{PC} link-LIBpto" data-testid="post-preview-description">{esc(subtitle)}</a></div>'
        if subtitle
        else ""
    )
    lock = f'<div class="{PC_META} audience-lock" aria-label="Paid">{LP_LOCK}</div>' if paid else ""
    audio = (
        f'<div class="{PC_META} pc-display-flex pc-alignItems-center pc-gap-4 audio-meta">{LP_MIC}<span>{duration}</span></div><div class="{PC_META}">∙</div>'
        if duration
        else ""
    )
    meta = f'<div class="{PC} pc-display-flex pc-gap-4 pc-alignItems-center pc-reset">{lock}{audio}<div class="{PC_META}"><time datetime="{when:%Y-%m-%dT%H:%M:%S}.{when.second * 17 % 1000:03d}Z" class="date-rtYe1v">{_lp_shown_date(published)}</time></div><div class="{PC_META}">∙</div>{_lp_byline(authors)}</div>'
    image = _lp_image(title) if has_image else ""
    return f"""<div class="container-H2dyKk"><div role="article" class="{PC} pc-display-flex pc-gap-16 pc-paddingTop-16 pc-paddingBottom-16 border-bottom-detail-k1F6C4 post-preview-{"audio" if duration else "newsletter"}">
<div class="{PC} pc-display-flex pc-flexDirection-column pc-gap-4 flex-grow-rzmknG"><a href="{url}" class="{PC_TITLE}" data-testid="post-preview-title">{esc(title)}</a>{subtitle_html}{meta}{_lp_actions(title, likes, comments)}</div>{image}
</div></div>"""


def _lp_href(offset: int) -> str:
    return "/archive?sort=new" if offset == 0 else f"/archive?sort=new&offset={offset}"


def _lp_preloads() -> str:
    preloads = {
        "isEU": False,
        "language": "en",
        "base_url": LP_PUB,
        "pub": {
            "id": 2184533,
            "name": "The Folded Map",
            "subdomain": "foldedmap",
            "author_id": 118240771,
            "author_name": "Hana Okafor",
            "hero_text": "Maps, cities and the lines we draw on them.",
            "logo_url": f"{LP_CDN}/w_80,h_80,c_fill/https%3A%2F%2Fletterpost-post-media.s3.amazonaws.com%2Fpublic%2Fimages%2Ffoldedmap-logo.png",
            "theme_var_background_pop": "#2F6F8F",
            "payments_state": "enabled",
            "community_enabled": True,
            "type": "newsletter",
        },
        "confirmedLogin": False,
        "hide_intro_popup": True,
        "features": {"archive_load_more_offset": True, "pencraft_archive": True},
        "archiveSort": "new",
        "newPosts": [],
    }
    escaped = json.dumps(json.dumps(preloads, separators=(",", ":"), ensure_ascii=False), ensure_ascii=False)
    return f"window._preloads = JSON.parse({escaped})"


def _lp_page(offset: int, posts: list[Any], more: bool) -> str:
    previews = "\n".join(_lp_preview(post) for post in posts)
    load_more = (
        f'<div class="{PC} pc-display-flex pc-justifyContent-center pc-paddingTop-24 load-more-container"><a href="{esc(_lp_href(offset + LP_PER_PAGE))}" class="button primary load-more-button" data-offset="{offset + LP_PER_PAGE}">Load more</a></div>'
        if more
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0, viewport-fit=cover"/>
<title>Archive - The Folded Map</title>
<meta name="description" content="Maps, cities and the lines we draw on them. Click to read The Folded Map, by Hana Okafor, a Letterpost publication with thousands of subscribers."/>
<meta property="og:url" content="{LP_PUB}/archive"/><meta property="og:type" content="website"/><meta property="og:title" content="The Folded Map | Hana Okafor | Letterpost"/>
<link rel="canonical" href="{LP_PUB}/archive"/>
<link rel="alternate" type="application/rss+xml" href="{LP_PUB}/feed" title="The Folded Map"/>
<link rel="stylesheet" href="https://letterpostcdn.example/min/main.css?v=2a8e4c71f3"/>
<link rel="stylesheet" href="https://letterpostcdn.example/bundle/theme/main.5c0d7b1e.css"/>
</head>
<body class="pc-root"><noscript><div class="noscript-banner"><p>This site requires JavaScript to run correctly. Please <a href="https://enable-javascript.com/" target="_blank">turn on JavaScript</a> or unblock scripts</p></div></noscript>
<div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="main-menu" data-testid="navbar"><div class="topbar-content"><div class="{PC} pc-display-flex pc-justifyContent-space-between pc-alignItems-center navbar-inner">
<a href="/" class="navbar-logo-container" native="true"><img src="{LP_CDN}/w_80,h_80,c_fill,f_auto,q_auto:good,fl_progressive:steep/https%3A%2F%2Fletterpost-post-media.s3.amazonaws.com%2Fpublic%2Fimages%2Ffoldedmap-logo.png" alt="The Folded Map" width="40" height="40" class="navbar-logo"/></a>
<h1 class="navbar-title"><a class="navbar-title-link" href="/">The Folded Map</a></h1>
<div class="{PC} pc-display-flex pc-gap-8 navbar-buttons"><button type="button" class="{PC} iconButton-mq_Et5" aria-label="Search"><svg role="img" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" class="lucide lucide-search"><g><title></title><circle cx="11" cy="11" r="8"></circle><path d="m21 21-4.3-4.3"></path></g></svg></button><a href="{LP_PUB}/subscribe?utm_source=menu&amp;simple=true&amp;next=https%3A%2F%2Ffoldedmap.letterpost.example%2Farchive" class="button primary subscribe-btn">Subscribe</a><a href="{LP_HOME}/sign-in?redirect=%2Farchive&amp;for_pub=foldedmap" class="button sign-in-link">Sign in</a></div>
</div>
<div class="{PC} pc-display-flex pc-justifyContent-center topbar-tabs" role="tablist"><a class="{PC} navbar-link" href="/" role="tab">Home</a><a class="{PC} navbar-link" href="/notes" role="tab">Notes</a><a class="{PC} navbar-link navbar-link-active" href="/archive" role="tab" aria-selected="true">Archive</a><a class="{PC} navbar-link" href="/about" role="tab">About</a></div>
</div></div>
<div class="container portable-archive"><div class="portable-archive-header"><div class="{PC} pc-display-flex pc-justifyContent-space-between pc-alignItems-center"><div class="{PC} pc-display-flex pc-gap-16 sort-tabs" role="tablist"><a href="/archive?sort=new" class="{PC} sort-tab sort-tab-active" role="tab" aria-selected="true">Latest</a><a href="/archive?sort=top" class="{PC} sort-tab" role="tab">Top</a><a href="/archive?sort=community" class="{PC} sort-tab" role="tab">Discussions</a></div><button type="button" class="{PC} iconButton-mq_Et5" aria-label="Search posts"><svg role="img" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" class="lucide lucide-search"><g><title></title><circle cx="11" cy="11" r="8"></circle><path d="m21 21-4.3-4.3"></path></g></svg></button></div></div>
<div class="portable-archive-list">
{previews}
</div>
{load_more}
</div>
<div class="subscribe-footer"><div class="{PC} pc-display-flex pc-flexDirection-column pc-alignItems-center"><h3 class="{PC} subscribe-footer-title">Ready for more?</h3><form class="form subscription-widget-subscribe" action="/api/v1/free?nojs=true" method="post"><input type="email" name="email" placeholder="Type your email…" aria-label="Email"/><input type="hidden" name="source" value="archive-page"/><button type="submit" class="button primary">Subscribe</button></form></div></div>
<div class="footer-wrap publication-footer"><div class="footer"><div class="{PC} pc-display-flex pc-flexDirection-column pc-alignItems-center pc-gap-8"><div class="copyright">© 2025 Hana Okafor</div><div class="footer-links"><a href="https://letterpost.example/privacy" target="_blank" rel="noopener">Privacy</a> ∙ <a href="https://letterpost.example/tos" target="_blank" rel="noopener">Terms</a> ∙ <a href="https://letterpost.example/ccpa#personal-data-collected" target="_blank" rel="noopener">Collection notice</a></div><div class="footer-buttons"><a href="https://letterpost.example/signup?utm_source=letterpost&amp;utm_medium=web&amp;utm_content=footer" class="button footer-letterpost-cta">Start writing</a><a href="https://letterpost.example/app/app-store-redirect?utm_campaign=app-marketing&amp;utm_content=web-footer-button" class="button footer-letterpost-cta">Get the app</a></div><div class="footer-letterpost-tagline"><a href="https://letterpost.example" native="true">Letterpost</a> is the home for great culture</div></div></div></div>
</div>
<div class="modal subscribe-prompt" role="dialog" aria-modal="true" aria-hidden="true" style="display:none"><div class="modal-content"><h2>Discover more from The Folded Map</h2><p>Maps, cities and the lines we draw on them.</p><p>Over 14,000 subscribers</p><form action="/api/v1/free?nojs=true" method="post"><input type="email" name="email" placeholder="Type your email…"/><button type="submit" class="button primary">Subscribe</button></form><a href="#" class="modal-dismiss">Continue reading</a></div></div>
</div>
<script>{_lp_preloads()}</script>
<script>window._analyticsConfig = JSON.parse("{{\\"properties\\":{{\\"subdomain\\":\\"foldedmap\\",\\"publication_id\\":2184533,\\"has_plans\\":true,\\"pub_community_enabled\\":true,\\"is_personal_publication\\":false}}}}")</script>
<script src="https://letterpostcdn.example/bundle/static/js/main.a1f9c3e2.js" charset="utf-8" async></script>
</body></html>"""


@tenth
def build_letterpost() -> None:
    s = Site(
        "letterpost",
        kind="newsletter archive (Substack 2024–25: pencraft post previews, date-only 'Mar 14' meta, like / comment icon counts, 'Load more' as ?offset=N)",
        start="archive?sort=new",
        description="A Substack publication's /archive?sort=new (The Folded Map, 2024–25 pencraft design): post previews as div[role=article] of hashed utility classes with an absolute title link (data-testid=post-preview-title) to https://foldedmap.letterpost.example/p/…, a subtitle link (absent on some), a meta row of <time datetime> 'Mar 14' (this year) or 'Dec 2, 2024' (older) shown in capitals by CSS, '∙', the byline (profile links, two joined by ' and ' on co-written posts), a lock icon titled 'Paid' on paid posts, a mic icon and duration on podcast episodes; a heart button with the like count and a comment button with the comment count (no number at zero), Restack / Share icon buttons, a lazy CDN thumbnail (absent on some); Home / Notes / Archive / About tabs, Latest / Top / Discussions sort tabs, twelve posts a page and a 'Load more' anchor to /archive?sort=new&offset=12 / 24; a noscript banner, a subscribe footer and hidden modal, a footer with utm links, window._preloads.",
    )
    pages = chunks(LP_POSTS, [12, 12, 4])
    for number, posts in enumerate(pages):
        offset = number * LP_PER_PAGE
        text = _lp_page(offset, posts, more=number < len(pages) - 1)
        s.list_page(_lp_href(offset).lstrip("/").replace("?", "@"), text)
    for title, subtitle, authors, published, likes, comments, paid, _duration, _image in LP_POSTS:
        s.expect(
            {
                "title": title,
                "url": _lp_url(title),
                "subtitle": subtitle,
                "author": authors[0] if len(authors) == 1 else authors,
                "date": published[:10],
                "likes": likes or None,
                "comments": comments or None,
                "access": "Paid" if paid else None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# pkgdock (FROZEN): an npm search results page for "slugify", twenty results a page, zero-based pages.
# ---------------------------------------------------------------------------------------------------

PD_QUERY = "slugify"
PD_NOW = datetime(2025, 5, 21, 9, 30, tzinfo=UTC)
PD_PER_PAGE = 20
PD_AVATAR = "https://www.pkgdock.example/npm-avatar/"

# (name, description, keywords, publisher, version, published (UTC, ISO), weekly downloads, types badge)
PACKAGES: list[tuple[str, str | None, list[str], str, str, str, int, str | None]] = [
    (
        "slugify",
        "Slugifies a string for use in URLs, file names and ids",
        ["slugify", "slug", "url", "urlify"],
        "tmwalsh",
        "1.6.6",
        "2025-03-26T18:02:11",
        3921544,
        "ts",
    ),
    (
        "@sindrel/slugify",
        "Slugify a string",
        ["string", "slugify", "slug", "url", "transliterate", "dash"],
        "sindrel",
        "2.2.1",
        "2024-05-20T07:44:52",
        1482330,
        "ts",
    ),
    (
        "slugify-url",
        "Turn a URL into a readable, filesystem-safe slug",
        ["slug", "url", "filename"],
        "hakonbe",
        "1.2.0",
        "2022-08-11T12:19:03",
        84211,
        None,
    ),
    (
        "@ember-ui/slugify",
        "Locale-aware slug helper for Ember UI kits",
        [],
        "ember-ui-bot",
        "4.0.0-beta.3",
        "2025-05-18T14:12:40",
        2314,
        "ts",
    ),
    (
        "url-slug",
        "Slug generator with a focus on readability and reversible transforms",
        ["slug", "slugify", "url", "seo", "permalink"],
        "dmrio",
        "4.0.1",
        "2024-11-02T16:30:27",
        612877,
        "ts",
    ),
    (
        "limax",
        "Node.js module to generate URL slugs. Another one? This one cares about i18n and transliterates non-Latin scripts.",
        ["slug", "i18n", "pinyin", "romanize", "transliterate"],
        "lovell-n",
        "4.1.0",
        "2023-09-14T09:05:58",
        98244,
        "dt",
    ),
    (
        "speakingurl",
        "Generate a slug from a string, with transliteration support for more than 30 languages",
        ["slug", "seo", "url", "speakingurl", "transliteration"],
        "pid-x",
        "14.0.1",
        "2017-02-07T20:51:16",
        1108923,
        None,
    ),
    (
        "github-slugger",
        "Generate a slug just like GitHub does for markdown headings",
        ["anchor", "github", "hash", "heading", "markdown", "slug", "slugger", "url"],
        "flowroute-w",
        "2.0.0",
        "2022-11-28T10:27:35",
        9844310,
        "ts",
    ),
    (
        "@stagebox/slugify-cli",
        "Slugify text from the command line",
        ["cli", "slug", "slugify"],
        "stagebox",
        "0.4.2",
        "2025-05-21T04:05:19",
        117,
        None,
    ),
    (
        "slugify-ts",
        "Zero-dependency TypeScript slugify with tree-shakable locale packs",
        ["typescript", "slugify", "slug", "esm"],
        "petra.k",
        "3.1.4",
        "2025-04-30T13:48:02",
        45109,
        "ts",
    ),
    (
        "transliteration",
        "Universal Unicode to Latin transliteration + slugify module. Works in browser, Node.js and the command line.",
        ["transliterate", "transliteration", "unicode", "slug", "slugify", "romanization"],
        "andyhu-x",
        "2.3.5",
        "2024-08-03T05:12:44",
        402113,
        "ts",
    ),
    (
        "mollusc",
        "Slugify a string (with sensible defaults)",
        ["slug"],
        "jnk",
        "3.0.2",
        "2019-06-21T15:33:08",
        1504,
        None,
    ),
    (
        "@nestkit/slugify",
        "Slug pipe and decorator for NestJS entities",
        ["nestjs", "slug", "decorator", "typeorm"],
        "nestkit-admin",
        "1.0.7",
        "2025-02-10T11:20:36",
        6310,
        "ts",
    ),
    (
        "vue-slugify",
        "Vue 3 directive and composable that slugifies input values",
        ["vue", "vue3", "slug", "directive", "composable"],
        "mireille",
        "2.1.0",
        "2024-12-15T19:07:51",
        3021,
        "ts",
    ),
    (
        "remark-slug-plus",
        "remark plugin to add GitHub-style ids to headings",
        ["remark", "remark-plugin", "markdown", "slug", "heading"],
        "unifiedjs-contrib",
        "8.0.0",
        "2024-02-06T08:41:14",
        225309,
        "ts",
    ),
    (
        "slug",
        "Slugifies strings, even when they contain unicode",
        ["slugify", "slug", "string", "unicode", "url"],
        "trott-j",
        "10.0.0",
        "2024-10-21T17:55:29",
        1278004,
        "dt",
    ),
    (
        "@sanitize/slug",
        "Strict, URL-safe slugs with a reserved-word list",
        [],
        "sanitize-ops",
        "0.9.0",
        "2025-05-07T10:02:13",
        812,
        "ts",
    ),
    (
        "slugify-filename",
        "Safe filenames from any string, Windows reserved names included",
        ["filename", "filesystem", "slug", "windows", "sanitize"],
        "ozan-d",
        "1.3.3",
        "2023-05-02T14:16:47",
        15230,
        None,
    ),
    (
        "react-slugify",
        "Slugify a React node (strings, fragments, elements)",
        ["react", "slugify", "slug"],
        "ramonpz",
        "4.0.1",
        "2024-06-13T12:00:05",
        96420,
        "ts",
    ),
    (
        "cyrillic-slug",
        "Cyrillic to Latin slugs following GOST 7.79-2000",
        ["cyrillic", "russian", "ukrainian", "slug", "transliteration"],
        "ivn-petrov",
        "2.0.4",
        "2022-03-29T06:38:22",
        7733,
        None,
    ),
    (
        "gatsby-plugin-slugify",
        "Adds a slug field to every Markdown and MDX node",
        ["gatsby", "gatsby-plugin", "slug", "mdx"],
        "kyleg",
        "5.12.0",
        "2023-12-01T21:14:09",
        11874,
        None,
    ),
    (
        "@unjs-lite/slugify",
        "Tiny universal slugify for edge runtimes",
        ["edge", "slug", "workers"],
        "unjs-lite",
        "0.3.1",
        "2025-05-20T16:40:33",
        904,
        "ts",
    ),
    ("slugg", "Make strings URL-safe", [], "phated-x", "1.2.1", "2016-04-12T03:27:50", 51234, None),
    (
        "slugify-de",
        "German-aware slugify: ä → ae, ß → ss",
        ["german", "deutsch", "slug", "umlaut"],
        "kdittmar",
        "1.1.0",
        "2024-09-09T08:09:10",
        2144,
        None,
    ),
    (
        "sluggo",
        "Slug string builder with numbering for duplicates (title, title-2, title-3)",
        ["slug", "unique", "dedupe"],
        "bdunn",
        "0.7.5",
        "2025-01-22T22:45:00",
        688,
        "ts",
    ),
    (
        "@wpk/slugify-loader",
        "webpack loader that adds slugs to imported JSON",
        ["webpack", "loader", "slug"],
        "wpk-team",
        "3.0.0",
        "2021-10-05T13:31:42",
        1203,
        None,
    ),
    (
        "hexo-slugify",
        "Slugify filter for Hexo post titles",
        ["hexo", "slug", "plugin"],
        "tommy351-x",
        "1.0.3",
        "2020-07-16T09:58:26",
        3401,
        None,
    ),
    ("slugify-plus", None, [], "zhen.w", "0.0.4", "2025-04-02T11:11:48", 57, None),
]

PD_DOWNLOAD = '<svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" class="_8b3f3a21 v-mid"><path fill="currentColor" d="M8 11.5 3.5 7l1.06-1.06L7.25 8.6V1h1.5v7.6l2.69-2.66L12.5 7 8 11.5ZM2 13.5h12V15H2v-1.5Z"></path></svg>'


def _pd_when(published: str) -> datetime:
    return datetime.fromisoformat(published).replace(tzinfo=UTC)


def _pd_ago(published: str) -> str:
    """moment's ``fromNow()``: "5 hours ago", "3 days ago", "a month ago", "a year ago", "8 years ago"."""
    seconds = (PD_NOW - _pd_when(published)).total_seconds()
    hours, days = seconds / 3600, seconds / 86400
    if hours < 22:
        amount = round(hours)
        return "an hour ago" if amount <= 1 else f"{amount} hours ago"
    if hours < 36:
        return "a day ago"
    if days < 26:
        return f"{round(days)} days ago"
    if days < 45:
        return "a month ago"
    if days < 320:
        return f"{round(days / 30.4)} months ago"
    if days < 548:
        return "a year ago"
    return f"{round(days / 365)} years ago"


def _pd_title(published: str) -> str:
    when = _pd_when(published)
    hour = when.hour % 12 or 12
    return f"{when.month}/{when.day}/{when.year}, {hour}:{when:%M:%S} {'AM' if when.hour < 12 else 'PM'}"


def _pd_avatar(user: str) -> str:
    blob = json.dumps(
        {
            "avatarURL": f"https://s.gravatar.example/avatar/{slug(user).replace('-', '')[:12]:0<32}?size=100&default=retro"
        },
        separators=(",", ":"),
    )
    return PD_AVATAR + base64.urlsafe_b64encode(blob.encode()).decode().rstrip("=")


def _pd_href(page: int | None) -> str:
    return f"/search?q={PD_QUERY}" if page is None else f"/search?q={PD_QUERY}&page={page}&perPage={PD_PER_PAGE}"


def _pd_badges(name: str, types: str | None) -> str:
    out = []
    if name == PD_QUERY:
        out.append('<span class="_2d93bd3c f7 fw6 ttu br2 ph2 pv1 ml2 bg-light-green dark-green">exact match</span>')
    if types == "ts":
        out.append(
            '<img src="https://static.pkgdock.example/1996fcfdf7ca81ea795f67f093d7f449.png" alt="TypeScript icon, indicating that this package has built-in type declarations" title="This package contains built-in TypeScript declarations" class="aa30d277 ml2" width="18" height="18"/>'
        )
    elif types == "dt":
        out.append(
            '<img src="https://static.pkgdock.example/7a7ffabbd910fc60161bc04f2cee4160.svg" alt="DefinitelyTyped icon, indicating that this package has TypeScript declarations provided by the separate @types package" title="This package has TypeScript declarations provided by @types" class="aa30d277 ml2" width="18" height="18"/>'
        )
    return "".join(out)


def _pd_result(item: tuple[Any, ...]) -> str:
    name, description, keywords, publisher, version, published, downloads, types = item
    when = _pd_when(published)
    description_html = f'<p class="_8fbbd57d f5 black-60 mt1 mb0 lh-copy">{esc(description)}</p>' if description else ""
    keywords_html = (
        '<ul class="c1c6d1ee list pl0 ma0 mt2 f6 lh-copy flex flex-wrap" aria-label="Keywords">'
        + "".join(
            f'<li class="_76473bea dib mr2 mb1"><a class="_2ab0b5d4 link black-60 bg-black-05 br2 ph2 pv1 hover-bg-black-10" href="/search?q=keywords:{esc(kw)}">{esc(kw)}</a></li>'
            for kw in keywords
        )
        + "</ul>"
        if keywords
        else ""
    )
    return f"""<section class="ef4d7c63 flex-l pl1-ns pt3 pb2 ph1 bb b--black-10">
<div class="w-80"><div class="flex flex-row items-end pr3"><a target="_self" href="/package/{name}" class="_8c3f76e0 link"><h3 class="db7ee1ac fw6 f4 black-90 dib lh-solid ma0 no-underline hover-black">{esc(name)}</h3></a>{_pd_badges(name, types)}</div>
{description_html}{keywords_html}
<div class="_0d2164ff flex flex-row flex-wrap items-center pr3 mt2 f6 mid-gray"><a target="_self" href="/~{publisher}" class="e98ba1cc flex items-center link mid-gray"><img src="{_pd_avatar(publisher)}" alt="{esc(publisher)}" width="20" height="20" loading="lazy" class="_7e2a5ab1 br2 mr2"/><span class="_5a8f3c20 fw5 black-80">{esc(publisher)}</span></a><span class="_66c2abad ph1" aria-hidden="true">•</span><span class="_8e4d7c66 code f6">{esc(version)}</span><span class="_66c2abad ph1" aria-hidden="true">•</span><span class="_3fbd2a10">published <time datetime="{when:%Y-%m-%dT%H:%M:%S}.{when.second * 13 % 1000:03d}Z" title="{_pd_title(published)}">{_pd_ago(published)}</time></span></div>
</div>
<div class="_9a6c2e41 w-20-l flex-l items-center-l justify-end-l pr2 mt2 mt0-l"><div class="_72d5ad53 flex items-center f6 black-70" title="Weekly Downloads">{PD_DOWNLOAD}<span class="_0f2a2e0d ml1 tabular-nums">{downloads:,}</span></div></div>
</section>"""


def _pd_pager(page: int, pages: int) -> str:
    links = []
    if page > 0:
        links.append(
            f'<a class="_2c3c0c22 link ph2 pv1 br2 hover-bg-black-05" href="{esc(_pd_href(page - 1))}" aria-label="Previous page">«</a>'
        )
    for n in range(pages):
        if n == page:
            links.append(f'<span class="_2c3c0c22 ph2 pv1 br2 bg-black-10 fw6" aria-current="page">{n + 1}</span>')
        else:
            links.append(
                f'<a class="_2c3c0c22 link ph2 pv1 br2 hover-bg-black-05" href="{esc(_pd_href(n))}">{n + 1}</a>'
            )
    if page < pages - 1:
        links.append(
            f'<a class="_2c3c0c22 link ph2 pv1 br2 hover-bg-black-05" href="{esc(_pd_href(page + 1))}" aria-label="Next page">»</a>'
        )
    return f'<nav class="_1b6e5a0e flex justify-center pv4" aria-label="Pagination">{"".join(links)}</nav>'


def _pd_context(page: int, items: list[Any]) -> str:
    objects = [
        {
            "package": {
                "name": name,
                "scope": name[1:].split("/")[0] if name.startswith("@") else "unscoped",
                "version": version,
                "description": description,
                "keywords": keywords,
                "date": {"ts": int(_pd_when(published).timestamp() * 1000), "rel": _pd_ago(published)},
                "links": {"npm": f"https://www.pkgdock.example/package/{name}"},
                "publisher": {"username": publisher, "avatars": {"small": _pd_avatar(publisher)}},
            },
            "downloads": {"weekly": downloads},
            "flags": {"exactMatch": name == PD_QUERY},
            "typesIcon": types,
        }
        for name, description, keywords, publisher, version, published, downloads, types in items
    ]
    context = {
        "context": {
            "total": len(PACKAGES),
            "objects": objects,
            "page": page,
            "perPage": PD_PER_PAGE,
            "sortBy": "",
            "text": PD_QUERY,
            "url": _pd_href(None if page == 0 else page),
            "user": None,
            "csrftoken": "b1f0c2d4e5a6978877665544332211009f8e7d6c",
            "notifications": [],
            "npmExpansion": "Pocket Kettle Diplomacy",
        },
        "chunks": {"commons": ["commons.4f1e0a63b2d7c8a9e105.js"], "search": ["search/search.7c02b39ae1d54f08b6aa.js"]},
        "hash": "7c02b39ae1d54f08b6aa",
        "name": "search/search",
    }
    return json.dumps(context, separators=(",", ":"), ensure_ascii=False).replace("</", "<\\/")


def _pd_page(page: int, pages: int, items: list[Any]) -> str:
    results = "\n".join(_pd_result(item) for item in items)
    sorts = "".join(
        f'<li><a class="_4d0b6f1c db ph3 pv2 link black-80 hover-bg-black-05{" fw6" if value == "" else ""}" href="/search?q={PD_QUERY}{"&amp;sortBy=" + value if value else ""}" role="menuitem">{label}</a></li>'
        for value, label in (
            ("", "Default"),
            ("downloads_weekly", "Most downloaded this week"),
            ("downloads_monthly", "Most downloaded this month"),
            ("dependent_count", "Most dependents"),
            ("published_at", "Recently published"),
        )
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width,minimum-scale=1.0,initial-scale=1,user-scalable=yes"/>
<title>{PD_QUERY} - pkgdock search</title>
<meta name="description" content="pkgdock is the package manager for JavaScript and the world's largest software registry."/>
<link rel="search" type="application/opensearchdescription+xml" href="/osd.xml" title="pkgdock"/>
<link rel="stylesheet" href="https://static.pkgdock.example/styles.f1c8d0e2a4b6.css"/>
<link rel="apple-touch-icon" sizes="120x120" href="https://static.pkgdock.example/58a19602036db1daee0d7863c94673a4.png"/>
</head>
<body><div id="app"><div class="flex flex-column vh-100">
<a href="#main" class="_1a4c5f06 absolute top-0 left-0 z-999 bg-white pa2 o-0 focus-o-100">Skip to main content</a>
<header class="_1d6c1e50 bg-white"><div class="_3b4c4d58 bt b--red bw2 w-100"></div>
<div class="_1f5a0fe2 flex pv2 ph4-ns ph3 items-center bb b--black-10"><span class="_9ba9a726 f6 black-70 mr3" aria-hidden="true">❤</span><a href="/~pkgdock-expansions" class="_2c9de2a0 link f6 black-70 mr-auto" title="pkgdock stands for many things">Pocket Kettle Diplomacy</a>
<nav class="_0c9f9e8a dn dib-l" aria-label="Site"><ul class="list ma0 pa0 flex"><li class="ph3"><a class="link f6 black-70" href="/products/pro">Pro</a></li><li class="ph3"><a class="link f6 black-70" href="/products/teams">Teams</a></li><li class="ph3"><a class="link f6 black-70" href="/products">Pricing</a></li><li class="ph3"><a class="link f6 black-70" href="https://docs.pkgdock.example">Documentation</a></li></ul></nav></div>
<div class="_4f0e5a33 flex items-center pv3 ph4-ns ph3"><a href="/" aria-label="pkgdock Homepage" class="_1c5c0d45 mr4"><svg viewBox="0 0 780 250" width="66" height="22" aria-hidden="true"><path fill="#231F20" d="M240 250h100v-50h100V0H240v250zM340 50h50v100h-50V50zM480 0v200h100V50h50v150h50V50h50v150h50V0H480zM0 200h100V50h50v150h50V0H0v200z"></path></svg></a>
<form id="search" method="GET" action="/search" class="_13c93d41 flex flex-auto relative" role="search"><label for="search-input" class="_3c8b4f77 clip">Search packages</label><div class="_2f299eeb flex flex-auto bg-black-05 br2"><svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" class="ma2"><path fill="currentColor" d="M11.7 10.3 15 13.6 13.6 15l-3.3-3.3A6.5 6.5 0 1 1 11.7 10.3ZM6.5 11.5a5 5 0 1 0 0-10 5 5 0 0 0 0 10Z"></path></svg><input id="search-input" type="search" name="q" value="{PD_QUERY}" placeholder="Search packages" autocomplete="off" aria-label="Search packages" class="_390acbc5 f5 bn bg-transparent flex-auto pv2"/><input type="hidden" name="csrftoken" value="b1f0c2d4e5a6978877665544332211009f8e7d6c"/></div><button type="submit" class="_0da775bb bn pv2 ph4 f6 white bg-dark-gray br2 ml2 pointer">Search</button></form>
<div class="_6a5c1d64 flex items-center ml4"><a href="/signup?next=%2Fsearch%3Fq%3D{PD_QUERY}" class="link b f6 black-80 ph3 pv2 ba b--black-20 br2 mr2">Sign Up</a><a href="/login?next=%2Fsearch%3Fq%3D{PD_QUERY}" class="link f6 black-80 ph3 pv2">Sign In</a></div></div>
</header>
<main id="main" class="flex-auto"><div class="_0b1f3a04 mw9 center ph4-ns ph3 pb4">
<div class="_1b8e4e52 flex items-center justify-between pv3 bb b--black-10"><h2 class="_34ed6f59 f4 fw6 black-80 ma0">{len(PACKAGES)} packages found</h2>
<div class="_7d1f7d4e relative"><button type="button" class="_b5b7cbb1 f6 ph3 pv2 ba b--black-20 br2 bg-white pointer" aria-haspopup="menu" aria-expanded="false">Sort by: Default</button><ul class="_9c0d2f38 absolute right-0 list pa0 ma0 bg-white shadow-4 br2 dn" role="menu">{sorts}</ul></div></div>
<div class="_0c3b1e2a">
{results}
</div>
{_pd_pager(page, pages)}
</div></main>
<footer class="_2b6a0c4e bt b--black-10 pv5 ph4-ns ph3 mt5"><div class="mw9 center flex flex-wrap">
<div class="w-25-ns w-100 mb4"><svg viewBox="0 0 780 250" width="66" height="22" aria-hidden="true"><path fill="#231F20" d="M240 250h100v-50h100V0H240v250zM340 50h50v100h-50V50zM480 0v200h100V50h50v150h50V50h50v150h50V0H480zM0 200h100V50h50v150h50V0H0v200z"></path></svg><a href="https://github.com/pkgdock" class="link db mt3 f6 black-60"><span class="_3c8b4f77 clip">pkgdock on </span>GitHub</a></div>
<div class="w-25-ns w-100 mb4"><h3 class="f6 fw6 black-80 mt0">Support</h3><ul class="list pa0 f6 lh-copy"><li><a class="link black-60" href="https://docs.pkgdock.example">Help</a></li><li><a class="link black-60" href="https://github.com/advisories?utm_source=pkgdock&amp;utm_medium=footer">Advisories</a></li><li><a class="link black-60" href="https://status.pkgdock.example/">Status</a></li><li><a class="link black-60" href="/support">Contact pkgdock</a></li></ul></div>
<div class="w-25-ns w-100 mb4"><h3 class="f6 fw6 black-80 mt0">Company</h3><ul class="list pa0 f6 lh-copy"><li><a class="link black-60" href="/about">About</a></li><li><a class="link black-60" href="https://blog.pkgdock.example/">Blog</a></li><li><a class="link black-60" href="/press">Press</a></li></ul></div>
<div class="w-25-ns w-100 mb4"><h3 class="f6 fw6 black-80 mt0">Terms &amp; Policies</h3><ul class="list pa0 f6 lh-copy"><li><a class="link black-60" href="https://docs.pkgdock.example/policies/">Policies</a></li><li><a class="link black-60" href="https://docs.pkgdock.example/policies/terms">Terms of Use</a></li><li><a class="link black-60" href="https://docs.pkgdock.example/policies/conduct">Code of Conduct</a></li><li><a class="link black-60" href="https://docs.pkgdock.example/policies/privacy">Privacy</a></li></ul></div>
</div></footer>
</div></div>
<script integrity="sha512-2b9f0c1e" nonce="a1b2c3d4e5f6">window.__context__ = {_pd_context(page, items)}</script>
<script src="https://static.pkgdock.example/commons.4f1e0a63b2d7c8a9e105.js" defer></script>
<script src="https://static.pkgdock.example/search/search.7c02b39ae1d54f08b6aa.js" defer></script>
</body></html>"""


@tenth
def build_pkgdock() -> None:
    s = Site(
        "pkgdock",
        kind="package search results (npm 2024–25: section per package, keyword links, 'publisher • version • published 3 days ago', weekly downloads, zero-based &page=N&perPage=20)",
        start=f"search?q={PD_QUERY}",
        description="An npm search results page for 'slugify' (2024–25): a header with a rotating backronym, Pro / Teams / Pricing / Documentation, a search form, Sign Up / Sign In; '28 packages found' and a Sort by menu of sortBy= links; each result a section of tachyons and hashed classes: a.'/package/<name>' > h3 (scoped names too), an 'exact match' badge on one, TypeScript / DefinitelyTyped icon images on some, the description p (absent on one), keyword links to /search?q=keywords:… (none on some), '<avatar> publisher • 1.2.3 • published <time datetime title>3 days ago</time>' (moment-style relative ages), the weekly downloads beside a download icon in a right column; twenty results a page, a pager of « 1 2 » links to zero-based &page=N&perPage=20 (page=0 also serves page 1), a footer of link columns, window.__context__ with every result.",
    )
    pages = chunks(PACKAGES, [20, 8])
    for page, items in enumerate(pages):
        text = _pd_page(page, len(pages), items)
        s.list_page(_pd_href(None if page == 0 else page).lstrip("/").replace("?", "@"), text)
        if page == 0:
            s.write(_pd_href(0).lstrip("/").replace("?", "@"), text)
    for name, description, keywords, publisher, version, published, downloads, _types in PACKAGES:
        s.expect(
            {
                "name": name,
                "url": f"/package/{name}",
                "description": description,
                "keywords": keywords or None,
                "publisher": publisher,
                "version": version,
                "date": published[:10],
                "weekly_downloads": downloads,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TENTH.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(f"{name:20} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}")


if __name__ == "__main__":
    main()
