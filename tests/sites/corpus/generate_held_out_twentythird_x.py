"""Held-out wave twenty-three, part X: three list pages copied from their real 2024–25 platform markup with
invented data, and frozen before any heuristic saw them.

* **wirepoint-hub** — a news agency's topic hub on Brightspot (AP News style): ``bsp-`` custom elements,
  ``div.PagePromo`` cards with ``PagePromo-title`` / ``PagePromo-description`` / ``bsp-timestamp``, a lead module
  on page 1, a ``bsp-list-loadmore`` list whose "Load More" link goes to ``?p=N``.
  Written down: title, url, summary, date.
* **lexregister** — an EU law database's quick search (EUR-Lex style): ``div.SearchResult`` items with an h2
  title link and ``dl`` metadata (ELI, CELEX number, Form, Author, Date of document), facets, ``&page=N``.
  Written down: title, url, document_number, document_type, author, date.
* **kelpwise-careers** — a company career site on Teamtailor: ``ul#jobs_list_container > li`` cards with
  department · location · workplace spans, a "Show more" ``a#show_more_button`` whose turbo-stream responses
  (``/jobs/show_more?page=N``) append the next jobs. Written down: title, url, department, location, workplace.

Run ``uv run python tests/sites/corpus/generate_held_out_twentythird_x.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **frozen**.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import FROZEN, ROOT, Site, chunks, esc, slug

FROZEN |= {"wirepoint-hub", "lexregister", "kelpwise-careers"}

TWENTYTHIRD_X: dict[str, Callable[[], None]] = {}


def twentythird_x(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TWENTYTHIRD_X[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hex(text: str, size: int = 32) -> str:
    """A stable id derived from ``text`` (the real sites use random ones)."""
    return hashlib.sha1(text.encode()).hexdigest()[:size]


MONTHS = [
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


# ---------------------------------------------------------------------------------------------------
# wirepoint-hub: a Brightspot news-agency hub page (AP News markup).
# ---------------------------------------------------------------------------------------------------

#: (kind, title, summary or None, ISO moment or None). kind: article / video / gallery / live.
WP_STORIES: list[tuple[str, str, str | None, str | None]] = [
    (
        "article",
        "Reservoirs on the upper Tamsin River fall to their lowest level in three decades",
        "Water managers in four states say the summer release schedule will be cut by a fifth unless the autumn rains come early.",
        "2025-03-14T16:42:00Z",
    ),
    (
        "article",
        "Farmers in the Orland Valley turn to night irrigation as daytime heat bakes fields",
        "Growers say watering after dark saves a third of what they pump, but the power bills have doubled.",
        "2025-03-14T11:05:00Z",
    ),
    ("video", "Dry riverbed reveals a village flooded for a dam in 1958", None, "2025-03-13T22:18:00Z"),
    (
        "article",
        "Cities along the coast weigh desalination as groundwater turns salty",
        "Three councils will vote next month on whether to borrow for a shared plant that would not open before 2031.",
        "2025-03-13T15:30:00Z",
    ),
    (
        "article",
        "What to know about the new water restrictions in the Sabine Basin",
        "Lawn watering is limited to two days a week and car washes must recycle. Here is who is exempt.",
        "2025-03-13T09:12:00Z",
    ),
    ("gallery", "Photos: A season without snow on the Kettle Range", None, None),
    (
        "article",
        "Wildfire season starts six weeks early after the driest winter on record",
        "Crews are already fighting two fires in grassland that would normally still be green.",
        "2025-03-12T19:47:00Z",
    ),
    ("article", "Ranchers sell off herds as hay prices climb past $300 a ton", None, "2025-03-12T14:20:00Z"),
    (
        "video",
        "Barge traffic stalls on a shrinking Marlow River",
        "Low water has stranded grain shipments for a second autumn running.",
        "2025-03-11T21:03:00Z",
    ),
    (
        "article",
        "A tiny town rations tap water to four hours a day",
        "Residents of Pell Crossing fill bathtubs each morning before the valves close at 10 a.m.",
        "2025-03-11T12:55:00Z",
    ),
    (
        "article",
        "Scientists link the long drought to a stalled high-pressure ridge",
        "A new study says the pattern has become twice as likely since the 1980s.",
        "2025-03-10T17:36:00Z",
    ),
    (
        "article",
        "Lake Corran's marinas haul boats out as docks sit on dry mud",
        "Owners say the lake has dropped 40 feet since 2022 and ramps end in sand.",
        "2025-03-10T08:14:00Z",
    ),
    (
        "live",
        "Live updates: Governors meet on river compact as deadline nears",
        "Follow the latest from the talks over how to share the shrinking river.",
        "2025-03-09T13:00:00Z",
    ),
    ("article", "Hydropower output drops, and utilities buy more gas to fill the gap", None, "2025-03-08T20:22:00Z"),
    (
        "article",
        "Tribal nations press for a seat in river negotiations",
        "Leaders of six nations say their water rights predate every state on the river.",
        "2025-03-08T10:48:00Z",
    ),
    (
        "article",
        "Almond growers pull orchards as allocations are cut to zero",
        "Some farmers are replacing trees with solar panels that need no water.",
        "2025-03-07T16:05:00Z",
    ),
    ("video", "How cloud seeding works, and why states are spending more on it", None, "2025-03-07T11:40:00Z"),
    (
        "article",
        "Drought pushes grocery prices up for lettuce and beef",
        "Economists expect produce costs to stay high through the summer.",
        "2025-03-06T18:29:00Z",
    ),
    (
        "article",
        "Wells run dry in rural neighborhoods outside Desmet",
        "County officials are trucking in water to more than 300 homes.",
        "2025-03-06T07:52:00Z",
    ),
    ("gallery", "Photos: Cracked earth and stranded docks across the West", None, "2025-03-05T22:10:00Z"),
    ("article", "Court rules that a city must release water for endangered minnow", None, "2025-03-05T15:44:00Z"),
    (
        "article",
        "Ski resorts close early after a winter with half the usual snow",
        "Two resorts will not reopen for summer hiking either, citing fire risk.",
        "2025-03-04T19:18:00Z",
    ),
    (
        "article",
        "A new map shows where the aquifer is sinking the fastest",
        "Satellite data show parts of the valley floor dropping nearly a foot a year.",
        "2025-03-04T09:27:00Z",
    ),
    (
        "article",
        "Lawmakers propose paying farmers to leave fields fallow",
        "The bill would set aside $1.2 billion over five years.",
        "2025-03-03T17:02:00Z",
    ),
    (
        "video",
        "Residents line up for bottled water in Pell Crossing",
        "Volunteers hand out pallets of water at the school gym each Saturday.",
        None,
    ),
    (
        "article",
        "Beavers return to a dry creek and bring it back to life",
        "Ranchers who once trapped them now ask biologists to relocate more.",
        "2025-03-02T14:35:00Z",
    ),
    ("article", "Golf courses face a choice: brown fairways or big fines", None, "2025-03-01T11:11:00Z"),
]

WP_LEAD = 3
WP_PAGE_SIZES = [WP_LEAD + 8, 10, 6]

WP_SECTIONS = [
    (
        "World",
        "/world-news",
        [
            "Israel-Hamas War",
            "Russia-Ukraine War",
            "Global elections",
            "Asia Pacific",
            "Latin America",
            "Europe",
            "Africa",
            "Middle East",
            "China",
            "Australia",
        ],
    ),
    (
        "U.S.",
        "/us-news",
        ["Immigration", "Weather", "Education", "Transportation", "Abortion", "LGBTQ+", "Notable Deaths"],
    ),
    ("Politics", "/politics", ["Joe Biden", "Election 2024", "Congress", "Supreme Court", "Donald Trump"]),
    (
        "Sports",
        "/sports",
        [
            "NFL",
            "NBA",
            "NHL",
            "MLB",
            "Soccer",
            "Golf",
            "Tennis",
            "Auto Racing",
            "AP Top 25 College Football Poll",
            "AP Top 25 Men's Basketball Poll",
        ],
    ),
    (
        "Entertainment",
        "/entertainment",
        ["Movie reviews", "Book reviews", "Celebrity", "Television", "Music", "Business"],
    ),
    (
        "Business",
        "/business",
        ["Inflation", "Financial Markets", "Business Highlights", "Financial wellness", "Technology"],
    ),
    ("Science", "/science", ["Space", "Oddities"]),
    ("Lifestyle", "/lifestyle", ["Food & Recipes", "Travel", "Gardening", "Home", "Style"]),
    ("Health", "/health", ["Medicare", "Public health", "Mental health"]),
    ("Climate", "/climate-and-environment", ["Climate", "Wildfires", "Drought", "Extreme heat", "Oceans"]),
]

WP_MOST_READ = [
    "Powerful storm knocks out power to thousands along the northern coast",
    "Stock market today: Wall Street drifts as traders wait on the Fed",
    "A museum returns a stolen painting 40 years after the theft",
    "Minor-league team renames itself after a beloved ballpark hot dog",
    "Officials warn of scam calls pretending to be the water utility",
]


def _wp_url(story: tuple[str, str, str | None, str | None]) -> str:
    kind, title, _summary, _moment = story
    folder = {"article": "article", "video": "video", "gallery": "gallery", "live": "live"}[kind]
    return f"/{folder}/{slug(title)[:80].rstrip('-')}-{_hex(title)}"


def _wp_day(moment: str) -> str:
    when = datetime.fromisoformat(moment.replace("Z", "+00:00"))
    return f"{MONTHS[when.month - 1]} {when.day}, {when.year}"


def _wp_ms(moment: str) -> int:
    return int(datetime.fromisoformat(moment.replace("Z", "+00:00")).astimezone(UTC).timestamp() * 1000)


def _wp_icon(kind: str) -> str:
    if kind == "video":
        return '<span class="PagePromoContentIcons-icon PagePromoContentIcons-icon-video"><svg class="icon-video"><use xlink:href="#icon-video"></use></svg><span class="PagePromoContentIcons-iconText">Video</span></span>'
    if kind == "gallery":
        return '<span class="PagePromoContentIcons-icon PagePromoContentIcons-icon-gallery"><svg class="icon-gallery"><use xlink:href="#icon-gallery"></use></svg><span class="PagePromoContentIcons-iconText">Photo Gallery</span></span>'
    if kind == "live":
        return '<span class="PagePromoContentIcons-live"><span class="PagePromoContentIcons-liveDot"></span><span class="PagePromoContentIcons-liveText">LIVE</span></span>'
    return ""


def _wp_promo(story: tuple[str, str, str | None, str | None], *, size: str, headline: str) -> str:
    kind, title, summary, moment = story
    url = _wp_url(story)
    ident = _hex(title, 12)
    posted = (
        f' data-posted-date-timestamp="{_wp_ms(moment)}" data-updated-date-timestamp="{_wp_ms(moment) + 1800000}"'
        if moment
        else ""
    )
    image = f"https://dims.wirepoint.example/dims4/default/{ident[:7]}/2147483647/strip/true/crop/5000x3333+0+0/resize/{'1440x960' if size == 'lead' else '567x378'}!/quality/90/?url=https%3A%2F%2Fassets.wirepoint.example%2F{ident}%2Foriginal.jpg"
    media = f"""
      <div class="PagePromo-media">
        <a class="Link " aria-label="{esc(title)}" href="{url}" data-gtm-enhancement-style="{"PageListStandardE" if size == "lead" else "PageListStandardH"}">
          <picture>
            <source type="image/webp" width="{"1440" if size == "lead" else "567"}" height="{"960" if size == "lead" else "378"}" srcset="{image}&amp;format=webp 1x,{image}&amp;format=webp&amp;dpr=2 2x" media="(min-width: 1024px)">
            <source width="{"1440" if size == "lead" else "567"}" height="{"960" if size == "lead" else "378"}" srcset="{image} 1x,{image}&amp;dpr=2 2x" media="(min-width: 1024px)">
            <img class="Image" alt="{esc(title)}" srcset="{image} 1x,{image}&amp;dpr=2 2x" width="{"1440" if size == "lead" else "567"}" height="{"960" if size == "lead" else "378"}" src="{image}" loading="lazy">
          </picture>
        </a>
      </div>"""
    if kind == "live" or (size == "small" and kind == "article" and len(title) % 5 == 0):
        media = ""
    description = (
        f"""
        <div class="PagePromo-description">
          <a class="Link " href="{url}" data-gtm-enhancement-style="PageListStandardH"><span class="PagePromoContentIcons-text">{esc(summary)}</span></a>
        </div>"""
        if summary
        else ""
    )
    byline = (
        f"""
        <div class="PagePromo-byline">
          <div class="PagePromo-date"><bsp-timestamp data-timestamp="{_wp_ms(moment)}" data-recent-timestamp-format="{{timeago}}" data-recent-timestamp-threshold="86400000" data-timestamp-format="MMMM d, yyyy"><span data-date>{_wp_day(moment)}</span></bsp-timestamp></div>
        </div>"""
        if moment
        else ""
    )
    return f"""
    <div class="PagePromo" data-gtm-region="{esc(title)}"{posted}>{media}
      <div class="PagePromo-content">
        <bsp-custom-headline custom-headline="{headline}">
          <{headline} class="PagePromo-title">
            <a class="Link " href="{url}" data-gtm-enhancement-style="{"PageListStandardE" if size == "lead" else "PageListStandardH"}">{_wp_icon(kind)}<span class="PagePromoContentIcons-text">{esc(title)}</span></a>
          </{headline}>
        </bsp-custom-headline>{description}{byline}
      </div>
    </div>"""


def _wp_ad(slot: str, sizes: str) -> str:
    return f"""
