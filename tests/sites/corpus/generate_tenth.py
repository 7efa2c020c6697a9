"""Tenth wave of open corpus sites (issue #3): copies of how three more well-known site families mark up
their result lists as they served them in 2024–2025.

* **streamtube** — YouTube's search results as the browser holds them once Polymer has rendered: the
  ``ytd-app`` shell (masthead with the search box, the guide drawer, the chip bar, a consent lightbox),
  ``ytd-item-section-renderer`` holding ``ytd-video-renderer`` results (``ytd-thumbnail`` with a
  ``badge-shape`` duration overlay and a hidden ``#time-status`` copy, Watch later / Add to queue
  toggles, lazy ``yt-image`` thumbnails without ``src`` below the fold; ``a#video-title`` whose
  ``aria-label`` reads "Title by Channel 1,203,118 views 1 year ago 24 minutes, 7 seconds"; the
  ``ytd-video-meta-block`` with a hidden byline copy of the channel and two ``inline-metadata-item``
  spans "1.2M views" / "3 years ago" (or "Streamed 2 years ago"); ``#channel-info`` with the avatar,
  ``ytd-channel-name`` (a tooltip copy and a Verified badge on some); the description snippet with
  bold query words and a "From the video description" tooltip, missing on some; key-moment chapters
  on some; "New" / "4K" / "CC" badges), a ``ytd-channel-renderer`` card, a ``ytd-promoted-video-renderer``
  and an in-feed ad slot marked "Sponsored", a ``ytd-reel-shelf-renderer`` Shorts shelf of
  ``ytm-shorts-lockup-view-model`` cards with their own views, "Searches related to …" chips, a
  ``ytd-continuation-item-renderer`` spinner, ``var ytInitialData`` holding every renderer (exact view
  counts included) and, since the real page pages by continuation token, the old no-JS fallback pager
  (``div.search-pager`` of ``yt-uix-button`` links to ``&page=N``). Result links carry the constant
  ``&pp=`` search parameter.
* **chowspot** — Yelp's search results (React, hashed ``y-css-…`` classes plus a few ``__09f24__``
  module classes): one ``ul`` whose ``li``s hold the "Sponsored Results" heading, ad cards (same markup,
  no rank, ``/adredir?…`` links), the "All Results" heading, the business cards and even the pager;
  each card a ``div[data-testid=serp-ia-card]`` with a lazy photo, ``h3`` "1<!-- -->. " + name link
  (``/biz/slug?osq=Ramen``), a ``div[role=img][aria-label="4.5 star rating"]`` of star SVGs beside "4.5" and
  "(1.2k reviews)", open / closed status, category pill links, "$$ • Capitol Hill" (price or
  neighbourhood missing on some), a review snippet with highlighted words and a "more" link, amenity
  checks, "Hot and New" badges, "Start Order" buttons; filters, a map, "1 of 3" and ``&start=10`` page
  links, "People also searched for", FAQs, a OneTrust cookie banner and a hypernova JSON blob.
* **shelfarchive** — Open Library's ``/search?q=…&mode=everything`` (2024): ``ul.list-books`` of
  ``li.searchResultItem`` (schema.org Book microdata) with a lazy cover, ``h3.booktitle > a.results``
  (``/works/OL…W?edition=key%3A/books/OL…M``), "by" author links, star characters with "4.1" and
  "(1,234 ratings)", "1,234 Want to read · 98 Currently reading · 345 Have read", "First published in
  1937 — 42 editions in 3 languages — 5 previewable", Borrow / Preview Only / Not in Library / Join
  Waitlist buttons, a "Want to Read" dropper with its reading-log forms; the search header with the
  mode radios, "27 hits", a sort menu, facet blocks with counts, the ``div.pagination`` pager of
  ``a.ChoosePage`` links to ``&page=N``, the Internet Archive top bar and the footer.

Run ``uv run python tests/sites/corpus/generate_tenth.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**. They
were written, and measured, before any heuristic was changed for them.
"""

# ruff: noqa: E501

from __future__ import annotations

import base64
import json
import sys
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc

TENTH: dict[str, Callable[[], None]] = {}


