"""Held-out sites of the seventh wave (issue #3). FROZEN: never open these pages, their expected
records or their results while tuning the Scout (see the corpus README).

Run ``uv run python tests/sites/corpus/generate_held_out_seventh.py`` to rebuild them. They were
written, and frozen, before the Scout was ever run on them: a Mastodon-like hashtag timeline, an
AliExpress-like product search grid and a Glassdoor-like company reviews page.

The corpus server maps a query string to the file ``<path>@<query>``, so the pages keep the real
sites' ``?max_id=…`` and ``?page=N`` links.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from generate import FROZEN, ROOT, Site, chunks, esc

HELD: dict[str, Callable[[], None]] = {}
# Frozen from the start: written before the Scout ever ran on them.
FROZEN.update({"tootstream", "tradepier", "workvoice"})


def held(func: Callable[[], None]) -> Callable[[], None]:
    """Register a held-out site builder."""
    HELD[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hashed(seed: str, size: int, alphabet: str = "0123456789abcdef") -> str:
    """A stable build-tool hash (CSS modules, styled classes) for ``seed``."""
    digest = hashlib.sha256(seed.encode()).digest()
    return "".join(alphabet[b % len(alphabet)] for b in digest[:size])


_B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


# ---------------------------------------------------------------------------------------------------
# tootstream: a Mastodon-like hashtag timeline (#rustlang) as the server renders it for a visitor without
# JavaScript: div.entry.h-entry statuses of microformats and BEM classes; the permalink is the
# relative-time link (local statuses relative, remote ones absolute on their own server), "<time
# datetime=…>" showing "Mar 14" this year and "Dec 30, 2025" before it; the author's display name in
# bdi/strong with custom emoji images, "@user@domain" with a lock or bot badge; content with hashtag and
# mention links whose text is split by spans, content warnings with a "Show more" button and hidden
# content, media galleries with alt texts, "(edited)" marks; an action bar of icon links where a counter
# label follows each icon (empty at zero); the tag header with "1.2K people in the past 2 days", trending
# tags and the instance's about panel; "Older posts" / "Newer posts" links of ?max_id= and ?min_id=.
# ---------------------------------------------------------------------------------------------------

LOCAL = "tidepool.example"
# (status id, display name, username, domain, posted, text, replies, boosts, favourites, content warning, media alt, flags)
TOOTS: list[tuple[int, str, str, str, datetime, str, int, int, int, str | None, str | None, str]] = [
    (
        112093884512030721,
        "Ana Kovač",
        "ana",
        "hachyderm.example",
        datetime(2026, 3, 14, 18, 22, 5),
        "Just shipped v0.9 of our embedded HAL: async traits everywhere and no more nightly. Thanks to everyone who tested the betas! #rustlang #embedded",
        14,
        88,
        231,
        None,
        None,
        "",
    ),
    (
        112093702215448617,
        "Ferris Watch :ferris:",
        "ferriswatch",
        LOCAL,
        datetime(2026, 3, 14, 17, 36, 41),
        "This Week in Rust 589 is out: new 2024 edition lints, a borrow checker deep dive and 14 call-for-participation issues. #rustlang #TWiR",
        3,
        142,
        305,
        None,
        None,
        "bot",
    ),
    (
        112093519833150292,
        "Priya N",
        "priyan",
        "fosstodon.example",
        datetime(2026, 3, 14, 16, 50, 12),
        "Hot take: most lifetime annotations in application code are a sign the struct wants to own its data. #rustlang",
        41,
        19,
        77,
        None,
        None,
        "",
    ),
    (
        112093307664217804,
        "Jonas Reuter",
        "jreuter",
        LOCAL,
        datetime(2026, 3, 14, 15, 56, 48),
        "Our CI went from 19 minutes to 6 after switching the workspace to cargo-nextest and sccache. Write-up coming next week. #rustlang #ci",
        6,
        23,
        112,
        None,
        "Bar chart of CI durations before (19 minutes) and after (6 minutes)",
        "",
    ),
    (
        112092981003455118,
        "Mika",
        "mika",
        "mastodon.example",
        datetime(2026, 3, 14, 14, 33, 30),
        "Spent the whole afternoon fighting a Pin projection. I won, but at what cost. #rustlang",
        9,
        5,
        64,
        "async rant",
        None,
        "",
    ),
    (
        112092640097121385,
        "Rust Meetup Leeds",
        "rustleeds",
        LOCAL,
        datetime(2026, 3, 14, 13, 6, 51),
        "Next meetup: Thursday 26 March at the Platform, talks on Bevy ECS and writing a database in Rust. Free pizza as usual. #rustlang #leeds",
        2,
        31,
        48,
        None,
        None,
        "",
    ),
    (
        112092218876341027,
        "Dr. Lena Voss",
        "lvoss",
        "scholar.example",
        datetime(2026, 3, 14, 11, 19, 37),
        "We rewrote our genome aligner's hot loop with portable SIMD and got a 3.1x speed-up on ARM. Paper preprint out today. #rustlang #bioinformatics",
        7,
        54,
        190,
        None,
        "Table of benchmark results on three CPUs",
        "edited",
    ),
    (
        112091877390021566,
        "Tomasz",
        "tomasz",
        "hachyderm.example",
        datetime(2026, 3, 14, 9, 52, 44),
        "Reminder that @ana has a great talk on zero-cost abstractions in embedded from last year's conference. #rustlang",
        0,
        12,
        40,
        None,
        None,
        "",
    ),
    (
        112091530118476302,
        "Noor",
        "noor",
        LOCAL,
        datetime(2026, 3, 14, 8, 24, 19),
        "Is there a crate for reading Excel files that does not pull in half of crates.io? Asking for a friend who is me. #rustlang",
        18,
        2,
        15,
        None,
        None,
        "",
    ),
    (
        112090977204531889,
        "Ben Okafor",
        "benok",
        "infosec.example",
        datetime(2026, 3, 14, 6, 3, 58),
        "Fuzzing our parser with cargo-fuzz found 3 panics in 20 minutes. Fuzz your parsers, people. #rustlang #security",
        4,
        67,
        156,
        None,
        None,
        "",
    ),
    (
        112089440552173610,
        "Ana Kovač",
        "ana",
        "hachyderm.example",
        datetime(2026, 3, 13, 23, 33, 2),
        "Embedded folks: what is your go-to for logging over RTT these days, defmt or something else? #rustlang #embedded",
        22,
        6,
        29,
        None,
        None,
        "",
    ),
    (
        112088703318925544,
        "Georgina Ellis",
        "gellis",
        LOCAL,
        datetime(2026, 3, 13, 20, 25, 40),
        "Taught my first Rust workshop to Python developers today. The compiler error messages did half of the teaching. #rustlang #python",
        5,
        38,
        201,
        None,
        "Photo of a classroom with laptops",
        "",
    ),
    (
        112087365002816453,
        "Kenji",
        "kenji",
        "mstdn.example",
        datetime(2026, 3, 13, 14, 45, 21),
        "Trait upcasting is stable in the new release and I already deleted two helper traits. #rustlang",
        1,
        44,
        133,
        None,
        None,
        "",
    ),
    (
        112086120775348291,
        "Sam Rivera",
        "samr",
        LOCAL,
        datetime(2026, 3, 13, 9, 28, 57),
        "Open question for the async crowd: do you still reach for tokio::spawn by default, or structured concurrency first? #rustlang #async",
        27,
        8,
        36,
        None,
        None,
        "",
    ),
    (
        112084451007762980,
        "Ferris Watch :ferris:",
        "ferriswatch",
        LOCAL,
        datetime(2026, 3, 13, 2, 24, 13),
        "Security advisory published for a popular YAML crate: upgrade to 0.9.34 or later. #rustlang #security",
        0,
        97,
        84,
        None,
        None,
        "bot",
    ),
    (
        112082930166400127,
        "Ines Duarte",
        "ines",
        "social.example",
        datetime(2026, 3, 12, 19, 57, 35),
        "Finally understood why my iterator chain was slower than the for loop: bounds checks. #rustlang #performance",
        11,
        15,
        72,
        "long-ish performance thread",
        None,
        "",
    ),
    (
        112080412294857706,
        "Oskar",
        "oskar",
        LOCAL,
        datetime(2026, 3, 12, 9, 17, 8),
        "Bevy 0.16 migration done for our small game. The new required components API is lovely. #rustlang #gamedev",
        3,
        26,
        119,
        None,
        "Screenshot of a pixel-art platformer level",
        "",
    ),
    (
        112077206538841930,
        "Rachel Kim",
        "rkim",
        "hachyderm.example",
        datetime(2026, 3, 11, 19, 41, 55),
        "Wrote a small blog post on error handling: thiserror for libraries, anyhow for binaries, and why. #rustlang",
        8,
        49,
        167,
        None,
        None,
        "",
    ),
    (
        112071048219554302,
        "Dev Patel",
        "devp",
        LOCAL,
        datetime(2026, 3, 10, 17, 35, 22),
        "Cross-compiling to aarch64 musl with cargo-zigbuild is the least painful thing I have done all week. #rustlang",
        2,
        17,
        58,
        None,
        None,
        "",
    ),
    (
        112060334910207215,
        "Lucía Romero",
        "lucia",
        "fosstodon.example",
        datetime(2026, 3, 8, 20, 11, 46),
        "The Rust Foundation fellowship applications are open until the end of the month. Apply, it changed my career. #rustlang",
        1,
        120,
        212,
        None,
        None,
        "",
    ),
    (
        112043918700452261,
        "Noor",
        "noor",
        LOCAL,
        datetime(2026, 3, 5, 22, 37, 9),
        "Update: calamine was exactly what I needed. Thanks for all the replies! #rustlang",
        0,
        0,
        21,
        None,
        None,
        "",
    ),
    (
        111998530071884017,
        "Henrik Berg",
        "hberg",
        "mastodon.example",
        datetime(2026, 2, 25, 22, 13, 30),
        "Our team's Rust adoption retro: two years, five services, zero memory-safety incidents, one very long compile time complaint. #rustlang",
        12,
        83,
        264,
        None,
        None,
        "edited",
    ),
    (
        111861294415870522,
        "Old Rustacean",
        "oldrust",
        LOCAL,
        datetime(2026, 2, 1, 16, 4, 18),
        "Ten years since my first Rust commit. The community is still the best part. #rustlang",
        6,
        21,
        143,
        None,
        None,
        "",
    ),
    (
        111672045308221734,
        "Ferris Watch :ferris:",
        "ferriswatch",
        LOCAL,
        datetime(2025, 12, 30, 10, 30, 0),
        "The 2025 State of Rust survey results are in: 45% of respondents now use Rust at work. #rustlang",
        4,
        132,
        188,
        None,
        None,
        "bot",
    ),
]
TAG = "rustlang"


def _toot_url(toot: tuple[Any, ...]) -> str:
    status_id, _name, user, domain = toot[:4]
    return f"/@{user}/{status_id}" if domain == LOCAL else f"https://{domain}/@{user}/{status_id}"


def _toot_time(moment: datetime) -> str:
    shown = f"{moment:%b} {moment.day}" if moment.year == 2026 else f"{moment:%b} {moment.day}, {moment.year}"
    return f'<time class="time-ago" datetime="{moment:%Y-%m-%dT%H:%M:%S}.000Z" title="{moment:%b %d, %Y, %H:%M}">{shown}</time>'


def _display_name(name: str) -> str:
    """Custom emoji shortcodes become images whose alt is the shortcode."""
    words = []
    for word in name.split(" "):
        if word.startswith(":") and word.endswith(":") and len(word) > 2:
            words.append(
                f'<img draggable="false" class="emojione custom-emoji" alt="{esc(word)}" title="{esc(word)}" src="/system/custom_emojis/images/{esc(word.strip(":"))}.png">'
            )
        else:
            words.append(esc(word))
    return " ".join(words)


def _toot_html(text: str) -> str:
    """Hashtags and mentions as Mastodon links them: the visible text split by spans."""
    out = []
    for word in text.split(" "):
        if word.startswith("#"):
            tag = word[1:]
            out.append(
                f'<a href="/tags/{esc(tag.lower())}" class="mention hashtag" rel="tag">#<span>{esc(tag)}</span></a>'
            )
        elif word.startswith("@"):
            user = word[1:]
            out.append(
                f'<span class="h-card" translate="no"><a href="https://hachyderm.example/@{esc(user)}" class="u-url mention">@<span>{esc(user)}</span></a></span>'
            )
        else:
            out.append(esc(word))
    return " ".join(out)


def _counter(status_id: int, kind: str, icon: str, count: int) -> str:
    label = str(count) if count else ""
    return f'<div class="status__action-bar__counter"><a class="status__action-bar-button icon-button" href="/interact/{status_id}?type={kind}" title="{kind.capitalize()}"><i class="fa fa-{icon} fa-fw" aria-hidden="true"></i></a><span class="status__action-bar__counter__label">{label}</span></div>'


def _toot_entry(toot: tuple[Any, ...]) -> str:
    status_id, name, user, domain, posted, text, replies, boosts, favourites, warning, media, flags = toot
    badge = '<span class="account-role bot" title="Automated account">Bot</span>' if flags == "bot" else ""
    edited = ' <abbr title="Edited" class="status__edited">(edited)</abbr>' if flags == "edited" else ""
    body = f'<div class="e-content" lang="en"><p>{_toot_html(text)}</p></div>'
    if warning:
        body = f'<p><span class="p-summary">{esc(warning)} </span><button class="status__content__spoiler-link">Show more</button></p><div class="e-content" lang="en" style="display: none"><p>{_toot_html(text)}</p></div>'
    gallery = ""
    if media:
        gallery = f'<div class="media-gallery" style="height: 200px"><div class="media-gallery__item standalone"><a class="media-gallery__item-thumbnail" href="/system/media_attachments/files/{_hashed(str(status_id), 12)}/original.png" target="_blank"><img src="/system/media_attachments/files/{_hashed(str(status_id), 12)}/small.png" alt="{esc(media)}" title="{esc(media)}" loading="lazy"></a></div></div>'
    return f"""
  <div class="entry h-entry" data-id="{status_id}">
    <div class="status public" data-id="{status_id}">
      <div class="status__info">
        <a class="status__relative-time u-url u-uid" href="{_toot_url(toot)}" target="_blank" rel="noopener"><span class="status__visibility-icon"><i class="fa fa-globe" title="Public"></i></span>{_toot_time(posted)}{edited}</a>
        <a class="status__display-name u-url" href="{"" if domain == LOCAL else f"https://{domain}"}/@{user}" target="_blank" rel="noopener">
          <div class="status__avatar"><div><img alt="" class="u-photo account__avatar" src="/system/accounts/avatars/{_hashed(user, 9)}/original.png" width="48" height="48"></div></div>
          <span class="display-name"><bdi><strong class="display-name__html p-name emojify">{_display_name(name)}</strong></bdi> <span class="display-name__account">@{user}@{domain}{badge}</span></span>
        </a>
      </div>
      <div class="status__content emojify">{body}</div>
      {gallery}
      <div class="status__action-bar">
        {_counter(status_id, "reply", "reply", replies)}
        {_counter(status_id, "reblog", "retweet", boosts)}
        {_counter(status_id, "favourite", "star", favourites)}
        <a class="status__action-bar-button icon-button" href="/interact/{status_id}?type=share" title="Share"><i class="fa fa-share-alt fa-fw" aria-hidden="true"></i></a>
      </div>
    </div>
  </div>"""


def _fedi_page(page: int, toots: list[Any], older: int | None, newer: int | None) -> str:
    entries = "".join(_toot_entry(t) for t in toots)
    links = []
    if newer is not None:
        links.append(
            f'<a class="newer" href="/tags/{TAG}?min_id={newer}"><i class="fa fa-fw fa-chevron-left"></i> Newer posts</a>'
        )
    if older is not None:
        links.append(
            f'<a class="older" href="/tags/{TAG}?max_id={older}">Older posts <i class="fa fa-fw fa-chevron-right"></i></a>'
        )
    trending = "".join(
        f'<li><a href="/tags/{tag}">#{tag}</a> <span class="trends__item__current">{uses}</span> people talking</li>'
        for tag, uses in (("rustlang", "1.2K"), ("python", "2.8K"), ("FediHelp", "412"), ("embedded", "233"))
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>#{TAG} - Tidepool</title>
<meta name="description" content="Public posts tagged #{TAG} on Tidepool">
<link rel="alternate" type="application/rss+xml" href="/tags/{TAG}.rss">
</head>
<body class="with-modals tag-timeline">
<div class="public-layout">
  <div class="container">
    <nav class="header">
      <div class="nav-left"><a class="brand" href="/"><img src="/packs/media/images/logo.svg" alt="Tidepool"></a><a class="nav-link optional" href="/explore">Explore</a><a class="nav-link optional" href="/about">About</a></div>
      <div class="nav-center"></div>
      <div class="nav-right"><a class="webapp-btn nav-link nav-button" href="/auth/sign_in">Log in</a><a class="webapp-btn nav-link nav-button" href="/auth/sign_up">Sign up</a></div>
    </nav>
  </div>
  <div class="container">
    <div class="grid">
      <div class="column-0">
        <div class="page-header"><h1>#{TAG}</h1><div>1.2K people in the past 2 days</div><a class="button" href="/interact/tag/{TAG}">Follow</a></div>
        <div class="activity-stream activity-stream--under-tabs">
{entries}
        </div>
        <div class="entry"><div class="pagination">{" ".join(links)}</div></div>
      </div>
      <div class="column-1">
        <div class="public-account-bio"><h4>About Tidepool</h4><div class="account__header__content emojify"><p>A small general-purpose server for people who write code and go outside. 1,824 active users.</p></div><a href="/about/more">Learn more</a></div>
        <div class="trends"><h4>Trending now</h4><ul>{trending}</ul></div>
        <div class="hero-widget__counters"><div><strong>3,412</strong> users</div><div><strong>1.9M</strong> posts</div></div>
      </div>
    </div>
  </div>
  <div class="container"><div class="footer"><a href="/about">About</a> · <a href="/privacy-policy">Privacy policy</a> · <a href="https://joinmastodon.example/apps">Get the app</a> · <span>v4.2.10</span></div></div>
</div>
<div id="modal-container"></div>
<script id="initial-state" type="application/json">{{"meta": {{"domain": "{LOCAL}", "locale": "en", "page": {page}}}, "compose": {{"me": null}}}}</script>
</body>
</html>"""