<div class="Advertisement" data-ad-slot="{slot}">
  <div class="Advertisement-container">
    <div class="freestar-ad-container"><div id="wirepoint_{slot}" class="fs-ad" data-freestar-ad="__{sizes}"></div></div>
    <script>freestar.config.enabled_slots.push({{ placementName: "wirepoint_{slot}", slotId: "wirepoint_{slot}" }});</script>
  </div>
</div>"""


def _wp_header() -> str:
    sections = []
    for name, href, subs in WP_SECTIONS:
        items = "".join(
            f'\n              <li class="AnClick-MainNav"><a class="Link AnClick-MainNav" href="/hub/{slug(sub)}" data-gtm-topic="{esc(sub)}">{esc(sub)}</a></li>'
            for sub in subs
        )
        sections.append(f"""
        <li class="Page-header-navigation-item" data-has-items>
          <div class="NavigationItem">
            <div class="NavigationItem-text"><a class="Link" href="{href}">{esc(name)}</a></div>
            <button class="NavigationItem-more" aria-label="Show more {esc(name)} items" aria-expanded="false"><svg class="chevron-down"><use xlink:href="#chevron-down"></use></svg></button>
            <div class="NavigationItem-items">
              <ul class="NavigationItem-items-list">{items}
              </ul>
            </div>
          </div>
        </li>""")
    return f"""
<bsp-header class="Page-header">
  <div class="Page-header-stickyWrap">
    <div class="Page-header-bar">
      <div class="Page-header-menu-trigger" data-menu-trigger>
        <button class="Page-header-menu-button" aria-label="Menu" aria-expanded="false"><svg class="menu"><use xlink:href="#icon-menu"></use></svg></button>
      </div>
      <div class="Page-logo"><a aria-label="home page" href="/" class="Link" data-gtm-action="Logo click"><svg class="Page-logo-svg" viewBox="0 0 128 48"><use xlink:href="#wirepoint-logo"></use></svg></a></div>
      <div class="Page-header-navigation">
        <nav class="Page-header-navigation-main" aria-label="Main navigation">
          <ul class="Page-header-navigation-items">{"".join(sections)}
          </ul>
        </nav>
      </div>
      <div class="Page-header-end">
        <div class="Page-header-bar-donate"><a class="Link" href="https://donate.wirepoint.example/?utm_source=header" target="_blank">Donate</a></div>
        <bsp-search-overlay class="SearchOverlay">
          <button class="SearchOverlay-search-button" aria-label="Open search"><svg class="icon-magnify"><use xlink:href="#icon-magnify"></use></svg></button>
          <div class="SearchOverlay-search-form-wrapper">
            <form class="SearchOverlay-search-form" action="/search" novalidate autocomplete="off">
              <label><input placeholder="Search" type="text" class="SearchOverlay-search-input" name="q" required></label>
              <button class="SearchOverlay-search-submit" type="submit" aria-label="Submit search"><svg class="icon-magnify"><use xlink:href="#icon-magnify"></use></svg></button>
              <button type="button" class="SearchOverlay-search-close" aria-label="Close search"><svg class="close-x"><use xlink:href="#close-x"></use></svg></button>
            </form>
          </div>
        </bsp-search-overlay>
        <div class="Page-header-bar-signIn"><button class="SignIn-button" data-auth-trigger>Sign in</button></div>
      </div>
    </div>
    <div class="Page-header-trending">
      <div class="Page-header-trending-label">Trending News</div>
      <ul class="Page-header-trending-items">
        <li><a class="Link" href="/hub/severe-weather">Severe weather</a></li>
        <li><a class="Link" href="/hub/financial-markets">Stock market today</a></li>
        <li><a class="Link" href="/hub/march-madness">March Madness</a></li>
        <li><a class="Link" href="/hub/measles">Measles outbreak</a></li>
        <li><a class="Link" href="/hub/artificial-intelligence">Artificial intelligence</a></li>
      </ul>
    </div>
  </div>
</bsp-header>"""


def _wp_footer() -> str:
    cols = []
    for name, href, subs in WP_SECTIONS[:6]:
        items = "".join(f'<li><a class="Link" href="/hub/{slug(sub)}">{esc(sub)}</a></li>' for sub in subs[:5])
        cols.append(
            f'\n        <div class="Page-footer-navigation-column"><h3 class="Page-footer-navigation-heading"><a class="Link" href="{href}">{esc(name)}</a></h3><ul>{items}</ul></div>'
        )
    return f"""
<footer class="Page-footer">
  <div class="Page-footer-top">
    <div class="Page-footer-logo"><a class="Link" href="/" aria-label="home page"><svg class="Page-logo-svg"><use xlink:href="#wirepoint-logo"></use></svg></a></div>
    <div class="Page-footer-navigation">{"".join(cols)}
    </div>
  </div>
  <div class="Page-footer-lower">
    <div class="Page-footer-about">
      <p>Wirepoint is an independent global news organization dedicated to factual reporting. Founded in 1911, Wirepoint today remains the most trusted source of fast, accurate, unbiased news in all formats and the essential provider of the technology and services vital to the news business. More than half the world's population sees Wirepoint journalism every day.</p>
    </div>
    <ul class="Page-footer-links">
      <li><a class="Link" href="/about">About</a></li>
      <li><a class="Link" href="/careers">Careers</a></li>
      <li><a class="Link" href="/contact">Contact Us</a></li>
      <li><a class="Link" href="/corrections">Corrections</a></li>
      <li><a class="Link" href="/news-values">News Values and Principles</a></li>
      <li><a class="Link" href="/accessibility">Accessibility Statement</a></li>
      <li><a class="Link" href="/terms">Terms of Use</a></li>
      <li><a class="Link" href="/privacy">Privacy Policy</a></li>
      <li><a class="Link" href="/cookie-settings" data-ot-cookie-settings>Cookie Settings</a></li>
      <li><a class="Link" href="/do-not-sell">Do Not Sell or Share My Personal Information</a></li>
      <li><a class="Link" href="/limit-use">Limit Use and Disclosure of Sensitive Personal Information</a></li>
      <li><a class="Link" href="/ca-notice">CA Notice of Collection</a></li>
    </ul>
    <div class="Page-footer-social">
      <a class="Link" href="https://social.example/wirepoint" aria-label="Wirepoint on Bluesky"><svg><use xlink:href="#icon-bluesky"></use></svg></a>
      <a class="Link" href="https://video.example/@wirepoint" aria-label="Wirepoint on video"><svg><use xlink:href="#icon-youtube"></use></svg></a>
      <a class="Link" href="https://photos.example/wirepoint" aria-label="Wirepoint on Instagram"><svg><use xlink:href="#icon-instagram"></use></svg></a>
    </div>
    <div class="Page-footer-disclaimer"><p>Copyright 2025 Wirepoint. All Rights Reserved.</p></div>
  </div>
</footer>"""


def _wp_onetrust() -> str:
    return """
<div id="onetrust-consent-sdk">
  <div class="onetrust-pc-dark-filter ot-hide ot-fade-in"></div>
  <div id="onetrust-banner-sdk" class="otFlat ot-wo-title vertical-align-content" tabindex="0" role="region" aria-label="Cookie banner">
    <div role="dialog" aria-label="Privacy">
      <div class="ot-sdk-container">
        <div class="ot-sdk-row">
          <div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns">
            <div class="banner_logo"></div>
            <div id="onetrust-policy">
              <div id="onetrust-policy-text">We use cookies to personalize content and ads, to provide social media features and to analyze our traffic. We also share information about your use of our site with our social media, advertising and analytics partners who may combine it with other information that you've provided to them or that they've collected from your use of their services. <a class="ot-cookie-policy-link" href="/privacy" aria-label="More information about your privacy, opens in a new tab" rel="noopener" target="_blank">Privacy Policy</a></div>
            </div>
          </div>
          <div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns">
            <div id="onetrust-button-group">
              <button id="onetrust-pc-btn-handler" class="cookie-setting-link">Cookie Settings</button>
              <button id="onetrust-reject-all-handler">Reject All</button>
              <button id="onetrust-accept-btn-handler">Accept All Cookies</button>
            </div>
          </div>
        </div>
      </div>
    </div>
  </div>