def tenth(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TENTH[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _plain(marked: str) -> str:
    """The text a reader sees of a string whose highlights are written ``[[word]]``."""
    return marked.replace("[[", "").replace("]]", "")


def _marked(marked: str, open_tag: str, close_tag: str) -> str:
    """``[[word]]`` → ``open_tag word close_tag`` (the rest escaped)."""
    return esc(marked).replace("[[", open_tag).replace("]]", close_tag)


def _hash(text: str, length: int = 6) -> str:
    """A stable lowercase base-36 token, like a CSS-in-JS class hash."""
    number = zlib.crc32(text.encode())
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while len(out) < length:
        number, rest = divmod(number * 7919 + 17, 36)
        out += digits[rest]
    return out


def _b64(text: str) -> str:
    """A URL-safe base64 token made from ``text`` (fake but stable tracking ids)."""
    return base64.urlsafe_b64encode(zlib.compress(text.encode())[:24]).decode().rstrip("=")


# ---------------------------------------------------------------------------------------------------
# streamtube: YouTube's search results (2024–2025) as rendered by Polymer. See the module docstring.
# ---------------------------------------------------------------------------------------------------

ST_QUERY = "sourdough bread"
ST_Q = "sourdough+bread"
# YouTube's constant search parameter on result links: base64 of a protobuf holding the query.
ST_PP = base64.b64encode(b"\xca\x05" + bytes([len(ST_QUERY)]) + ST_QUERY.encode()).decode().replace("=", "%3D")
ST_CHANNELS = {
    "Flour & Fire Bakery": ("@flourandfire", "UCf1r3Fl0urAndF1reBkry2", True),
    "Kitchen Science with Hana": ("@hanabakes", "UCk1tchenSc1enceH4na0Qw", True),
    "Crumb Theory": ("@crumbtheory", "UCcrumbTh30ryX9a2LmPq7z", False),
    "Grandpa's Bakehouse": ("@grandpasbakehouse", "UCgr4ndp4sB4keh0use11Ab", False),
    "The Bread Lab Live": ("@breadlablive", "UCbr34dL4bL1ve7Qx0Rt2Ss", False),
    "Maple Street Kitchen": ("@maplestreetkitchen", "UCm4pleStr33tK1tch3n0Pz", False),
    "quiet crumbs": ("@quietcrumbs", "UCqu13tCrumbs4SMRr8Kd1W", False),
    "Gourmet Table": ("@gourmettable", "UCg0urm3tT4bl3Vv2Hn9Ya5", True),
    "Curious Kitchen": ("@curiouskitchen", "UCcur10usK1tch3nZ7Lq3Tb", True),
    "Mountain Oven": ("@mountainoven", "UCm0unt41n0v3nHh4Rx8Pe2", False),
    "Food Factory Files": ("@foodfactoryfiles", "UCf00dF4ct0ryF1l3sQ2w9K", True),
}
# (video id, title, channel, exact views, published, duration, snippet ([[bold]] words) or None, badges, chapters)
VIDEOS: list[tuple[str, str, str, int, str, str, str | None, list[str], list[str]]] = [
    (
        "qG7nSdLk2Rw",
        "The Only Sourdough Bread Recipe You'll Ever Need",
        "Flour & Fire Bakery",
        4_812_330,
        "2 years ago",
        "18:42",
        "A simple, reliable [[sourdough bread]] recipe for beginners. I walk you through feeding your starter, mixing, stretch and folds, shaping and baking in a Dutch oven ...",
        ["4K"],
        ["Intro", "Feeding the starter", "Mixing the dough", "Stretch and folds", "Shaping", "Baking"],
    ),
    (
        "Vb3kP0aZt1E",
        "Sourdough Bread for Beginners – Start to Finish (No Stand Mixer)",
        "Kitchen Science with Hana",
        1_203_118,
        "1 year ago",
        "24:07",
        "Everything you need to bake your first loaf of [[sourdough bread]] at home, with no special equipment. Timeline and printable recipe in the description.",
        ["CC"],
        [],
    ),
    (
        "mX9aQe4LrTk",
        "I Baked Sourdough Every Day for 30 Days",
        "Crumb Theory",
        845_210,
        "4 days ago",
        "21:15",
        "Thirty loaves, one starter and a lot of flour. Here is what changed in my [[sourdough]] between day 1 and day 30 ...",
        ["New"],
        [],
    ),
    (
        "t0LzWq8nJcY",
        "How to Make a Sourdough Starter from Scratch (Day by Day)",
        "Grandpa's Bakehouse",
        2_307_900,
        "3 years ago",
        "14:58",
        None,
        [],
        [],
    ),
    (
        "Hc2rYp7sDxA",
        "Sourdough Bread Baking 101 – Live Q&A",
        "The Bread Lab Live",
        56_120,
        "Streamed 2 years ago",
        "1:42:16",
        "Bring your questions about [[sourdough bread]]: hydration, flour, proofing times and scoring. Answering live for as long as you keep asking!",
        [],
        [],
    ),
    (
        "aR5vNm3KqZo",
        "Why Your Sourdough Is Flat (and How to Fix It)",
        "Flour & Fire Bakery",
        690_412,
        "8 months ago",
        "11:03",
        "A flat loaf is almost always one of four things. Let's diagnose your [[sourdough bread]] step by step ...",
        ["4K", "CC"],
        ["Intro", "Weak starter", "Underproofing", "Overproofing", "Shaping tension"],
    ),
    (
        "p8WcX1tGhLe",
        "Same-Day Sourdough Bread | Ready by Dinner",
        "Maple Street Kitchen",
        98_340,
        "5 months ago",
        "9:47",
        "No overnight proof needed: this same-day [[sourdough bread]] goes from starter to table in about nine hours.",
        [],
        [],
    ),
    (
        "Ze4uBq6YnMs",
        "Rustic Sourdough Boule in a Dutch Oven 🍞 ASMR baking",
        "quiet crumbs",
        3_412,
        "2 weeks ago",
        "32:10",
        None,
        [],
        [],
    ),
    (
        "Lk1oTf9RpVw",
        "Professional Baker Teaches You SOURDOUGH!",
        "Gourmet Table",
        7_025_600,
        "6 years ago",
        "16:29",
        "Head baker Marta shows you how to make crusty, open-crumb [[sourdough bread]] at home, from starter to slicing.",
        [],
        [],
    ),
    (
        "Dq7hGv2XbNc",
        "Whole Wheat Sourdough Sandwich Bread (Soft & Fluffy)",
        "Kitchen Science with Hana",
        312_904,
        "1 month ago",
        "13:36",
        "A soft whole wheat [[sourdough]] sandwich loaf baked in a tin, perfect for toast and lunches all week.",
        ["CC"],
        [],
    ),
    (
        "Wn5sJr0CeHu",
        "Sourdough Discard Recipes That Aren't Crackers",
        "Crumb Theory",
        127_455,
        "6 months ago",
        "19:22",
        "Pancakes, flatbreads, brownies and a surprisingly good [[sourdough]] pizza: seven ways to use your discard ...",
        [],
        [],
    ),
    (
        "bF3kYx8MtQi",
        "The Science of Sourdough Fermentation, Explained",
        "Curious Kitchen",
        1_504_230,
        "2 years ago",
        "22:48",
        "What are the wild yeasts and lactic acid bacteria in your starter actually doing? The microbiology of [[sourdough bread]], explained with a microscope.",
        ["4K"],
        [],
    ),
    (
        "Rg2pLm6ZvHa",
        "Sourdough Bread Shaping: Batard vs Boule",
        "Flour & Fire Bakery",
        402_118,
        "1 year ago",
        "8:31",
        "Two shapes, two techniques. Build surface tension on your [[sourdough bread]] without tearing the dough ...",
        [],
        [],
    ),
    (
        "Jt8wNe3QsPb",
        "Easy No-Knead Sourdough Bread (Overnight Method)",
        "Maple Street Kitchen",
        2_804_500,
        "3 years ago",
        "10:12",
        "Mix it in the evening, bake it in the morning. The easiest [[sourdough bread]] you will ever make.",
        ["CC"],
        [],
    ),
    (
        "Uy6cTd1KoFm",
        "Baking Sourdough at High Altitude – What Changed",
        "Mountain Oven",
        21_060,
        "3 weeks ago",
        "15:40",
        None,
        [],
        [],
    ),
    (
        "Xa9mBr4HeWj",
        "I Tried 5 Viral Sourdough Hacks",
        "Gourmet Table",
        963_005,
        "5 days ago",
        "17:55",
        "Ice cubes in the oven, rice flour in the banneton, a lame made from a razor ... which [[sourdough]] hacks are worth it?",
        ["New", "4K"],
        ["Intro", "Ice cube steam", "Rice flour", "Cold retard", "Aliquot jar", "Verdict"],
    ),
    (
        "Ko0vGs7YtLd",
        "Sourdough Focaccia with Rosemary and Sea Salt",
        "Kitchen Science with Hana",
        588_871,
        "9 months ago",
        "12:20",
        "Bubbly, golden and crisp on the bottom. This [[sourdough]] focaccia needs no kneading at all.",
        [],
        [],
    ),
    (
        "Ep3fQn9WaRz",
        "Old-World Rye Sourdough – My Grandfather's Recipe",
        "Grandpa's Bakehouse",
        74_290,
        "1 year ago",
        "26:03",
        "A dense, tangy rye [[bread]] the way my grandfather baked it in Riga, with a three-stage [[sourdough]] build.",
        [],
        [],
    ),
    (
        "Mi4tHc2UbSx",
        "sourdough bread timelapse (48 hours in 60 seconds)",
        "quiet crumbs",
        9_821,
        "2 months ago",
        "1:04",
        None,
        [],
        [],
    ),
    (
        "Fz1nPk5LdGy",
        "How Bakeries Make Sourdough at Scale | Big Batches",
        "Food Factory Files",
        12_040_300,
        "4 years ago",
        "20:34",
        "Inside a bakery that bakes 4,000 loaves of [[sourdough bread]] every night, from the 500 kg mixer to the deck ovens.",
        [],
        [],
    ),
    (
        "Sb7eVw0RcJn",
        "Sourdough Bread Troubleshooting: 12 Common Problems",
        "Curious Kitchen",
        233_810,
        "1 year ago",
        "27:19",
        "Gummy crumb, big holes under the crust, a sour smell: twelve common [[sourdough bread]] problems and how to fix each one.",
        ["CC"],
        [],
    ),
    (
        "Oq2dLx6TiMe",
        "Gluten-Free Sourdough Bread That Actually Works",
        "Maple Street Kitchen",
        45_120,
        "7 months ago",
        "14:05",
        "After 40 test bakes, a gluten-free [[sourdough bread]] with a real crust and an open crumb.",
        [],
        [],
    ),
    (
        "Gh5yRa8NkPu",
        "Making Sourdough in a Tiny Apartment Kitchen",
        "Crumb Theory",
        18_044,
        "6 days ago",
        "11:48",
        None,
        ["New"],
        [],
    ),
    (
        "Cw9jMs3FoBq",
        "Sourdough Bread Masterclass (Full Course)",
        "The Bread Lab Live",
        310_455,
        "Streamed 1 year ago",
        "2:05:33",
        "The complete [[sourdough bread]] course, live: starter care, flour, hydration, bulk fermentation, shaping, scoring and baking.",
        [],
        ["Welcome", "Starter care", "Flour and hydration", "Bulk fermentation", "Shaping", "Scoring", "Baking", "Q&A"],
    ),
    (
        "Ti6pUe1HwZk",
        "Chocolate Cherry Sourdough Loaf",
        "Flour & Fire Bakery",
        150_220,
        "10 months ago",
        "9:58",
        "Dark chocolate chunks and sour cherries folded into an open [[sourdough]] crumb. A weekend bake.",
        ["4K"],
        [],
    ),
    (
        "Nr4bKz7QyEd",
        "Spelt Sourdough: Nutty, Open Crumb",
        "Mountain Oven",
        6_508,
        "3 weeks ago",
        "13:12",
        "Spelt ferments faster and absorbs less water. Here is how I adapted my [[sourdough bread]] for it.",
        [],
        [],
    ),
    (
        "Yv8sWg2JmCt",
        "Sourdough vs Commercial Yeast – Blind Taste Test",
        "Gourmet Table",
        2_110_540,
        "1 year ago",
        "15:27",
        "Can our team tell the difference between [[sourdough]] and yeasted [[bread]] with their eyes closed?",
        ["CC"],
        [],
    ),
    (
        "Ad0xHf5PlRo",
        "Overnight Sourdough Cinnamon Rolls",
        "Kitchen Science with Hana",
        801_660,
        "11 months ago",
        "18:09",
        "Soft, pull-apart cinnamon rolls made with [[sourdough]] starter, shaped the night before and baked for breakfast.",
        [],
        [],
    ),
]
# (id, title, views shown) of the Shorts shelf: not results of their own.
ST_SHORTS = [
    [
        ("kJ3vQ9xLm2A", "Sourdough scoring pattern 🌾 #shorts", "3.1M views"),
        ("Bz8nWc4TyQe", "POV: your starter finally doubled", "1.4M views"),
        ("Hq2mLs7RdXo", "The ear on this loaf 😮‍💨 #sourdough", "862K views"),
        ("Pw5cYt1VkNs", "Crumb shot ASMR", "412K views"),
        ("Rx0fGh6JuLb", "Sourdough in 60 seconds", "2.7M views"),
    ],
    [
        ("Ua4kEd9QpWm", "Fold, fold, fold #bread", "655K views"),
        ("Cy7rNz2HbTf", "Don't throw away your discard!", "1.9M views"),
        ("Lo1sXv8MgJd", "Baking 10 loaves at once", "304K views"),
        ("Ge6pWq3ZkRh", "Banneton hack nobody talks about", "98K views"),
    ],
]
ST_RELATED = [
    "sourdough bread recipe",
    "sourdough starter",
    "sourdough bread for beginners",
    "easy sourdough bread",
    "sourdough discard recipes",
    "no knead sourdough bread",
    "sourdough bread joshua",
    "sourdough bread in dutch oven",
]


def st_views_short(views: int) -> str:
    """YouTube's compact count ("1.2M views", "845K views", "3.4K views"): truncated, never rounded up."""
    for size, suffix in ((1_000_000_000, "B"), (1_000_000, "M"), (1_000, "K")):
        if views >= size:
            value = views / size
            text = f"{int(value * 10) / 10:.1f}" if value < 10 else str(int(value))
            return f"{text.removesuffix('.0')}{suffix} views"
    return f"{views} views"


def st_views_spoken(views: int) -> str:
    """The accessibility label of the compact count ("1.2 million views")."""
    words = {"B": "billion", "M": "million", "K": "thousand"}
    short = st_views_short(views).removesuffix(" views")
    if short[-1] in words:
        return f"{short[:-1]} {words[short[-1]]} views"
    return f"{short} views"


def st_duration_label(duration: str) -> str:
    """ "1:42:16" → "1 hour, 42 minutes, 16 seconds"."""
    parts = [int(p) for p in duration.split(":")]
    names = ["hour", "minute", "second"][-len(parts) :]
    spoken = [f"{n} {name}{'' if n == 1 else 's'}" for n, name in zip(parts, names, strict=True) if n]
    return ", ".join(spoken)


def _st_href(video_id: str) -> str:
    return f"/watch?v={video_id}&pp={ST_PP}"


def _st_thumb_src(video_id: str) -> str:
    return f"https://i.ytimg.com/vi/{video_id}/hq720.jpg?sqp=-oaymwEcCNAFEJQDSFXyq4qpAw4IARUAAIhCGAFwAcABBg==&amp;rs=AOn4CL{_b64(video_id)[:22]}"


def _st_channel_name(channel: str, hidden_byline: bool) -> str:
    handle, _cid, verified = ST_CHANNELS[channel]
    badge = ""
    if verified:
        badge = '<ytd-badge-supported-renderer class="style-scope ytd-channel-name" system-icons=""><div class="badge badge-style-type-verified style-scope ytd-badge-supported-renderer" aria-label="Verified"><yt-icon class="style-scope ytd-badge-supported-renderer"><span class="yt-icon-shape style-scope yt-icon yt-spec-icon-shape"><div style="width: 100%; height: 100%; display: block; fill: currentcolor;"><svg xmlns="http://www.w3.org/2000/svg" height="14" viewBox="0 0 24 24" width="14" focusable="false" aria-hidden="true" style="pointer-events: none; display: inherit; width: 100%; height: 100%;"><path d="M12 2C6.5 2 2 6.5 2 12s4.5 10 10 10 10-4.5 10-10S17.5 2 12 2zM9.8 17.3l-4.2-4.1L7 11.8l2.8 2.7L17 7.4l1.4 1.4-8.6 8.5z"></path></svg></div></span></yt-icon><span class="style-scope ytd-badge-supported-renderer"></span><tp-yt-paper-tooltip fit-to-visible-bounds="" offset="10" class="style-scope ytd-badge-supported-renderer" role="tooltip" tabindex="-1" aria-label="tooltip"><div id="tooltip" class="hidden style-scope tp-yt-paper-tooltip" style-target="tooltip">Verified</div></tp-yt-paper-tooltip></div><dom-repeat id="repeat" as="badge" class="style-scope ytd-badge-supported-renderer"><template is="dom-repeat"></template></dom-repeat></ytd-badge-supported-renderer>'
    cls = "style-scope ytd-video-meta-block" if hidden_byline else "long-byline style-scope ytd-video-renderer"
    return f"""<ytd-channel-name id="channel-name" class="{cls}"><div id="container" class="style-scope ytd-channel-name"><div id="text-container" class="style-scope ytd-channel-name"><yt-formatted-string id="text" link-inherit-color="" title="" class="style-scope ytd-channel-name complex-string" ellipsis-truncate="" ellipsis-truncate-styling="" dir="auto" style="text-align: left;" has-link-only_=""><a class="yt-simple-endpoint style-scope yt-formatted-string" spellcheck="false" href="/{handle}" dir="auto">{esc(channel)}</a></yt-formatted-string></div><tp-yt-paper-tooltip fit-to-visible-bounds="" class="style-scope ytd-channel-name" role="tooltip" tabindex="-1" aria-label="tooltip"><div id="tooltip" class="hidden style-scope tp-yt-paper-tooltip" style-target="tooltip">
  {esc(channel)}
</div></tp-yt-paper-tooltip></div>{badge}</ytd-channel-name>"""


def _st_thumbnail(video_id: str, duration: str, loaded: bool, href: str, element: str = "ytd-video-renderer") -> str:
    img = (
        f'<img alt="" style="background-color: transparent;" class="yt-core-image yt-core-image--fill-parent-height yt-core-image--fill-parent-width yt-core-image--content-mode-scale-aspect-fill yt-core-image--loaded" src="{_st_thumb_src(video_id)}">'
        if loaded
        else '<img alt="" class="yt-core-image yt-core-image--fill-parent-height yt-core-image--fill-parent-width yt-core-image--content-mode-scale-aspect-fill">'
    )
    label = st_duration_label(duration)
    return f"""<ytd-thumbnail use-hovered-property="" class="style-scope {element}" size="large"{' loaded=""' if loaded else ""}><a id="thumbnail" class="yt-simple-endpoint inline-block style-scope ytd-thumbnail" aria-hidden="true" tabindex="-1" rel="null" href="{esc(href)}"><yt-image alt="" ftl-eligible="" notify-on-loaded="" notify-on-unloaded="" class="style-scope ytd-thumbnail">{img}</yt-image><div id="overlays" class="style-scope ytd-thumbnail"><ytd-thumbnail-overlay-time-status-renderer class="style-scope ytd-thumbnail" hide-time-status="" overlay-style="DEFAULT"><div class="thumbnail-overlay-badge-shape style-scope ytd-thumbnail-overlay-time-status-renderer"><badge-shape class="badge-shape-wiz badge-shape-wiz--thumbnail-default badge-shape-wiz--thumbnail-badge" role="img" aria-label="{label}"><div class="badge-shape-wiz__text">{duration}</div></badge-shape></div><div id="time-status" class="style-scope ytd-thumbnail-overlay-time-status-renderer" hidden=""><yt-icon size="16" class="style-scope ytd-thumbnail-overlay-time-status-renderer" disable-upgrade="" hidden=""></yt-icon><span id="text" class="style-scope ytd-thumbnail-overlay-time-status-renderer" aria-label="{label}">
    {duration}
  </span></div></ytd-thumbnail-overlay-time-status-renderer><ytd-thumbnail-overlay-now-playing-renderer class="style-scope ytd-thumbnail" now-playing-badge=""><span class="style-scope ytd-thumbnail-overlay-now-playing-renderer">Now playing</span><ytd-thumbnail-overlay-equalizer class="style-scope ytd-thumbnail-overlay-now-playing-renderer"><svg xmlns="http://www.w3.org/2000/svg" id="equalizer" viewBox="0 0 55 95" class="style-scope ytd-thumbnail-overlay-equalizer"><g class="style-scope ytd-thumbnail-overlay-equalizer"><rect class="bar style-scope ytd-thumbnail-overlay-equalizer" x="0"></rect><rect class="bar style-scope ytd-thumbnail-overlay-equalizer" x="20"></rect><rect class="bar style-scope ytd-thumbnail-overlay-equalizer" x="40"></rect></g></svg></ytd-thumbnail-overlay-equalizer></ytd-thumbnail-overlay-now-playing-renderer><ytd-thumbnail-overlay-toggle-button-renderer class="style-scope ytd-thumbnail" aria-label="Watch later"><yt-icon class="style-scope ytd-thumbnail-overlay-toggle-button-renderer"></yt-icon><tp-yt-paper-tooltip offset="0" class="style-scope ytd-thumbnail-overlay-toggle-button-renderer" role="tooltip" tabindex="-1"><div id="tooltip" class="hidden style-scope tp-yt-paper-tooltip" style-target="tooltip">Watch later</div></tp-yt-paper-tooltip></ytd-thumbnail-overlay-toggle-button-renderer><ytd-thumbnail-overlay-toggle-button-renderer class="style-scope ytd-thumbnail" aria-label="Add to queue"><yt-icon class="style-scope ytd-thumbnail-overlay-toggle-button-renderer"></yt-icon><tp-yt-paper-tooltip offset="0" class="style-scope ytd-thumbnail-overlay-toggle-button-renderer" role="tooltip" tabindex="-1"><div id="tooltip" class="hidden style-scope tp-yt-paper-tooltip" style-target="tooltip">Add to queue</div></tp-yt-paper-tooltip></ytd-thumbnail-overlay-toggle-button-renderer></div><div id="mouseover-overlay" class="style-scope ytd-thumbnail"></div><div id="hover-overlays" class="style-scope ytd-thumbnail"></div></a></ytd-thumbnail>"""


def _st_menu(element: str) -> str:
    return f'<div id="menu" class="style-scope {element}"><ytd-menu-renderer class="style-scope {element}" safe-area="" menu-active=""><div id="top-level-buttons-computed" class="top-level-buttons style-scope ytd-menu-renderer"></div><div id="flexible-item-buttons" class="style-scope ytd-menu-renderer"></div><yt-icon-button id="button" class="dropdown-trigger style-scope ytd-menu-renderer" style-target="button"><button id="button" class="style-scope yt-icon-button" aria-label="Action menu"><yt-icon class="style-scope ytd-menu-renderer"><span class="yt-icon-shape style-scope yt-icon yt-spec-icon-shape"><div style="width: 100%; height: 100%; display: block; fill: currentcolor;"><svg xmlns="http://www.w3.org/2000/svg" height="24" viewBox="0 0 24 24" width="24" focusable="false" aria-hidden="true" style="pointer-events: none; display: inherit; width: 100%; height: 100%;"><path d="M12 16.5c.83 0 1.5.67 1.5 1.5s-.67 1.5-1.5 1.5-1.5-.67-1.5-1.5.67-1.5 1.5-1.5zM10.5 12c0 .83.67 1.5 1.5 1.5s1.5-.67 1.5-1.5-.67-1.5-1.5-1.5-1.5.67-1.5 1.5zm0-6c0 .83.67 1.5 1.5 1.5s1.5-.67 1.5-1.5-.67-1.5-1.5-1.5-1.5.67-1.5 1.5z"></path></svg></div></span></yt-icon></button><yt-interaction id="interaction" class="circular style-scope yt-icon-button"><div class="stroke style-scope yt-interaction"></div><div class="fill style-scope yt-interaction"></div></yt-interaction></yt-icon-button></ytd-menu-renderer></div>'


def _st_video(index: int, item: tuple[Any, ...]) -> str:
    video_id, title, channel, views, published, duration, snippet, badges, chapters = item
    handle, _cid, _verified = ST_CHANNELS[channel]
    href = _st_href(video_id)
    aria = f"{title} by {channel} {views:,} views {published} {st_duration_label(duration)}"
    badge_html = "".join(
        f'<div class="badge badge-style-type-simple style-scope ytd-badge-supported-renderer style-scope ytd-badge-supported-renderer" aria-label="{b}" role="img"><yt-icon class="style-scope ytd-badge-supported-renderer" hidden=""></yt-icon><p class="style-scope ytd-badge-supported-renderer">{b}</p><tp-yt-paper-tooltip class="style-scope ytd-badge-supported-renderer" role="tooltip" tabindex="-1"><div id="tooltip" class="hidden style-scope tp-yt-paper-tooltip" style-target="tooltip">{"Uploaded in the last week" if b == "New" else "Closed captions" if b == "CC" else "Available in 4K"}</div></tp-yt-paper-tooltip></div>'
        for b in badges
    )
    snippet_html = ""
    if snippet:
        bold = _marked(snippet, '<span class="bold style-scope yt-formatted-string" style-target="bold">', "</span>")
        snippet_html = f'<div class="metadata-snippet-container style-scope ytd-video-renderer style-scope ytd-video-renderer"><a class="yt-simple-endpoint style-scope ytd-video-renderer" href="{esc(href)}"><yt-formatted-string class="metadata-snippet-text style-scope ytd-video-renderer">{bold}</yt-formatted-string></a><tp-yt-paper-tooltip class="style-scope ytd-video-renderer" role="tooltip" tabindex="-1"><div id="tooltip" class="hidden style-scope tp-yt-paper-tooltip" style-target="tooltip">From the video description</div></tp-yt-paper-tooltip></div>'
    chapters_html = ""
    if chapters:
        rows = "".join(
            f'<ytd-macro-markers-list-item-renderer class="style-scope ytd-horizontal-card-list-renderer" layout="macro-markers"><a id="endpoint" class="yt-simple-endpoint style-scope ytd-macro-markers-list-item-renderer" href="/watch?v={video_id}&amp;t={n * 97}s&amp;pp={ST_PP}"><div id="details" class="style-scope ytd-macro-markers-list-item-renderer"><h4 class="macro-markers style-scope ytd-macro-markers-list-item-renderer" title="{esc(c)}">{esc(c)}</h4><div id="time" class="style-scope ytd-macro-markers-list-item-renderer">{n * 97 // 60}:{n * 97 % 60:02d}</div></div></a></ytd-macro-markers-list-item-renderer>'
            for n, c in enumerate(chapters)
        )
        chapters_html = f'<div id="expandable-metadata" class="style-scope ytd-video-renderer"><ytd-expandable-metadata-renderer class="style-scope ytd-video-renderer" has-video-summary=""><div id="header" class="style-scope ytd-expandable-metadata-renderer" role="button" tabindex="0" aria-expanded="false"><div id="collapsed-title" class="style-scope ytd-expandable-metadata-renderer"><span class="style-scope ytd-expandable-metadata-renderer">{len(chapters)} chapters</span></div><div id="collapsed-metadata" class="style-scope ytd-expandable-metadata-renderer"><span class="style-scope ytd-expandable-metadata-renderer">{esc(" | ".join(chapters))}</span></div></div><div id="expanded" class="style-scope ytd-expandable-metadata-renderer" hidden=""><ytd-horizontal-card-list-renderer class="style-scope ytd-expandable-metadata-renderer"><div id="items" class="style-scope ytd-horizontal-card-list-renderer">{rows}</div></ytd-horizontal-card-list-renderer></div></ytd-expandable-metadata-renderer></div>'
    avatar = f"https://yt3.ggpht.com/ytc/{_b64(channel)[:28]}=s68-c-k-c0x00ffffff-no-rj"
    return f"""<ytd-video-renderer class="style-scope ytd-item-section-renderer" bigger-thumbs-style="DEFAULT" use-search-ui="" lockup="true" is-search=""><!--css-build:shady--><!--css-build:shady--><div id="dismissible" class="style-scope ytd-video-renderer">{_st_thumbnail(video_id, duration, index < 4, href)}<div class="text-wrapper style-scope ytd-video-renderer"><div id="meta" class="style-scope ytd-video-renderer"><div id="title-wrapper" class="style-scope ytd-video-renderer"><h3 class="title-and-badge style-scope ytd-video-renderer"><ytd-badge-supported-renderer class="top-badge style-scope ytd-video-renderer" collection-truncate="" disable-upgrade="" hidden=""></ytd-badge-supported-renderer><a id="video-title" class="yt-simple-endpoint style-scope ytd-video-renderer" href="{esc(href)}" title="{esc(title)}" aria-label="{esc(aria)}"><yt-icon id="inline-title-icon" class="style-scope ytd-video-renderer" hidden=""></yt-icon><yt-formatted-string class="style-scope ytd-video-renderer" aria-label="{esc(aria)}">{esc(title)}</yt-formatted-string></a></h3>{_st_menu("ytd-video-renderer")}</div><ytd-video-meta-block class="style-scope ytd-video-renderer byline-separated" amsterdam-post-mvp=""><div id="metadata" class="style-scope ytd-video-meta-block"><div id="byline-container" class="style-scope ytd-video-meta-block" hidden="">{_st_channel_name(channel, hidden_byline=True)}<div id="separator" class="style-scope ytd-video-meta-block">•</div><yt-formatted-string id="video-info" class="style-scope ytd-video-meta-block" is-empty="" hidden=""></yt-formatted-string></div><div id="metadata-line" class="style-scope ytd-video-meta-block"><ytd-badge-supported-renderer class="inline-metadata-badge style-scope ytd-video-meta-block" hidden=""></ytd-badge-supported-renderer><div id="separator" class="style-scope ytd-video-meta-block" hidden="">•</div><span class="inline-metadata-item style-scope ytd-video-meta-block">{st_views_short(views)}</span><span class="inline-metadata-item style-scope ytd-video-meta-block">{esc(published)}</span><dom-repeat strip-whitespace="" class="style-scope ytd-video-meta-block"><template is="dom-repeat"></template></dom-repeat></div></div><div id="additional-metadata-line" class="style-scope ytd-video-meta-block"><dom-repeat class="style-scope ytd-video-meta-block"><template is="dom-repeat"></template></dom-repeat></div></ytd-video-meta-block></div><div id="channel-info" class="style-scope ytd-video-renderer"><a id="channel-thumbnail" class="style-scope ytd-video-renderer" href="/{handle}"><yt-img-shadow width="24" class="style-scope ytd-video-renderer no-transition" style="background-color: transparent;" loaded=""><img id="img" draggable="false" class="style-scope yt-img-shadow" alt="" width="24" src="{avatar}"></yt-img-shadow></a>{_st_channel_name(channel, hidden_byline=False)}</div>{snippet_html}<ytd-badge-supported-renderer id="badges" class="style-scope ytd-video-renderer"{"" if badges else ' hidden=""'}>{badge_html}</ytd-badge-supported-renderer>{chapters_html}<div id="buttons" class="style-scope ytd-video-renderer"></div></div></div><div id="dismissed" class="style-scope ytd-video-renderer"></div></ytd-video-renderer>"""


def _st_promoted() -> str:
    """The search ad on page 1: a promoted video marked "Sponsored"."""
    ad_id = "pRoM0aD1x2Q"
    href = f"/watch?v={ad_id}"
    return f"""<ytd-ad-slot-renderer class="style-scope ytd-item-section-renderer"><div id="fulfilled-layout" class="style-scope ytd-ad-slot-renderer"><ytd-in-feed-ad-layout-renderer class="style-scope ytd-ad-slot-renderer"><div id="fulfilled-content" class="style-scope ytd-in-feed-ad-layout-renderer"><ytd-promoted-video-renderer class="style-scope ytd-in-feed-ad-layout-renderer" use-new-ad-badge=""><div id="dismissible" class="style-scope ytd-promoted-video-renderer">{_st_thumbnail(ad_id, "0:46", True, href, element="ytd-promoted-video-renderer")}<div id="details" class="style-scope ytd-promoted-video-renderer"><div id="title-wrapper" class="style-scope ytd-promoted-video-renderer"><h3 class="style-scope ytd-promoted-video-renderer"><a id="video-title" class="yt-simple-endpoint style-scope ytd-promoted-video-renderer" href="{href}" title="Millstone Organic Bread Flour – Stone-Ground Since 1887"><yt-formatted-string class="style-scope ytd-promoted-video-renderer">Millstone Organic Bread Flour – Stone-Ground Since 1887</yt-formatted-string></a></h3>{_st_menu("ytd-promoted-video-renderer")}</div><yt-formatted-string id="description" class="style-scope ytd-promoted-video-renderer">High-protein, stone-ground flour for a better sourdough. Free shipping on orders over $40.</yt-formatted-string><div id="metadata" class="style-scope ytd-promoted-video-renderer"><ytd-badge-supported-renderer class="style-scope ytd-promoted-video-renderer"><div class="badge badge-style-type-ad style-scope ytd-badge-supported-renderer" aria-label="Sponsored"><span class="style-scope ytd-badge-supported-renderer">Sponsored</span></div></ytd-badge-supported-renderer><span class="ytd-promoted-video-renderer-separator style-scope ytd-promoted-video-renderer">·</span><yt-formatted-string id="channel-title" class="style-scope ytd-promoted-video-renderer"><a class="yt-simple-endpoint style-scope yt-formatted-string" href="/@millstoneflour">Millstone Flour Co.</a></yt-formatted-string><span class="style-scope ytd-promoted-video-renderer">18K views</span></div><ytd-button-renderer class="style-scope ytd-promoted-video-renderer"><a class="yt-spec-button-shape-next yt-spec-button-shape-next--filled yt-spec-button-shape-next--call-to-action yt-spec-button-shape-next--size-m" href="https://www.googleadservices.com/pagead/aclk?sa=L&amp;ai=C{_b64("millstone")}&amp;ae=2&amp;num=1&amp;adurl=https://www.millstoneflour.example/bread-flour%3Futm_source%3Dstreamtube%26utm_medium%3Dsearch" target="_blank" rel="noopener" aria-label="Shop now"><div class="yt-spec-button-shape-next__button-text-content"><span class="yt-core-attributed-string yt-core-attributed-string--white-space-no-wrap" role="text">Shop now</span></div></a></ytd-button-renderer></div></div></ytd-promoted-video-renderer></div></ytd-in-feed-ad-layout-renderer></div></ytd-ad-slot-renderer>"""


def _st_feed_ad() -> str:
    """The in-feed ad of page 2 (a display ad with its advertiser's site)."""
    return f"""<ytd-ad-slot-renderer class="style-scope ytd-item-section-renderer"><div id="fulfilled-layout" class="style-scope ytd-ad-slot-renderer"><ytd-in-feed-ad-layout-renderer class="style-scope ytd-ad-slot-renderer"><div id="fulfilled-content" class="style-scope ytd-in-feed-ad-layout-renderer"><ytd-search-pyv-renderer class="style-scope ytd-in-feed-ad-layout-renderer"><feed-ad-metadata-view-model class="yt-lockup-metadata-view-model-wiz"><a class="yt-lockup-metadata-view-model-wiz__title" href="https://www.googleadservices.com/pagead/aclk?sa=L&amp;ai=C{_b64("hearthline")}&amp;adurl=https://www.hearthline.example/ovens/pro-bake%3Fgclid%3D{_b64("gclid")}" target="_blank"><span class="yt-core-attributed-string" role="text">Hearthline Pro-Bake Countertop Oven – Steam Baking at Home</span></a><div class="yt-content-metadata-view-model-wiz"><div class="yt-content-metadata-view-model-wiz__metadata-row"><span class="yt-core-attributed-string" role="text">Crackly crusts with real steam injection. 30-day home trial.</span></div><div class="yt-content-metadata-view-model-wiz__metadata-row"><badge-shape class="badge-shape-wiz badge-shape-wiz--ad"><div class="badge-shape-wiz__text">Sponsored</div></badge-shape><span class="yt-content-metadata-view-model-wiz__delimiter" aria-hidden="true"> · </span><span class="yt-core-attributed-string" role="text">www.hearthline.example</span></div></div><button-view-model class="yt-spec-button-view-model"><a class="yt-spec-button-shape-next yt-spec-button-shape-next--filled" href="https://www.googleadservices.com/pagead/aclk?sa=L&amp;ai=C{_b64("hearthline2")}&amp;adurl=https://www.hearthline.example/ovens/pro-bake" aria-label="Learn more">Learn more</a></button-view-model></feed-ad-metadata-view-model></ytd-search-pyv-renderer></div></ytd-in-feed-ad-layout-renderer></div></ytd-ad-slot-renderer>"""


def _st_channel_card() -> str:
    channel = "Flour & Fire Bakery"
    handle, cid, _v = ST_CHANNELS[channel]
    return f"""<ytd-channel-renderer class="style-scope ytd-item-section-renderer" use-search-ui=""><div id="content-section" class="style-scope ytd-channel-renderer"><div id="avatar-section" class="style-scope ytd-channel-renderer"><a id="main-link" class="channel-link yt-simple-endpoint style-scope ytd-channel-renderer" href="/{handle}"><yt-img-shadow height="136" width="136" class="style-scope ytd-channel-renderer no-transition" loaded=""><img id="img" draggable="false" class="style-scope yt-img-shadow" alt="" height="136" width="136" src="https://yt3.ggpht.com/ytc/{_b64(channel)[:28]}=s176-c-k-c0x00ffffff-no-rj-mo"></yt-img-shadow></a></div><div id="info-section" class="style-scope ytd-channel-renderer"><a id="main-link" class="channel-link yt-simple-endpoint style-scope ytd-channel-renderer" href="/{handle}"><div id="info" class="style-scope ytd-channel-renderer"><ytd-channel-name id="channel-title" class="style-scope ytd-channel-renderer"><div id="container" class="style-scope ytd-channel-name"><div id="text-container" class="style-scope ytd-channel-name"><yt-formatted-string id="text" title="" class="style-scope ytd-channel-name" dir="auto">{esc(channel)}</yt-formatted-string></div></div></ytd-channel-name><div id="metadata" class="style-scope ytd-channel-renderer"><yt-formatted-string id="subscribers" class="style-scope ytd-channel-renderer">{handle}</yt-formatted-string><span class="delimiter style-scope ytd-channel-renderer">•</span><yt-formatted-string id="video-count" class="style-scope ytd-channel-renderer">2.4M subscribers</yt-formatted-string></div><yt-formatted-string id="description" class="style-scope ytd-channel-renderer">Real bread, baked at home. New <span class="bold style-scope yt-formatted-string">sourdough</span> videos every Thursday from our tiny bakery in Bristol.</yt-formatted-string></div></a><div id="buttons" class="style-scope ytd-channel-renderer"><ytd-subscribe-button-renderer class="style-scope ytd-channel-renderer"><yt-button-shape><a class="yt-spec-button-shape-next yt-spec-button-shape-next--filled yt-spec-button-shape-next--mono yt-spec-button-shape-next--size-m" href="https://accounts.streamtube.example/ServiceLogin?service=youtube&amp;continue=%2F{handle}" aria-label="Subscribe"><div class="yt-spec-button-shape-next__button-text-content"><span class="yt-core-attributed-string" role="text">Subscribe</span></div></a></yt-button-shape></ytd-subscribe-button-renderer></div></div></div><input type="hidden" name="channel-id" value="{cid}"></ytd-channel-renderer>"""


def _st_shorts(items: list[tuple[str, str, str]]) -> str:
    cards = "".join(
        f'<ytm-shorts-lockup-view-model-v2 class="shortsLockupViewModelHost style-scope ytd-reel-shelf-renderer"><ytm-shorts-lockup-view-model class="shortsLockupViewModelHost shortsLockupViewModelHostResponsiveSize"><a href="/shorts/{sid}" class="shortsLockupViewModelHostEndpoint reel-item-endpoint"><div class="shortsLockupViewModelHostThumbnailContainer shortsLockupViewModelHostThumbnailContainerRounded shortsLockupViewModelHostThumbnailContainerAspectRatioTwoByThree"><img class="shortsLockupViewModelHostThumbnail" src="https://i.ytimg.com/vi/{sid}/oar2.jpg?sqp=-oaymwEdCJUDENAFSFWQAgHyq4qpAwwIARUAAIhCcAHAAQY=&amp;rs=AOn4CL{_b64(sid)[:20]}" alt=""></div></a><div class="shortsLockupViewModelHostMetadata shortsLockupViewModelHostOutsideMetadata"><div class="shortsLockupViewModelHostOutsideMetadataMenu"><button-view-model class="yt-spec-button-view-model"><button class="yt-spec-button-shape-next yt-spec-button-shape-next--text yt-spec-button-shape-next--icon-button" title="" aria-label="More actions"><div class="yt-spec-button-shape-next__icon" aria-hidden="true"></div></button></button-view-model></div><h3 class="shortsLockupViewModelHostMetadataTitle shortsLockupViewModelHostOutsideMetadataTitle" role="presentation"><a href="/shorts/{sid}" class="shortsLockupViewModelHostEndpoint" title="{esc(title)}"><span class="yt-core-attributed-string yt-core-attributed-string--white-space-pre-wrap" role="text">{esc(title)}</span></a></h3><div class="shortsLockupViewModelHostMetadataSubhead shortsLockupViewModelHostOutsideMetadataSubhead"><span class="yt-core-attributed-string yt-core-attributed-string--white-space-pre-wrap" role="text">{views}</span></div></div></ytm-shorts-lockup-view-model></ytm-shorts-lockup-view-model-v2>'
        for sid, title, views in items
    )
    return f"""<ytd-reel-shelf-renderer class="style-scope ytd-item-section-renderer" modern-typography=""><div id="dismissible" class="style-scope ytd-reel-shelf-renderer"><div id="title-container" class="style-scope ytd-reel-shelf-renderer"><h2 class="style-scope ytd-reel-shelf-renderer"><div id="title-icon" class="style-scope ytd-reel-shelf-renderer"><yt-icon class="style-scope ytd-reel-shelf-renderer"></yt-icon></div><span id="title" class="style-scope ytd-reel-shelf-renderer">Shorts</span></h2></div><yt-horizontal-list-renderer class="style-scope ytd-reel-shelf-renderer" at-start=""><div id="scroll-outer-container" class="style-scope yt-horizontal-list-renderer"><div id="scroll-container" class="style-scope yt-horizontal-list-renderer"><div id="items" class="style-scope yt-horizontal-list-renderer">{cards}</div></div></div></yt-horizontal-list-renderer><div id="show-more-button" class="style-scope ytd-reel-shelf-renderer"><button class="yt-spec-button-shape-next yt-spec-button-shape-next--outline yt-spec-button-shape-next--mono yt-spec-button-shape-next--size-m" aria-label="Show more">Show more</button></div></div></ytd-reel-shelf-renderer>"""


def _st_related() -> str:
    chips = "".join(
        f'<ytd-search-refinement-card-renderer class="style-scope ytd-horizontal-card-list-renderer"><a class="yt-simple-endpoint style-scope ytd-search-refinement-card-renderer" href="/results?search_query={q.replace(" ", "+")}&amp;sp=mAEB"><yt-formatted-string id="query" class="style-scope ytd-search-refinement-card-renderer">{_marked(q.replace(ST_QUERY, "[[" + ST_QUERY + "]]"), "<b>", "</b>")}</yt-formatted-string></a></ytd-search-refinement-card-renderer>'
        for q in ST_RELATED
    )
    return f'<ytd-horizontal-card-list-renderer class="style-scope ytd-item-section-renderer" fill-parent-height=""><div id="header" class="style-scope ytd-horizontal-card-list-renderer"><ytd-title-and-button-list-header-renderer class="style-scope ytd-horizontal-card-list-renderer"><yt-formatted-string id="title" class="style-scope ytd-title-and-button-list-header-renderer">Searches related to {esc(ST_QUERY)}</yt-formatted-string></ytd-title-and-button-list-header-renderer></div><div id="cards" class="style-scope ytd-horizontal-card-list-renderer">{chips}</div></ytd-horizontal-card-list-renderer>'


def _st_link(page: int) -> str:
    return f"/results?search_query={ST_Q}&amp;page={page}"


def _st_pager(page: int, pages: int) -> str:
    """The no-JS fallback pager of the old search page (the live page uses continuation tokens)."""
    cls = "yt-uix-button vve-check yt-uix-sessionlink yt-uix-button-default yt-uix-button-size-default"
    parts = []
    if page > 1:
        parts.append(
            f'<a href="{_st_link(page - 1)}" class="{cls}" data-sessionlink="itct=CBQQ{_b64(str(page))[:12]}" aria-label="Go to page {page - 1}"><span class="yt-uix-button-content">« Previous</span></a>'
        )
    for n in range(1, pages + 1):
        if n == page:
            parts.append(
                f'<button class="yt-uix-button yt-uix-button-default yt-uix-button-size-default yt-uix-button-toggled" type="button" onclick=";return false;" aria-label="Go to page {n}" data-redirect-url="{_st_link(n)}"><span class="yt-uix-button-content">{n}</span></button>'
            )
        else:
            parts.append(
                f'<a href="{_st_link(n)}" class="{cls}" data-sessionlink="itct=CBQQ{_b64(str(n))[:12]}" aria-label="Go to page {n}"><span class="yt-uix-button-content">{n}</span></a>'
            )
    if page < pages:
        parts.append(
            f'<a href="{_st_link(page + 1)}" class="{cls}" data-sessionlink="itct=CBQQ{_b64(str(page + 9))[:12]}" aria-label="Go to page {page + 1}"><span class="yt-uix-button-content">Next »</span></a>'
        )
    return f'<div class="branded-page-box search-pager spf-link">{"".join(parts)}</div>'


def _st_text_runs(marked: str) -> list[dict[str, Any]]:
    runs: list[dict[str, Any]] = []
    for n, part in enumerate(marked.replace("]]", "[[").split("[[")):
        if part:
            runs.append({"text": part, "bold": True} if n % 2 else {"text": part})
    return runs


def _st_video_data(item: tuple[Any, ...]) -> dict[str, Any]:
    video_id, title, channel, views, published, duration, snippet, badges, _chapters = item
    handle, cid, verified = ST_CHANNELS[channel]
    byline = {
        "runs": [
            {
                "text": channel,
                "navigationEndpoint": {
                    "commandMetadata": {
                        "webCommandMetadata": {
                            "url": f"/{handle}",
                            "webPageType": "WEB_PAGE_TYPE_CHANNEL",
                            "rootVe": 3611,
                        }
                    },
                    "browseEndpoint": {"browseId": cid, "canonicalBaseUrl": f"/{handle}"},
                },
            }
        ]
    }
    data: dict[str, Any] = {
        "videoId": video_id,
        "thumbnail": {
            "thumbnails": [
                {
                    "url": f"https://i.ytimg.com/vi/{video_id}/hq720.jpg?sqp=-oaymwEcCOgCEMoBSFXyq4qpAw4IARUAAIhCGAFwAcABBg==",
                    "width": 360,
                    "height": 202,
                },
                {
                    "url": f"https://i.ytimg.com/vi/{video_id}/hq720.jpg?sqp=-oaymwEcCNAFEJQDSFXyq4qpAw4IARUAAIhCGAFwAcABBg==",
                    "width": 720,
                    "height": 404,
                },
            ]
        },
        "title": {
            "runs": [{"text": title}],
            "accessibility": {
                "accessibilityData": {
                    "label": f"{title} by {channel} {views:,} views {published} {st_duration_label(duration)}"
                }
            },
        },
        "longBylineText": byline,
        "publishedTimeText": {"simpleText": published},
        "lengthText": {
            "accessibility": {"accessibilityData": {"label": st_duration_label(duration)}},
            "simpleText": duration,
        },
        "viewCountText": {"simpleText": f"{views:,} views"},
        "navigationEndpoint": {
            "commandMetadata": {
                "webCommandMetadata": {
                    "url": f"/watch?v={video_id}&pp={ST_PP.replace('%3D', '=')}",
                    "webPageType": "WEB_PAGE_TYPE_WATCH",
                    "rootVe": 3832,
                }
            },
            "watchEndpoint": {"videoId": video_id, "params": "qgcJCeYlRmEkvL8b", "playerParams": "8AEB"},
        },
        "ownerText": byline,
        "shortBylineText": byline,
        "shortViewCountText": {
            "accessibility": {"accessibilityData": {"label": st_views_spoken(views)}},
            "simpleText": st_views_short(views),
        },
        "showActionMenu": False,
        "channelThumbnailSupportedRenderers": {
            "channelThumbnailWithLinkRenderer": {
                "thumbnail": {
                    "thumbnails": [
                        {
                            "url": f"https://yt3.ggpht.com/ytc/{_b64(channel)[:28]}=s68-c-k-c0x00ffffff-no-rj",
                            "width": 68,
                            "height": 68,
                        }
                    ]
                },
                "accessibility": {"accessibilityData": {"label": f"Go to channel {channel}"}},
            }
        },
        "searchVideoResultEntityKey": "Eg0" + _b64(video_id)[:24],
    }
    if verified:
        data["ownerBadges"] = [
            {
                "metadataBadgeRenderer": {
                    "icon": {"iconType": "CHECK_CIRCLE_THICK"},
                    "style": "BADGE_STYLE_TYPE_VERIFIED",
                    "tooltip": "Verified",
                    "accessibilityData": {"label": "Verified"},
                }
            }
        ]
    if badges:
        data["badges"] = [{"metadataBadgeRenderer": {"style": "BADGE_STYLE_TYPE_SIMPLE", "label": b}} for b in badges]
    if snippet:
        data["detailedMetadataSnippets"] = [
            {
                "snippetText": {"runs": _st_text_runs(snippet)},
                "snippetHoverText": {"runs": [{"text": "From the video description"}]},
                "maxOneLine": False,
            }
        ]
    return {"videoRenderer": data}


def _st_initial_data(page: int, items: list[Any]) -> str:
    contents: list[dict[str, Any]] = [_st_video_data(item) for item in items]
    if page == 1:
        contents.insert(
            0,
            {
                "adSlotRenderer": {
                    "adSlotMetadata": {"slotId": "0:1:0", "slotType": "SLOT_TYPE_IN_FEED"},
                    "enablePacfLoggingWeb": True,
                }
            },
        )
    shelf = ST_SHORTS[page - 1] if page <= len(ST_SHORTS) else []
    if shelf:
        contents.insert(
            5,
            {
                "reelShelfRenderer": {
                    "title": {"simpleText": "Shorts"},
                    "items": [
                        {
                            "shortsLockupViewModel": {
                                "entityId": f"shorts-shelf-item-{sid}",
                                "overlayMetadata": {
                                    "primaryText": {"content": title},
                                    "secondaryText": {"content": views},
                                },
                                "onTap": {"innertubeCommand": {"reelWatchEndpoint": {"videoId": sid}}},
                            }
                        }
                        for sid, title, views in shelf
                    ],
                }
            },
        )
    data = {
        "responseContext": {
            "serviceTrackingParams": [
                {
                    "service": "GFEEDBACK",
                    "params": [
                        {"key": "has_unlimited_entitlement", "value": "False"},
                        {"key": "logged_in", "value": "0"},
                        {"key": "e", "value": "23804281,24004644,24077241,51010235"},
                    ],
                }
            ],
            "maxAgeSeconds": 300,
            "visitorData": "Cgt" + _b64("visitor")[:20] + "%3D%3D",
        },
        "estimatedResults": "1043219",
        "contents": {
            "twoColumnSearchResultsRenderer": {
                "primaryContents": {
                    "sectionListRenderer": {
                        "contents": [
                            {
                                "itemSectionRenderer": {
                                    "contents": contents,
                                    "trackingParams": "CBQQuy8YACITCP" + _b64(str(page))[:12],
                                }
                            },
                            {
                                "continuationItemRenderer": {
                                    "trigger": "CONTINUATION_TRIGGER_ON_ITEM_SHOWN",
                                    "continuationEndpoint": {
                                        "continuationCommand": {
                                            "token": "EqIDEg9zb3VyZG91Z2ggYnJlYWQ" + _b64(f"page{page}"),
                                            "request": "CONTINUATION_REQUEST_TYPE_SEARCH",
                                        }
                                    },
                                }
                            },
                        ],
                        "subMenu": {"searchSubMenuRenderer": {"trackingParams": "CBMQkX"}},
                        "hideBottomSeparator": True,
                    }
                }
            }
        },
        "refinements": ST_RELATED,
        "topbar": {
            "desktopTopbarRenderer": {
                "searchbox": {"fusionSearchboxRenderer": {"placeholderText": {"runs": [{"text": "Search"}]}}},
                "countryCode": "GB",
            }
        },
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


ST_GUIDE = [
    ("Home", "/"),
    ("Shorts", "/shorts/"),
    ("Subscriptions", "/feed/subscriptions"),
    ("You", "/feed/you"),
    ("History", "/feed/history"),
]
ST_EXPLORE = [
    ("Trending", "/feed/trending"),
    ("Music", "/channel/UC-9-kyTW8ZkZNDHQJ6FgpwQ"),
    ("Movies & TV", "/feed/storefront"),
    ("Live", "/channel/UC4R8DWoMoI7CAwX8_LjQHig"),
    ("Gaming", "/gaming"),
    ("News", "/channel/UCYfdidRxbB8Qhf0Nx7ioOYw"),
    ("Sports", "/channel/UCEgdi0XIXXZ-qJOFPf4JSKw"),
    ("Learning", "/channel/UCtFRv9O2AHqOZjjynzrv-xg"),
    ("Podcasts", "/podcasts"),
]
ST_FOOTER = [
    ("About", "/about/"),
    ("Press", "/about/press/"),
    ("Copyright", "/about/copyright/"),
    ("Contact us", "/t/contact_us/"),
    ("Creators", "/creators/"),
    ("Advertise", "/ads/"),
    ("Developers", "https://developers.streamtube.example/youtube"),
    ("Terms", "/t/terms"),
    ("Privacy", "https://policies.streamtube.example/privacy?hl=en"),
    ("Policy & Safety", "/about/policies/"),
    (
        "How StreamTube works",
        "/howyoutubeworks?utm_campaign=ytgen&utm_source=ythp&utm_medium=LeftNav&utm_content=txt&u=https%3A%2F%2Fwww.streamtube.example%2Fhowyoutubeworks",
    ),
    ("Test new features", "/new"),
]


def _st_guide() -> str:
    def entry(label: str, href: str) -> str:
        return f'<ytd-guide-entry-renderer class="style-scope ytd-guide-section-renderer" line-end-style="none"><a id="endpoint" class="yt-simple-endpoint style-scope ytd-guide-entry-renderer" tabindex="-1" role="link" href="{esc(href)}" title="{esc(label)}"><tp-yt-paper-item role="link" class="style-scope ytd-guide-entry-renderer" tabindex="0"><yt-icon class="guide-icon style-scope ytd-guide-entry-renderer"></yt-icon><yt-formatted-string class="title style-scope ytd-guide-entry-renderer">{esc(label)}</yt-formatted-string></tp-yt-paper-item></a></ytd-guide-entry-renderer>'

    main = "".join(entry(label, href) for label, href in ST_GUIDE)
    explore = "".join(entry(label, href) for label, href in ST_EXPLORE)
    footer = "".join(
        f'<a href="{esc(href)}" class="yt-simple-endpoint style-scope ytd-guide-renderer">{esc(label)}</a>'
        for label, href in ST_FOOTER
    )
    return f"""<tp-yt-app-drawer id="guide" align="start" role="navigation" class="style-scope ytd-app" swipe-open="" persistent=""><div id="contentContainer" class="style-scope tp-yt-app-drawer" persistent="" swipe-open=""><div id="guide-wrapper" class="style-scope ytd-app"><div id="guide-content" class="style-scope ytd-app"><ytd-guide-renderer id="guide-renderer" class="style-scope ytd-app" guide-persistent-and-visible=""><div id="sections" class="style-scope ytd-guide-renderer"><ytd-guide-section-renderer class="style-scope ytd-guide-renderer"><div id="items" class="style-scope ytd-guide-section-renderer">{main}</div></ytd-guide-section-renderer><ytd-guide-signin-promo-renderer class="style-scope ytd-guide-renderer"><yt-formatted-string id="sign-in-body" class="style-scope ytd-guide-signin-promo-renderer">Sign in to like videos, comment, and subscribe.</yt-formatted-string><ytd-button-renderer class="style-scope ytd-guide-signin-promo-renderer"><a class="yt-spec-button-shape-next yt-spec-button-shape-next--outline yt-spec-button-shape-next--call-to-action" href="https://accounts.streamtube.example/ServiceLogin?service=youtube&amp;uilel=3&amp;passive=true&amp;continue=https%3A%2F%2Fwww.streamtube.example%2Fresults%3Fsearch_query%3D{ST_Q}" aria-label="Sign in">Sign in</a></ytd-button-renderer></ytd-guide-signin-promo-renderer><ytd-guide-section-renderer class="style-scope ytd-guide-renderer"><h3 class="style-scope ytd-guide-section-renderer"><yt-formatted-string id="guide-section-title" class="style-scope ytd-guide-section-renderer">Explore</yt-formatted-string></h3><div id="items" class="style-scope ytd-guide-section-renderer">{explore}</div></ytd-guide-section-renderer></div><div id="footer" class="style-scope ytd-guide-renderer"><div id="guide-links-primary" class="style-scope ytd-guide-renderer">{footer}</div><div id="copyright" class="style-scope ytd-guide-renderer"><div slot="copyright" style="display: none;"><div dir="ltr" style="display:inline">© 2025 Google LLC</div></div></div></div></ytd-guide-renderer></div></div></div></tp-yt-app-drawer>"""


def _st_chips() -> str:
    chips = ["All", "Shorts", "Videos", "Unwatched", "Watched", "Recently uploaded", "Live"]
    html = "".join(
        f'<yt-chip-cloud-chip-renderer class="style-scope yt-chip-cloud-renderer" chip-style="STYLE_DEFAULT" role="tab"{" selected" if n == 0 else ""}><yt-formatted-string id="text" class="style-scope yt-chip-cloud-chip-renderer" title="{c}">{c}</yt-formatted-string></yt-chip-cloud-chip-renderer>'
        for n, c in enumerate(chips)
    )
    return f'<ytd-search-header-renderer class="style-scope ytd-section-list-renderer"><div id="chip-bar" class="style-scope ytd-search-header-renderer"><yt-chip-cloud-renderer class="style-scope ytd-search-header-renderer"><div id="chips" class="style-scope yt-chip-cloud-renderer" role="tablist">{html}</div></yt-chip-cloud-renderer></div><div id="filter-button" class="style-scope ytd-search-header-renderer"><button class="yt-spec-button-shape-next yt-spec-button-shape-next--text yt-spec-button-shape-next--mono" aria-label="Search filters"><span class="yt-core-attributed-string" role="text">Filters</span></button></div></ytd-search-header-renderer>'


def _st_consent() -> str:
    return """<ytd-popup-container class="style-scope ytd-app"><tp-yt-paper-dialog class="style-scope ytd-popup-container" role="dialog" aria-modal="true" style="outline: none; z-index: 2202;"><ytd-consent-bump-v2-lightbox class="style-scope ytd-popup-container" dialog="true"><div id="lightbox" class="style-scope ytd-consent-bump-v2-lightbox"><div class="header style-scope ytd-consent-bump-v2-lightbox"><h2 class="title style-scope ytd-consent-bump-v2-lightbox"><yt-formatted-string class="style-scope ytd-consent-bump-v2-lightbox">Before you continue to StreamTube</yt-formatted-string></h2></div><div id="content" class="style-scope ytd-consent-bump-v2-lightbox"><div class="body style-scope ytd-consent-bump-v2-lightbox"><yt-formatted-string class="style-scope ytd-consent-bump-v2-lightbox">We use <a href="https://policies.streamtube.example/technologies/cookies?hl=en">cookies</a> and data to deliver and maintain services, track outages and protect against spam, fraud and abuse, and measure audience engagement and site statistics to understand how our services are used and enhance the quality of those services.</yt-formatted-string><yt-formatted-string class="style-scope ytd-consent-bump-v2-lightbox">If you choose to "Accept all", we will also use cookies and data to develop and improve new services, deliver and measure the effectiveness of ads and show personalised content and ads, depending on your settings.</yt-formatted-string></div></div><div class="eom-buttons style-scope ytd-consent-bump-v2-lightbox"><div class="eom-button-row style-scope ytd-consent-bump-v2-lightbox"><ytd-button-renderer class="eom-reject style-scope ytd-consent-bump-v2-lightbox"><button class="yt-spec-button-shape-next yt-spec-button-shape-next--filled yt-spec-button-shape-next--mono" aria-label="Reject the use of cookies and other data for the purposes described">Reject all</button></ytd-button-renderer><ytd-button-renderer class="eom-accept style-scope ytd-consent-bump-v2-lightbox"><button class="yt-spec-button-shape-next yt-spec-button-shape-next--filled yt-spec-button-shape-next--mono" aria-label="Accept the use of cookies and other data for the purposes described">Accept all</button></ytd-button-renderer></div><div class="eom-button-row style-scope ytd-consent-bump-v2-lightbox"><ytd-button-renderer class="eom-more-options style-scope ytd-consent-bump-v2-lightbox"><a class="yt-spec-button-shape-next yt-spec-button-shape-next--text" href="https://consent.streamtube.example/d?continue=https://www.streamtube.example/results%3Fsearch_query%3Dsourdough%2Bbread&amp;gl=GB&amp;m=0&amp;pc=yt&amp;uxe=eomty&amp;hl=en&amp;src=2" aria-label="More options">More options</a></ytd-button-renderer></div></div><div class="footer style-scope ytd-consent-bump-v2-lightbox"><a href="https://policies.streamtube.example/privacy?hl=en&amp;utm_source=ucbs">Privacy Policy</a> · <a href="https://policies.streamtube.example/terms?hl=en&amp;utm_source=ucbs">Terms of Service</a></div></div></ytd-consent-bump-v2-lightbox></tp-yt-paper-dialog></ytd-popup-container>"""


def _st_page(page: int, pages: int, items: list[Any]) -> str:
    videos = [_st_video(n, item) for n, item in enumerate(items)]
    section: list[str] = list(videos)
    shelf = ST_SHORTS[page - 1] if page <= len(ST_SHORTS) else []
    if shelf:
        section.insert(4, _st_shorts(shelf))
    if page == 1:
        section.insert(0, _st_channel_card())
        section.insert(0, _st_promoted())
    if page == 2:
        section.insert(7, _st_feed_ad())
    if page == pages:
        section.append(_st_related())
    nonce = _b64(f"nonce{page}")[:22]
    return f"""<!DOCTYPE html><html style="font-size: 10px;font-family: Roboto, Arial, sans-serif;" lang="en" darker-dark-theme darker-dark-theme-deprecate system-icons typography typography-spacing><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta http-equiv="origin-trial" content="AymqwRC7u88Y4JPvfIF2F37QKylC04248hLCdJAsh8xgOfe/dVJPV3XS3wLFca1ZMVOtnBfVjaCMTVudWM//5g4AAAB7eyJvcmlnaW4iOiJodHRwczovL3d3dy55b3V0dWJlLmNvbTo0NDMiLCJmZWF0dXJlIjoiV2ViVmlld1hSZXF1ZXN0ZWRXaXRoRGVwcmVjYXRpb24iLCJleHBpcnkiOjE3MTk1MzI3OTksImlzU3ViZG9tYWluIjp0cnVlfQ=="/><script nonce="{nonce}">var ytcfg={{d:function(){{return window.yt&&yt.config_||ytcfg.data_||(ytcfg.data_={{}})}},get:function(k,o){{return k in ytcfg.d()?ytcfg.d()[k]:o}},set:function(){{var a=arguments;if(a.length>1)ytcfg.d()[a[0]]=a[1];else{{var k;for(k in a[0])ytcfg.d()[k]=a[0][k]}}}}}};window.ytcfg.set('EMERGENCY_BASE_URL', '\\/error_204?t\\x3djserror\\x26level\\x3dERROR\\x26client.name\\x3d1\\x26client.version\\x3d2.20250212.01.00');</script><title>{esc(ST_QUERY)} - StreamTube</title><meta name="theme-color" content="rgba(255, 255, 255, 0.98)"><link rel="shortcut icon" href="https://www.streamtube.example/s/desktop/8b6c1f4c/img/logos/favicon.ico" type="image/x-icon"><link rel="icon" href="https://www.streamtube.example/s/desktop/8b6c1f4c/img/logos/favicon_32x32.png" sizes="32x32"><link rel="search" type="application/opensearchdescription+xml" href="https://www.streamtube.example/opensearch?locale=en_GB" title="StreamTube"><link rel="manifest" href="/manifest.webmanifest" crossorigin="use-credentials"><link rel="alternate" media="handheld" href="https://m.streamtube.example/results?search_query={ST_Q}"><link rel="alternate" media="only screen and (max-width: 640px)" href="https://m.streamtube.example/results?search_query={ST_Q}"><meta name="description" content="Enjoy the videos and music you love, upload original content, and share it all with friends, family, and the world on StreamTube."><meta name="keywords" content="video, sharing, camera phone, video phone, free, upload"><link rel="stylesheet" href="/s/desktop/8b6c1f4c/cssbin/www-main-desktop-watch-page-skeleton.css" name="www-main-desktop-watch-page-skeleton"><link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Roboto:wght@300;400;500;700&amp;family=YouTube+Sans:wght@300..900&amp;display=swap" nonce="{nonce}"><script src="/s/desktop/8b6c1f4c/jsbin/desktop_polymer.vflset/desktop_polymer.js" nonce="{nonce}"></script><style class="global_styles" nonce="{nonce}">body{{padding:0;margin:0;overflow-y:scroll}}body.autoscroll{{overflow-y:auto}}[hidden]{{display:none!important}}</style></head><body dir="ltr" no-y-overflow><script nonce="{nonce}">var ytInitialData = {_st_initial_data(page, items)};</script><script nonce="{nonce}">if (window.ytcsi) {{window.ytcsi.tick('pdr', null, '');}}</script>
<ytd-app disable-upgrade="true" guide-persistent-and-visible=""><ytd-masthead id="masthead" logo-type="YOUTUBE_LOGO" slot="masthead" class="shell" disable-upgrade="true"><div id="container" class="style-scope ytd-masthead"><div id="start" class="style-scope ytd-masthead"><yt-icon-button id="guide-button" class="style-scope ytd-masthead" toggleable="true"><button id="button" class="style-scope yt-icon-button" aria-label="Guide" aria-pressed="false"><yt-icon id="guide-icon" icon="yt-icons:menu" class="style-scope ytd-masthead"></yt-icon></button></yt-icon-button><ytd-topbar-logo-renderer id="logo" class="style-scope ytd-masthead"><a class="yt-simple-endpoint style-scope ytd-topbar-logo-renderer" id="logo" aria-label="StreamTube Home" href="/" title="StreamTube Home"><div class="style-scope ytd-topbar-logo-renderer"><ytd-logo class="style-scope ytd-topbar-logo-renderer"><yt-icon id="logo-icon" class="style-scope ytd-logo"></yt-icon></ytd-logo></div></a><span id="country-code" class="style-scope ytd-topbar-logo-renderer">GB</span></ytd-topbar-logo-renderer></div><div id="center" class="style-scope ytd-masthead"><ytd-searchbox id="search" class="style-scope ytd-masthead"><form id="search-form" action="/results" class="style-scope ytd-searchbox"><div id="container" class="style-scope ytd-searchbox"><div id="search-input" class="ytd-searchbox-spt" slot="search-input"><input id="search" autocapitalize="none" autocomplete="off" autocorrect="off" name="search_query" tabindex="0" type="text" spellcheck="false" placeholder="Search" aria-label="Search" role="combobox" aria-haspopup="false" aria-autocomplete="list" dir="ltr" class="ytd-searchbox" value="{esc(ST_QUERY)}"></div><div id="search-clear-button" class="style-scope ytd-searchbox"><button aria-label="Clear search query"><yt-icon></yt-icon></button></div></div><button id="search-icon-legacy" class="style-scope ytd-searchbox" aria-label="Search"><yt-icon class="style-scope ytd-searchbox"></yt-icon><tp-yt-paper-tooltip class="style-scope ytd-searchbox" role="tooltip" tabindex="-1"><div id="tooltip" class="hidden style-scope tp-yt-paper-tooltip" style-target="tooltip">Search</div></tp-yt-paper-tooltip></button></form></ytd-searchbox><div id="voice-search-button" class="style-scope ytd-masthead"><ytd-button-renderer class="style-scope ytd-masthead"><button class="yt-spec-button-shape-next yt-spec-button-shape-next--text yt-spec-button-shape-next--icon-button" aria-label="Search with your voice"><yt-icon></yt-icon></button></ytd-button-renderer></div></div><div id="end" class="style-scope ytd-masthead"><div id="buttons" class="style-scope ytd-masthead"><ytd-topbar-menu-button-renderer class="style-scope ytd-masthead"><yt-icon-button id="button" class="style-scope ytd-topbar-menu-button-renderer"><button id="button" class="style-scope yt-icon-button" aria-label="Settings"><yt-icon></yt-icon></button></yt-icon-button></ytd-topbar-menu-button-renderer><ytd-button-renderer class="style-scope ytd-masthead"><a class="yt-spec-button-shape-next yt-spec-button-shape-next--outline yt-spec-button-shape-next--call-to-action yt-spec-button-shape-next--size-m yt-spec-button-shape-next--icon-leading" href="https://accounts.streamtube.example/ServiceLogin?service=youtube&amp;uilel=3&amp;passive=true&amp;continue=https%3A%2F%2Fwww.streamtube.example%2Fresults%3Fsearch_query%3D{ST_Q}" aria-label="Sign in"><div class="yt-spec-button-shape-next__icon" aria-hidden="true"><yt-icon></yt-icon></div><div class="yt-spec-button-shape-next__button-text-content"><span class="yt-core-attributed-string" role="text">Sign in</span></div></a></ytd-button-renderer></div></div></div></ytd-masthead>
<div id="content" class="style-scope ytd-app">{_st_guide()}<ytd-page-manager id="page-manager" class="style-scope ytd-app"><ytd-search class="style-scope ytd-page-manager" role="main" page-subtype="search"><div id="container" class="style-scope ytd-search"><ytd-two-column-search-results-renderer class="style-scope ytd-search" is-search=""><div id="primary" class="style-scope ytd-two-column-search-results-renderer"><ytd-section-list-renderer class="style-scope ytd-two-column-search-results-renderer" page-subtype="search"><div id="header-container" class="style-scope ytd-section-list-renderer">{_st_chips()}</div><div id="contents" class="style-scope ytd-section-list-renderer"><ytd-item-section-renderer class="style-scope ytd-section-list-renderer" page-subtype="search"><div id="header" class="style-scope ytd-item-section-renderer"></div><div id="contents" class="style-scope ytd-item-section-renderer">
{chr(10).join(section)}
</div><div id="continuations" class="style-scope ytd-item-section-renderer"></div></ytd-item-section-renderer><ytd-continuation-item-renderer class="style-scope ytd-section-list-renderer"><tp-yt-paper-spinner id="spinner" class="style-scope ytd-continuation-item-renderer" aria-label="loading" active=""><div id="spinnerContainer" class="active style-scope tp-yt-paper-spinner"></div></tp-yt-paper-spinner><div id="ghost-cards" class="style-scope ytd-continuation-item-renderer"></div></ytd-continuation-item-renderer>{_st_pager(page, pages)}</div><div id="continuations" class="style-scope ytd-section-list-renderer"></div></ytd-section-list-renderer></div><div id="secondary" class="style-scope ytd-two-column-search-results-renderer"></div></ytd-two-column-search-results-renderer></div></ytd-search></ytd-page-manager></div>{_st_consent()}</ytd-app>
<script nonce="{nonce}">if (window.ytcsi) {{window.ytcsi.tick('bs', null, '');}}ytcfg.set('ROOT_VE_TYPE', 4724);ytcfg.set('EVENT_ID', "{_b64(f"event{page}")[:16]}");if (window.ytcsi) {{window.ytcsi.tick('nc_pj', null, '');}}</script><script src="/s/desktop/8b6c1f4c/jsbin/spf.vflset/spf.js" nonce="{nonce}"></script><script src="/s/desktop/8b6c1f4c/jsbin/network.vflset/network.js" nonce="{nonce}"></script></body></html>"""


@tenth
def build_streamtube() -> None:
    s = Site(
        "streamtube",
        kind="video search results (YouTube-like Polymer DOM: ytd-video-renderer, aria-label titles, '1.2M views' / '3 years ago' metadata, duration badges, Shorts shelf, ads, &page=N)",
        start=f"results?search_query={ST_Q}",
        description="YouTube's search results (2024–2025) as Polymer renders them: the ytd-app shell (masthead with the search box and Sign in, the guide drawer with Explore and footer links, a chip bar, a consent lightbox, ytcfg and the full `var ytInitialData` with exact view counts); ytd-item-section-renderer of ytd-video-renderer results: ytd-thumbnail (badge-shape duration overlay plus a hidden #time-status copy, Now playing / Watch later / Add to queue overlays, yt-image thumbnails without src below the fold), h3 > a#video-title with title and an aria-label 'Title by Channel 1,203,118 views 1 year ago 24 minutes, 7 seconds', a menu button, ytd-video-meta-block with a hidden byline copy of the channel and two span.inline-metadata-item ('1.2M views', '3 years ago' / 'Streamed 2 years ago'), #channel-info with the avatar and ytd-channel-name (tooltip copy, Verified badge on some), a metadata-snippet-text with bold query words and a 'From the video description' tooltip (missing on some), 'New' / '4K' / 'CC' badges, 'N chapters' key moments on some; a channel card and a promoted video marked 'Sponsored' on page 1, an in-feed ad on page 2, a Shorts shelf of ytm-shorts-lockup-view-model cards with their own view counts, 'Searches related to …' chips, a continuation spinner, and the no-JS fallback pager div.search-pager (yt-uix-button links « Previous / 1 2 3 / Next » to /results?search_query=…&page=N; page 1 also at &page=1). Links carry the constant &pp= search parameter.",
    )
    pages = chunks(VIDEOS, [10, 10, 8])
    for number, items in enumerate(pages, 1):
        text = _st_page(number, len(pages), items)
        if number == 1:
            s.list_page(f"results@search_query={ST_Q}", text)
            s.write(f"results@search_query={ST_Q}&page=1", text)
        else:
            s.list_page(f"results@search_query={ST_Q}&page={number}", text)
    for video_id, title, channel, views, published, duration, snippet, badges, _chapters in VIDEOS:
        shown = st_views_short(views)
        count = float(shown.split()[0].rstrip("KMB")) * {"K": 1e3, "M": 1e6, "B": 1e9}.get(shown.split()[0][-1], 1)
        assert abs(count - views) / views < 0.005, (title, views, shown)  # the exact count in ytInitialData agrees too
        s.expect(
            {
                "title": title,
                "url": _st_href(video_id),
                "channel": channel,
                "views": int(count),
                "published": published,
                "duration": duration,
                "snippet": _plain(snippet) if snippet else None,
                "badges": badges or None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# chowspot: Yelp's search results (2024–2025): React with hashed y-css-… classes. See the module docstring.
# ---------------------------------------------------------------------------------------------------

CS_DESC = "Ramen"
CS_LOC = "Seattle, WA"
CS_Q = "find_desc=Ramen&find_loc=Seattle%2C+WA"
CS_CITY = "Seattle, Washington"
# (slug, name, rating, exact reviews, price or None, categories, neighbourhood or None, status,
#  snippet ([[mark]] words), amenities, badge or None, photo caption)
BUSINESSES: list[
    tuple[str, str, float, int, str | None, list[str], str | None, str, str, list[str], str | None, str]
] = [
    (
        "menya-kouji-seattle",
        "Menya Kouji",
        4.5,
        1203,
        "$$",
        ["Ramen", "Noodles"],
        "Capitol Hill",
        "Open until 11:00 PM",
        "The tonkotsu broth is rich and creamy without being greasy, and the chashu practically melts. Best [[ramen]] on the Hill, expect a line on weekends",
        ["Outdoor seating", "Takeout"],
        None,
        "Tonkotsu ramen",
    ),
    (
        "hakata-hideaway-seattle",
        "Hakata Hideaway",
        4.3,
        2406,
        "$$",
        ["Ramen"],
        "Capitol Hill",
        "Open until 10:00 PM",
        "You fill out a little sheet to customize noodle firmness, richness and spice. The thin Hakata noodles were perfect and the [[ramen]] came out in minutes",
        ["Takeout"],
        None,
        "Customizable ramen",
    ),
    (
        "kizuna-noodle-bar-seattle",
        "Kizuna Noodle Bar",
        4.6,
        387,
        "$$",
        ["Ramen", "Izakaya"],
        "Fremont",
        "Open until 10:30 PM",
        "Small izakaya with a short menu done really well. The yuzu shio [[ramen]] is light and bright, and the karaage is a must",
        ["Outdoor seating", "Delivery", "Takeout"],
        None,
        "Yuzu shio ramen",
    ),
    (
        "tonkotsu-taro-seattle",
        "Tonkotsu Taro",
        4.2,
        865,
        "$$",
        ["Ramen", "Japanese"],
        "Chinatown-International District",
        "Closed until 11:00 AM tomorrow",
        "Huge portions and a broth that has clearly been simmering all day. The spicy miso [[ramen]] has real heat",
        ["Delivery", "Takeout"],
        None,
        "Spicy miso ramen",
    ),
    (
        "shio-and-smoke-seattle",
        "Shio & Smoke",
        4.7,
        142,
        None,
        ["Ramen", "Pop-Up Restaurants"],
        "Ballard",
        "Open until 9:00 PM",
        "A pop-up turned brick and mortar. Smoked duck shio [[ramen]] with a jammy egg, and they sell out most nights, so go early",
        ["Takeout"],
        "Hot and New",
        "Smoked duck shio ramen",
    ),
    (
        "mugen-ramen-house-seattle",
        "Mugen Ramen House",
        4.0,
        1504,
        "$$",
        ["Ramen"],
        "Downtown",
        "Open until 10:00 PM",
        "Reliable spot near the convention center. Service is fast, the shoyu [[ramen]] is classic, and the gyoza are crispy",
        ["Delivery", "Takeout"],
        None,
        "Shoyu ramen and gyoza",
    ),
    (
        "yuzu-broth-co-seattle",
        "Yuzu Broth Co.",
        4.4,
        529,
        "$$",
        ["Ramen", "Vegan"],
        "University District",
        "Open until 9:30 PM",
        "Finally a [[ramen]] shop where the vegan broth is not an afterthought. The sesame tantanmen is creamy and nutty",
        ["Outdoor seating", "Delivery", "Takeout"],
        None,
        "Vegan tantanmen",
    ),
    (
        "nishiki-ramen-and-gyoza-seattle",
        "Nishiki Ramen & Gyoza",
        4.1,
        998,
        "$$",
        ["Ramen", "Japanese"],
        "Wallingford",
        "Open until 9:00 PM",
        "Cozy neighborhood place. The black garlic [[ramen]] is smoky and the pan-fried gyoza come with a lacy crust",
        ["Takeout"],
        None,
        "Black garlic ramen",
    ),
    (
        "bonito-bowl-seattle",
        "Bonito Bowl",
        3.9,
        312,
        "$",
        ["Ramen", "Food Trucks"],
        None,
        "Closed until 11:30 AM tomorrow",
        "A [[ramen]] food truck that parks near the office towers at lunch. Quick, cheap and better than it has any right to be",
        [],
        None,
        "Food truck ramen",
    ),
    (
        "kotetsu-ramen-seattle",
        "Kotetsu Ramen",
        4.8,
        76,
        "$$",
        ["Ramen"],
        "Queen Anne",
        "Open until 10:00 PM",
        "Eight seats at a counter and a chef who clearly cares. The chicken paitan [[ramen]] was the best bowl I had all year",
        ["Takeout"],
        None,
        "Chicken paitan ramen",
    ),
    (
        "red-lantern-noodle-seattle",
        "Red Lantern Noodle",
        4.3,
        2006,
        "$$",
        ["Ramen", "Chinese"],
        "Chinatown-International District",
        "Open until 11:30 PM",
        "Open late, which is a lifesaver. The beef [[ramen]] and the chili oil wontons hit the spot after a show",
        ["Delivery", "Takeout"],
        None,
        "Beef ramen",
    ),
    (
        "midnight-miso-seattle",
        "Midnight Miso",
        4.2,
        644,
        "$$",
        ["Ramen", "Bars"],
        "Belltown",
        "Open until 1:00 AM",
        "Part bar, part [[ramen]] shop. Great sake list and a rich miso ramen that tastes even better at midnight",
        ["Outdoor seating", "Takeout"],
        None,
        "Miso ramen at the bar",
    ),
    (
        "tsukemen-lab-seattle",
        "Tsukemen Lab",
        4.6,
        231,
        "$$",
        ["Ramen"],
        "Wallingford",
        "Open until 9:00 PM",
        "If you have only had soup [[ramen]], try the tsukemen here. Thick chewy noodles and a concentrated dipping broth",
        ["Takeout"],
        None,
        "Tsukemen",
    ),
    (
        "ohana-ramen-and-poke-seattle",
        "Ohana Ramen & Poke",
        3.8,
        458,
        "$$",
        ["Ramen", "Poke", "Hawaiian"],
        "Northgate",
        "Open until 8:30 PM",
        "Good option when half the group wants poke and the other half wants [[ramen]]. The spam musubi was a fun extra",
        ["Delivery", "Takeout"],
        None,
        "Ramen and poke bowl",
    ),
    (
        "hokkaido-kitchen-seattle",
        "Hokkaido Kitchen",
        4.4,
        1103,
        "$$",
        ["Ramen", "Japanese"],
        "Chinatown-International District",
        "Open until 10:00 PM",
        "Butter corn miso [[ramen]] just like in Sapporo. The broth is deep and savory and the noodles have real bite",
        ["Takeout"],
        None,
        "Butter corn miso ramen",
    ),
    (
        "slurp-society-seattle",
        "Slurp Society",
        4.1,
        187,
        "$$",
        ["Ramen", "Asian Fusion"],
        "Georgetown",
        "Closed until 5:00 PM",
        "Creative bowls like the birria [[ramen]] and a kimchi carbonara ramen. Not traditional, but really tasty",
        ["Outdoor seating", "Takeout"],
        None,
        "Birria ramen",
    ),
    (
        "tanuki-ramen-bar-seattle",
        "Tanuki Ramen Bar",
        4.5,
        903,
        "$$",
        ["Ramen", "Cocktail Bars"],
        "Capitol Hill",
        "Open until 12:00 AM",
        "The cocktails are as good as the [[ramen]]. Try the tonkotsu black with a yuzu highball",
        ["Takeout"],
        None,
        "Tonkotsu black ramen",
    ),
    (
        "garlic-tonkotsu-co-seattle",
        "Garlic Tonkotsu Co.",
        4.0,
        355,
        "$",
        ["Ramen"],
        "Greenwood",
        "Open until 9:00 PM",
        "Cheap and cheerful. You can add as much raw garlic as you like to your [[ramen]] and I absolutely did",
        ["Delivery", "Takeout"],
        None,
        "Garlic tonkotsu",
    ),
    (
        "kaze-ramen-seattle",
        "Kaze Ramen",
        4.7,
        64,
        None,
        ["Ramen"],
        "West Seattle",
        "Open until 9:00 PM",
        "New spot by the junction. The clear shoyu [[ramen]] with duck fat is delicate and beautiful",
        ["Outdoor seating", "Takeout"],
        "Hot and New",
        "Clear shoyu ramen",
    ),
    (
        "umami-republic-seattle",
        "Umami Republic",
        4.3,
        1702,
        "$$$",
        ["Ramen", "Japanese", "Sake Bars"],
        "Downtown",
        "Open until 10:30 PM",
        "Pricier than most but the truffle shio [[ramen]] and the omakase-style small plates make it a date night spot",
        ["Takeout"],
        None,
        "Truffle shio ramen",
    ),
    (
        "nori-and-noodle-seattle",
        "Nori & Noodle",
        4.2,
        276,
        "$$",
        ["Ramen", "Sushi Bars"],
        "Lower Queen Anne",
        "Open until 9:30 PM",
        "Sushi and [[ramen]] under one roof, handy before a game at the arena. The spicy tuna roll was fresh",
        ["Delivery", "Takeout"],
        None,
        "Ramen and sushi",
    ),
    (
        "sapporo-snow-seattle",
        "Sapporo Snow",
        4.4,
        412,
        "$$",
        ["Ramen"],
        "Ravenna",
        "Open until 9:00 PM",
        "Family run and so welcoming. The miso [[ramen]] comes with a pat of butter and sweet corn, just like Sapporo",
        ["Takeout"],
        None,
        "Miso butter ramen",
    ),
    (
        "ramen-station-99-seattle",
        "Ramen Station 99",
        3.7,
        521,
        "$",
        ["Ramen", "Fast Food"],
        "Lake City",
        "Open until 11:00 PM",
        "Quick counter service and decent [[ramen]] for the price. The fried rice combo is a good deal",
        ["Delivery", "Takeout"],
        None,
        "Ramen combo",
    ),
    (
        "black-garlic-ramen-seattle",
        "Black Garlic Ramen",
        4.6,
        1304,
        "$$",
        ["Ramen", "Noodles"],
        "South Lake Union",
        "Open until 10:00 PM",
        "The mayu black garlic oil makes this [[ramen]] unforgettable. Portions are generous and the staff are lovely",
        ["Outdoor seating", "Takeout"],
        None,
        "Mayu ramen",
    ),
    (
        "shoyu-brothers-seattle",
        "Shoyu Brothers",
        4.3,
        95,
        "$$",
        ["Ramen"],
        "Pioneer Square",
        "Closed until 11:00 AM tomorrow",
        "Two brothers making Tokyo-style shoyu [[ramen]] with house-made noodles. Lunch only, but worth planning around",
        ["Takeout"],
        None,
        "Tokyo shoyu ramen",
    ),
]
# (slug, name, rating, reviews, price, categories, neighbourhood, tagline) of the sponsored cards.
CS_ADS = [
    (
        "noodle-nirvana-bellevue",
        "Noodle Nirvana",
        4.1,
        688,
        "$$",
        ["Ramen", "Noodles"],
        "Bellevue",
        "Hand-pulled noodles and rich ramen, 15 minutes from Seattle. Order ahead online!",
    ),
    (
        "pho-kingdom-seattle",
        "Pho Kingdom",
        4.0,
        1210,
        "$",
        ["Vietnamese", "Noodles"],
        "Rainier Valley",
        "Steaming bowls of pho and banh mi. Family owned since 1998.",
    ),
    (
        "sakura-sushi-and-ramen-seattle",
        "Sakura Sushi & Ramen",
        3.9,
        342,
        "$$",
        ["Sushi Bars", "Ramen"],
        "Northgate",
        "All-you-can-eat sushi and ramen lunch special, weekdays 11–3.",
    ),
    (
        "izakaya-tomo-seattle",
        "Izakaya Tomo",
        4.4,
        256,
        "$$$",
        ["Izakaya", "Ramen"],
        "Belltown",
        "Japanese small plates, sake flights and late-night ramen. Book a table tonight.",
    ),
]
CS_CATEGORY_ALIAS = {
    "Ramen": "ramen",
    "Noodles": "noodles",
    "Izakaya": "izakaya",
    "Japanese": "japanese",
    "Pop-Up Restaurants": "popuprestaurants",
    "Vegan": "vegan",
    "Food Trucks": "foodtrucks",
    "Chinese": "chinese",
    "Bars": "bars",
    "Poke": "poke",
    "Hawaiian": "hawaiian",
    "Asian Fusion": "asianfusion",
    "Cocktail Bars": "cocktailbars",
    "Sake Bars": "sakebars",
    "Sushi Bars": "sushi",
    "Fast Food": "hotdogs",
    "Vietnamese": "vietnamese",
}


def cs_review_text(reviews: int) -> str:
    """Yelp's count: "(845 reviews)", "(1.2k reviews)", "(2k reviews)"."""
    if reviews < 1000:
        return f"({reviews} review{'' if reviews == 1 else 's'})"
    shown = f"{round(reviews / 1000, 1):.1f}".removesuffix(".0")
    return f"({shown}k reviews)"


def _yc(role: str) -> str:
    """Yelp's hashed class for one style: ``y-css-`` and six characters, the same for every card."""
    return f"y-css-{_hash(role)}"


CS_STAR = '<path d="M10 1.5l2.6 5.3 5.9.8-4.2 4.1 1 5.8L10 14.8l-5.3 2.7 1-5.8-4.2-4.1 5.9-.8z"></path>'


def _cs_stars(rating: float) -> str:
    stars = []
    for n in range(5):
        fill = "full" if rating >= n + 1 else "half" if rating >= n + 0.5 else "empty"
        stars.append(
            f'<div class="{_yc("star-" + fill)}"><svg width="20" height="20" class="{_yc("star-svg")}" viewBox="0 0 20 20" fill="{"#FF643D" if fill != "empty" else "#E1E1E1"}">{CS_STAR}</svg></div>'
        )
    return f'<div class="{_yc("stars")}" aria-label="{rating:g} star rating" role="img">{"".join(stars)}</div>'


def _cs_cat_links(categories: list[str]) -> str:
    return "".join(
        f'<span class="{_yc("cat-wrap")}"><a href="/search?cflt={CS_CATEGORY_ALIAS[c]}&amp;find_loc=Seattle%2C+WA" class="{_yc("cat-link")}"><span class="{_yc("cat-pill")}">{esc(c)}</span></a></span>'
        for c in categories
    )


def _cs_price_area(price: str | None, area: str | None) -> str:
    parts = []
    if price:
        parts.append(f'<span class=" {_yc("price")}">{price}</span>')
    if area:
        if parts:
            parts.append(f'<span class="{_yc("dot")}" aria-hidden="true">•</span>')
        parts.append(f'<span class=" {_yc("area")}">{esc(area)}</span>')
    return f'<div class="{_yc("price-area")}">{"".join(parts)}</div>' if parts else ""


def _cs_photo(slug_: str, name: str, caption: str, lazy: bool) -> str:
    photo = _b64(slug_ + caption)[:22]
    src = f"https://s3-media0.fl.yelpcdn.com/bphoto/{photo}/348s.jpg"
    loading = ' loading="lazy"' if lazy else ""
    return f'<div class="{_yc("photo-box")}"><div class="{_yc("photo-inner")}"><a href="/biz_photos/{slug_}?select={photo[:10]}&amp;osq={CS_DESC}" class="{_yc("photo-link")}"><img class="{_yc("photo-img")}" src="{src}" srcset="https://s3-media0.fl.yelpcdn.com/bphoto/{photo}/258s.jpg 1.03x,https://s3-media0.fl.yelpcdn.com/bphoto/{photo}/348s.jpg 1.39x" alt="Photo of {esc(name)} - Seattle, WA, US. {esc(caption)}" height="250" width="250"{loading} draggable="true"></a></div></div>'


def _cs_card(rank: int | None, item: tuple[Any, ...], position: int) -> str:
    slug_, name, rating, reviews, price, categories, area, status, snippet, amenities, badge, caption = item
    href = f"/biz/{slug_}?osq={CS_DESC}"
    rank_html = f'<span class=" {_yc("rank")}">{rank}<!-- -->. </span>' if rank else ""
    badge_html = (
        f'<div class="{_yc("badge-row")}"><span class="{_yc("badge")}"><span class="{_yc("badge-icon")}" aria-hidden="true"><svg width="16" height="16"><path d="M8 1l2 4 4 .5-3 3 .8 4.5L8 11l-3.8 2 .8-4.5-3-3L6 5z"></path></svg></span><span class=" {_yc("badge-text")}">{badge}</span></span></div>'
        if badge
        else ""
    )
    open_word, _, rest = status.partition(" ")
    status_html = f'<div class="{_yc("status-row")}"><span class=" {_yc("status-" + open_word.lower())}" data-font-weight="bold">{open_word}</span><span class=" {_yc("status-rest")}">&nbsp;{esc(rest)}</span></div>'
    hrid = _b64(slug_ + "review")[:22]
    marked = _marked(snippet, f'<mark class=" {_yc("mark")}">', "</mark>")
    snippet_html = f'<div class="{_yc("snippet-row")}"><div class="{_yc("snippet-icon")}"><svg width="16" height="16" class="icon_svg"><path d="M14 3H2a1 1 0 00-1 1v7a1 1 0 001 1h2v3l3.5-3H14a1 1 0 001-1V4a1 1 0 00-1-1z"></path></svg></div><p class=" {_yc("snippet")}"><span class=" {_yc("snippet-text")}">{marked}…</span><a href="/biz/{slug_}?hrid={hrid}&amp;osq={CS_DESC}" class="{_yc("more")}" name="">more</a></p></div>'
    amenity_html = "".join(
        f'<div class="{_yc("amenity")}"><span class="{_yc("amenity-icon")}" role="img" aria-label="Yes"><svg width="16" height="16"><path d="M6.5 11.4L3 7.9l1.1-1.1 2.4 2.4 5.4-5.4L13 4.9z"></path></svg></span><span class=" {_yc("amenity-text")}">{esc(a)}</span></div>'
        for a in amenities
    )
    order = (
        f'<div class="{_yc("cta")}"><a href="/biz/{slug_}?osq={CS_DESC}#order" class="{_yc("cta-button")}" role="button"><span class="{_yc("cta-text")}">Start Order</span></a></div>'
        if "Delivery" in amenities
        else ""
    )
    return f"""<div class="{_yc("card-pad")} " data-testid="serp-ia-card"><div class="{_yc("card")}"><div class="{_yc("card-layout")}">{_cs_photo(slug_, name, caption, position > 2)}<div class="{_yc("main-attributes")}"><div class="businessName__09f24__HG_pC {_yc("name-box")}" data-traffic-crawl-id="SearchResultBizName"><div class="{_yc("name-inner")}"><h3 class="{_yc("name-h3")}">{rank_html}<a class="{_yc("name-link")}" href="{href}" name="{esc(name)}">{esc(name)}</a></h3></div></div>{badge_html}<div class="{_yc("rating-row")}"><div class="{_yc("rating-wrap")}"><span class="{_yc("rating-stars")}">{_cs_stars(rating)}</span> <span class=" {_yc("rating-value")}" data-font-weight="semibold">{rating:.1f}</span> <span class=" {_yc("review-count")}">{cs_review_text(reviews)}</span></div></div>{status_html}<div class="{_yc("tags-row")}"><div class="{_yc("tags")}">{_cs_cat_links(categories)}</div></div>{_cs_price_area(price, area)}{snippet_html}<div class="{_yc("amenities")}">{amenity_html}</div>{order}</div></div></div></div>"""


def _cs_ad(item: tuple[Any, ...], slot: int, placement: str) -> str:
    slug_, name, rating, reviews, price, categories, area, tagline = item
    redirect = quote(f"https://www.chowspot.example/biz/{slug_}", safe="")
    href = f"/adredir?ad_business_id={_b64(slug_)[:22]}&amp;campaign_id={_b64(name)[:22]}&amp;click_origin=search_results&amp;placement={placement}&amp;placement_slot={slot}&amp;redirect_url={redirect}&amp;request_id={_b64('req' + slug_)[:16]}&amp;signature={_b64('sig' + slug_)[:32]}&amp;slot={slot}"
    return f"""<div class="{_yc("card-pad")} " data-testid="serp-ia-card"><div class="{_yc("card")}"><div class="{_yc("card-layout")}">{_cs_photo(slug_, name, tagline[:20], True)}<div class="{_yc("main-attributes")}"><div class="businessName__09f24__HG_pC {_yc("name-box")}" data-traffic-crawl-id="SearchResultBizName"><div class="{_yc("name-inner")}"><h3 class="{_yc("name-h3")}"><a class="{_yc("name-link")}" href="{href}" name="{esc(name)}">{esc(name)}</a></h3></div></div><div class="{_yc("rating-row")}"><div class="{_yc("rating-wrap")}"><span class="{_yc("rating-stars")}">{_cs_stars(rating)}</span> <span class=" {_yc("rating-value")}" data-font-weight="semibold">{rating:.1f}</span> <span class=" {_yc("review-count")}">{cs_review_text(reviews)}</span></div></div><div class="{_yc("tags-row")}"><div class="{_yc("tags")}">{_cs_cat_links(categories)}</div></div>{_cs_price_area(price, area)}<div class="{_yc("snippet-row")}"><p class=" {_yc("ad-tagline")}">{esc(tagline)}</p></div></div></div></div></div>"""


def _cs_li(inner: str) -> str:
    return f'<li class="{_yc("li")}">{inner}</li>'


def _cs_heading(text: str, sponsored: bool = False) -> str:
    info = (
        f'<span class="{_yc("info")}"><button type="button" class="{_yc("info-button")}" aria-label="About sponsored results"><svg width="16" height="16"><circle cx="8" cy="8" r="7"></circle></svg></button></span>'
        if sponsored
        else ""
    )
    return _cs_li(f'<div class="{_yc("heading-pad")}"><h2 class="{_yc("h2")}">{esc(text)}</h2>{info}</div>')


def _cs_link(start: int) -> str:
    return f"/search?{CS_Q.replace('&', '&amp;')}" + (f"&amp;start={start}" if start else "")


def _cs_pager(page: int, pages: int) -> str:
    links = []
    if page > 1:
        links.append(
            f'<div class="{_yc("pg-prev")}"><a class="prev-link navigation-button__09f24__m9qRz {_yc("pg-nav")}" href="{_cs_link((page - 2) * 10)}" aria-label="Previous"><span class="icon--24-chevron-left-v2 {_yc("pg-icon")}"><svg width="24" height="24" class="icon_svg"><path d="M14.25 17.58a1 1 0 01-.71-.3L8.56 12.3a1 1 0 010-1.42l4.98-4.98a1 1 0 011.42 1.42L10.68 11.6l4.28 4.28a1 1 0 01-.71 1.7z"></path></svg></span></a></div>'
        )
    for n in range(1, pages + 1):
        if n == page:
            links.append(
                f'<div class="pagination-link-container__09f24__ZLt6D {_yc("pg-box")}"><span class=" {_yc("pg-current")}" aria-current="true">{n}</span></div>'
            )
        else:
            links.append(
                f'<div class="pagination-link-container__09f24__ZLt6D {_yc("pg-box")}"><a class="pagination-link-component__09f24__JRiQO {_yc("pg-link")}" href="{_cs_link((n - 1) * 10)}" aria-label="Page: {n}"><span class=" {_yc("pg-num")}">{n}</span></a></div>'
            )
    if page < pages:
        links.append(
            f'<div class="{_yc("pg-next")}"><a class="next-link navigation-button__09f24__m9qRz {_yc("pg-nav")}" href="{_cs_link(page * 10)}" aria-label="Next"><span class="icon--24-chevron-right-v2 {_yc("pg-icon")}"><svg width="24" height="24" class="icon_svg"><path d="M9.75 17.58a1 1 0 01-.71-1.7l4.28-4.28-4.28-4.28a1 1 0 011.42-1.42l4.98 4.98a1 1 0 010 1.42l-4.98 4.98a1 1 0 01-.71.3z"></path></svg></span></a></div>'
        )
    return _cs_li(
        f'<div class="pagination__09f24__VRjN4 {_yc("pagination")}" role="navigation" aria-label="Pagination navigation"><div class="pagination-links__09f24__bmFj8 {_yc("pg-links")}">{"".join(links)}</div><div class="{_yc("pg-count")}"><span class=" {_yc("pg-count-text")}">{page} of {pages}</span></div></div>'
    )


def _cs_json(page: int, items: list[Any], first: int, ads: list[Any]) -> str:
    components: list[dict[str, Any]] = []
    for ad in ads:
        slug_, name, rating, reviews, price, categories, area, _tag = ad
        components.append(
            {
                "bizId": _b64(slug_)[:22],
                "searchResultLayoutType": "iaResult",
                "searchResultBusiness": {
                    "name": name,
                    "alias": slug_,
                    "rating": rating,
                    "reviewCount": reviews,
                    "priceRange": price or "",
                    "categories": [
                        {"title": c, "url": f"/search?cflt={CS_CATEGORY_ALIAS[c]}&find_loc=Seattle%2C+WA"}
                        for c in categories
                    ],
                    "neighborhoods": [area],
                    "isAd": True,
                    "ranking": None,
                    "businessUrl": f"/adredir?ad_business_id={_b64(slug_)[:22]}",
                },
                "adLoggingInfo": {"placement": "above_search", "slot": 0},
            }
        )
    for n, item in enumerate(items):
        slug_, name, rating, reviews, price, categories, area, status, _snippet, amenities, _badge, _cap = item
        components.append(
            {
                "bizId": _b64(slug_)[:22],
                "searchResultLayoutType": "iaResult",
                "searchResultBusiness": {
                    "name": name,
                    "alias": slug_,
                    "rating": rating,
                    "reviewCount": reviews,
                    "priceRange": price or "",
                    "categories": [
                        {"title": c, "url": f"/search?cflt={CS_CATEGORY_ALIAS[c]}&find_loc=Seattle%2C+WA"}
                        for c in categories
                    ],
                    "neighborhoods": [area] if area else [],
                    "isAd": False,
                    "ranking": first + n + 1,
                    "businessUrl": f"/biz/{slug_}?osq={CS_DESC}",
                    "formattedAddress": "",
                    "phone": "",
                },
                "searchResultBusinessHighlights": {
                    "businessHighlights": [{"title": a, "iconName": "18x18_checkmark"} for a in amenities]
                },
                "businessHours": [{"status": status}],
            }
        )
    props = {
        "legacyProps": {
            "searchAppProps": {
                "searchPageProps": {
                    "mainContentComponentsListProps": components,
                    "paginationInfo": {"totalResults": len(BUSINESSES), "resultsPerPage": 10, "startResult": first},
                    "searchContext": {"searchDescription": CS_DESC, "searchLocation": CS_LOC},
                }
            }
        }
    }
    return json.dumps(props, ensure_ascii=False, separators=(",", ":"))


CS_ALSO = ["Pho", "Udon", "Sushi Bars", "Izakaya", "Dim Sum", "Korean Fried Chicken", "Tonkatsu", "Dumplings"]
CS_FAQ = [
    (
        "What are the best ramen restaurants in Seattle?",
        "Top rated ramen places in Seattle include Menya Kouji, Kizuna Noodle Bar and Kotetsu Ramen.",
    ),
    (
        "What are the cheapest ramen places in Seattle?",
        "Bonito Bowl, Garlic Tonkotsu Co. and Ramen Station 99 are popular inexpensive options.",
    ),
    (
        "Which ramen places are open late?",
        "Midnight Miso in Belltown and Tanuki Ramen Bar on Capitol Hill are open until midnight or later.",
    ),
]


def _cs_page(page: int, pages: int, items: list[Any], first: int) -> str:
    lis: list[str] = []
    top_ads = {1: CS_ADS[:2], 2: CS_ADS[2:4], 3: CS_ADS[:1]}[page]
    lis.append(_cs_heading("Sponsored Results", sponsored=True))
    lis.extend(_cs_li(_cs_ad(ad, n, "above_search")) for n, ad in enumerate(top_ads))
    lis.append(_cs_heading(f"All “{CS_DESC}” results in {CS_CITY}"))
    for n, item in enumerate(items):
        lis.append(_cs_li(_cs_card(first + n + 1, item, n)))
    bottom_ads = CS_ADS[3:4] if page == 1 else []
    if bottom_ads:
        lis.append(_cs_heading("Sponsored Results", sponsored=True))
        lis.extend(_cs_li(_cs_ad(ad, n, "below_search")) for n, ad in enumerate(bottom_ads))
    lis.append(_cs_pager(page, pages))
    lis.append(
        _cs_li(
            f'<div class="{_yc("missing")}"><p class=" {_yc("missing-text")}">Can’t find the business?</p><p class=" {_yc("missing-text")}">Adding a business to Chowspot is always free.</p><a href="/signup/biz/?utm_source=search_results" class="{_yc("missing-link")}">Add business</a></div>'
        )
    )
    if page == 1:
        also = "".join(
            f'<li class="{_yc("also-li")}"><a href="/search?find_desc={quote(a).replace("%20", "+")}&amp;find_loc=Seattle%2C+WA" class="{_yc("also-link")}">{esc(a)}</a></li>'
            for a in CS_ALSO
        )
        lis.append(
            _cs_li(
                f'<section class="{_yc("also")}" aria-label="People also searched for"><h2 class="{_yc("h2")}">People also searched for</h2><ul class="{_yc("also-ul")}">{also}</ul></section>'
            )
        )
        faq = "".join(
            f'<div class="{_yc("faq-item")}"><h3 class="{_yc("faq-q")}">{esc(q)}</h3><p class=" {_yc("faq-a")}">{esc(a)}</p></div>'
            for q, a in CS_FAQ
        )
        lis.append(
            _cs_li(
                f'<section class="{_yc("faq")}" aria-label="Frequently Asked Questions"><h2 class="{_yc("h2")}">Frequently Asked Questions and Answers</h2>{faq}</section>'
            )
        )
    filters = "".join(
        f'<button type="button" class="{_yc("filter-pill")}" aria-pressed="false" aria-label="{label}"><span class="{_yc("filter-text")}">{text}</span></button>'
        for text, label in (
            ("$", "1 dollar sign"),
            ("$$", "2 dollar signs"),
            ("$$$", "3 dollar signs"),
            ("$$$$", "4 dollar signs"),
        )
    )
    toggles = "".join(
        f'<label class="{_yc("filter-check")}"><input type="checkbox" name="attrs" value="{v}"><span class=" {_yc("filter-label")}">{esc(t)}</span></label>'
        for t, v in (
            ("Open Now", "OpenNow"),
            ("Offers Delivery", "RestaurantsDelivery"),
            ("Offers Takeout", "RestaurantsTakeOut"),
            ("Reservations", "RestaurantsReservations"),
            ("Good for Dinner", "GoodForMeal.dinner"),
            ("Vegan Friendly", "VeganFriendly"),
        )
    )
    neighborhoods = "".join(
        f'<label class="{_yc("filter-check")}"><input type="checkbox" name="l" value="p:WA:Seattle::{quote(h.replace(" ", "_"))}"><span class=" {_yc("filter-label")}">{esc(h)}</span></label>'
        for h in ("Capitol Hill", "Chinatown-International District", "Downtown", "Fremont", "Wallingford")
    )
    onetrust = """<div id="onetrust-consent-sdk"><div class="onetrust-pc-dark-filter ot-hide ot-fade-in"></div><div id="onetrust-banner-sdk" class="otFlat ot-bottom" tabindex="0" role="region" aria-label="Cookie banner"><div role="dialog" aria-label="Privacy"><div class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div id="onetrust-policy"><div id="onetrust-policy-text">We and our partners use cookies and similar technologies to provide and improve our services, to personalize content and ads, and to analyze our traffic. You can change your choices at any time in <a href="/cookie-preferences">Cookie Preferences</a>. <a class="ot-cookie-policy-link" href="/tos/privacy_policy" aria-label="More information about your privacy, opens in a new tab" rel="noopener" target="_blank">Privacy Policy</a></div></div></div><div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Manage Settings</button><button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></div></div></div></div>"""
    hypernova = _cs_json(page, items, first, top_ads)
    title = (
        "TOP 10 BEST Ramen in Seattle, WA - Updated 2025 - Chowspot"
        if page == 1
        else f"TOP 10 BEST Ramen in Seattle, WA - Updated 2025 - Page {page} - Chowspot"
    )
    return f"""<!DOCTYPE html><html lang="en-US" prefix="og: http://ogp.me/ns#" class="is-react-root"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>{title}</title><meta name="description" content="Top 10 Best Ramen in Seattle, WA - Last Updated February 2025 - Chowspot - Menya Kouji, Hakata Hideaway, Kizuna Noodle Bar, Tonkotsu Taro, Shio &amp; Smoke, Mugen Ramen House, Yuzu Broth Co., Nishiki Ramen &amp; Gyoza, Bonito Bowl, Kotetsu Ramen"><meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="{title}"><meta property="og:image" content="https://s3-media0.fl.yelpcdn.com/assets/srv0/seo_metadata/e98ed5a1460f/assets/img/logos/yelp_og_image.png"><link rel="canonical" href="https://www.chowspot.example/search?{CS_Q.replace("&", "&amp;")}{"" if page == 1 else f"&amp;start={first}"}"><link rel="stylesheet" href="https://s3-media0.fl.yelpcdn.com/assets/public/search_desktop.yji-0a2bf1d5c9a2.css"><script>window.yelp = window.yelp || {{}}; window.yelp.www_static_assets_domain = "https://s3-media0.fl.yelpcdn.com"; window.yelp.bunsen = {{"request_id":"{_b64(f"rq{page}")[:16]}","page_name":"search_results"}};</script><script async src="https://www.googletagmanager.com/gtag/js?id=G-CHOWSPOT1"></script></head><body class="y-css-{_hash("body")}"><div id="wrap" class="lang-en"><div class="main-content-wrap main-content-wrap--full">
<div class="{_yc("header")}" role="banner"><div class="{_yc("header-inner")}"><a href="/" class="{_yc("logo")}" aria-label="Chowspot home"><img src="https://s3-media0.fl.yelpcdn.com/assets/public/logo.yji-1a9c5a6e4f3b.svg" alt="Chowspot"></a><form action="/search" method="get" class="{_yc("search-form")}" role="search"><label class="{_yc("search-label")}"><span class="{_yc("sr-only")}">Search for</span><input name="find_desc" type="text" placeholder="tacos, cheap dinner, Max’s" value="{CS_DESC}" autocomplete="off" aria-label="Find"></label><label class="{_yc("search-label")}"><span class="{_yc("sr-only")}">Location</span><input name="find_loc" type="text" placeholder="address, neighborhood, city, state or zip" value="{CS_LOC}" aria-label="Near"></label><button type="submit" class="{_yc("search-button")}" aria-label="Search" value="submit"><svg width="24" height="24"><path d="M21.7 20.3l-4.6-4.6A8.5 8.5 0 1010.5 19a8.4 8.4 0 005.2-1.8l4.6 4.6a1 1 0 001.4-1.5zM4 10.5a6.5 6.5 0 116.5 6.5A6.5 6.5 0 014 10.5z"></path></svg></button></form><nav class="{_yc("header-nav")}" aria-label="Account"><a href="https://business.chowspot.example/?utm_source=header_site&amp;utm_medium=desktop" class="{_yc("header-link")}">Chowspot for Business</a><a href="/writeareview" class="{_yc("header-link")}">Write a Review</a><a href="/login?return_url=%2Fsearch%3F{quote(CS_Q, safe="")}" class="{_yc("header-button")}">Log In</a><a href="/signup?return_url=%2Fsearch%3F{quote(CS_Q, safe="")}" class="{_yc("header-button-primary")}">Sign Up</a></nav></div><div class="{_yc("cat-nav")}"><a href="/search?find_desc=Restaurants&amp;find_loc=Seattle%2C+WA" class="{_yc("cat-nav-link")}">Restaurants</a><a href="/search?cflt=homeservices&amp;find_loc=Seattle%2C+WA" class="{_yc("cat-nav-link")}">Home Services</a><a href="/search?cflt=auto&amp;find_loc=Seattle%2C+WA" class="{_yc("cat-nav-link")}">Auto Services</a><a href="/search?cflt=localservices&amp;find_loc=Seattle%2C+WA" class="{_yc("cat-nav-link")}">More</a></div></div>
<div class="{_yc("page")}"><div class="{_yc("filters-col")}" aria-label="Filters"><h2 class="{_yc("filters-h")}">Filters</h2><div class="{_yc("filters-price")}" role="group" aria-label="Price">{filters}</div><div class="{_yc("filters-suggested")}"><h3 class="{_yc("filters-sub")}">Suggested</h3>{toggles}</div><div class="{_yc("filters-hood")}"><h3 class="{_yc("filters-sub")}">Neighborhoods</h3>{neighborhoods}<a href="/search?{CS_Q.replace("&", "&amp;")}#neighborhoods" class="{_yc("see-all")}">See all</a></div></div>
<main class="{_yc("main")}" role="main"><div class="{_yc("main-head")}"><div class="{_yc("breadcrumbs")}"><a href="/">Chowspot</a> › <a href="/search?cflt=restaurants&amp;find_loc=Seattle%2C+WA">Restaurants</a> › <span>Ramen</span></div><h1 class="{_yc("h1")}">Top 10 Best Ramen Near Seattle, Washington</h1><div class="{_yc("sort")}"><span class=" {_yc("sort-label")}">Sort:</span><button type="button" class="{_yc("sort-button")}" aria-haspopup="listbox"><span class=" {_yc("sort-value")}">Recommended</span></button><button type="button" class="{_yc("info-button")}" aria-label="About our search results">?</button></div></div><div class="{_yc("results")}"><ul class="undefined list__09f24__ynIEd">
{chr(10).join(lis)}
</ul></div></main>
<div class="{_yc("map-col")}" aria-hidden="true"><div class="{_yc("map")}" data-testid="map"><img src="https://maps.chowspot.example/static?size=380x640&amp;center=47.6062,-122.3321&amp;zoom=12&amp;markers={"%7C".join(str(first + n + 1) for n in range(len(items)))}" alt="Map" width="380" height="640"><button type="button" class="{_yc("map-redo")}">Redo search in map area</button></div></div></div>
<footer class="{_yc("footer")}" role="contentinfo"><div class="{_yc("footer-cols")}"><div><h3>About</h3><ul><li><a href="/about">About Chowspot</a></li><li><a href="/careers">Careers</a></li><li><a href="/press">Press</a></li><li><a href="https://investors.chowspot.example">Investor Relations</a></li><li><a href="/guidelines">Content Guidelines</a></li><li><a href="/static?p=tos">Terms of Service</a></li><li><a href="/tos/privacy_policy">Privacy Policy</a></li><li><a href="/advertising">Ad Choices</a></li></ul></div><div><h3>Discover</h3><ul><li><a href="https://www.chowspot.example/project_cost_guides">Cost Guides</a></li><li><a href="/collections">Collections</a></li><li><a href="/talk">Talk</a></li><li><a href="/events">Events</a></li><li><a href="/blog">Chowspot Blog</a></li><li><a href="/support">Support</a></li><li><a href="/developers">Developers</a></li></ul></div><div><h3>Chowspot for Business</h3><ul><li><a href="https://business.chowspot.example/?utm_source=footer">Chowspot for Business</a></li><li><a href="https://biz.chowspot.example">Business Owner Login</a></li><li><a href="/claim">Claim your Business Page</a></li><li><a href="https://business.chowspot.example/advertise/">Advertise on Chowspot</a></li></ul></div><div><h3>Languages</h3><button type="button">English</button><h3>Countries</h3><button type="button">United States</button></div></div><small class="{_yc("copyright")}">Copyright © 2004–2025 Chowspot Inc. Chowspot, <img src="https://s3-media0.fl.yelpcdn.com/assets/public/burst.svg" alt="Chowspot logo" width="13" height="13">, and related marks are registered trademarks of Chowspot.</small></footer>
</div></div>{onetrust}<script type="application/json" data-hypernova-key="chowspotfrontend__6180__chowspotfrontend__GondolaSearch__dynamic" data-hypernova-id="{_b64(f"hn{page}")[:20]}"><!--{hypernova}--></script><script src="https://s3-media0.fl.yelpcdn.com/assets/public/search_desktop.yji-7b6f1a43e2c9.js" async></script></body></html>"""


@tenth
def build_chowspot() -> None:
    s = Site(
        "chowspot",
        kind="local business search (Yelp-like React: hashed y-css classes, '1.' rank in the name, star rating in an aria-label, '(1.2k reviews)', Sponsored Results, &start=N)",
        start=f"search?{CS_Q}",
        description="Yelp's search results (2024–2025): React markup with hashed y-css-… classes and a few __09f24__ module classes; a header with find_desc / find_loc inputs and Log In / Sign Up, a category nav, price / suggested / neighborhood filters, 'Top 10 Best Ramen Near Seattle, Washington', 'Sort: Recommended'; one ul.list__09f24__ynIEd whose li's hold a 'Sponsored Results' h2, ad cards (same markup, no rank, /adredir?… links, a tagline instead of a snippet), an 'All “Ramen” results in Seattle, Washington' h2, the business cards (div[data-testid=serp-ia-card]: a photo link to /biz_photos/… with 'Photo of …' alt text (lazy after the third), div.businessName__09f24__… > h3 with '1<!-- -->. ' and the name link /biz/slug?osq=Ramen, a 'Hot and New' badge on some, div[role=img][aria-label='4.5 star rating'] of star svgs beside '4.5' and '(1.2k reviews)' / '(387 reviews)', 'Open until 11:00 PM' / 'Closed until …', category pill links, '$$ • Capitol Hill' (price or neighborhood missing on some), a review snippet with <mark>ed words ending '…' and a 'more' link, amenity checks (Outdoor seating / Delivery / Takeout), 'Start Order' on delivery places), a bottom Sponsored block on page 1, the pagination li (Previous / 1 2 3 / Next to &start=N, '1 of 3'), 'Can’t find the business?', 'People also searched for', FAQs; a static map, the footer, a OneTrust cookie banner and a hypernova JSON blob in an HTML comment (ads included).",
    )
    pages = chunks(BUSINESSES, [10, 10, 5])
    first = 0
    for number, items in enumerate(pages, 1):
        text = _cs_page(number, len(pages), items, first)
        path = f"search@{CS_Q}" + (f"&start={first}" if first else "")
        s.list_page(path, text)
        first += len(items)
    for rank, item in enumerate(BUSINESSES, 1):
        slug_, name, rating, reviews, price, categories, area, _status, snippet, _amenities, _badge, _cap = item
        shown = cs_review_text(reviews).strip("()").split()[0]
        count = float(shown.rstrip("k")) * (1000 if shown.endswith("k") else 1)
        assert abs(count - reviews) / reviews < 0.005, (name, reviews, shown)  # the JSON's exact count agrees too
        s.expect(
            {
                "rank": rank,
                "title": name,
                "url": f"/biz/{slug_}?osq={CS_DESC}",
                "rating": rating,
                "review_count": int(count),
                "price_range": price,
                "categories": categories,
                "neighborhood": area,
                "snippet": _plain(snippet) + "…",
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# shelfarchive: Open Library's search results (2024–2025). See the module docstring.
# ---------------------------------------------------------------------------------------------------

SA_QUERY = "lighthouse"
SA_Q = "q=lighthouse&mode=everything"
SA_LANGUAGES = [
    "English",
    "Spanish",
    "French",
    "German",
    "Italian",
    "Dutch",
    "Portuguese",
    "Swedish",
    "Japanese",
    "Chinese",
    "Russian",
    "Polish",
    "Danish",
    "Norwegian",
    "Finnish",
    "Czech",
    "Turkish",
    "Korean",
    "Greek",
    "Hebrew",
    "Catalan",
]
# (title, work id, edition id or None, cover id or None, [(author, author id)], first published, editions,
#  languages or None, rating or None, ratings, want to read, currently reading, have read, lending, previewable)
WORKS: list[
    tuple[
        str,
        str,
        str | None,
        int | None,
        list[tuple[str, str]],
        int,
        int,
        int | None,
        float | None,
        int,
        int,
        int,
        int,
        str,
        int,
    ]
] = [
    (
        "To the Lighthouse",
        "OL14934W",
        "OL24213064M",
        8231856,
        [("Virginia Woolf", "OL19498A")],
        1927,
        412,
        18,
        3.8,
        1204,
        4512,
        301,
        1890,
        "Borrow",
        57,
    ),
    (
        "The Light Between Oceans",
        "OL16803316W",
        "OL25929713M",
        7254816,
        [("M. L. Stedman", "OL7123604A")],
        2012,
        76,
        21,
        4.0,
        356,
        2304,
        92,
        788,
        "Join Waitlist",
        9,
    ),
    (
        "The Lighthouse",
        "OL2012587W",
        "OL7935634M",
        281445,
        [("P. D. James", "OL39307A")],
        2005,
        58,
        7,
        3.7,
        88,
        412,
        18,
        156,
        "Borrow",
        11,
    ),
    (
        "The Lighthouse Keeper's Lunch",
        "OL3303921W",
        "OL4755211M",
        9251011,
        [("Ronda Armitage", "OL1125839A"), ("David Armitage", "OL1125840A")],
        1977,
        34,
        3,
        4.3,
        41,
        187,
        6,
        92,
        "Borrow",
        6,
    ),
    (
        "The Lighthouse Stevensons",
        "OL2644081W",
        "OL6798813M",
        417336,
        [("Bella Bathurst", "OL1435231A")],
        1999,
        14,
        1,
        4.1,
        19,
        96,
        4,
        31,
        "Borrow",
        3,
    ),
    (
        "The Lighthouse Family: The Storm",
        "OL5739902W",
        "OL9581277M",
        396781,
        [("Cynthia Rylant", "OL30011A"), ("Preston McDaniels", "OL1390873A")],
        2002,
        9,
        2,
        4.5,
        12,
        58,
        2,
        40,
        "Borrow",
        2,
    ),
    (
        "The Lighthouse at the End of the World",
        "OL1103652W",
        "OL23361212M",
        6458710,
        [("Jules Verne", "OL113611A")],
        1905,
        187,
        14,
        3.6,
        97,
        633,
        27,
        210,
        "Borrow",
        23,
    ),
    (
        "The Lighthouse",
        "OL16708522W",
        "OL25378416M",
        7129284,
        [("Alison Moore", "OL7046851A")],
        2012,
        19,
        3,
        3.2,
        23,
        141,
        5,
        48,
        "Preview Only",
        1,
    ),
    (
        "Lighthouses of the Pacific",
        "OL4358820W",
        "OL2545137M",
        None,
        [("Jim Gibbs", "OL1074523A")],
        1986,
        4,
        1,
        None,
        0,
        12,
        0,
        3,
        "Borrow",
        2,
    ),
    (
        "The Lightkeeper's Daughters",
        "OL19734618W",
        "OL26870214M",
        8394502,
        [("Jean E. Pendziwol", "OL7548930A")],
        2017,
        22,
        4,
        3.9,
        64,
        512,
        21,
        133,
        "Join Waitlist",
        2,
    ),
    (
        "Lighthouse Island",
        "OL17065398W",
        "OL26152019M",
        7394155,
        [("Paulette Jiles", "OL239517A")],
        2013,
        8,
        1,
        3.4,
        15,
        88,
        3,
        29,
        "Not in Library",
        0,
    ),
    (
        "The Lighthouse Land",
        "OL5727914W",
        "OL7938855M",
        829137,
        [("Adrian McKinty", "OL1389422A")],
        2006,
        6,
        2,
        3.8,
        9,
        47,
        1,
        17,
        "Borrow",
        1,
    ),
    (
        "Hello Lighthouse",
        "OL19356841W",
        "OL26435287M",
        8312044,
        [("Sophie Blackall", "OL1447329A")],
        2018,
        11,
        3,
        4.6,
        57,
        301,
        8,
        221,
        "Borrow",
        3,
    ),
    (
        "The Lighthouse Witches",
        "OL24274195W",
        "OL32806317M",
        12003718,
        [("C. J. Cooke", "OL8216042A")],
        2021,
        12,
        2,
        3.9,
        148,
        1376,
        104,
        402,
        "Join Waitlist",
        1,
    ),
    (
        "Lighthouse Bay",
        "OL17353370W",
        "OL25985426M",
        7301482,
        [("Kimberley Freeman", "OL2779912A")],
        2012,
        7,
        1,
        4.1,
        19,
        122,
        6,
        44,
        "Not in Library",
        0,
    ),
    (
        "Lighthousekeeping",
        "OL1897423W",
        "OL7591054M",
        410826,
        [("Jeanette Winterson", "OL23105A")],
        2004,
        31,
        9,
        3.7,
        102,
        701,
        33,
        286,
        "Borrow",
        7,
    ),
    (
        "The Lighthouse Mystery",
        "OL3938751W",
        "OL7260713M",
        6989274,
        [("Gertrude Chandler Warner", "OL36655A")],
        1963,
        25,
        2,
        4.0,
        44,
        203,
        12,
        176,
        "Borrow",
        8,
    ),
    (
        "A History of Lighthouses",
        "OL4714035W",
        "OL5082116M",
        None,
        [("Patrick Beaver", "OL1160022A")],
        1971,
        5,
        1,
        None,
        0,
        21,
        1,
        6,
        "Borrow",
        2,
    ),
    (
        "The Keeper's Log: Ten Years on Skerry Rock",
        "OL20871245W",
        None,
        None,
        [("Margaret Innes", "OL7912463A")],
        1994,
        2,
        None,
        None,
        0,
        4,
        0,
        1,
        "Not in Library",
        0,
    ),
    (
        "The Lighthouse Children",
        "OL1875104W",
        "OL1115389M",
        412597,
        [("Syd Hoff", "OL22213A")],
        1994,
        6,
        1,
        3.5,
        8,
        39,
        0,
        27,
        "Borrow",
        2,
    ),
    (
        "Lighthouse Girl",
        "OL15436527W",
        "OL24431780M",
        6700238,
        [("Dianne Wolfer", "OL1417760A")],
        2009,
        4,
        1,
        4.2,
        6,
        31,
        2,
        12,
        "Not in Library",
        0,
    ),
    (
        "The Lighthouse Keeper's Daughter",
        "OL20049271W",
        "OL27140376M",
        8741322,
        [("Hazel Gaynor", "OL7294835A")],
        2018,
        9,
        2,
        4.0,
        31,
        355,
        17,
        98,
        "Join Waitlist",
        1,
    ),
    (
        "Lighthouses of Ireland",
        "OL2790544W",
        "OL681402M",
        None,
        [("Kevin McCarthy", "OL226745A"), ("William L. Trotter", "OL226746A")],
        1997,
        3,
        1,
        None,
        0,
        9,
        0,
        2,
        "Borrow",
        1,
    ),
    (
        "The Lighthouse Road",
        "OL16340275W",
        "OL25232217M",
        7057319,
        [("Peter Geye", "OL6981743A")],
        2012,
        5,
        1,
        3.8,
        11,
        64,
        3,
        25,
        "Borrow",
        1,
    ),
    (
        "Beacon of the North: The Story of Skerryvore",
        "OL15720093W",
        None,
        None,
        [("Ewan Macrae", "OL6590124A")],
        2008,
        1,
        None,
        None,
        0,
        2,
        0,
        0,
        "Not in Library",
        0,
    ),
    (
        "Letters from the Lighthouse",
        "OL19785501W",
        "OL26611908M",
        8463107,
        [("Emma Carroll", "OL7290218A")],
        2017,
        8,
        1,
        4.2,
        27,
        163,
        9,
        71,
        "Borrow",
        1,
    ),
    (
        "The Last Lighthouse Keeper",
        "OL27311604W",
        "OL38912207M",
        13507922,
        [("Ada Penhallow", "OL10542716A")],
        2020,
        3,
        1,
        3.9,
        5,
        28,
        1,
        9,
        "Preview Only",
        1,
    ),
]


def _sa_slug(title: str) -> str:
    return "".join(c if c.isalnum() else "_" for c in title).strip("_").replace("__", "_")


def _sa_href(item: tuple[Any, ...]) -> str:
    _t, work, edition, *_rest = item
    return f"/works/{work}?edition=key%3A/books/{edition}" if edition else f"/works/{work}"


def _sa_stars(rating: float) -> str:
    full = int(rating + 0.5)
    return "★" * full + "☆" * (5 - full)


def _sa_result(item: tuple[Any, ...], position: int) -> str:
    (
        title,
        work,
        edition,
        cover,
        authors,
        year,
        editions,
        languages,
        rating,
        ratings,
        want,
        reading,
        read,
        lending,
        preview,
    ) = item
    href = _sa_href(item)
    byline = ", ".join(esc(a) for a, _k in authors)
    cover_alt = f"Cover of: {title} by {', '.join(a for a, _k in authors)}"
    if cover:
        img = f'<img itemprop="image" src="https://covers.openlibrary.org/b/id/{cover}-M.jpg" alt="{esc(cover_alt)}" title="{esc(cover_alt)}" loading="lazy"/>'
    else:
        img = f'<div class="SRPCoverBlank"><div class="innerBorder"><div class="BookTitle">{esc(title)}<div class="Author">{byline}</div></div></div></div>'
    author_links = ", ".join(f'<a href="/authors/{k}/{_sa_slug(a)}" class="results">{esc(a)}</a>' for a, k in authors)
    stats = []
    if rating is not None:
        stats.append(
            f'<span itemprop="aggregateRating" itemscope itemtype="https://schema.org/AggregateRating" class="ratingsByline"><meta itemprop="ratingCount" content="{ratings}"/><span class="ratings-stars" aria-hidden="true">{_sa_stars(rating)}</span> <span itemprop="ratingValue">{rating:.1f}</span> <span>({ratings:,} rating{"" if ratings == 1 else "s"})</span></span>'
        )
    stats.append(f'<span class="readers-stats__want-to-read">{want:,} Want to read</span>')
    if reading:
        stats.append(f'<span class="readers-stats__currently-reading">{reading:,} Currently reading</span>')
    if read:
        stats.append(f'<span class="readers-stats__already-read">{read:,} Have read</span>')
    stats_html = ' <span class="dot">·</span> '.join(stats)
    langs = ""
    if languages:
        names = ", ".join(SA_LANGUAGES[:languages])
        langs = f' <span class="languages">in <a class="hoverlink" title="{names}">{languages} language{"" if languages == 1 else "s"}</a></span>'
    previewable = (
        f' <span class="dot">—</span> <span class="ebook-count">{preview} previewable</span>' if preview else ""
    )
    editions_text = f"{editions} edition{'' if editions == 1 else 's'}"
    details = f'<span class="resultDetails"><span class="publishedYear">First published in {year}</span> <span class="dot">—</span> <a href="/works/{work}/{_sa_slug(title)}/editions?{SA_Q.replace("&", "&amp;")}" title="See all editions of {esc(title)}">{editions_text}</a>{langs}{previewable}</span>'
    ia = f"{_sa_slug(title).lower()[:14]}00{_sa_slug(authors[0][0]).lower()[:4]}"
    if lending == "Borrow":
        cta = f'<a href="/borrow/ia/{ia}?ref=ol" title="Borrow ebook from Internet Archive" class="cta-btn cta-btn--ia cta-btn--available cta-btn--borrow" data-ol-link-track="CTAClick|Borrow" data-ocaid="{ia}">Borrow</a>'
    elif lending == "Join Waitlist":
        cta = f'<a href="/books/{edition}/-/borrow?action=join-waitinglist" class="cta-btn cta-btn--ia cta-btn--unavailable" data-ol-link-track="CTAClick|JoinWaitlist">Join Waitlist</a>'
    elif lending == "Preview Only":
        cta = f'<a href="https://archive.org/details/{ia}?view=theater&amp;wrapper=false" class="cta-btn cta-btn--ia cta-btn--preview" data-ol-link-track="CTAClick|Preview">Preview Only</a>'
    else:
        cta = '<span class="cta-btn cta-btn--missing">Not in Library</span>'
    dropper = f"""<div class="generic-dropper-wrapper my-books-dropper" data-work-key="/works/{work}"><div class="generic-dropper"><div class="generic-dropper__actions"><form class="reading-log primary-action" method="POST" action="/works/{work}/bookshelves.json"><input type="hidden" name="action" value="add"><input type="hidden" name="redir" value="true"><input type="hidden" name="bookshelf_id" value="1"><input type="hidden" name="edition_id" value="/books/{edition or ""}"><button type="submit" class="book-progress-btn unactivated" title="Want to Read">Want to Read</button></form><a href="javascript:;" class="generic-dropper__dropclick" aria-label="Show other book options"><img class="arrow" src="/static/images/icons/icon_dropdown-arrow.svg" alt=""></a></div><div class="generic-dropper__dropdown"><div class="dropper-menu"><form class="reading-log" method="POST" action="/works/{work}/bookshelves.json"><input type="hidden" name="bookshelf_id" value="2"><button type="submit" class="nostyle-btn">Currently Reading</button></form><form class="reading-log" method="POST" action="/works/{work}/bookshelves.json"><input type="hidden" name="bookshelf_id" value="3"><button type="submit" class="nostyle-btn">Already Read</button></form><hr><a href="/account/login?redir_url=/works/{work}" class="add-to-list">Add to List</a></div></div></div></div>"""
    return f"""<li class="searchResultItem sri--w-main" itemscope itemtype="https://schema.org/Book" data-ol-link-track="SearchResult|{position}">
  <span class="bookcover">
    <a href="{href}">{img}</a>
  </span>
  <div class="details">
    <div class="resultTitle">
      <h3 itemprop="name" class="booktitle">
        <a itemprop="url" href="{href}" class="results">{esc(title)}</a>
      </h3>
    </div>
    <span itemprop="author" itemscope itemtype="https://schema.org/Organization" class="bookauthor">
      by {author_links}
    </span>
    <span class="resultStats">{stats_html}</span>
    {details}
  </div>
  <div class="searchResultItemCTA">
    <div class="searchResultItemCTA-lending">{cta}</div>
    {dropper}
  </div>
</li>"""


SA_FACETS = [
    ("Has fulltext", [("yes", 14), ("no", 13)]),
    (
        "Author",
        [
            ("Virginia Woolf", 3),
            ("Jules Verne", 2),
            ("Cynthia Rylant", 2),
            ("P. D. James", 1),
            ("Jeanette Winterson", 1),
        ],
    ),
    (
        "Subjects",
        [
            ("Lighthouses", 19),
            ("Fiction", 17),
            ("Lighthouse keepers", 11),
            ("Juvenile fiction", 7),
            ("Islands", 6),
            ("Shipwrecks", 4),
        ],
    ),
    ("Places", [("Scotland", 6), ("Australia", 3), ("Cornwall (England)", 2), ("Maine", 2)]),
    ("Language", [("English", 27), ("Spanish", 9), ("French", 8), ("German", 7)]),
    ("First published", [("2010s", 10), ("2000s", 7), ("1990s", 4), ("1970s", 2), ("1920s", 1)]),
    ("Publisher", [("Penguin", 5), ("HarperCollins", 3), ("Random House", 3), ("Scholastic", 2)]),
]


def _sa_facets() -> str:
    blocks = []
    keys = {
        "Has fulltext": "has_fulltext",
        "Author": "author_facet",
        "Subjects": "subject_facet",
        "Places": "place_facet",
        "Language": "language",
        "First published": "first_publish_year",
        "Publisher": "publisher_facet",
    }
    for heading, values in SA_FACETS:
        entries = "".join(
            f'<div class="facetEntry"><span><a href="/search?{SA_Q.replace("&", "&amp;")}&amp;{keys[heading]}={quote(v)}" title="Filter results for {esc(v)}">{esc(v)}</a></span> <span class="smaller gray">{count}</span></div>'
            for v, count in values
        )
        blocks.append(
            f'<div class="facet {keys[heading]}"><h4 class="facetHead">{heading}</h4>{entries}<div class="facetMoreLess"><a href="javascript:;" class="header_more small">more</a></div></div>'
        )
    return f'<div id="searchFacets" class="searchFacets"><div class="facetHead">Zoom In</div><div class="sansserif small gray">Focus your results using these <span class="orange">filters</span></div>{"".join(blocks)}</div>'


def _sa_link(page: int) -> str:
    return f"/search?{SA_Q.replace('&', '&amp;')}&amp;page={page}"


def _sa_pager(page: int, pages: int) -> str:
    parts = []
    if page > 1:
        parts.append(
            f'<a href="{_sa_link(page - 1)}" class="ChoosePage" data-ol-link-track="Pager|Prev">← Previous</a>'
        )
    for n in range(1, pages + 1):
        if n == page:
            parts.append(f'<span class="this">{n}</span>')
        else:
            parts.append(f'<a href="{_sa_link(n)}" class="ChoosePage" data-ol-link-track="Pager|Num">{n}</a>')
    if page < pages:
        parts.append(f'<a href="{_sa_link(page + 1)}" class="ChoosePage" data-ol-link-track="Pager|Next">Next →</a>')
    return f'<div class="pager"><div class="pagination">{" ".join(parts)}</div></div>'


def _sa_page(page: int, pages: int, items: list[Any], first: int) -> str:
    results = "\n".join(_sa_result(item, first + n + 1) for n, item in enumerate(items))
    sorts = "".join(
        f'<li><a href="/search?{SA_Q.replace("&", "&amp;")}{"" if key == "relevance" else f"&amp;sort={key}"}" class="{"selected" if key == "relevance" else ""}">{label}</a></li>'
        for key, label in (
            ("relevance", "Relevance"),
            ("editions", "Most Editions"),
            ("old", "First Published"),
            ("new", "Most Recent"),
            ("rating", "Top Rated"),
            ("readinglog", "Reading Log"),
            ("want_to_read", "Want to Read"),
            ("random", "Random"),
        )
    )
    return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{SA_QUERY} - search results | Shelf Archive</title>
<link rel="search" type="application/opensearchdescription+xml" title="Shelf Archive" href="/static/opensearch.xml" />
<link rel="canonical" href="https://shelfarchive.example/search?{SA_Q.replace("&", "&amp;")}{"" if page == 1 else f"&amp;page={page}"}" />
<meta name="description" content="Search results for {SA_QUERY}: books, authors and subjects on Shelf Archive, an open, editable library catalog." />
<link href="/static/build/css/page-user.css?v=8e0d4c52" rel="stylesheet" type="text/css" />
<script>window.ILE_SAVE_CAPABLE = false; window.OL_STATIC_PREFIX = '/static';</script>
<script src="/static/build/js/all.js?v=8e0d4c52" defer></script>
</head>
<body class="search">
<div id="topNotice"><div class="page-banner page-banner-black page-banner-center"><div class="iaBar"><a href="https://archive.example/donate/?origin=olwww-TopNavDonateButton" class="btn-donate">Donate</a> Help us keep the world's books free to read. <a href="https://archive.example/donate/?origin=olwww-TopNav">Support Shelf Archive</a>.</div></div></div>
<ia-topnav class="ia-topnav" locale="en" wayback-url="https://web.archive.example" base-host="https://archive.example" media-base-host="https://archive.example" hide-search="true"><a slot="opt-sec-logo" href="https://archive.example"><img src="/static/images/ia-logo.svg" alt="Internet Archive logo" width="160"></a></ia-topnav>
<header id="header-bar" class="header-bar">
  <div class="logo-component"><a href="/" title="The Shelf Archive Library"><div class="logo-txt"><img class="logo-icon" src="/static/images/openlibrary-logo-tighter.svg" width="189" height="47" alt="Shelf Archive logo"></div></a></div>
  <ul class="navigation-component">
    <li><a href="/account/books" class="nav-link">My Books</a></li>
    <li><details class="header-dropdown"><summary>Browse</summary><div class="browse-menu"><ul class="dropdown-menu"><li><a href="/subjects" data-ol-link-track="MainNav|Subjects">Subjects</a></li><li><a href="/trending/daily" data-ol-link-track="MainNav|Trending">Trending</a></li><li><a href="/explore" data-ol-link-track="MainNav|LibraryExplorer">Library Explorer</a></li><li><a href="/lists" data-ol-link-track="MainNav|Lists">Lists</a></li><li><a href="/collections" data-ol-link-track="MainNav|Collections">Collections</a></li><li><a href="/k-12" data-ol-link-track="MainNav|K12Library">K-12 Student Library</a></li><li><a href="/booktalks" data-ol-link-track="MainNav|BookTalks">Book Talks</a></li><li><a href="/random" data-ol-link-track="MainNav|RandomBook">Random Book</a></li><li><a href="/advancedsearch" data-ol-link-track="MainNav|AdvancedSearch">Advanced Search</a></li></ul></div></details></li>
    <li><details class="header-dropdown"><summary>More</summary><ul class="dropdown-menu"><li><a href="/books/add">Add a Book</a></li><li><a href="/recentchanges">Recent Community Edits</a></li><li><a href="/developers">Developer Center</a></li><li><a href="/help">Help &amp; Support</a></li></ul></details></li>
  </ul>
  <div class="search-component"><div class="search-bar-component"><div class="search-bar"><div class="search-facet"><label class="search-facet-selector"><span class="search-facet-value">All</span><select aria-label="Search by" class="search-facet-selector"><option value="all" selected>All</option><option value="title">Title</option><option value="author">Author</option><option value="text">Text</option><option value="subject">Subject</option><option value="lists">Lists</option><option value="advanced">Advanced</option></select></label></div><form class="search-bar-input" action="/search" method="get"><input type="text" name="q" placeholder="Search" aria-label="Search" autocomplete="off" value="{SA_QUERY}"><input name="mode" type="checkbox" aria-hidden="true" aria-label="Search checkbox" checked="checked" value="everything" id="ftokenstop" class="hidden instantsearch-mode"><input type="submit" value="" class="search-bar-submit" aria-label="Search submit"></form></div><ul class="search-dropdown"></ul></div></div>
  <ul class="auth-component"><li><a href="/account/login" class="btn">Log In</a></li><li><a href="/account/create" class="btn primary">Sign Up</a></li></ul>
</header>
<div id="test-body-mobile">
<div id="contentHead"><h1 class="inline">Search Books</h1></div>
<div id="contentBody">
<div class="search-form">
  <form class="olform olform--decoration" action="/search" method="get">
    <div class="siteSearch olform__search">
      <input type="text" class="olform__input--large" name="q" size="100" value="{SA_QUERY}" aria-label="Search"/>
      <input type="submit" value="Search" class="large" />
    </div>
    <div class="search-mode"><label><input type="radio" name="mode" value="everything" checked> Everything</label> <label><input type="radio" name="mode" value="ebooks"> Ebooks</label> <label><input type="radio" name="mode" value="printdisabled"> Print Disabled</label></div>
    <div class="search-secondary-links"><a href="/advancedsearch" title="Advanced Search">Advanced Search</a> <a href="/search/inside?q={SA_QUERY}">Search full-text of books containing "{SA_QUERY}"</a></div>
  </form>
</div>
<div id="searchResults">
  <div class="search-results-stats">{len(WORKS)} hits</div>
  <div class="sort-dropper"><details class="sort-dropdown"><summary>Sorted by: <span class="sort-selected">Relevance</span></summary><ul class="sort-options">{sorts}</ul></details></div>
  <ul class="list-books">
{results}
  </ul>
  {_sa_pager(page, pages)}
</div>
{_sa_facets()}
</div>
</div>
<footer>
  <div id="footer-content"><div id="footer-details">
    <div class="footer-links"><h2>Shelf Archive</h2><ul><li><a href="/about" title="Learn about the project">Vision</a></li><li><a href="/volunteer">Volunteer</a></li><li><a href="/partner-with-us">Partner With Us</a></li><li><a href="https://careers.archive.example/">Careers</a></li><li><a href="https://blog.shelfarchive.example">Blog</a></li><li><a href="/terms">Terms of Service</a></li><li><a href="https://archive.example/donate/?origin=olwww-FooterDonate">Donate</a></li></ul></div>
    <div class="footer-links"><h2>Discover</h2><ul><li><a href="/">Home</a></li><li><a href="/books">Books</a></li><li><a href="/authors">Authors</a></li><li><a href="/subjects">Subjects</a></li><li><a href="/collections">Collections</a></li><li><a href="/advancedsearch">Advanced Search</a></li><li><a href="/help/faq">Return to Top</a></li></ul></div>
    <div class="footer-links"><h2>Develop</h2><ul><li><a href="/developers">Developer Center</a></li><li><a href="/developers/api">API Documentation</a></li><li><a href="/developers/dumps">Bulk Data Dumps</a></li><li><a href="https://github.example/internetarchive/openlibrary/wiki/Writing-Bots">Writing Bots</a></li></ul></div>
    <div class="footer-links"><h2>Help</h2><ul><li><a href="/help">Help Center</a></li><li><a href="/contact">Contact Us</a></li><li><a href="/help/faq/editing">Suggesting Edits</a></li><li><a href="/books/add">Add a Book</a></li><li><a href="/about/news">Release Notes</a></li></ul></div>
  </div>
  <div class="footer-copyright"><p>Shelf Archive is an initiative of the <a href="https://archive.example">Internet Archive</a>, a 501(c)(3) non-profit, building a digital library of Internet sites and other cultural artifacts in digital form. Other <a href="https://archive.example/projects/">projects</a> include the <a href="https://web.archive.example">Wayback Machine</a>, <a href="https://archive.example">archive.example</a> and <a href="https://archive.example/details/texts">archive.example/details/texts</a>.</p><p class="version">version <a href="https://github.example/internetarchive/openlibrary/commit/8e0d4c52">8e0d4c5</a></p></div></div>
</footer>
<script type="text/json+graph" id="graph-json-searchResults">{{"q":"{SA_QUERY}","page":{page},"numFound":{len(WORKS)}}}</script>
</body>
</html>"""


@tenth
def build_shelfarchive() -> None:
    s = Site(
        "shelfarchive",
        kind="library catalogue search (Open Library-like: li.searchResultItem, 'by' author links, stars with '4.1 (1,234 ratings)', 'First published in 1937', '42 editions in 3 languages', &page=N)",
        start=f"search?{SA_Q}",
        description="Open Library's search results (2024–2025): the Internet Archive top bar and a donation banner, the header (My Books, Browse and More menus, a search bar with a facet select, Log In / Sign Up), 'Search Books' with the mode radios (Everything / Ebooks / Print Disabled), '27 hits', a 'Sorted by: Relevance' dropdown; ul.list-books of li.searchResultItem (schema.org Book microdata): span.bookcover with a lazy cover image ('Cover of: … by …') or a blank cover block repeating title and author, h3.booktitle > a.results (/works/OL…W?edition=key%3A/books/OL…M, or /works/OL…W without an edition), span.bookauthor 'by' + author links, span.resultStats with a ratingsByline (star characters, itemprop=ratingValue '4.1', '(1,234 ratings)', a ratingCount meta; absent without ratings) and '1,234 Want to read · 98 Currently reading · 345 Have read' joined by span.dot, span.resultDetails 'First published in 1937 — 42 editions in 3 languages — 5 previewable' (languages and previewable missing on some), a CTA column (Borrow / Join Waitlist / Preview Only / Not in Library) and a 'Want to Read' dropper with reading-log forms; the div.pager > div.pagination of a.ChoosePage links (← Previous / 1 2 / Next →) to /search?q=…&mode=everything&page=N (page 1 also at &page=1), facet blocks ('Zoom In', Has fulltext / Author / Subjects / Places / Language / First published / Publisher with counts) and the footer.",
    )
    pages = chunks(WORKS, [20, 7])
    first = 0
    for number, items in enumerate(pages, 1):
        text = _sa_page(number, len(pages), items, first)
        if number == 1:
            s.list_page(f"search@{SA_Q}", text)
            s.write(f"search@{SA_Q}&page=1", text)
        else:
            s.list_page(f"search@{SA_Q}&page={number}", text)
        first += len(items)
    for item in WORKS:
        title, _work, _edition, _cover, authors, year, editions, languages, rating, ratings, want, *_rest = item
        s.expect(
            {
                "title": title,
                "url": _sa_href(item),
                "authors": [a for a, _k in authors],
                "first_published": year,
                "editions": editions,
                "languages": languages,
                "rating": rating,
                "rating_count": ratings if rating is not None else None,
                "want_to_read": want,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TENTH.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