@held
def build_tootstream() -> None:
    s = Site(
        "tootstream",
        kind="social timeline (Mastodon-like hashtag page: h-entry statuses, permalinks in the time link, counters after icons, content warnings, ?max_id= pages)",
        start=f"tags/{TAG}",
        description="A Mastodon-like #rustlang hashtag timeline as served without JavaScript: div.entry.h-entry statuses of microformats and BEM classes; the permalink is the relative-time link (local statuses relative, remote ones absolute on their own server), <time datetime> shown 'Mar 14' this year and 'Dec 30, 2025' before; the display name in bdi/strong with custom-emoji images, '@user@domain' with a Bot badge on some; content with hashtag and mention links split by spans, content warnings with a 'Show more' button and the content hidden, media galleries with alt texts, '(edited)' marks; an action bar of icon links each followed by a counter label (empty at zero); the tag header, trending tags and the server's about panel; 'Older posts' / 'Newer posts' links of ?max_id= and ?min_id= (the newer links are second addresses of the previous pages).",
    )
    pages = chunks(TOOTS, [10, 10, 4])
    for number, toots in enumerate(pages, 1):
        older = toots[-1][0] if number < len(pages) else None
        newer = toots[0][0] if number > 1 else None
        text = _fedi_page(number, toots, older, newer)
        s.list_page(f"tags/{TAG}" if number == 1 else f"tags/{TAG}@max_id={pages[number - 2][-1][0]}", text)
        if number < len(pages):  # the next page's "Newer posts" link comes back here
            s.write(f"tags/{TAG}@min_id={pages[number][0][0]}", text)
    for toot in TOOTS:
        _id, name, user, domain, posted, text, replies, boosts, favourites, _warning, _media, _flags = toot
        s.expect(
            {
                "author": name.replace(" :ferris:", ""),
                "handle": f"@{user}@{domain}",
                "url": _toot_url(toot),
                "date": posted.date().isoformat(),
                "text": text,
                "replies": replies or None,
                "boosts": boosts or None,
                "favourites": favourites or None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# tradepier: an AliExpress-like search grid for "usb c cable": each card one <a> of "multi--…--hash"
# classes around a lazy image, an h3 title (the full title again in a wrapper's title attribute), five
# star divs with width styles then the bare rating, "10,000+ sold", the price split into one span per
# piece ("US $", "3", ".", "54") with the whole in aria-label, a struck original price that is only a
# class, "-61%", coupon and "Welcome deal" chips carrying other US $ amounts, "Free shipping" or
# "+Shipping: US $1.99"; the store in a sibling link; a "Choice" badge image; one "Ad" card a page with
# the same classes; related searches; a pager of ?page=N&g=y&SearchText=… links.
# ---------------------------------------------------------------------------------------------------

# (title, item id, price, original price, rating, sold, store, store id, choice, shipping (None = free))
ITEMS: list[tuple[str, int, float, float | None, float | None, int | None, str, int, bool, float | None]] = [
    (
        "USB C To USB C Cable 100W PD Fast Charging Cable For MacBook iPad Samsung Xiaomi Type C Charger Cord 1m 2m",
        1005006184235712,
        3.54,
        8.99,
        4.8,
        10000,
        "UGREEN Official Store",
        1101221478,
        True,
        None,
    ),
    (
        "Baseus 240W USB C Cable Type C To Type C Braided Fast Charge Data Cable For iPhone 15 Pro Max",
        1005005830021457,
        5.87,
        12.49,
        4.9,
        5000,
        "Baseus Official Store",
        1101355032,
        True,
        None,
    ),
    (
        "3 Pack Magnetic USB C Cable 3A Fast Charging Micro USB Type C Magnet Charger Cord With LED",
        1005004192837465,
        2.99,
        7.60,
        4.6,
        1000,
        "Shop1102345678 Store",
        1102345678,
        False,
        1.99,
    ),
    (
        "Essager 6A 100W USB Type C Cable Quick Charge 4.0 Fast Charging Wire For Huawei P40 Honor",
        1005003915670274,
        1.71,
        3.24,
        4.7,
        10000,
        "Essager Official Store",
        1101612873,
        True,
        None,
    ),
    (
        "Right Angle USB C Cable 90 Degree Elbow Nylon Braided 60W PD Cord For Steam Deck",
        1005006420918833,
        4.26,
        None,
        4.8,
        500,
        "CableCreation Store",
        1101870214,
        False,
        None,
    ),
    (
        "USB 3.2 Gen 2 Type C Cable 10Gbps 4K Video Data Transfer Cable For SSD Monitor 0.5m",
        1005005512398061,
        6.49,
        9.99,
        4.5,
        200,
        "JSAUX Official Store",
        1101437765,
        False,
        2.49,
    ),
    (
        "Retractable 4 In 1 Charging Cable USB A USB C To Lightning Type C Car Charger Cord",
        1005006673120548,
        3.18,
        6.36,
        None,
        100,
        "Mikeli Digital Store",
        1103012459,
        False,
        None,
    ),
    (
        "Thunderbolt 4 Cable 40Gbps 8K USB4 Type C Cable 240W For MacBook Pro eGPU Dock 0.8m",
        1005005297410329,
        18.76,
        26.80,
        4.9,
        1000,
        "Cable Matters Global Store",
        1101509881,
        True,
        None,
    ),
    (
        "Toocki 3 In 1 USB C Cable 100W Micro USB Lightning Type C Fast Charging Cable",
        1005005934512208,
        2.53,
        5.06,
        4.7,
        5000,
        "Toocki Official Store",
        1101780346,
        True,
        None,
    ),
    (
        "Short USB C Cable 20cm Power Bank Cable Type C 3A Fast Charging 2 Pack",
        1005004876523190,
        1.22,
        None,
        4.4,
        10000,
        "Vention Official Store",
        1101290157,
        False,
        0.99,
    ),
    (
        "Mcdodo 100W USB C To USB C Cable With Digital Display PD Fast Charging For Laptop",
        1005006017734452,
        7.14,
        14.29,
        4.8,
        2000,
        "Mcdodo Official Store",
        1101398420,
        True,
        None,
    ),
    (
        "Silicone USB C Cable Liquid Soft 60W Type C Charging Cord Tangle Free 1.5m Pastel",
        1005005748310946,
        2.21,
        4.42,
        4.6,
        500,
        "Soft Cable Factory Store",
        1102871136,
        False,
        None,
    ),
    (
        "USB C Extension Cable Male To Female USB 3.1 Gen 2 10Gbps Extender For Nintendo Switch",
        1005004431876522,
        4.95,
        None,
        4.5,
        1000,
        "Vention Official Store",
        1101290157,
        False,
        None,
    ),
    (
        "UGREEN USB C To Lightning Cable MFi Certified 20W PD Fast Charging For iPhone 14 13 12",
        1005003781266540,
        6.88,
        10.59,
        4.9,
        10000,
        "UGREEN Official Store",
        1101221478,
        True,
        None,
    ),
    (
        "2M 5A Super Fast Charging USB Type C Cable 66W For Huawei Mate 60 Xiaomi Redmi Note 13",
        1005006255809117,
        0.99,
        3.96,
        4.3,
        5000,
        "KUULAA Official Store",
        1101502248,
        True,
        None,
    ),
    (
        "Coiled USB C Cable Spring Type C Data Cable For Car Android Auto CarPlay 1.8m",
        1005005402217861,
        3.65,
        None,
        None,
        None,
        "Drivetech Store",
        1103250917,
        False,
        1.49,
    ),
    (
        "USB C Cable Organizer Kit 6 In 1 Multi Charging Cable Storage Box With Phone Holder",
        1005006502391774,
        5.12,
        10.24,
        4.7,
        2000,
        "Travel Tech Store",
        1102960385,
        False,
        None,
    ),
    (
        "Anker 322 USB C To USB C Cable 60W Braided 1.8m For Galaxy S24 iPad Pro",
        1005005119093218,
        6.99,
        8.99,
        4.8,
        1000,
        "Anker Official Store",
        1101316722,
        True,
        None,
    ),
    (
        "Magnetic Fast Charging Cable 540 Degree Rotating USB C Micro Lightning 3 In 1",
        1005004987011624,
        2.37,
        6.77,
        4.4,
        10000,
        "Magnetic Cable Store",
        1102215093,
        False,
        None,
    ),
    (
        "USB C To HDMI Cable 4K 60Hz Type C Thunderbolt 3 Compatible For MacBook Air 1.8m",
        1005005663410087,
        8.42,
        13.58,
        4.6,
        500,
        "Unitek Official Store",
        1101461908,
        False,
        None,
    ),
    (
        "Type C To 3.5mm Jack Adapter Cable USB C Headphone Audio Aux Cord For Pixel 8",
        1005004629984315,
        1.05,
        2.10,
        4.5,
        10000,
        "Earldom Store",
        1102104477,
        True,
        None,
    ),
    (
        "Nylon Braided USB C Cable 3 Pack 1m 2m 3m 3A Quick Charge Type C Charger",
        1005006338702215,
        3.89,
        7.78,
        4.7,
        1000,
        "Lention Store",
        1102632840,
        False,
        None,
    ),
    (
        "USB C Cable 240W 2m E-Marker Chip PD 3.1 48V 5A For Framework Laptop",
        1005006781234904,
        9.31,
        None,
        5.0,
        50,
        "PowerLab Store",
        1103377106,
        False,
        2.99,
    ),
    (
        "Flat USB C Cable Ultra Thin 65W Fast Charging Cord For Tablet 3m White",
        1005005207854413,
        2.64,
        5.28,
        4.6,
        200,
        "Hoco Official Store",
        1101574419,
        True,
        None,
    ),
    (
        "L Shaped USB C To USB C Cable 100W 5A Gaming Cable For ROG Ally Switch OLED",
        1005006589020156,
        4.12,
        8.24,
        4.8,
        300,
        "GameSir Store",
        1102748861,
        False,
        None,
    ),
    (
        "USB A To USB C Cable 3A QC 3.0 Fast Charging 0.25m 1m 2m For Android Phone",
        1005003412987639,
        0.89,
        2.96,
        4.5,
        10000,
        "Ugreen Cable Outlet",
        1102419375,
        False,
        None,
    ),
]

# One sponsored card a page: (title, item id, price, original price, rating, sold, store, store id)
ADS: list[tuple[str, int, float, float | None, float, int, str, int]] = [
    (
        "20000mAh Power Bank 22.5W Fast Charging Portable Charger With Built In USB C Cable",
        1005006902114473,
        11.49,
        22.98,
        4.7,
        5000,
        "Romoss Official Store",
        1101688204,
    ),
    (
        "GaN 65W USB C Charger 3 Port Fast Charging Wall Adapter For Laptop Phone",
        1005006117450098,
        9.87,
        19.74,
        4.8,
        2000,
        "Lenyes Global Store",
        1102537712,
    ),
    (
        "Wireless Charger Stand 15W Qi Fast Charging Dock For iPhone Samsung",
        1005005834279915,
        6.25,
        12.50,
        4.6,
        1000,
        "Nillkin Official Store",
        1101609943,
    ),
]

ALI_QUERY = "g=y&SearchText=usb+c+cable"
ALI_PATH = "w/wholesale-usb-c-cable.html"
_ALI_CLASSES = [
    "container", "card", "imageWrap", "image", "content", "title", "titleText", "evaluation", "stars", "star",
    "rating", "trade", "price", "priceSale", "priceOriginal", "discount", "service", "tag", "store", "storeLink",
    "badge", "adLabel", "wrapper", "list", "coupon",
]  # fmt: skip
_ALI = {
    name: f"{'cards' if name in {'card', 'store', 'storeLink', 'wrapper'} else 'multi'}--{name}--{_hashed('ali' + name, 7, _B62)}"
    for name in _ALI_CLASSES
}


def _ali_pieces(amount: float) -> str:
    """AliExpress writes a price as one span per piece, sized apart."""
    whole, cents = f"{amount:.2f}".split(".")
    return f'<span style="font-size:12px">US $</span><span style="font-size:20px">{whole}</span><span style="font-size:20px">.</span><span style="font-size:20px">{cents}</span>'


def _ali_stars(rating: float) -> str:
    widths = [max(0.0, min(1.0, rating - i)) * 10 for i in range(5)]
    stars = "".join(
        f'<div class="{_ALI["star"]}" style="width:10px"><div style="width:{w:.1f}px"></div></div>' for w in widths
    )
    return f'<div class="{_ALI["stars"]}">{stars}</div><span class="{_ALI["rating"]}">{rating:.1f}</span>'


def _sold(count: int) -> str:
    return f"{count:,}+ sold" if count >= 100 else f"{count} sold"


def _ali_track(item_id: int, position: int) -> str:
    pvid = _hashed(f"pvid{item_id}", 32)
    return f"/item/{item_id}.html?algo_pvid={pvid}&amp;algo_exp_id={pvid}-{position}&amp;pdp_npi=4%40dis%21USD%21{position}&amp;utparam-url=scene%3Asearch%7Cquery_from%3A"


def _ali_card(item: tuple[Any, ...], position: int, ad: bool = False) -> str:
    title, item_id, price, original, rating, sold, store, store_id = item[:8]
    choice = bool(item[8]) if len(item) > 8 else False
    shipping = item[9] if len(item) > 9 else None
    href = _ali_track(item_id, position) + ("&amp;aem_p4p_click=" + _hashed(f"p4p{item_id}", 16) if ad else "")
    stars = _ali_stars(rating) if rating is not None else ""
    trade = f'<span class="{_ALI["trade"]}">{_sold(sold)}</span>' if sold is not None else ""
    evaluation = f'<div class="{_ALI["evaluation"]}">{stars}{trade}</div>' if stars or trade else ""
    old = ""
    if original is not None:
        off = round((1 - price / original) * 100)
        old = f'<div class="{_ALI["priceOriginal"]}"><span>US ${original:.2f}</span></div><span class="{_ALI["discount"]}">-{off}%</span>'
    chips = []
    if choice:
        chips.append(
            f'<img class="{_ALI["badge"]}" src="/kf/S1a2b3c4d5e6f7choice.png_80x80.png" alt="Choice" height="16">'
        )
    if position % 3 == 0:
        chips.append(f'<span class="{_ALI["tag"]} {_ALI["coupon"]}">US $2.00 off on US $15.00</span>')
    if position % 4 == 1:
        chips.append(f'<span class="{_ALI["tag"]}">Welcome deal</span>')
    chips.append(
        f'<span class="{_ALI["tag"]}">{"Free shipping" if shipping is None else f"+Shipping: US ${shipping:.2f}"}</span>'
    )
    label = f'<span class="{_ALI["adLabel"]}">Ad</span>' if ad else ""
    return f"""
    <div class="{_ALI["wrapper"]} search-item-card-wrapper-gallery" data-spm="{"p4p" if ad else "main"}" data-position="{position}">
      <a class="{_ALI["container"]} {_ALI["card"]} search-card-item" href="{href}" target="_blank">
        <div class="{_ALI["imageWrap"]}"><img class="{_ALI["image"]}" src="/kf/S{_hashed(str(item_id), 28)}.jpg_350x350xz.jpg_.avif" alt="" loading="lazy">{label}</div>
        <div class="{_ALI["content"]}">
          <div title="{esc(title)}" class="{_ALI["title"]}"><h3 class="{_ALI["titleText"]}">{esc(title)}</h3></div>
          {evaluation}
          <div class="{_ALI["price"]}">
            <div class="{_ALI["priceSale"]}" tabindex="0" aria-label="US ${price:.2f}">{_ali_pieces(price)}</div>
            {old}
          </div>
          <div class="{_ALI["service"]}">{"".join(chips)}</div>
        </div>
      </a>
      <div class="{_ALI["storeLink"]}"><a href="/store/{store_id}" target="_blank"><span class="{_ALI["store"]}" title="{esc(store)}">{esc(store)}</span></a></div>
    </div>"""


def _ali_pager(page: int, pages: int) -> str:
    def href(number: int) -> str:
        return f"/{ALI_PATH}?page={number}&amp;{ALI_QUERY.replace('&', '&amp;')}"

    items = [
        f'<li class="comet-pagination-prev{" comet-pagination-disabled" if page == 1 else ""}"><a{"" if page == 1 else f" href={chr(34)}{href(page - 1)}{chr(34)}"} aria-label="Previous page"><svg viewBox="0 0 1024 1024" width="1em" height="1em" aria-hidden="true"><path d="M700 180 368 512l332 332"></path></svg></a></li>'
    ]
    for number in range(1, pages + 1):
        active = " comet-pagination-item-active" if number == page else ""
        items.append(
            f'<li class="comet-pagination-item comet-pagination-item-{number}{active}" title="{number}"><a href="{href(number)}">{number}</a></li>'
        )
    items.append(
        f'<li class="comet-pagination-next{" comet-pagination-disabled" if page == pages else ""}"><a{"" if page == pages else f" href={chr(34)}{href(page + 1)}{chr(34)}"} aria-label="Next page"><svg viewBox="0 0 1024 1024" width="1em" height="1em" aria-hidden="true"><path d="M324 180 656 512 324 844"></path></svg></a></li>'
    )
    return f'<ul class="comet-pagination">{"".join(items)}</ul><div class="comet-pagination-options"><span>Go to Page</span><input type="text" value="{page}" aria-label="page"></div>'


def _ali_page(page: int, pages: int, items: list[Any], first: int) -> str:
    cards = [_ali_card(item, first + i) for i, item in enumerate(items)]
    cards.insert(min(4, len(cards)), _ali_card(ADS[page - 1], 900 + page, ad=True))
    related = "".join(
        f'<a href="/w/wholesale-{term.replace(" ", "-")}.html">{term}</a>'
        for term in (
            "usb c cable 100w",
            "type c cable",
            "usb c to lightning",
            "magnetic cable",
            "thunderbolt 4 cable",
            "usb c hub",
        )
    )
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>Usb C Cable - Aliexpress</title>
<meta name="description" content="Discover usb c cable with free shipping and fast delivery. Top brands, the best prices.">
<link rel="canonical" href="/{ALI_PATH}">
</head>
<body data-spm="a2g0o.productlist">
<div id="root">
  <div class="pc-header--wrap--{_hashed("hdr", 7, _B62)}">
    <a href="/" class="pc-header--logo--{_hashed("logo", 7, _B62)}" aria-label="TradePier"><img src="/kf/logo.png" alt="TradePier"></a>
    <form action="/wholesale" class="search--form--{_hashed("sf", 7, _B62)}"><input name="SearchText" value="usb c cable" aria-label="search"><button type="submit">Search</button></form>
    <a href="/p/download-app">Download the app</a> <a href="/p/order-list">Orders</a> <a href="/p/shoppingcart">Cart <span>0</span></a>
  </div>
  <div class="welcome--bar--{_hashed("wel", 7, _B62)}"><b>Welcome deal</b> New shoppers save with US $3.00 off on US $3.01+ orders</div>
  <div class="refine--wrap--{_hashed("ref", 7, _B62)}">
    <span>Ship from</span><label><input type="checkbox"> Choice</label><label><input type="checkbox"> Free shipping</label><label><input type="checkbox"> 4 stars &amp; up</label>
    <span class="result--count--{_hashed("cnt", 7, _B62)}">6,000+ results for "usb c cable"</span>
    <span>Sort by:</span><span class="sort--active--{_hashed("srt", 7, _B62)}">Best Match</span><span>Orders</span><span>Price</span>
  </div>
  <div id="card-list" class="{_ALI["list"]} search-item-card-wrapper-list">
    {"".join(cards)}
  </div>
  <div class="pagination--wrap--{_hashed("pg", 7, _B62)}">{_ali_pager(page, pages)}</div>
  <div class="related--wrap--{_hashed("rel", 7, _B62)}"><h2>Buyers also searched</h2>{related}</div>
  <div class="footer--wrap--{_hashed("ft", 7, _B62)}"><a href="/help">Help Center</a> <a href="/disputes">Disputes &amp; Reports</a> <a href="/buyer-protection">Buyer Protection</a> <a href="/ip">Report IPR infringement</a></div>
</div>
<script>window._dida_config_ = {{"page": {page}, "pageSize": 10, "resultCount": 6000, "query": "usb c cable", "trace": "{_hashed(f"trace{page}", 24)}"}};</script>
</body>
</html>"""


@held
def build_tradepier() -> None:
    s = Site(
        "tradepier",
        kind="marketplace search grid (AliExpress-like: hashed classes, prices split into pieces, '10,000+ sold', coupon chips, Ad cards)",
        start=ALI_PATH,
        description="An AliExpress-like search grid for 'usb c cable': each card one <a> of 'multi--…--hash' classes around a lazy image, an h3 title (again in a wrapper's title attribute), five star divs with width styles then the bare rating (missing on new items), '10,000+ sold', the price split into one span per piece ('US $', '3', '.', '54') with the whole in aria-label, a struck original price that is struck only by its class and '-61%', coupon ('US $2.00 off on US $15.00') and 'Welcome deal' chips, a Choice badge image, 'Free shipping' or '+Shipping: US $1.99'; the store in a sibling link; one 'Ad' card a page with the same classes; tracking queries on every link; a comet pager of ?page=N&g=y&SearchText=… links, related searches.",
    )
    pages = chunks(ITEMS, [10, 10, 6])
    first = 1
    for number, items in enumerate(pages, 1):
        text = _ali_page(number, len(pages), items, first)
        first += len(items)
        if number == 1:
            s.list_page(ALI_PATH, text)
            s.write(f"{ALI_PATH}@page=1&{ALI_QUERY}", text)  # the pager's link to page 1
        else:
            s.list_page(f"{ALI_PATH}@page={number}&{ALI_QUERY}", text)
    for title, item_id, price, original, rating, sold, store, _store_id, _choice, _shipping in ITEMS:
        s.expect(
            {
                "title": title,
                "url": f"/item/{item_id}.html",
                "price": price,
                "currency": "USD",
                "original_price": original,
                "rating": rating,
                "sold": sold,
                "store": store,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# workvoice: a Glassdoor-like company reviews page: li.empReview items of Bootstrap utilities and
# CSS-module classes, "4.0" beside star spans with the value in a title, a sub-ratings tooltip of five
# more numbers, the title in quotes linking to the review, "Current Employee, more than 3 years", one
# compound "Mar 4, 2026 - Senior Software Engineer" text then " in " and the location (missing on
# some), Recommends / CEO / Outlook icons with words, Pros / Cons / "Advice to Management" paragraphs,
# "Helpful (12)" buttons, employer responses with their own date; the company header with its rating,
# review counts and tabs, a rating distribution, "Pros" and "Cons" highlight lists, a sign-in
# overlay, "Viewing 1 - 10 of 24 Reviews" and a pager of _P2.htm / _P3.htm links.
# ---------------------------------------------------------------------------------------------------

EMPLOYER = ("Corvid Systems", 214365)
GD_BASE = "/Reviews/Corvid-Systems-Reviews-E214365"

# (review id, rating, title, date, job title, location, status, pros, cons, advice, helpful, employer response)
REVIEWS: list[tuple[int, int, str, date, str, str | None, str, str, str, str | None, int, tuple[date, str] | None]] = [
    (
        84512345,
        4,
        "Great culture, slow promotions",
        date(2026, 3, 4),
        "Senior Software Engineer",
        "London, England",
        "Current Employee, more than 3 years",
        "Flexible hours, friendly teams and a generous learning budget that people actually use.",
        "Promotion cycles are long and the criteria change every year.",
        "Publish the promotion rubric and stick to it.",
        12,
        None,
    ),
    (
        84498812,
        5,
        "Best place I have worked so far",
        date(2026, 3, 2),
        "Data Analyst",
        "Manchester, England",
        "Current Employee, less than 1 year",
        "Supportive managers, real ownership from week one, good pension matching.",
        "Office coffee is terrible.",
        None,
        7,
        None,
    ),
    (
        84471630,
        2,
        "Reorg after reorg",
        date(2026, 2, 27),
        "Product Manager",
        "London, England",
        "Former Employee, more than 1 year",
        "Smart colleagues and interesting clients.",
        "Three reorganisations in eighteen months; roadmaps were thrown away each time.",
        "Give teams a stable mandate for at least a year.",
        31,
        (
            date(2026, 3, 3),
            "Thank you for the honest feedback. We know the last year brought a lot of change and we have committed to a stable team structure through 2027.",
        ),
    ),
    (
        84466109,
        4,
        "Good work life balance",
        date(2026, 2, 25),
        "Anonymous Employee",
        None,
        "Current Employee",
        "Nobody expects replies outside working hours and holidays are respected.",
        "Salaries are slightly below market for senior roles.",
        None,
        0,
        None,
    ),
    (
        84452277,
        3,
        "Decent but stagnant",
        date(2026, 2, 21),
        "QA Engineer",
        "Leeds, England",
        "Current Employee, more than 5 years",
        "Job security and a calm pace.",
        "Old tooling, very little investment in test automation.",
        None,
        3,
        None,
    ),
    (
        84439016,
        5,
        "Mentoring is taken seriously",
        date(2026, 2, 18),
        "Graduate Software Engineer",
        "Bristol, England",
        "Current Employee, less than 1 year",
        "Every graduate gets a mentor and a structured first six months.",
        "The graduate salary is fixed and not negotiable.",
        None,
        9,
        None,
    ),
    (
        84420958,
        1,
        "Sales targets are unrealistic",
        date(2026, 2, 14),
        "Account Executive",
        "Austin, TX",
        "Former Employee, less than 1 year",
        "Base salary was fine.",
        "Quotas doubled mid-year and commission was paid months late.",
        "Listen to the people who talk to customers.",
        18,
        (date(2026, 2, 19), "We're sorry to hear this. Commission payments moved to a monthly schedule in January."),
    ),
    (
        84407735,
        4,
        "Solid engineering practices",
        date(2026, 2, 11),
        "Staff Engineer",
        "Remote",
        "Current Employee, more than 3 years",
        "Code review culture, on-call is well compensated, strong SRE team.",
        "Cross-team decisions take a long time.",
        None,
        5,
        None,
    ),
    (
        84391482,
        3,
        "Fine for a first job",
        date(2026, 2, 6),
        "Customer Support Specialist",
        "Glasgow, Scotland",
        "Former Employee, more than 1 year",
        "Good training and nice people on the team.",
        "Shift patterns change at short notice.",
        None,
        0,
        None,
    ),
    (
        84380064,
        4,
        "Interesting problems",
        date(2026, 2, 3),
        "Machine Learning Engineer",
        "London, England",
        "Current Employee, more than 1 year",
        "Real data, real customers and a GPU budget.",
        "Research ideas rarely make it into the product.",
        None,
        4,
        None,
    ),
    (
        84366517,
        5,
        "Inclusive and kind",
        date(2026, 1, 29),
        "UX Designer",
        "Manchester, England",
        "Current Employee, more than 1 year",
        "Leadership walks the talk on inclusion; parental leave is excellent.",
        "Design is sometimes brought in too late.",
        None,
        11,
        None,
    ),
    (
        84351190,
        2,
        "Management disconnected from reality",
        date(2026, 1, 26),
        "Anonymous Employee",
        "Austin, TX",
        "Former Employee",
        "Some great colleagues.",
        "Decisions are made in London without asking the US office.",
        "Visit the Austin office more than once a year.",
        14,
        None,
    ),
    (
        84339248,
        4,
        "Good pay, long hours at quarter end",
        date(2026, 1, 22),
        "Financial Analyst",
        "London, England",
        "Current Employee, more than 3 years",
        "Bonus is paid reliably and the finance team is sharp.",
        "The last two weeks of every quarter are brutal.",
        None,
        2,
        None,
    ),
    (
        84327703,
        3,
        "Average",
        date(2026, 1, 19),
        "IT Support Technician",
        None,
        "Current Contractor, more than 1 year",
        "Hybrid working and decent equipment.",
        "Contractors are left out of company events.",
        None,
        0,
        None,
    ),
    (
        84310876,
        5,
        "Would recommend to anyone in data",
        date(2026, 1, 15),
        "Senior Data Engineer",
        "Bristol, England",
        "Current Employee, more than 1 year",
        "Modern stack, sensible architecture reviews and time for refactoring.",
        "Hiring is slow so teams stay understaffed for months.",
        None,
        6,
        None,
    ),
    (
        84298451,
        4,
        "Lots to learn",
        date(2026, 1, 12),
        "Software Engineering Intern",
        "London, England",
        "Former Intern",
        "I shipped features used by real customers in my twelve weeks.",
        "Intern housing support is limited.",
        None,
        1,
        None,
    ),
    (
        84285126,
        1,
        "Avoid the Leeds office",
        date(2026, 1, 8),
        "Operations Coordinator",
        "Leeds, England",
        "Former Employee, more than 1 year",
        "Colleagues were supportive of each other.",
        "Local management played favourites and ignored complaints.",
        "Take HR reports seriously.",
        22,
        (
            date(2026, 1, 13),
            "Thank you for sharing this. We take these concerns seriously and an independent review of the Leeds office has started.",
        ),
    ),
    (
        84271904,
        4,
        "Stable company with a good mission",
        date(2026, 1, 5),
        "Backend Developer",
        "Remote",
        "Current Employee, more than 1 year",
        "Profitable, no layoffs, meaningful work for public sector clients.",
        "Tech debt in the billing system.",
        None,
        3,
        None,
    ),
    (
        84260338,
        3,
        "Mixed experience",
        date(2025, 12, 30),
        "Marketing Manager",
        "London, England",
        "Former Employee, more than 3 years",
        "Creative freedom and a good brand.",
        "Budgets were cut without warning twice.",
        None,
        0,
        None,
    ),
    (
        84248871,
        5,
        "Great managers",
        date(2025, 12, 22),
        "Engineering Manager",
        "Manchester, England",
        "Current Employee, more than 5 years",
        "Managers are trained properly and have time for one-to-ones.",
        "Career ladder for managers stops early.",
        None,
        8,
        None,
    ),
    (
        84236415,
        4,
        "Good benefits",
        date(2025, 12, 17),
        "HR Business Partner",
        "London, England",
        "Current Employee, more than 1 year",
        "Private healthcare, cycle scheme, 28 days holiday plus bank holidays.",
        "Internal tools are clunky.",
        None,
        2,
        None,
    ),
    (
        84221960,
        2,
        "Burnout in the platform team",
        date(2025, 12, 11),
        "Site Reliability Engineer",
        "Remote",
        "Former Employee, more than 1 year",
        "Challenging systems at scale.",
        "Too few people on call and incidents every week.",
        "Hire before you launch new regions.",
        16,
        None,
    ),
    (
        84210544,
        4,
        "Friendly and flexible",
        date(2025, 12, 4),
        "Anonymous Employee",
        None,
        "Current Employee, less than 1 year",
        "Easy to move between teams.",
        "Onboarding documentation is out of date.",
        None,
        0,
        None,
    ),
    (
        84197382,
        3,
        "OK place to grow",
        date(2025, 11, 27),
        "Frontend Developer",
        "Bristol, England",
        "Current Employee, more than 1 year",
        "Good design system and accessibility focus.",
        "Pay rises barely follow inflation.",
        None,
        1,
        None,
    ),
]

SUBRATINGS = (
    "Work/Life Balance",
    "Culture & Values",
    "Diversity & Inclusion",
    "Career Opportunities",
    "Compensation and Benefits",
    "Senior Management",
)


def _gd(name: str) -> str:
    """A CSS-module class the way the site's build names them."""
    return f"{name}__{_hashed('gd' + name, 5, _B62)}"


def _gd_day(day: date) -> str:
    return f"{day:%b} {day.day}, {day.year}"


def _gd_stars(rating: float, size: str = "sm") -> str:
    return f'<span class="gdStars gdRatings {size}"><span class="rating"><span title="{rating:.1f}"></span></span><i class="star"></i><i class="star"></i><i class="star"></i><i class="star"></i><i class="star"></i></span>'


def _gd_opinions(review: tuple[Any, ...]) -> str:
    rating = review[1]
    marks = [
        ("Recommends" if rating >= 3 else "Doesn't Recommend", "positive" if rating >= 3 else "negative"),
        (
            "Positive Outlook" if rating >= 4 else "Neutral Outlook" if rating == 3 else "Negative Outlook",
            "positive" if rating >= 4 else "neutral" if rating == 3 else "negative",
        ),
        ("Approves of CEO" if rating >= 4 else "No opinion of CEO", "positive" if rating >= 4 else "neutral"),
    ]
    cells = "".join(
        f'<div class="col-sm-4 d-flex align-items-center"><span class="SVGInline {_gd("ratingIcon_" + tone)}"><svg class="SVGInline-svg" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="8" r="7"></circle></svg></span><span>{word}</span></div>'
        for word, tone in marks
    )
    return f'<div class="row reviewBodyCell recommends {_gd("ratingIcons")}">{cells}</div>'


def _gd_review(review: tuple[Any, ...], featured: bool) -> str:
    review_id, rating, title, day, job, location, status, pros, cons, advice, helpful, response = review
    subs = "".join(
        f'<li><div class="minor">{esc(name)}</div>{_gd_stars(max(1.0, min(5.0, rating + ((review_id >> i) % 3 - 1))), "xsm")}</li>'
        for i, name in enumerate(SUBRATINGS)
    )
    place = f'<span> in <span class="authorLocation">{esc(location)}</span></span>' if location else ""
    advice_html = (
        f'<div class="mt-xsm mx-0"><p class="mb-0 strong">Advice to Management</p><p class="mt-0 mb-0 pb {_gd("bodyColor")} {_gd("isCollapsed")}"><span data-test="advice-management">{esc(advice)}</span></p></div>'
        if advice
        else ""
    )
    helpful_text = f"Helpful ({helpful})" if helpful else "Helpful"
    reply = ""
    if response:
        reply_day, reply_text = response
        reply = f"""
        <div class="{_gd("employerResponse")} mt-std">
          <p class="mb-0 strong">{esc(EMPLOYER[0])} Response</p>
          <p class="{_gd("responseDate")} minor mb-0">{_gd_day(reply_day)} — People Partner</p>
          <p class="mt-0">{esc(reply_text)}</p>
        </div>"""
    flag = f'<span class="{_gd("featuredFlag")} strong">Featured Review</span>' if featured else ""
    return f"""
    <li class="noBorder empReview cf pb-0 mb-0" id="empReview_{review_id}">
      <div class="gdReview">
        {flag}
        <div class="d-flex justify-content-between">
          <div class="d-flex align-items-center">
            <span class="ratingNumber mr-xsm">{rating:.1f}</span>
            <div class="{_gd("ratingStars")}">{_gd_stars(rating)}</div>
            <aside class="gd-ui-tooltip-info {_gd("subRatings")}" role="tooltip"><ul class="pl-0">{subs}</ul></aside>
          </div>
          <span class="{_gd("toggleMenu")}" role="button" aria-label="more options">…</span>
        </div>
        <h2 class="mb-xxsm mt-0 {_gd("reviewTitle")}"><a href="/Reviews/Employee-Review-Corvid-Systems-RVW{review_id}.htm" class="reviewLink">"{esc(title)}"</a></h2>
        <span class="pt-xsm pt-md-0 {_gd("employmentStatus")}">{esc(status)}</span>
        <span class="{_gd("employeeDetails")} authorInfo"><span class="middle {_gd("authorJobTitle")}">{_gd_day(day)} - {esc(job)}</span>{place}</span>
        {_gd_opinions(review)}
        <div class="mt-xsm mx-0"><p class="mb-0 strong">Pros</p><p class="mt-0 mb-0 pb {_gd("bodyColor")} {_gd("isCollapsed")}"><span data-test="pros">{esc(pros)}</span></p></div>
        <div class="mt-xsm mx-0"><p class="mb-0 strong">Cons</p><p class="mt-0 mb-0 pb {_gd("bodyColor")} {_gd("isCollapsed")}"><span data-test="cons">{esc(cons)}</span></p></div>
        {advice_html}
        <div class="d-flex align-items-center {_gd("reviewActions")}">
          <button type="button" class="{_gd("helpful")} gd-ui-button"><span class="SVGInline"><svg width="14" height="14" aria-hidden="true"><path d="M1 6h3v8H1z"></path></svg></span>{helpful_text}</button>
          <button type="button" class="{_gd("share")} gd-ui-button">Share</button>
          <a href="/Reviews/report?reviewId={review_id}" class="{_gd("report")} minor">Report</a>
        </div>
        {reply}
      </div>
    </li>"""


def _gd_pager(page: int, pages: int, first: int, last: int) -> str:
    def href(number: int) -> str:
        return f"{GD_BASE}.htm" if number == 1 else f"{GD_BASE}_P{number}.htm"

    items = []
    for number in range(1, pages + 1):
        if number == page:
            items.append(
                f'<li class="{_gd("pageItem")}"><span class="{_gd("selected")}" aria-current="page">{number}</span></li>'
            )
        else:
            items.append(
                f'<li class="{_gd("pageItem")}"><a href="{href(number)}" data-test="pagination-link-{number}">{number}</a></li>'
            )
    prev = (
        f'<a class="{_gd("prev")}" data-test="pagination-prev" href="{href(page - 1)}"><span class="sr-only">Previous</span>‹</a>'
        if page > 1
        else f'<button class="{_gd("prev")}" disabled><span class="sr-only">Previous</span>‹</button>'
    )
    nxt = (
        f'<a class="{_gd("next")}" data-test="pagination-next" href="{href(page + 1)}"><span class="sr-only">Next</span>›</a>'
        if page < pages
        else f'<button class="{_gd("next")}" disabled><span class="sr-only">Next</span>›</button>'
    )
    return f'<div class="{_gd("pageContainer")}"><div class="paginationFooter">Viewing {first} - {last} of {len(REVIEWS)} Reviews</div><nav>{prev}<ol class="{_gd("pages")}">{"".join(items)}</ol>{nxt}</nav></div>'


def _gd_page(page: int, pages: int, reviews: list[Any], first: int) -> str:
    items = "".join(_gd_review(r, featured=page == 1 and i == 0) for i, r in enumerate(reviews))
    distribution = "".join(
        f'<li><span>{stars} stars</span><div class="{_gd("bar")}" style="width:{share}%"></div><span class="sr-only">{share}%</span></li>'
        for stars, share in ((5, 38), (4, 31), (3, 16), (2, 9), (1, 6))
    )
    highlights = [
        (
            "Pros",
            [
                '"work life balance" (in 142 reviews)',
                '"learning budget" (in 58 reviews)',
                '"great colleagues" (in 51 reviews)',
            ],
        ),
        (
            "Cons",
            [
                '"slow promotions" (in 44 reviews)',
                '"reorganisations" (in 27 reviews)',
                '"below market pay" (in 21 reviews)',
            ],
        ),
    ]
    highlight_html = "".join(
        f'<div class="{_gd("highlights")}"><h3>{head}</h3><ul>'
        + "".join(
            f'<li class="{_gd("highlight")}"><a href="{GD_BASE}.htm?filter.searchPhrase={esc(q.split(chr(34))[1])}">{esc(q)}</a></li>'
            for q in quotes
        )
        + "</ul></div>"
        for head, quotes in highlights
    )
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Working at Corvid Systems: Employee Reviews | WorkVoice</title>
<link rel="canonical" href="{GD_BASE}{"" if page == 1 else f"_P{page}"}.htm">
</head>
<body class="main loggedOut">
<header class="{_gd("siteHeader")}"><a href="/" class="{_gd("logo")}">WorkVoice</a><nav><a href="/Community/index.htm">Community</a><a href="/Job/index.htm">Jobs</a><a href="/Reviews/index.htm">Companies</a><a href="/Salaries/index.htm">Salaries</a></nav><a href="/profile/login_input.htm" class="{_gd("signIn")}">Sign In</a></header>
<div id="EmpHero" class="{_gd("employerHeader")}">
  <img src="/sqll/214365/corvid-systems-squarelogo.png" alt="Corvid Systems logo" class="{_gd("logoImage")}">
  <h1 class="{_gd("employerName")}">Corvid Systems</h1>
  <span class="{_gd("employerRating")}">4.1</span>{_gd_stars(4.1, "md")}
  <ul class="{_gd("tabs")}"><li><a href="/Overview/Working-at-Corvid-Systems-EI_IE214365.htm">Overview</a></li><li class="active"><a href="{GD_BASE}.htm">Reviews <span>1.3K</span></a></li><li><a href="/Jobs/Corvid-Systems-Jobs-E214365.htm">Jobs <span>142</span></a></li><li><a href="/Salary/Corvid-Systems-Salaries-E214365.htm">Salaries <span>2.4K</span></a></li><li><a href="/Interview/Corvid-Systems-Interview-Questions-E214365.htm">Interviews <span>318</span></a></li><li><a href="/Benefits/Corvid-Systems-UK-Benefits-EI_IE214365.htm">Benefits <span>96</span></a></li></ul>
</div>
<main class="{_gd("reviewsPage")} d-flex">
  <section class="{_gd("mainColumn")}">
    <h2 class="{_gd("pageHeading")}">Corvid Systems Reviews</h2>
    <div class="{_gd("ratingSummary")}">
      <div class="{_gd("ratingTrends")}"><span class="bigRating">4.1</span>{_gd_stars(4.1, "lg")}<ul class="{_gd("distribution")}">{distribution}</ul></div>
      <div class="{_gd("donuts")}"><div><span>78%</span> Recommend to a friend</div><div><span>92%</span> Approve of CEO <span class="{_gd("ceoName")}">Helena Marsh</span> <span>214 Ratings</span></div><div><span>66%</span> Positive business outlook</div></div>
    </div>
    <div class="{_gd("filters")}"><label>Sort <select><option selected>Most recent</option><option>Most relevant</option><option>Highest rating</option><option>Lowest rating</option></select></label><label>Job function <select><option>All job functions</option></select></label><label><input type="checkbox"> Current employees only</label></div>
    <ol class="{_gd("reviewsList")} empReviews">
      {items}
    </ol>
    {_gd_pager(page, pages, first, first + len(reviews) - 1)}
  </section>
  <aside class="{_gd("sidebar")}">
    {highlight_html}
    <div class="{_gd("salaryTeaser")}"><h3>Corvid Systems Salaries</h3><p>Software Engineer <strong>£62K - £84K</strong> /yr</p><p>Data Analyst <strong>£38K - £49K</strong> /yr</p><a href="/Salary/Corvid-Systems-Salaries-E214365.htm">See all salaries</a></div>
  </aside>
</main>
<div id="HardsellOverlay" class="{_gd("hardsell")} modal" role="dialog" aria-modal="true"><h2>Keep reading reviews for free</h2><p>To continue reading, sign in or create a free account. It's anonymous.</p><a href="/profile/joinNow_input.htm" class="gd-ui-button">Continue with email</a><a href="/profile/login_input.htm">Sign in</a></div>
<footer class="{_gd("footer")}"><a href="/about/index_input.htm">About / Press</a><a href="/about/careers.htm">Careers</a><a href="/help/index.htm">Help</a><a href="/about/terms.htm">Terms of Use</a><a href="/about/privacy.htm">Privacy &amp; Ad Choices</a></footer>
<script>window.appCache = {{"apolloState": {{"Employer:214365": {{"__typename": "Employer", "id": 214365, "shortName": "Corvid Systems", "ratings": {{"overallRating": 4.1, "reviewCount": 1284}}}}}}, "page": {page}}};</script>
</body>
</html>"""


@held
def build_workvoice() -> None:
    s = Site(
        "workvoice",
        kind="company reviews (Glassdoor-like: '4.0' beside stars, date and job title in one text, Pros / Cons paragraphs, 'Helpful (12)', employer responses)",
        start=f"{GD_BASE.lstrip('/')}.htm",
        description="A Glassdoor-like company reviews page: li.empReview items of Bootstrap utilities and CSS-module classes; 'Featured Review' on the first; '4.0' beside star spans (value again in a title) and a sub-ratings tooltip of six star rows; the quoted title linking to the review; 'Current Employee, more than 3 years'; one compound 'Mar 4, 2026 - Senior Software Engineer' text then ' in ' and the location (missing on some, 'Anonymous Employee' as the job on some); Recommends / Outlook / CEO icon cells; Pros, Cons and an optional 'Advice to Management' paragraph; 'Helpful (12)' or 'Helpful' buttons; employer responses with their own date on some; the employer header with tabs of counts, a rating distribution, 'Recommend to a friend' donuts, sort filters, Pros / Cons highlight lists and a salary teaser in the sidebar, a sign-in overlay, 'Viewing 1 - 10 of 24 Reviews' and a pager of _P2.htm links.",
    )
    pages = chunks(REVIEWS, [10, 10, 4])
    first = 1
    for number, items in enumerate(pages, 1):
        text = _gd_page(number, len(pages), items, first)
        first += len(items)
        s.list_page(f"{GD_BASE.lstrip('/')}{'' if number == 1 else f'_P{number}'}.htm", text)
    for review_id, rating, title, day, job, location, status, pros, cons, _advice, helpful, _response in REVIEWS:
        s.expect(
            {
                "title": title,
                "url": f"/Reviews/Employee-Review-Corvid-Systems-RVW{review_id}.htm",
                "rating": rating,
                "date": day.isoformat(),
                "job_title": job,
                "location": location,
                "status": status,
                "pros": pros,
                "cons": cons,
                "helpful": helpful or None,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the held-out sites of this wave."""
    for name, build in HELD.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(f"{name:20} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}")


if __name__ == "__main__":
    main()