</div>"""


def _wp_page(number: int, total: int, stories: list[tuple[str, str, str | None, str | None]]) -> str:
    lead_html = ""
    if number == 1:
        lead, side = stories[0], stories[1:WP_LEAD]
        rest = stories[WP_LEAD:]
        side_html = "".join(
            f'\n          <div class="PageListStandardE-items-secondary-item">{_wp_promo(item, size="small", headline="h3")}\n          </div>'
            for item in side
        )
        lead_html = f"""
      <div class="PageListStandardE" data-module data-gtm-module="PageListStandardE">
        <div class="PageListStandardE-leadPromo">
          <div class="PageListStandardE-leadPromo-media"></div>
          <div class="PageListStandardE-leadPromo-info">{_wp_promo(lead, size="lead", headline="h2")}
          </div>
        </div>
        <div class="PageListStandardE-items-secondary">{side_html}
        </div>
      </div>
      {_wp_ad("hub_incontent_1", "wp-728x90")}"""
    else:
        rest = stories
    items = "".join(
        f'\n            <div class="PageList-items-item">{_wp_promo(item, size="small", headline="h3")}\n            </div>'
        for item in rest
    )
    next_link = (
        f"""
          <div class="PageList-nextPage">
            <a class="Link Button" href="/hub/drought?p={number + 1}" data-load-more-button aria-label="Load More Drought stories">Load More</a>
          </div>"""
        if number < total
        else ""
    )
    most_read = "".join(
        f'\n              <li class="PageListRightRailA-items-item"><div class="PagePromo"><div class="PagePromo-content"><bsp-custom-headline custom-headline="div"><div class="PagePromo-title"><a class="Link " href="/article/{slug(t)}-{_hex(t)}"><span class="PagePromoContentIcons-text">{esc(t)}</span></a></div></bsp-custom-headline></div></div></li>'
        for t in WP_MOST_READ
    )
    canonical = "/hub/drought" if number == 1 else f"/hub/drought?p={number}"
    title_suffix = "" if number == 1 else f" | Page {number}"
    return f"""<!DOCTYPE html>
<html class="HubPage" lang="en" data-header-hat="true">
<head>
    <meta charset="UTF-8">
    <style data-cssvarsponyfill="true">:root {{ --color-brand: #e11d21; --color-text: #121212; --font-1: "Inter", Arial, sans-serif; --font-2: "Merriweather", Georgia, serif; }}</style>
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Drought | Latest News &amp; Updates{title_suffix} | Wirepoint News</title>
    <link rel="canonical" href="https://wirepoint.example{canonical}">
    <meta name="description" content="Follow the latest drought news from Wirepoint: water restrictions, reservoirs and rivers, farming and wildfire risk across the West.">
    <meta property="og:title" content="Drought | Wirepoint News">
    <meta property="og:url" content="https://wirepoint.example/hub/drought">
    <meta property="og:image" content="https://dims.wirepoint.example/dims4/default/hub/drought/og.jpg">
    <meta property="og:type" content="website">
    <meta name="twitter:card" content="summary_large_image">
    <meta name="brightspot.contentId" content="0000017e-4aa1-d4b3-a37f-efa7c3ba0000">
    <link rel="stylesheet" href="https://assets.wirepoint.example/resource/00000187-0e2f-d8c2-a7df-2fffbcbb0000/styleguide/All.min.5a91b7c3d1e4f8ab2c6d0e9f7a1b3c5d.gz.css">
    <link rel="preconnect" href="https://dims.wirepoint.example">
    <script type="application/ld+json">{{"@context":"http://schema.org","@type":"WebPage","name":"Drought","url":"https://wirepoint.example/hub/drought","publisher":{{"@type":"NewsMediaOrganization","name":"Wirepoint News","logo":{{"@type":"ImageObject","url":"https://assets.wirepoint.example/logo.png"}}}}}}</script>
    <script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"pageType":"hub","hubName":"Drought","pageNumber":{number},"isLoggedIn":false}});</script>
    <script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="3b1e7c2a-9d5f-4e8b-a6c0-1f2e3d4c5b6a" async></script>
    <script>var freestar = freestar || {{}}; freestar.queue = freestar.queue || []; freestar.config = freestar.config || {{}}; freestar.config.enabled_slots = [];</script>
    <script src="https://a.pub.network/wirepoint/pubfig.min.js" data-cfasync="false" async></script>
    <script src="https://assets.wirepoint.example/resource/00000187-0e2f-d8c2-a7df-2fffbcbb0000/styleguide/All.min.0c5e1f9a2b4d6e8f0a1c3e5b7d9f1a3c.gz.js" async></script>
</head>
<body class="Page-body" data-hub-page>
<svg xmlns="http://www.w3.org/2000/svg" style="display:none" id="iconsMap">
  <symbol id="icon-video" viewBox="0 0 24 24"><path d="M8 5v14l11-7z"></path></symbol>
  <symbol id="icon-gallery" viewBox="0 0 24 24"><path d="M4 4h16v16H4z"></path></symbol>
  <symbol id="icon-magnify" viewBox="0 0 24 24"><path d="M15.5 14h-.8l-.3-.3A6.5 6.5 0 1 0 14 15.5l.3.3v.8l5 5 1.5-1.5-5-5z"></path></symbol>
  <symbol id="chevron-down" viewBox="0 0 24 24"><path d="M7 10l5 5 5-5z"></path></symbol>
  <symbol id="close-x" viewBox="0 0 24 24"><path d="M19 6.4 17.6 5 12 10.6 6.4 5 5 6.4 10.6 12 5 17.6 6.4 19 12 13.4 17.6 19 19 17.6 13.4 12z"></path></symbol>
  <symbol id="icon-menu" viewBox="0 0 24 24"><path d="M3 6h18v2H3zm0 5h18v2H3zm0 5h18v2H3z"></path></symbol>
</svg>
<div class="Page-above">{_wp_ad("top_leaderboard", "wp-970x250")}
</div>
{_wp_header()}
<div class="Page-content">
  <main class="Page-main">
    <div class="Page-breadcrumbs"><a class="Link" href="/climate-and-environment">Climate</a></div>
    <div class="Page-headline">
      <h1 class="Page-headline-title">Drought</h1>
      <div class="Page-headline-description"><p>Water shortages, shrinking reservoirs and dry fields: the latest on the long drought across the American West and beyond.</p></div>
      <bsp-follow class="Page-headline-follow"><button class="Follow-button" data-follow-topic="drought" aria-label="Follow Drought">Follow</button></bsp-follow>
    </div>
    <div class="Page-content-main">{lead_html}
      <div class="PageListStandardH" data-module data-gtm-module="PageListStandardH">
        <div class="PageList-header"><h2 class="PageList-header-title">{"Latest" if number == 1 else "More Drought stories"}</h2></div>
        <bsp-list-loadmore class="PageListStandardH" data-infinite-scroll="false">
          <div class="PageList-items">{items}
          </div>{next_link}
        </bsp-list-loadmore>
      </div>
    </div>
  </main>
  <aside class="Page-aside">
    {_wp_ad("right_rail_1", "wp-300x600")}
    <div class="PageListRightRailA" data-module data-gtm-module="Most Read">
      <div class="PageList-header"><h2 class="PageList-header-title">Most read</h2></div>
      <div class="PageList-items">
        <ol class="PageListRightRailA-items">{most_read}
        </ol>
      </div>
    </div>
    <div class="Newsletter-signup" data-module="Newsletter">
      <h3 class="Newsletter-signup-title">The Morning Wire</h3>
      <p class="Newsletter-signup-description">Start your day with the stories you need to know.</p>
      <form class="Newsletter-signup-form" action="/newsletters/subscribe" method="post">
        <input type="hidden" name="list" value="morning-wire">
        <label class="Newsletter-signup-label"><span class="sr-only">Your address</span><input type="email" name="address" placeholder="Enter your address" required autocomplete="off"></label>
        <button type="submit" class="Newsletter-signup-button">Subscribe</button>
      </form>
    </div>
    {_wp_ad("right_rail_2", "wp-300x250")}
  </aside>
</div>
{_wp_footer()}
{_wp_onetrust()}
<script>window.addEventListener('load', function () {{ document.querySelectorAll('bsp-timestamp').forEach(function (el) {{ el.setAttribute('data-initialized', 'true'); }}); }});</script>
</body>
</html>
"""


@twentythird_x
def build_wirepoint_hub() -> None:
    s = Site(
        "wirepoint-hub",
        kind="news agency topic hub (Brightspot, AP News 2024–25 markup: bsp- custom elements, PageListStandardE lead module on page 1, div.PagePromo cards with PagePromo-title / PagePromo-description / bsp-timestamp, content icons for video / gallery / LIVE, bsp-list-loadmore with a 'Load More' link to ?p=N)",
        start="hub/drought",
        description="A news agency's 'Drought' topic hub on Brightspot (AP News 2024–25 markup): OneTrust banner, freestar ad slots (top leaderboard, in-content, right rail), bsp-header with mega-menu sections and a trending bar, a breadcrumb and h1 with a Follow button; on page 1 a PageListStandardE lead module (one h2 lead promo with a large picture, two h3 secondary promos); then PageListStandardH's bsp-list-loadmore holding div.PageList-items > div.PageList-items-item > div.PagePromo (data-posted-date-timestamp on dated cards): PagePromo-media picture link (none on live blogs and some short items), bsp-custom-headline > h3.PagePromo-title > a.Link with a content icon (Video / Photo Gallery / LIVE) before span.PagePromoContentIcons-text, an optional PagePromo-description link, PagePromo-byline > PagePromo-date > bsp-timestamp[data-timestamp] 'March 14, 2025' (missing on two); a 'Most read' right rail of five other stories and a newsletter form; div.PageList-nextPage 'Load More' link to /hub/drought?p=N (none on the last page). 3 + 8, 10, 6 stories. Written down: title, url, summary (when shown), date (ISO day, when shown).",
    )
    pages = chunks(WP_STORIES, WP_PAGE_SIZES)
    for number, stories in enumerate(pages, 1):
        text = _wp_page(number, len(pages), stories)
        if number == 1:
            s.list_page("hub/drought/index.html", text)
        else:
            s.list_page(f"hub/drought@p={number}", text)
    for story in WP_STORIES:
        _kind, title, summary, moment = story
        s.expect(
            {
                "title": title,
                "url": _wp_url(story),
                "summary": summary,
                "date": datetime.fromisoformat(moment.replace("Z", "+00:00")).date().isoformat() if moment else None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# lexregister: an EU law database's quick search (EUR-Lex markup).
# ---------------------------------------------------------------------------------------------------

LR_QID = "1718006543210"
LR_QUERY = "scope=EURLEX&text=drinking%20water&lang=en&type=quick&qid=" + LR_QID

#: (celex, title, form, author or None, ISO date or None, ELI or None, date of effect or None).
LR_DOCS: list[tuple[str, str, str, str | None, str | None, str | None, str | None]] = [
    (
        "32024L1840",
        "Directive (EU) 2024/1840 of the European Parliament and of the Council of 19 June 2024 on the quality of water intended for human consumption in small supply zones (recast)",
        "Directive",
        "European Parliament, Council of the European Union",
        "2024-06-19",
        "http://data.europa.example/eli/dir/2024/1840/oj",
        "2024-07-10; Entry into force Date pub. +20 See Art 31",
    ),
    (
        "32025R0412",
        "Commission Implementing Regulation (EU) 2025/412 of 3 March 2025 laying down methodologies for measuring microplastics in water intended for human consumption",
        "Implementing regulation",
        "European Commission",
        "2025-03-03",
        "http://data.europa.example/eli/reg_impl/2025/412/oj",
        "2025-03-24; Entry into force Date pub. +20 See Art 4",
    ),
    (
        "52024DC0388",
        "Report from the Commission to the European Parliament and the Council on the implementation of the drinking water rules, 2021–2023",
        "Report",
        "European Commission",
        "2024-10-15",
        None,
        None,
    ),
    (
        "62023CJ0617",
        "Judgment of the Court (Fifth Chamber) of 12 September 2024. European Commission v Republic of Vestria. Failure of a Member State to fulfil obligations – Water intended for human consumption – Parametric values for nitrates.",
        "Judgment",
        "Court of Justice",
        "2024-09-12",
        None,
        None,
    ),
    (
        "32024D2291",
        "Commission Delegated Decision (EU) 2024/2291 of 4 September 2024 supplementing Directive (EU) 2024/1840 by establishing minimum hygiene requirements for materials in contact with drinking water",
        "Delegated decision",
        "European Commission",
        "2024-09-04",
        "http://data.europa.example/eli/dec_del/2024/2291/oj",
        "2024-10-01",
    ),
    (
        "52024PC0195",
        "Proposal for a Regulation of the European Parliament and of the Council on minimum requirements for water reuse for aquifer recharge",
        "Proposal for a regulation",
        "European Commission",
        "2024-04-22",
        None,
        None,
    ),
    (
        "52024IE1876",
        "Opinion of the European Economic and Social Committee on 'A blue deal for Europe: securing access to safe drinking water' (own-initiative opinion)",
        "Own-initiative opinion",
        "European Economic and Social Committee",
        "2024-07-11",
        None,
        None,
    ),
    (
        "32024H1102",
        "Commission Recommendation (EU) 2024/1102 of 9 April 2024 on risk-based monitoring of drinking water supply in rural areas",
        "Recommendation",
        "European Commission",
        "2024-04-09",
        "http://data.europa.example/eli/reco/2024/1102/oj",
        None,
    ),
    (
        "C2024/03317",
        "Summary of Commission Decision of 27 May 2024 declaring a concentration compatible with the internal market (Case M.11402 – AQUANOR / HYDRALIS) (notified under document C(2024) 3561)",
        "Information",
        None,
        "2024-05-27",
        None,
        None,
    ),
    (
        "52024AR0994",
        "Opinion of the European Committee of the Regions – Water resilience in cities and regions",
        "Opinion",
        "European Committee of the Regions",
        "2024-10-09",
        None,
        None,
    ),
    (
        "32025D0087",
        "Council Decision (EU) 2025/87 of 16 January 2025 on the position to be taken on behalf of the European Union in the Meeting of the Parties to the Protocol on Water and Health",
        "Decision",
        "Council of the European Union",
        "2025-01-16",
        "http://data.europa.example/eli/dec/2025/87/oj",
        "2025-01-16; Date of adoption",
    ),
    (
        "62024CN0233",
        "Case C-233/24: Request for a preliminary ruling from the Rechtbank Oostmark (Netherlands) lodged on 2 April 2024 – Waterbedrijf Oostmark NV v Provincie Oostmark",
        "Request for a preliminary ruling",
        None,
        "2024-04-02",
        None,
        None,
    ),
    (
        "32024R2688",
        "Commission Regulation (EU) 2024/2688 of 10 October 2024 amending Regulation (EU) No 1148/2014 as regards the maximum levels of perfluoroalkyl substances in bottled drinking water",
        "Regulation",
        "European Commission",
        "2024-10-10",
        "http://data.europa.example/eli/reg/2024/2688/oj",
        "2024-10-31; Entry into force Date pub. +20 See Art 2",
    ),
    (
        "52025SC0031",
        "Commission Staff Working Document – Evaluation of the Urban Wastewater Treatment Directive and its links with drinking water protection",
        "Staff working document",
        "European Commission",
        "2025-02-05",
        None,
        None,
    ),
    (
        "42024X0611(02)",
        "Resolution of the Council and of the Representatives of the Governments of the Member States on access to water and sanitation for all",
        "Resolution",
        "Council of the European Union",
        "2024-06-11",
        None,
        None,
    ),
    (
        "52024XC05113",
        "Commission Notice – Guidance on the risk assessment of catchment areas for abstraction points of water intended for human consumption",
        "Communication",
        "European Commission",
        "2024-11-20",
        None,
        None,
    ),
    (
        "62023TJ0458",
        "Judgment of the General Court (Second Chamber) of 6 November 2024. Aquaterra Holdings AG v European Commission. State aid – Drinking water infrastructure – Decision not to raise objections.",
        "Judgment",
        "General Court",
        "2024-11-06",
        None,
        None,
    ),
    (
        "52024DC0612",
        "Communication from the Commission to the European Parliament, the Council, the European Economic and Social Committee and the Committee of the Regions – European Water Resilience Strategy",
        "Communication",
        "European Commission",
        "2024-12-03",
        None,
        None,
    ),
    (
        "32024D1759",
        "Commission Implementing Decision (EU) 2024/1759 of 21 June 2024 establishing a watch list of substances and compounds of concern for water intended for human consumption",
        "Implementing decision",
        "European Commission",
        "2024-06-21",
        "http://data.europa.example/eli/dec_impl/2024/1759/oj",
        "2024-06-24; Date of notification",
    ),
    (
        "52024AP0227",
        "European Parliament legislative resolution of 24 April 2024 on the proposal for a directive on the quality of water intended for human consumption in small supply zones",
        "Legislative resolution",
        "European Parliament",
        "2024-04-24",
        None,
        None,
    ),
    (
        "E2024C0015",
        "EFTA Surveillance Authority Decision No 015/24/COL of 31 January 2024 closing an own-initiative case concerning drinking water charges in Nordvik",
        "Decision",
        "EFTA Surveillance Authority",
        "2024-01-31",
        None,
        None,
    ),
    (
        "32024R0973",
        "Commission Delegated Regulation (EU) 2024/973 of 15 February 2024 supplementing Regulation (EU) 2020/741 with regard to key elements of water reuse risk management",
        "Delegated regulation",
        "European Commission",
        "2024-02-15",
        "http://data.europa.example/eli/reg_del/2024/973/oj",
        "2024-04-20; Entry into force Date pub. +20 See Art 6",
    ),
    (
        "62024CO0101",
        "Order of the Court (Eighth Chamber) of 18 December 2024. Proceedings brought by Associação Água Viva. Reference for a preliminary ruling – Manifest inadmissibility.",
        "Order",
        "Court of Justice",
        "2024-12-18",
        None,
        None,
    ),
    (
        "52024PC0540",
        "Proposal for a Council Decision on the signing, on behalf of the European Union, of the Agreement on cooperation on transboundary waters in the Vestrian basin",
        "Proposal for a decision",
        "European Commission",
        "2024-09-30",
        None,
        None,
    ),
    (
        "C2024/04870",
        "Call for expression of interest – Experts for the drinking water advisory forum",
        "Notice",
        None,
        None,
        None,
        None,
    ),
    (
        "32024Q0719(01)",
        "Rules of procedure of the Committee on water intended for human consumption",
        "Internal agreement",
        "European Commission",
        "2024-07-19",
        None,
        None,
    ),
    (
        "52024BP0311",
        "Written question E-001244/2024 to the Commission: Lead pipes in public drinking water networks – Answer given by Commissioner on behalf of the European Commission",
        "Written question",
        "European Parliament",
        "2024-05-30",
        None,
        None,
    ),
    (
        "32024O0052",
        "Guideline of the European Central Bank of 12 March 2024 on the classification of water utilities' bonds as eligible collateral",
        "Guideline",
        "European Central Bank",
        "2024-03-12",
        "http://data.europa.example/eli/guideline/2024/52/oj",
        None,
    ),
]

LR_PAGE_SIZES = [10, 10, 8]
LR_FACETS = [
    (
        "Domain",
        [
            ("EU law and related documents", 412),
            ("Case-law", 187),
            ("Preparatory documents", 233),
            ("Parliamentary questions", 98),
            ("EFTA documents", 14),
        ],
    ),
    (
        "Type of act",
        [
            ("Regulation", 61),
            ("Directive", 22),
            ("Decision", 118),
            ("Recommendation", 9),
            ("Communication", 71),
            ("Judgment", 104),
            ("Opinion", 66),
        ],
    ),
    (
        "Author",
        [
            ("European Commission", 402),
            ("Council of the European Union", 88),
            ("European Parliament", 137),
            ("Court of Justice", 162),
            ("General Court", 25),
        ],
    ),
    ("Date of document", [("2025", 41), ("2024", 338), ("2023", 297), ("2022", 211), ("2021", 190)]),
    (
        "Subject matter",
        [
            ("Environment", 288),
            ("Public health", 174),
            ("Approximation of laws", 93),
            ("Agriculture", 51),
            ("Internal market", 40),
        ],
    ),
]


def _lr_date(iso: str) -> str:
    year, month, day = iso.split("-")
    return f"{day}/{month}/{year}"


def _lr_url(celex: str) -> str:
    return f"/legal-content/EN/AUTO/?uri=CELEX:{celex}&qid={LR_QID}"


def _lr_result(index: int, doc: tuple[str, str, str, str | None, str | None, str | None, str | None]) -> str:
    celex, title, form, author, day, eli, effect = doc
    ident = _hex(celex, 8)
    left = []
    if eli:
        left.append(f'<dt>ELI: </dt><dd><a href="{eli}" target="_blank">{eli}</a></dd>')
    left.append(f"<dt>CELEX number: </dt><dd>{esc(celex)}</dd>")
    left.append(f"<dt>Form: </dt><dd>{esc(form)}</dd>")
    if author:
        left.append(f"<dt>Author: </dt><dd>{esc(author)}</dd>")
    right = []
    if day:
        right.append(f"<dt>Date of document: </dt><dd>{_lr_date(day)}</dd>")
    if effect:
        first, _, rest = effect.partition("; ")
        right.append(f"<dt>Date of effect: </dt><dd>{_lr_date(first)}{'; ' + esc(rest) if rest else ''}</dd>")
        right.append("<dt>Date of end of validity: </dt><dd>31/12/9999</dd>")
    formats = f'<li><a href="./legal-content/EN/TXT/HTML/?uri=CELEX:{celex}&amp;qid={LR_QID}" class="piwik_download" target="_blank"><span class="sr-only">HTML</span><span class="EurlexDocFormat">html</span></a></li><li><a href="./legal-content/EN/TXT/PDF/?uri=CELEX:{celex}&amp;qid={LR_QID}" class="piwik_download" target="_blank"><span class="sr-only">PDF</span><span class="EurlexDocFormat">pdf</span></a></li>'
    in_force = ""
    if eli:
        in_force = '\n        <p class="forceIndicator"><img src="./revamp/components/vendor/eurlex/images/in_force.svg" alt="In force" title="In force"> In force</p>'
    return f"""
<div xmlns="http://www.w3.org/1999/xhtml" class="SearchResult">
  <div class="row">
    <div class="col-sm-1 col-xs-2 ResultsTools">
      <div class="checkbox"><label><input type="checkbox" name="checkbox_{index}" value="{esc(celex)}" class="saveSelectedDocuments"><span class="sr-only">Select document {index}</span></label></div>
      <span class="ResultsIndex">{index}</span>
    </div>
    <div class="col-sm-11 col-xs-10">
      <h2><a id="cellar_{ident}" name="cellar_{ident}" class="title" href="./legal-content/EN/AUTO/?uri=CELEX:{esc(celex)}&amp;qid={LR_QID}">{esc(title)}</a></h2>{in_force}
      <div class="CollapsePanel-sm">
        <div class="SearchResultData collapse in" id="collapse_{ident}">
          <div class="row">
            <div class="col-sm-6">
              <dl>{"".join(left)}</dl>
            </div>
            <div class="col-sm-6">
              <dl>{"".join(right)}</dl>
            </div>
          </div>
        </div>
        <button class="btn btn-default btn-xs CollapseButton visible-xs" type="button" data-toggle="collapse" data-target="#collapse_{ident}" aria-expanded="true"><i class="fa fa-chevron-up" aria-hidden="true"></i><span class="sr-only">Hide metadata</span></button>
      </div>
      <ul class="SearchResultDoc">{formats}
        <li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown" role="button" aria-haspopup="true" aria-expanded="false">Other formats <span class="caret"></span></a>
          <ul class="dropdown-menu"><li><a href="./legal-content/EN/ALL/?uri=CELEX:{esc(celex)}&amp;qid={LR_QID}">Document information</a></li><li><a href="./legal-content/EN/HIS/?uri=CELEX:{esc(celex)}&amp;qid={LR_QID}">Procedure</a></li></ul>
        </li>
      </ul>
    </div>
  </div>
</div>"""


def _lr_pager(number: int, total: int) -> str:
    def href(page: int) -> str:
        return f"./search.html?{LR_QUERY.replace('&', '&amp;')}&amp;page={page}"

    parts = []
    if number > 1:
        parts.append(
            f'<li><a href="{href(1)}" title="First Page"><i class="fa fa-angle-double-left" aria-hidden="true"></i><span class="sr-only">First Page</span></a></li>'
        )
        parts.append(
            f'<li><a href="{href(number - 1)}" title="Previous Page"><i class="fa fa-angle-left" aria-hidden="true"></i><span class="sr-only">Previous Page</span></a></li>'
        )
    else:
        parts.append(
            '<li class="disabled"><span title="First Page"><i class="fa fa-angle-double-left" aria-hidden="true"></i><span class="sr-only">First Page</span></span></li>'
        )
        parts.append(
            '<li class="disabled"><span title="Previous Page"><i class="fa fa-angle-left" aria-hidden="true"></i><span class="sr-only">Previous Page</span></span></li>'
        )
    for page in range(1, total + 1):
        if page == number:
            parts.append(f'<li class="active"><span>{page}<span class="sr-only"> (current)</span></span></li>')
        else:
            parts.append(f'<li><a href="{href(page)}" title="Page {page}">{page}</a></li>')
    if number < total:
        parts.append(
            f'<li><a href="{href(number + 1)}" title="Next Page"><i class="fa fa-angle-right" aria-hidden="true"></i><span class="sr-only">Next Page</span></a></li>'
        )
        parts.append(
            f'<li><a href="{href(total)}" title="Last Page"><i class="fa fa-angle-double-right" aria-hidden="true"></i><span class="sr-only">Last Page</span></a></li>'
        )
    else:
        parts.append(
            '<li class="disabled"><span title="Next Page"><i class="fa fa-angle-right" aria-hidden="true"></i><span class="sr-only">Next Page</span></span></li>'
        )
        parts.append(
            '<li class="disabled"><span title="Last Page"><i class="fa fa-angle-double-right" aria-hidden="true"></i><span class="sr-only">Last Page</span></span></li>'
        )
    return f"""
<div class="pagination-container">
  <ul class="pagination pagination-sm">
    {"".join(parts)}
  </ul>
  <div class="ResultsGoToPage">
    <form class="form-inline" action="./search.html" method="get">
      <input type="hidden" name="scope" value="EURLEX"><input type="hidden" name="text" value="drinking water"><input type="hidden" name="lang" value="en"><input type="hidden" name="type" value="quick"><input type="hidden" name="qid" value="{LR_QID}">
      <label for="goToPage{number}">Page</label> <input type="number" min="1" max="{total}" id="goToPage{number}" name="page" value="{number}" class="form-control input-sm"> <span>of {total}</span>
      <button type="submit" class="btn btn-default btn-sm">Go</button>
    </form>
  </div>
</div>"""


def _lr_facets() -> str:
    blocks = []
    for name, values in LR_FACETS:
        key = slug(name)
        items = "".join(
            f'\n            <li><a href="./search.html?{LR_QUERY.replace("&", "&amp;")}&amp;FM_CODED={esc(key.upper())}%3D{esc(slug(v).upper())}" class="facetItem"><span class="facetLabel">{esc(v)}</span> <span class="badge">{n}</span></a></li>'
            for v, n in values
        )
        blocks.append(f"""
      <div class="panel panel-default FacetPanel">
        <div class="panel-heading" role="tab" id="heading_{key}">
          <h3 class="panel-title"><a role="button" data-toggle="collapse" href="#facet_{key}" aria-expanded="true" aria-controls="facet_{key}">{esc(name)} <i class="fa fa-chevron-up pull-right" aria-hidden="true"></i></a></h3>
        </div>
        <div id="facet_{key}" class="panel-collapse collapse in" role="tabpanel" aria-labelledby="heading_{key}">
          <ul class="list-unstyled FacetList">{items}
            <li><a href="#" class="FacetMore" data-facet="{key}">More <i class="fa fa-caret-down" aria-hidden="true"></i></a></li>
          </ul>
        </div>
      </div>""")
    return "".join(blocks)


ACTIVE = ' class="active"'


def _lr_page(
    number: int,
    total_pages: int,
    docs: list[tuple[str, str, str, str | None, str | None, str | None, str | None]],
    first: int,
    total: int,
) -> str:
    results = "".join(_lr_result(first + i, doc) for i, doc in enumerate(docs))
    langs = [
        "bg",
        "es",
        "cs",
        "da",
        "de",
        "et",
        "el",
        "en",
        "fr",
        "ga",
        "hr",
        "it",
        "lv",
        "lt",
        "hu",
        "mt",
        "nl",
        "pl",
        "pt",
        "ro",
        "sk",
        "sl",
        "fi",
        "sv",
    ]
    lang_items = "".join(
        f'<li{ACTIVE if lang == "en" else ""}><a href="./search.html?{LR_QUERY.replace("lang=en", "lang=" + lang).replace("&", "&amp;")}" lang="{lang}" hreflang="{lang}">{lang}</a></li>'
        for lang in langs
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Search results - Lexregister</title>
<meta name="description" content="Search results for: drinking water">
<meta name="WT.z_docType" content="Search results">
<link rel="shortcut icon" href="./revamp/components/vendor/eurlex/images/favicon.ico">
<link href="./revamp/components/vendor/bootstrap/css/bootstrap.min.css?v=2.14.6" rel="stylesheet">
<link href="./revamp/components/vendor/font-awesome/css/font-awesome.min.css?v=2.14.6" rel="stylesheet">
<link href="./revamp/components/vendor/eurlex/css/eurlex.min.css?v=2.14.6" rel="stylesheet">
<link href="./revamp/components/vendor/eurlex/css/print.css?v=2.14.6" rel="stylesheet" media="print">
<script src="https://webtools.europa.example/load.js" defer></script>
<script type="application/json">{{"utility":"cck","url":"https://lexregister.example/content/legal-notice/legal-notice.html#cookies"}}</script>
<script type="application/json">{{"utility":"analytics","siteID":"8","sitePath":["lexregister.example"],"instance":"europa.eu","mode":"manual"}}</script>
<script>var contextPath = '', currentLanguage = 'en', searchQid = '{LR_QID}', pageNumber = {number};</script>
</head>
<body class="eurlex SearchResults">
<div id="skip-links" class="sr-only"><a href="#MainContent">Skip to main content</a><a href="#SearchForm">Skip to search</a></div>
<header class="Header">
  <div class="Header-top">
    <div class="container-fluid">
      <div class="row">
        <div class="col-xs-6 col-sm-4"><a class="Header-logo" href="./homepage.html?locale=en"><img src="./revamp/components/vendor/eurlex/images/header/logo-eu-en.svg" alt="Lexregister - home page" width="250" height="56"></a></div>
        <div class="col-xs-6 col-sm-8">
          <ul class="list-inline Header-topLinks">
            <li><a href="./content/help.html">Help</a></li>
            <li><a href="./contact.html">Contact</a></li>
            <li><a href="./protected/homepage.html" class="Header-login"><i class="fa fa-user" aria-hidden="true"></i> My Lexregister <span class="sr-only">(log in)</span></a></li>
            <li class="dropdown LanguageSwitcher"><a href="#" class="dropdown-toggle" data-toggle="dropdown" role="button" aria-haspopup="true" aria-expanded="false"><i class="fa fa-globe" aria-hidden="true"></i> English (en) <span class="caret"></span></a><ul class="dropdown-menu">{lang_items}</ul></li>
          </ul>
        </div>
      </div>
    </div>
  </div>
  <nav class="navbar navbar-default Header-menu" aria-label="Main menu">
    <div class="container-fluid">
      <ul class="nav navbar-nav">
        <li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">EU law <span class="caret"></span></a><ul class="dropdown-menu"><li><a href="./collection/eu-law/treaties.html">Treaties</a></li><li><a href="./collection/eu-law/legislation/recent.html">Legal acts</a></li><li><a href="./collection/eu-law/consleg.html">Consolidated texts</a></li><li><a href="./collection/eu-law/inter-agree.html">International agreements</a></li><li><a href="./collection/eu-law/pre-acts.html">Preparatory documents</a></li><li><a href="./collection/eu-law/eu-case-law.html">EU case-law</a></li><li><a href="./collection/eu-law/parliamentary-questions.html">Parliamentary questions</a></li></ul></li>
        <li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">Official Journal <span class="caret"></span></a><ul class="dropdown-menu"><li><a href="./oj/direct-access.html">Access the Official Journal</a></li><li><a href="./oj/daily-view/L-series/default.html">L series</a></li><li><a href="./oj/daily-view/C-series/default.html">C series</a></li></ul></li>
        <li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">National law and case-law <span class="caret"></span></a><ul class="dropdown-menu"><li><a href="./collection/n-law/mne.html">National transposition</a></li><li><a href="./collection/n-law/n-case-law.html">National case-law</a></li></ul></li>
        <li><a href="./browse/summaries.html">Summaries of EU legislation</a></li>
        <li><a href="./content/tools/eurovoc.html">EuroVoc</a></li>
      </ul>
    </div>
  </nav>
</header>
<div class="container-fluid" id="SearchForm">
  <form class="QuickSearch" action="./search.html" method="get" role="search">
    <input type="hidden" name="scope" value="EURLEX"><input type="hidden" name="type" value="quick"><input type="hidden" name="lang" value="en">
    <div class="input-group">
      <label for="QuickSearchField" class="sr-only">Quick search</label>
      <input type="text" id="QuickSearchField" name="text" class="form-control" value="drinking water" autocomplete="off" placeholder="Quick search">
      <span class="input-group-btn"><button type="submit" class="btn btn-primary"><i class="fa fa-search" aria-hidden="true"></i><span class="sr-only">Search</span></button></span>
    </div>
    <div class="QuickSearchOptions"><a href="./advanced-search-form.html?qid={LR_QID}">Advanced search</a> <a href="./expert-search-form.html?qid={LR_QID}">Expert search</a> <a href="./content/help/search/intro.html">Search tips</a></div>
  </form>
</div>
<div class="container-fluid" id="MainContent">
  <ol class="breadcrumb"><li><a href="./homepage.html">Lexregister home</a></li><li class="active">Search results</li></ol>
  <div class="row">
    <div class="col-md-3 FacetsColumn">
      <h2 class="FacetTitle">Refine your results</h2>
      <div class="panel-group" id="FacetAccordion" role="tablist" aria-multiselectable="true">{_lr_facets()}
      </div>
    </div>
    <div class="col-md-9">
      <div class="SearchResultsHeader">
        <h1 class="PageTitle">Search results</h1>
        <p class="resultNumber">{total} results found for: <strong>drinking water</strong> <a href="./search.html?{LR_QUERY.replace("&", "&amp;")}&amp;SAVE_SEARCH=true" class="SaveSearch"><i class="fa fa-floppy-o" aria-hidden="true"></i> Save search</a></p>
        <div class="ResultsActions form-inline">
          <label for="sortOne">Sort by</label>
          <select id="sortOne" name="sortOne" class="form-control input-sm"><option value="RELEVANCE" selected>Relevance</option><option value="DD">Date of document</option><option value="IDENTIFIER_SORT">CELEX number</option><option value="TI">Title</option></select>
          <label for="pageSize">Results per page</label>
          <select id="pageSize" name="pageSize" class="form-control input-sm"><option value="10" selected>10</option><option value="20">20</option><option value="50">50</option></select>
          <button class="btn btn-default btn-sm" type="button" data-toggle="collapse" data-target=".SearchResultData"><i class="fa fa-list" aria-hidden="true"></i> Hide metadata</button>
          <a class="btn btn-default btn-sm" href="./search.html?{LR_QUERY.replace("&", "&amp;")}&amp;DTS_DOM=ALL&amp;export=true"><i class="fa fa-download" aria-hidden="true"></i> Download results</a>
        </div>
      </div>{_lr_pager(number, total_pages)}
      <div id="EurlexContent" class="EurlexContent">{results}
      </div>{_lr_pager(number, total_pages)}
    </div>
  </div>
</div>
<footer class="Footer">
  <div class="container-fluid">
    <div class="row">
      <div class="col-sm-4"><h2 class="Footer-title">Lexregister</h2><p>Lexregister provides free access, in the 24 official languages, to EU law, case-law and other public documents.</p></div>
      <div class="col-sm-4"><h2 class="Footer-title">About</h2><ul class="list-unstyled"><li><a href="./content/welcome/about.html">About Lexregister</a></li><li><a href="./content/legal-notice/legal-notice.html">Legal notice</a></li><li><a href="./content/legal-notice/legal-notice.html#cookies">Cookies policy</a></li><li><a href="./content/legal-notice/legal-notice.html#accessibility">Accessibility</a></li><li><a href="./content/legal-notice/legal-notice.html#privacy">Privacy statement</a></li></ul></div>
      <div class="col-sm-4"><h2 class="Footer-title">Related services</h2><ul class="list-unstyled"><li><a href="https://op.europa.example/">Publications Office</a></li><li><a href="https://curia.europa.example/">Court of Justice</a></li><li><a href="https://legislative-train.example/">Legislative Observatory</a></li><li><a href="https://n-lex.europa.example/">National law portals</a></li></ul></div>
    </div>
    <p class="Footer-copyright">© Publications Office of the Union, 1998–2025</p>
  </div>
</footer>
<div id="cookie-consent-banner" class="cck-container" role="region" aria-label="Cookie consent">
  <div class="cck-content">
    <h2 class="cck-title">This site uses cookies</h2>
    <p>We use cookies to give you the best online experience. We use analytics cookies to improve the site. <a href="./content/legal-notice/legal-notice.html#cookies">See our cookie policy</a>.</p>
    <div class="cck-actions"><a href="#accept" class="cck-actions-button">Accept all cookies</a> <a href="#refuse" class="cck-actions-button">Accept only essential cookies</a></div>
  </div>
</div>
<script src="./revamp/components/vendor/jquery/jquery.min.js?v=2.14.6"></script>
<script src="./revamp/components/vendor/bootstrap/js/bootstrap.min.js?v=2.14.6"></script>
<script src="./revamp/components/vendor/eurlex/js/eurlex.min.js?v=2.14.6"></script>
<script>$(function () {{ EurlexSearch.initResults({{ qid: '{LR_QID}', page: {number} }}); }});</script>
</body>
</html>
"""


@twentythird_x
def build_lexregister() -> None:
    start = f"search.html?{LR_QUERY}"
    s = Site(
        "lexregister",
        kind="EU law database quick search (EUR-Lex 2024–25 markup: Bootstrap 3 layout, div.SearchResult items with an h2 > a.title link, dl metadata in two columns 'ELI: / CELEX number: / Form: / Author:' and 'Date of document: 13/06/2024 / Date of effect:', In force marks, format links, facet panels with badge counts, First / Previous / numbered / Next / Last pager above and below the list, &page=N)",
        start=start,
        description="An EU law database's quick search for 'drinking water' (EUR-Lex 2024–25 markup): a header with language switcher and mega menus, a quick-search form, a breadcrumb, facet panels (Domain, Type of act, Author, Date of document, Subject matter) of links with badge counts; '28 results found for: drinking water', sort and page-size selects, a 'Hide metadata' toggle; a Bootstrap pagination (disabled First / Previous spans on page 1, numbered links, li.active current, Next / Last links, disabled on the last page) and a 'Page N of 3' go-to form above and below the results; div.SearchResult[xmlns] items: a checkbox and ResultsIndex number, h2 > a.title to ./legal-content/EN/AUTO/?uri=CELEX:<n>&qid=<qid>, an 'In force' mark on legislation, two dl columns of dt/dd pairs ('ELI: ' link on legislation only, 'CELEX number: ', 'Form: ', 'Author: ' missing on three, 'Date of document: ' dd/mm/yyyy missing on one, 'Date of effect: ' and 'Date of end of validity: 31/12/9999' on some), html / pdf format links and an 'Other formats' dropdown; links &page=N. 10, 10, 8 documents. A cookie consent banner. Written down: title, url, document_number (CELEX), document_type (Form), author, date (ISO day of 'Date of document').",
    )
    pages = chunks(LR_DOCS, LR_PAGE_SIZES)
    first = 1
    for number, docs in enumerate(pages, 1):
        text = _lr_page(number, len(pages), docs, first, len(LR_DOCS))
        first += len(docs)
        if number == 1:
            s.list_page(f"search.html@{LR_QUERY}", text)
        else:
            s.list_page(f"search.html@{LR_QUERY}&page={number}", text)
    for celex, title, form, author, day, _eli, _effect in LR_DOCS:
        s.expect(
            {
                "title": title,
                "url": _lr_url(celex),
                "document_number": celex,
                "document_type": form,
                "author": author,
                "date": day,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# kelpwise-careers: a Teamtailor career site, jobs list with "Show more" turbo-stream pages.
# ---------------------------------------------------------------------------------------------------

#: (id, title, department or None, location or None, workplace or None).
KW_JOBS: list[tuple[int, str, str | None, str | None, str | None]] = [
    (5120433, "Senior Backend Engineer (Kotlin)", "Engineering", "Gothenburg", "Hybrid"),
    (5120487, "Marine Biologist – Seaweed Cultivation", "Farming & Research", "Lysekil", "On-site"),
    (5118902, "Product Designer", "Product", "Stockholm", "Hybrid"),
    (5117735, "Vessel Deckhand (Seasonal, April–October)", "Operations", "Lysekil", "On-site"),
    (5116210, "Data Engineer", "Engineering", "Gothenburg, Stockholm", "Hybrid"),
    (5115068, "Key Account Manager, Food Service", "Sales", "Copenhagen", None),
    (5114421, "Head of Quality Assurance", "Production", "Uddevalla", "On-site"),
    (5113997, "Frontend Engineer (React)", "Engineering", None, "Fully remote"),
    (5112580, "Process Technician, Night Shift", "Production", "Uddevalla", "On-site"),
    (5111304, "Sustainability Analyst", None, "Gothenburg", "Hybrid"),
    (5110742, "People Partner", "People & Culture", "Gothenburg", "Hybrid"),
    (5109865, "Export Sales Manager DACH", "Sales", "Hamburg", "Fully remote"),
    (5108123, "Hatchery Technician", "Farming & Research", "Lysekil", "On-site"),
    (5107449, "Machine Learning Engineer, Yield Forecasting", "Engineering", "Stockholm", "Hybrid"),
    (5106016, "Financial Controller", "Finance", "Gothenburg", None),
    (5105571, "Warehouse Coordinator", "Operations", "Uddevalla", "On-site"),
    (5104288, "Brand & Content Lead", "Marketing", "Stockholm", "Hybrid"),
    (5103902, "Food Scientist – Product Development", "Farming & Research", "Gothenburg", "On-site"),
    (5102617, "Site Reliability Engineer", "Engineering", None, "Fully remote"),
    (5101350, "Maintenance Electrician", "Production", "Uddevalla", "On-site"),
    (5100084, "Customer Success Specialist", None, "Copenhagen", "Hybrid"),
    (5098773, "Thesis Worker: Life-Cycle Assessment of Kelp Packaging", "Farming & Research", "Gothenburg", None),
    (5097410, "Legal Counsel (Commercial)", "Finance", "Stockholm", "Hybrid"),
    (5096255, "Skipper, Workboat Class II", "Operations", "Lysekil", "On-site"),
    (5094988, "Growth Marketing Manager", "Marketing", None, "Fully remote"),
    (5093601, "Summer Intern, Farm Operations 2025", "Operations", "Lysekil", "On-site"),
    (5092144, "Open application", None, None, None),
]

KW_PAGE_SIZES = [12, 12, 3]
KW_DEPARTMENTS = [
    "Engineering",
    "Farming & Research",
    "Finance",
    "Marketing",
    "Operations",
    "People & Culture",
    "Product",
    "Production",
    "Sales",
]
KW_LOCATIONS = ["Copenhagen", "Gothenburg", "Hamburg", "Lysekil", "Stockholm", "Uddevalla"]


def _kw_url(job: tuple[int, str, str | None, str | None, str | None]) -> str:
    ident, title, *_rest = job
    return f"/jobs/{ident}-{slug(title)}"


def _kw_item(job: tuple[int, str, str | None, str | None, str | None]) -> str:
    _ident, title, department, location, workplace = job
    meta: list[str] = []
    if department:
        meta.append(f"<span>{esc(department)}</span>")
    if location:
        meta.append(f"<span>{esc(location)}</span>")
    if workplace:
        icon = (
            '<svg class="w-4 h-4" aria-hidden="true" fill="currentColor" viewBox="0 0 20 20"><path d="M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16zm0 2c.8 0 1.6.2 2.3.5L10 8 7.7 4.5C8.4 4.2 9.2 4 10 4z"></path></svg>'
            if workplace == "Fully remote"
            else '<svg class="w-4 h-4" aria-hidden="true" fill="currentColor" viewBox="0 0 20 20"><path d="M10 2 2 8v10h6v-5h4v5h6V8z"></path></svg>'
        )
        meta.append(f'<span class="inline-flex items-center gap-x-2">{icon}{esc(workplace)}</span>')
    sep = '<span class="mx-[2px]">·</span>'
    meta_html = f'\n        <div class="mt-1 text-md">{sep.join(meta)}</div>' if meta else ""
    return f"""
  <li class="w-full">
    <div class="relative flex flex-col py-6 text-center sm:px-6 hover:bg-gradient-block-base-bg focus-visible-company focus-within:bg-gradient-block-base-bg">
      <a class="flex flex-col focus-visible:outline-none" href="{_kw_url(job)}"><span class="absolute inset-0"></span><span class="text-block-base-link sm:min-w-[25%] sm:truncate company-link-style" title="{esc(title)}">{esc(title)}</span></a>{meta_html}
    </div>
  </li>"""


def _kw_more_button(next_page: int) -> str:
    return f"""
<div id="show_more_button_wrapper" class="flex justify-center w-full mt-8">
  <a id="show_more_button" class="careersite-button careersite-button--secondary" rel="nofollow" data-turbo-stream="true" href="/jobs/show_more?page={next_page}">
    <span>Show more</span>
    <svg class="w-4 h-4 ml-2" aria-hidden="true" fill="currentColor" viewBox="0 0 20 20"><path d="M5.3 7.3a1 1 0 0 1 1.4 0L10 10.6l3.3-3.3a1 1 0 1 1 1.4 1.4l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 0 1 0-1.4z"></path></svg>
  </a>
</div>"""


def _kw_fragment(page: int, total: int, jobs: list[tuple[int, str, str | None, str | None, str | None]]) -> str:
    items = "".join(_kw_item(job) for job in jobs)
    button = _kw_more_button(page + 1) if page < total else ""
    return f"""<turbo-stream action="append" target="jobs_list_container"><template>{items}
</template></turbo-stream>
<turbo-stream action="replace" target="show_more_button_wrapper"><template>{button}
</template></turbo-stream>
"""


KW_PERKS = [
    ("Ocean days", "Two paid days a year on the farm boats, whatever your role."),
    ("Flexible hours", "Core hours from 10 to 15; plan the rest around your life."),
    ("Wellness allowance", "SEK 5,000 a year for sport, massage or a kayak course."),
    ("Parental top-up", "We top up parental pay to 90% of salary for six months."),
    ("Bike and ferry", "Free ferry passes to Lysekil and a leased e-bike if you want one."),
    ("Learning budget", "SEK 15,000 a year for courses, books and conferences."),
]

KW_PEOPLE = [
    (
        "Team lead, Hatchery",
        "I started as a summer deckhand. Four years later I run the hatchery where every line we farm begins.",
    ),
    ("Backend engineer", "Our yield models run on data from buoys I helped put in the water. That still feels unreal."),
    (
        "Production planner",
        "No two weeks are the same: weather decides the harvest, and we plan the factory around it.",
    ),
]


def _kw_blocks() -> str:
    """The career site's content blocks under the jobs list (departments, locations, perks, people)."""
    counts: dict[str, int] = {}
    for _i, _t, department, _l, _w in KW_JOBS:
        if department:
            counts[department] = counts.get(department, 0) + 1
    departments = "".join(
        f"""
          <li class="relative flex flex-col overflow-hidden rounded-company bg-block-base-bg shadow-sm">
            <img class="object-cover w-full aspect-[4/3]" loading="lazy" alt="" src="https://assets-aws.teamtailor-cdn.example/images/s3/teamtailor-production/gallery_picture-v6/image_uploads/{_hex(name, 8)}/original.jpg">
            <a class="p-4 font-company-header text-xl focus-visible:outline-none" href="/departments/{slug(name)}"><span class="absolute inset-0"></span>{esc(name)}</a>
            <span class="px-4 pb-4 text-md opacity-75">{counts.get(name, 0)} jobs</span>
          </li>"""
        for name in KW_DEPARTMENTS
    )
    locations = "".join(
        f"""
          <li class="flex flex-col items-center"><a class="font-semibold hover:underline" href="/locations/{slug(name)}">{esc(name)}</a><span class="text-md opacity-75">{"Sweden" if name not in ("Copenhagen", "Hamburg") else ("Denmark" if name == "Copenhagen" else "Germany")}</span></li>"""
        for name in KW_LOCATIONS
    )
    perks = "".join(
        f"""
          <li class="flex gap-x-4"><svg class="flex-none w-6 h-6 text-company-primary" aria-hidden="true" fill="currentColor" viewBox="0 0 20 20"><path d="M16.7 5.3a1 1 0 0 1 0 1.4l-8 8a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.4L8 12.6l7.3-7.3a1 1 0 0 1 1.4 0z"></path></svg><div><h3 class="font-semibold">{esc(title)}</h3><p class="mt-1 text-md">{esc(text)}</p></div></li>"""
        for title, text in KW_PERKS
    )
    people = "".join(
        f"""
          <figure class="flex flex-col p-6 rounded-company bg-block-base-bg">
            <blockquote class="flex-grow text-lg">&ldquo;{esc(quote)}&rdquo;</blockquote>
            <figcaption class="flex items-center mt-6 gap-x-4"><img class="w-12 h-12 rounded-full" loading="lazy" alt="" src="https://assets-aws.teamtailor-cdn.example/images/s3/teamtailor-production/user_picture_400-v2/image_uploads/{_hex(role, 8)}/original.jpg"><span class="text-md opacity-75">{esc(role)}</span></figcaption>
          </figure>"""
        for role, quote in KW_PEOPLE
    )
    return f"""
    <section class="block-px" data-section-model="departments">
      <div class="mx-auto max-w-screen-xl py-12">
        <h2 class="font-company-header text-3xl text-center">Departments</h2>
        <ul class="grid gap-6 mt-8 sm:grid-cols-2 lg:grid-cols-3">{departments}
        </ul>
      </div>
    </section>
    <section class="block-px bg-gradient-block-base-bg" data-section-model="locations">
      <div class="mx-auto max-w-screen-xl py-12">
        <h2 class="font-company-header text-3xl text-center">Locations</h2>
        <ul class="grid gap-6 mt-8 text-center grid-cols-2 sm:grid-cols-3">{locations}
        </ul>
      </div>
    </section>
    <section class="block-px" data-section-model="perks">
      <div class="mx-auto max-w-screen-xl py-12">
        <h2 class="font-company-header text-3xl text-center">Perks &amp; benefits</h2>
        <ul class="grid gap-8 mt-8 sm:grid-cols-2 lg:grid-cols-3">{perks}
        </ul>
      </div>
    </section>
    <section class="block-px bg-gradient-block-base-bg" data-section-model="testimonial">
      <div class="mx-auto max-w-screen-xl py-12">
        <h2 class="font-company-header text-3xl text-center">Life at Kelpwise</h2>
        <div class="grid gap-6 mt-8 lg:grid-cols-3">{people}
        </div>
      </div>
    </section>"""


def _kw_page(jobs: list[tuple[int, str, str | None, str | None, str | None]], total: int) -> str:
    items = "".join(_kw_item(job) for job in jobs)
    dept_options = "".join(f'<option value="{slug(d)}">{esc(d)}</option>' for d in KW_DEPARTMENTS)
    loc_options = "".join(f'<option value="{slug(loc)}">{esc(loc)}</option>' for loc in KW_LOCATIONS)
    return f"""<!DOCTYPE html>
<html lang="en" class="h-full" data-controller="common--theme">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Jobs - Kelpwise</title>
  <meta name="description" content="Join Kelpwise and help us farm the ocean. See all open positions at Kelpwise.">
  <meta name="csrf-param" content="authenticity_token">
  <meta name="csrf-token" content="tT4kQ9v2xL0mN8pR3sW6yB1cE5fH7jK9oP2qS4uV6wX8zA0bC3dE5gH7iJ9kL1mN3oP5qR7sT9uV1wX3yZ5aB7c">
  <meta name="turbo-cache-control" content="no-cache">
  <meta property="og:title" content="Jobs - Kelpwise">
  <meta property="og:image" content="https://assets-aws.teamtailor-cdn.example/images/s3/teamtailor-production/og_image-v3/image_uploads/4c2e8a1f-7b3d-4e9a-8c5f-2d1b6a9e0f3c/original.jpg">
  <meta property="og:type" content="website">
  <link rel="canonical" href="https://careers.kelpwise.example/jobs">
  <link rel="alternate" type="application/rss+xml" title="Kelpwise jobs" href="/jobs.rss">
  <link rel="icon" type="image/png" href="https://assets-aws.teamtailor-cdn.example/images/s3/teamtailor-production/favicon-v3/image_uploads/7d1e/original.png">
  <link rel="stylesheet" href="https://scripts.teamtailor-cdn.example/assets/careersite/careersite-7f3a91c2e4b6.css" media="all" data-turbo-track="reload">
  <style>:root {{ --company-color: #0f5c4d; --company-button-bg-color: #0f5c4d; --company-button-text-color: #ffffff; --company-link-color: #0f5c4d; --block-base-bg: #ffffff; --block-base-text: #1a1a1a; --block-base-link: #0f5c4d; --gradient-block-base-bg: #f3f7f6; --company-font: "Inter", sans-serif; }}</style>
  <script src="https://scripts.teamtailor-cdn.example/assets/careersite/application-3b9d4e1a7c2f.js" data-turbo-track="reload" type="module" defer></script>
  <script type="application/ld+json">{{"@context":"https://schema.org","@type":"Organization","name":"Kelpwise","url":"https://careers.kelpwise.example","logo":"https://assets-aws.teamtailor-cdn.example/images/s3/teamtailor-production/logotype-v3/image_uploads/9a2f/original.png"}}</script>
</head>
<body class="flex flex-col min-h-full font-company-body text-md bg-block-base-bg text-block-base-text" data-controller="common--analytics careersite--navigation" data-common--analytics-company-value="kelpwise">
  <a class="sr-only focus:not-sr-only" href="#main-content">Skip to main content</a>
  <header class="sticky top-0 z-career-header bg-company-header-bg text-company-header-text" data-controller="careersite--header">
    <nav class="flex items-center justify-between h-20 px-4 mx-auto max-w-screen-2xl sm:px-8" aria-label="Primary">
      <a href="/" class="flex items-center h-full" aria-label="Kelpwise career site"><img class="max-h-12" alt="Kelpwise" src="https://assets-aws.teamtailor-cdn.example/images/s3/teamtailor-production/logotype-v3/image_uploads/9a2f/original.png"></a>
      <ul class="hidden gap-x-8 lg:flex">
        <li><a class="hover:underline" href="/">Start</a></li>
        <li><a class="hover:underline font-bold" href="/jobs" aria-current="page">Jobs</a></li>
        <li><a class="hover:underline" href="/departments">Departments</a></li>
        <li><a class="hover:underline" href="/locations">Locations</a></li>
        <li><a class="hover:underline" href="/pages/life-at-kelpwise">Life at Kelpwise</a></li>
        <li><a class="hover:underline" href="/people">People</a></li>
        <li><a class="hover:underline" href="https://www.kelpwise.example" target="_blank" rel="noopener">Website</a></li>
      </ul>
      <div class="flex items-center gap-x-4">
        <a class="hidden careersite-button careersite-button--secondary sm:inline-flex" href="/connect">Join our talent community</a>
        <a class="hidden sm:inline-flex hover:underline" href="/connect/login">Employee login</a>
        <button class="lg:hidden" type="button" data-action="careersite--navigation#toggle" aria-expanded="false" aria-controls="mobile-menu"><span class="sr-only">Open menu</span><svg class="w-6 h-6" aria-hidden="true" fill="none" stroke="currentColor" viewBox="0 0 24 24"><path d="M4 6h16M4 12h16M4 18h16"></path></svg></button>
      </div>
    </nav>
    <div id="mobile-menu" class="hidden lg:hidden" data-careersite--navigation-target="menu">
      <ul class="px-4 pb-4 space-y-2"><li><a href="/">Start</a></li><li><a href="/jobs">Jobs</a></li><li><a href="/departments">Departments</a></li><li><a href="/locations">Locations</a></li><li><a href="/pages/life-at-kelpwise">Life at Kelpwise</a></li><li><a href="/people">People</a></li></ul>
    </div>
  </header>
  <main id="main-content" class="flex-grow">
    <section class="relative block-px bg-company-secondary-bg text-company-secondary-text">
      <div class="mx-auto max-w-screen-xl py-16 text-center">
        <h1 class="font-company-header text-4xl sm:text-6xl">Grow with us</h1>
        <p class="mt-4 text-lg">We farm seaweed on the west coast and turn it into food, feed and packaging. Find a role where your work helps the ocean.</p>
      </div>
    </section>
    <section class="block-px" data-section-model="jobs" data-controller="careersite--jobs-filter">
      <div class="mx-auto max-w-screen-xl py-12">
        <h2 class="font-company-header text-3xl text-center">Open positions</h2>
        <form class="flex flex-col gap-4 mt-8 sm:flex-row sm:justify-center" action="/jobs" accept-charset="UTF-8" method="get" data-turbo-frame="_top" data-action="change->careersite--jobs-filter#submit">
          <label class="sr-only" for="query">Search jobs</label>
          <input class="careersite-input" type="search" name="query" id="query" placeholder="Search jobs">
          <label class="sr-only" for="department_id">Department</label>
          <select class="careersite-select" name="department_id" id="department_id"><option value="">All departments</option>{dept_options}</select>
          <label class="sr-only" for="location_id">Location</label>
          <select class="careersite-select" name="location_id" id="location_id"><option value="">All locations</option>{loc_options}</select>
          <label class="sr-only" for="remote_status">Remote status</label>
          <select class="careersite-select" name="remote_status" id="remote_status"><option value="">All remote statuses</option><option value="hybrid">Hybrid</option><option value="fully">Fully remote</option><option value="temporary">Temporarily remote</option><option value="none">Not remote</option></select>
        </form>
        <p class="mt-6 text-center text-md" aria-live="polite">{total} jobs</p>
        <ul id="jobs_list_container" class="mt-8 text-lg block-grid sm:grid-cols-1 divide-y divide-block-base-text/10">{items}
        </ul>{_kw_more_button(2)}
      </div>
    </section>
{_kw_blocks()}
    <section class="block-px bg-company-secondary-bg text-company-secondary-text">
      <div class="mx-auto max-w-screen-xl py-12 text-center">
        <h2 class="font-company-header text-3xl">Didn't find the right role?</h2>
        <p class="mt-4">Join our talent community and we will let you know when something opens up that fits you.</p>
        <a class="mt-6 careersite-button" href="/connect">Join our talent community</a>
      </div>
    </section>
  </main>
  <footer class="block-px py-12 bg-company-footer-bg text-company-footer-text">
    <div class="flex flex-col items-center gap-6 mx-auto max-w-screen-xl sm:flex-row sm:justify-between">
      <div class="flex items-center gap-x-4">
        <a href="https://www.kelpwise.example" target="_blank" rel="noopener" class="hover:underline">kelpwise.example</a>
        <a href="https://social.example/company/kelpwise" target="_blank" rel="noopener" aria-label="Kelpwise on LinkedIn"><svg class="w-5 h-5" aria-hidden="true" fill="currentColor" viewBox="0 0 24 24"><path d="M4 4h4v16H4zM10 9h4v2c.6-1 2-2 4-2 3 0 4 2 4 5v6h-4v-5c0-1.5-.5-2.5-2-2.5S14 13.5 14 15v5h-4z"></path></svg></a>
        <a href="https://photos.example/kelpwise" target="_blank" rel="noopener" aria-label="Kelpwise on Instagram"><svg class="w-5 h-5" aria-hidden="true" fill="currentColor" viewBox="0 0 24 24"><path d="M7 2h10a5 5 0 0 1 5 5v10a5 5 0 0 1-5 5H7a5 5 0 0 1-5-5V7a5 5 0 0 1 5-5z"></path></svg></a>
      </div>
      <ul class="flex flex-wrap justify-center gap-x-6 gap-y-2 text-sm">
        <li><a class="hover:underline" href="/privacy-policy">Candidate privacy policy</a></li>
        <li><button type="button" class="hover:underline" data-action="click->common--cookies--alert#showSettings">Cookie settings</button></li>
        <li><a class="hover:underline" href="/accessibility">Accessibility</a></li>
      </ul>
      <a class="text-sm opacity-75 hover:opacity-100" href="https://www.teamtailor.example/?utm_campaign=poweredby&amp;utm_medium=careersite&amp;utm_source=kelpwise" target="_blank" rel="noopener">Career site by <span class="font-semibold">Teamtailor</span></a>
    </div>
  </footer>
  <div class="fixed inset-x-0 bottom-0 z-cookie-alert" data-controller="common--cookies--alert" data-common--cookies--alert-target="banner" role="dialog" aria-labelledby="cookie-alert-title">
    <div class="p-6 mx-auto bg-white shadow-lg max-w-screen-md rounded-t-lg text-gray-900">
      <h2 id="cookie-alert-title" class="font-semibold">Our career site uses cookies</h2>
      <p class="mt-2 text-sm">We use cookies to give you a better experience, to measure how the site is used and to show you relevant content. You can choose which kinds of cookies you accept. <a class="underline" href="/cookie-policy">Read more about cookies</a></p>
      <div class="flex flex-wrap gap-3 mt-4">
        <button type="button" class="careersite-button" data-action="click->common--cookies--alert#acceptAll">Accept all</button>
        <button type="button" class="careersite-button careersite-button--secondary" data-action="click->common--cookies--alert#disableAll">Decline all</button>
        <button type="button" class="underline text-sm" data-action="click->common--cookies--alert#showSettings">Settings</button>
      </div>
    </div>
  </div>
</body>
</html>
"""


@twentythird_x
def build_kelpwise_careers() -> None:
    s = Site(
        "kelpwise-careers",
        kind="company career site (Teamtailor 2024–25: Tailwind utility classes, Stimulus data-controller hooks, ul#jobs_list_container > li.w-full cards with an absolute-inset overlay link around span.text-block-base-link[title], div.mt-1.text-md meta of department · location · workplace spans joined by '·' spans, a 'Show more' a#show_more_button[data-turbo-stream] whose /jobs/show_more?page=N turbo-stream responses append the next jobs)",
        start="jobs",
        description="A seaweed-farming company's career site on Teamtailor (2024–25): csrf metas, Turbo / Stimulus hooks, a header nav (Start / Jobs / Departments / Locations / Life at … / People), a hero section, a filter form (search, department, location, remote-status selects), '27 jobs', then ul#jobs_list_container of li.w-full cards: a[href=/jobs/<id>-<slug>] with an empty span.absolute.inset-0 overlay and span.text-block-base-link[title] holding the title, then div.mt-1.text-md of spans 'Engineering' · 'Gothenburg, Stockholm' · an inline-flex span with a house / globe svg and 'Hybrid' / 'On-site' / 'Fully remote', joined by span.mx-[2px] '·' separators (department, location or workplace missing on some; the 'Open application' card has no meta line); a 'Show more' a#show_more_button[data-turbo-stream][rel=nofollow] to /jobs/show_more?page=2 in div#show_more_button_wrapper; /jobs/show_more?page=N answers a turbo-stream fragment (action=append target=jobs_list_container with the next li cards, action=replace target=show_more_button_wrapper with the next button, empty on the last page); a talent-community section, a footer 'Career site by Teamtailor' and the common--cookies--alert Stimulus banner. 12 + 12 + 3 jobs. Written down: title, url, department, location (as shown), workplace.",
    )
    pages = chunks(KW_JOBS, KW_PAGE_SIZES)
    for number, jobs in enumerate(pages, 1):
        if number == 1:
            s.list_page("jobs/index.html", _kw_page(jobs, len(KW_JOBS)))
        else:
            s.list_page(f"jobs/show_more@page={number}", _kw_fragment(number, len(pages), jobs))
    for job in KW_JOBS:
        _ident, title, department, location, workplace = job
        s.expect(
            {
                "title": title,
                "url": _kw_url(job),
                "department": department,
                "location": location,
                "workplace": workplace,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TWENTYTHIRD_X.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
