"""Eighteenth wave (second part) of HELD-OUT corpus sites (issue #3), frozen before anybody measured the Scout on them.

* **podloft** — a podcast directory's top-shows chart (Svelte app, hashed classes, ranked lockups).
* **citewright** — a scholarly search engine's results for one query (React, ``cl-`` component classes).
* **plugdeck** — a CMS plugin directory's search results (block theme, plugin cards, star ratings).

Run ``uv run python tests/sites/corpus/generate_held_out_eighteenth_b.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``). Every site here is **frozen**: never open its pages, expected
records or per-field results while working on the Scout.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).parent))

from generate import FROZEN, ROOT, Site, chunks, esc, slug

FROZEN |= {"podloft", "citewright", "plugdeck"}

EIGHTEENTH_B: dict[str, Callable[[], None]] = {}


def eighteenth_b(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    EIGHTEENTH_B[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hex(seed: str, length: int) -> str:
    """A stable pseudo-random hex string (ids, hashes, tokens)."""
    return hashlib.sha256(seed.encode()).hexdigest()[:length]


def _b36(seed: str, length: int) -> str:
    """A stable pseudo-random base-36 string (the alphabet of Svelte's class hashes)."""
    number = int(_hex(seed, 16), 16)
    alphabet = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while len(out) < length:
        number, digit = divmod(number, 36)
        out += alphabet[digit]
    return out


def _digits(seed: str, length: int) -> str:
    """A stable pseudo-random string of digits (numeric ids)."""
    return str(int(_hex(seed, 15), 16))[:length]


def _json_script(value: object) -> str:
    """JSON as sites inline it in a script: compact, with ``</`` kept out of the HTML parser's way."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).replace("</", "<\\/")


# ---------------------------------------------------------------------------------------------------
# podloft (FROZEN): a podcast directory's Top Shows chart, 2024–25 Svelte web app with hashed classes
# ---------------------------------------------------------------------------------------------------


def _sv(component: str) -> str:
    """The scoped class Svelte adds to every element of a component: ``svelte-<hash>``."""
    return f"svelte-{_b36('pl-svelte' + component, 7)}"


PL_GENRES = {
    "Arts": 1301,
    "Business": 1321,
    "Comedy": 1303,
    "Education": 1304,
    "Fiction": 1483,
    "Health & Fitness": 1512,
    "History": 1487,
    "Kids & Family": 1305,
    "Leisure": 1502,
    "Music": 1310,
    "News": 1489,
    "Religion & Spirituality": 1314,
    "Science": 1533,
    "Society & Culture": 1324,
    "Sports": 1545,
    "Technology": 1318,
    "True Crime": 1488,
    "TV & Film": 1309,
}


@dataclass(frozen=True)
class Show:
    """One podcast of the chart."""

    title: str
    provider: str
    genre: str

    @property
    def pid(self) -> str:
        return "1" + _digits("pl-id" + self.title, 9)

    @property
    def url(self) -> str:
        return f"/us/podcast/{slug(self.title)}/id{self.pid}"

    def artwork(self, size: int, ext: str) -> str:
        h = _hex("pl-art" + self.title, 32)
        return f"https://art.podloft-static.net/image/thumb/Podcasts{int(h[:2], 16) % 40 + 112}/v4/{h[:2]}/{h[2:4]}/{h[4:6]}/{h}/mza_{_digits('pl-mza' + self.title, 19)}.jpg/{size}x{size}bb.{ext}"


PL_SHOWS = [
    Show("Morning Ledger", "Harbourline Media", "Daily News"),
    Show("The Quiet Case", "Larkspur Audio", "True Crime"),
    Show("Still Laughing with Dev Okafor", "Dev Okafor & Tallboy Studios", "Comedy"),
    Show("Mind the Gap: Money Explained", "Copperleaf Finance", "Business"),
    Show("Hidden Rooms", "Nightjar Productions", "History"),
    Show("Kitchen Table Politics", "Westfield Public Radio", "Politics"),
    Show("Run It Back", "Overtime Network", "Sports"),
    Show("Brain Matters", "Dr. Imani Ross", "Health & Fitness"),
    Show("The Long Shift", "Northwind Audio", "Society & Culture"),
    Show("Cold Files: Midwest", "Larkspur Audio", "True Crime"),
    Show("Two Aunties and a Mic", "Aunty Collective", "Comedy Interviews"),
    Show("Build Mode", "Forgewell Media", "Entrepreneurship"),
    Show("Stacks & Sentences", "Paper Lantern Books", "Books"),
    Show("Orbit Weekly", "Halo Science Network", "Science"),
    Show("Last Whistle", "Overtime Network", "Soccer"),
    Show("Unraveled: The Canyon Road Murders", "Tessellate Audio", "True Crime"),
    Show("Sleep Sounds with Wren", "Wren Hollis", "Health & Fitness"),
    Show("The Parenting Lab", "Juniper Family Media", "Parenting"),
    Show("After the Credits", "Marquee Audio", "TV & Film"),
    Show("Code & Coffee", "Byteharbor", "Technology"),
    Show("Sunday Stillness", "Riverbend Church", "Religion & Spirituality"),
    Show("The Rewind Hour", "Westfield Public Radio", "History"),
    Show("Small Talk, Big Laughs", "Tallboy Studios", "Comedy"),
    Show("Green Thumb Radio", "Fernway Gardens", "Home & Garden"),
    Show("Market Open", "Copperleaf Finance", "Investing"),
    Show("Story Time Station", "Juniper Family Media", "Kids & Family"),
    Show("The Deep End", "Meridian Studios", "Society & Culture"),
    Show("Dark Harbor", "Nightjar Productions", "Fiction"),
    Show("Hoops Theory", "Overtime Network", "Basketball"),
    Show("Everyday Philosophy", "Agora Audio", "Philosophy"),
    Show("Lost Signals", "Halo Science Network", "Science"),
    Show("The Verse Room", "Cadence Music Group", "Music"),
    Show("Trail Mix", "Cairn Outdoor Media", "Wilderness"),
    Show("Courtroom Notes", "Tessellate Audio", "True Crime"),
    Show("Honest Work", "Meridian Studios", "Careers"),
    Show("Ask a Linguist", "Agora Audio", "Language Learning"),
]
PL_SIZES = [12, 12, 12]
PL_BASE = "/us/charts/top-shows"
_CURRENT = ' aria-current="page"'
PL_EPISODES = [
    ("The Vote Nobody Counted", "Morning Ledger", "Dec 4, 2025", "24 min"),
    ("Part 3: The Neighbour", "The Quiet Case", "Dec 3, 2025", "48 min"),
    ("Why Rent Keeps Rising", "Mind the Gap: Money Explained", "Dec 2, 2025", "31 min"),
    ("The Lighthouse Keeper's Diary", "Hidden Rooms", "Dec 1, 2025", "55 min"),
    ("Live from Cleveland", "Still Laughing with Dev Okafor", "Nov 30, 2025", "1 hr 12 min"),
]


def _pl_href(number: int) -> str:
    return PL_BASE if number == 1 else f"{PL_BASE}?page={number}"


def _pl_picture(show: Show, component: str) -> str:
    sizes = (160, 320, 640)
    webp = ", ".join(f"{show.artwork(n, 'webp')} {n}w" for n in sizes)
    jpg = ", ".join(f"{show.artwork(n, 'jpg')} {n}w" for n in sizes)
    return (
        f'<div data-testid="artwork-component" class="artwork-component artwork-component--aspect-ratio artwork-component--orientation-square {_sv("artwork")} artwork-component--has-borders" style="--artwork-bg-color: #{_hex("pl-bg" + show.title, 6)}; --aspect-ratio: 1; --placeholder-bg-color: #{_hex("pl-bg" + show.title, 6)};">'
        f'<picture class="{_sv("artwork")}"><source sizes="(max-width:1319px) 160px, 320px" srcset="{webp}" type="image/webp">'
        f'<source sizes="(max-width:1319px) 160px, 320px" srcset="{jpg}" type="image/jpeg">'
        f'<img alt="" class="artwork-component__contents artwork-component__image {_sv("artwork")}" loading="lazy" src="/assets/artwork/1x1.gif" role="presentation" decoding="async" width="320" height="320"></picture></div>'
    )


def _pl_lockup(rank: int, show: Show) -> str:
    lk = _sv("lockup")
    return f"""
          <li class="grid-item {_sv("grid")}" data-testid="grid-item">
            <div class="product-lockup {lk}" aria-label="{esc(show.title)}, Rank {rank}" data-testid="product-lockup">
              <div class="product-lockup__artwork {lk} has-controls" aria-hidden="false">
                <a href="{show.url}" class="product-lockup__link {lk}" tabindex="-1" aria-hidden="true" data-testid="product-lockup-link">{esc(show.title)}</a>
                {_pl_picture(show, "lockup")}
                <div data-testid="lockup-control" class="product-lockup__controls {lk}"><div class="product-lockup__context-menu {lk}"><button aria-label="MORE" class="more-button {_sv("more")} more-button--platter" data-testid="more-button"><svg width="28" height="28" viewBox="0 0 28 28" class="more-button__icon {_sv("more")}" aria-hidden="true"><circle cx="8.5" cy="14" r="1.5"></circle><circle cx="14" cy="14" r="1.5"></circle><circle cx="19.5" cy="14" r="1.5"></circle></svg></button></div></div>
              </div>
              <div class="product-lockup__content {lk}">
                <div class="product-lockup__content-details {lk} product-lockup__content-details--no-subtitle-link">
                  <div class="product-lockup__ordinal {lk}" data-testid="product-lockup-ordinal">{rank}</div>
                  <div class="product-lockup__title-link-wrapper {lk}">
                    <a data-testid="product-lockup-title" href="{show.url}" class="product-lockup__title-link {lk} product-lockup__title-link--multiline"><div class="multiline-clamp {_sv("clamp")} multiline-clamp--overflow" style="--mc-lineClamp: var(--defaultClampOverride, 2);" role="text"><span class="multiline-clamp__text {_sv("clamp")}">{esc(show.title)}</span></div></a>
                  </div>
                  <p data-testid="product-lockup-subtitles" class="product-lockup__subtitle-links {lk} product-lockup__subtitle-links--singlet"><span class="multiline-clamp {_sv("clamp")}" style="--mc-lineClamp: var(--defaultClampOverride, 1);" role="text"><span class="multiline-clamp__text {_sv("clamp")}"><span class="product-lockup__subtitle {lk}" data-testid="product-lockup-subtitle">{esc(show.provider)}</span></span></span></p>
                  <p class="product-lockup__caption {lk}" data-testid="product-lockup-caption"><span class="multiline-clamp {_sv("clamp")}" style="--mc-lineClamp: var(--defaultClampOverride, 1);" role="text"><span class="multiline-clamp__text {_sv("clamp")}">{esc(show.genre)}</span></span></p>
                </div>
              </div>
            </div>
          </li>"""


def _pl_episodes() -> str:
    by_title = {s.title: s for s in PL_SHOWS}
    items = []
    for rank, (title, show_title, day, length) in enumerate(PL_EPISODES, 1):
        show = by_title[show_title]
        eid = _digits("pl-ep" + title, 13)
        items.append(
            f"""
          <li class="grid-item {_sv("grid")}" data-testid="grid-item"><div class="episode-lockup {_sv("episode")}" data-testid="episode-lockup">
            <div class="episode-lockup__artwork {_sv("episode")}">{_pl_picture(show, "episode")}</div>
            <div class="episode-lockup__content {_sv("episode")}"><span class="episode-lockup__ordinal {_sv("episode")}">{rank}</span>
              <p class="episode-details__published-date {_sv("episode")}" data-testid="episode-details__published-date">{day}</p>
              <a href="{show.url}?i={eid}" class="link-action {_sv("episode")}" data-testid="click-action"><h3 class="episode-details__title {_sv("episode")}" data-testid="episode-lockup-title"><span class="multiline-clamp__text {_sv("clamp")}">{esc(title)}</span></h3></a>
              <p class="episode-details__show {_sv("episode")}"><a href="{show.url}">{esc(show.title)}</a></p>
              <div class="episode-lockup__footer {_sv("episode")}"><button class="play-button {_sv("play")}" aria-label="Play"><svg aria-hidden="true" viewBox="0 0 10 12"><path d="M1.2 12c.3 0 .5-.1.8-.3l7.3-4.3c.5-.3.8-.6.8-1.1s-.3-.8-.8-1.1L2 .3C1.7.1 1.5 0 1.2 0 .5 0 0 .5 0 1.3v9.4c0 .8.5 1.3 1.2 1.3Z"></path></svg><span class="play-button__text {_sv("play")}">{length}</span></button></div>
            </div>
          </div></li>"""
        )
    return f"""
      <div class="section {_sv("section")}" data-testid="section-container" aria-label="Top Episodes">
        <div class="spacer-wrapper {_sv("section")}"><h2 class="title {_sv("header")}" data-testid="header-title"><a href="/us/charts/top-episodes" class="title__button {_sv("header")}">Top Episodes <svg class="chevron {_sv("header")}" aria-hidden="true" viewBox="0 0 64 64"><path d="M19.817 61.863c1.48 0 2.672-.515 3.702-1.546l24.243-23.63c1.352-1.385 1.996-2.737 2.028-4.443 0-1.674-.644-3.09-2.028-4.443L23.519 4.138c-1.03-.998-2.253-1.513-3.702-1.513-2.994 0-5.409 2.382-5.409 5.344 0 1.481.612 2.833 1.739 3.96l20.99 20.347-20.99 20.283c-1.127 1.126-1.739 2.478-1.739 3.96 0 2.93 2.415 5.344 5.409 5.344Z"></path></svg></a></h2></div>
        <div class="shelf-grid {_sv("shelf")}" style="--grid-max-content-xsmall: 294px; --grid-column-gap-xsmall: 10px; --grid-row-gap-xsmall: 0px; --grid-small: 2; --grid-medium: 3; --grid-large: 3; --grid-xlarge: 3;">
          <div class="shelf-grid__body {_sv("shelf")}"><ul class="shelf-grid__list shelf-grid__list--grid-type-EpisodeLockupList {_sv("shelf")}" role="list">{"".join(items)}
          </ul></div>
        </div>
      </div>"""


def _pl_genre_nav(active: str | None) -> str:
    links = [
        f'<li class="genre-pill {_sv("pills")}"><a href="{PL_BASE}" class="genre-pill__link {_sv("pills")}"{_CURRENT if active is None else ""}>All Podcasts</a></li>'
    ]
    for name, gid in PL_GENRES.items():
        links.append(
            f'<li class="genre-pill {_sv("pills")}"><a href="/us/charts/top-shows/{slug(name)}/id{gid}" class="genre-pill__link {_sv("pills")}">{esc(name)}</a></li>'
        )
    return f'<nav class="genre-pills {_sv("pills")}" aria-label="Categories"><ul class="genre-pills__list {_sv("pills")}" role="list">{"".join(links)}</ul></nav>'


def _pl_pager(number: int, total: int) -> str:
    prev = (
        f'<a class="chart-pager__prev {_sv("pager")}" href="{_pl_href(number - 1)}" aria-label="Previous page">Previous</a>'
        if number > 1
        else f'<span class="chart-pager__prev chart-pager__prev--disabled {_sv("pager")}" aria-disabled="true">Previous</span>'
    )
    nxt = (
        f'<a class="chart-pager__next {_sv("pager")}" href="{_pl_href(number + 1)}" aria-label="Next page">Next</a>'
        if number < total
        else f'<span class="chart-pager__next chart-pager__next--disabled {_sv("pager")}" aria-disabled="true">Next</span>'
    )
    nums = "".join(
        f'<li><span class="chart-pager__page chart-pager__page--current {_sv("pager")}" aria-current="page">{n}</span></li>'
        if n == number
        else f'<li><a class="chart-pager__page {_sv("pager")}" href="{_pl_href(n)}">{n}</a></li>'
        for n in range(1, total + 1)
    )
    return f'<nav class="chart-pager {_sv("pager")}" aria-label="Chart pages">{prev}<ol class="chart-pager__pages {_sv("pager")}">{nums}</ol>{nxt}</nav>'


def _pl_state(rows: list[Show], first: int, number: int) -> str:
    items = [
        {
            "id": s.pid,
            "type": "podcasts",
            "contentDescriptor": {"kind": "podcast", "url": f"https://podloft.fm{s.url}"},
            "title": s.title,
            "subtitleLinks": [{"title": s.provider}],
            "ordinal": first + i,
            "artwork": {"template": s.artwork(0, "{f}").replace("0x0bb", "{w}x{h}bb"), "width": 3000, "height": 3000},
            "genreName": s.genre,
        }
        for i, s in enumerate(rows)
    ]
    data = [
        {
            "intent": {
                "$kind": "ChartsPageIntent",
                "storefront": "us",
                "language": "en-US",
                "chart": "top-shows",
                "page": number,
            },
            "data": {
                "pageMetrics": {"pageFields": {"pageType": "Charts", "pageId": "top-shows"}},
                "shelves": [
                    {
                        "id": "top-shows",
                        "contentType": "podcastChartLockup",
                        "header": {"title": "Top Shows"},
                        "items": items,
                    }
                ],
            },
        }
    ]
    return _json_script(data)


def _pl_page(number: int, total: int, rows: list[Show], first: int) -> str:
    lockups = "".join(_pl_lockup(first + i, s) for i, s in enumerate(rows))
    episodes = _pl_episodes() if number == 1 else ""
    nav_items = [
        ("Home", "/us/home", "home"),
        ("New", "/us/new", "new"),
        ("Top Charts", "/us/charts", "charts"),
        ("Search", "/us/search", "search"),
    ]
    nav = "".join(
        f'<li class="navigation-item navigation-item__{key} {_sv("navitem")}{" navigation-item--selected" if key == "charts" else ""}" data-testid="navigation-item"><a href="{href}" class="navigation-item__link {_sv("navitem")}" data-testid="{key}"{_CURRENT if key == "charts" else ""}><div class="navigation-item__icon {_sv("navitem")}"><svg aria-hidden="true" viewBox="0 0 24 24"><circle cx="12" cy="12" r="9"></circle></svg></div><span class="navigation-item__label {_sv("navitem")}">{label}</span></a></li>'
        for label, href, key in nav_items
    )
    page_note = "" if number == 1 else f" – Page {number}"
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="en-US">
<head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="viewport" content="width=device-width,initial-scale=1">
  <meta name="applicable-device" content="pc,mobile">
  <meta name="referrer" content="strict-origin">
  <title>Top Podcasts in the US{page_note} – Podloft</title>
  <meta name="description" content="See the most popular podcasts in the US right now on Podloft. Updated every day.">
  <link rel="canonical" href="https://podloft.fm{_pl_href(number)}">
  <meta property="og:title" content="Top Podcasts in the US">
  <meta property="og:type" content="website">
  <meta property="og:site_name" content="Podloft">
  <meta name="twitter:card" content="summary_large_image">
  <link rel="stylesheet" href="/assets/index~{_hex("pl-css", 10)}.css">
  <link rel="stylesheet" href="/assets/charts~{_hex("pl-css2", 10)}.css">
  <script type="module" crossorigin src="/assets/index~{_hex("pl-js", 10)}.js"></script>
  <link rel="modulepreload" crossorigin href="/assets/Charts~{_hex("pl-js2", 10)}.js">
</head>
<body>
  <div class="body-container">
    <div class="app-container {_sv("app")}" data-testid="app-container">
      <div class="header {_sv("app")}">
        <div class="navigation {_sv("nav")}" data-testid="navigation">
          <div class="navigation__header {_sv("nav")}"><div class="logo {_sv("logo")}" aria-hidden="false"><a aria-label="Podloft" href="/us/home" class="{_sv("logo")}"><svg height="18" viewBox="0 0 88 18" aria-hidden="true"><path d="M2 2h6a5 5 0 0 1 0 10H5v4H2Z"></path></svg></a></div></div>
          <div class="search-input-wrapper {_sv("search")}" data-testid="search-input"><form class="search-input__form {_sv("search")}" role="search" action="/us/search"><svg class="search-svg {_sv("search")}" aria-hidden="true" viewBox="0 0 16 16"><circle cx="7" cy="7" r="5"></circle></svg><input aria-autocomplete="list" aria-multiline="false" aria-controls="search-suggestions" aria-label="Search" autocomplete="off" autocorrect="off" autocapitalize="off" placeholder="Search" spellcheck="false" class="search-input__text-field {_sv("search")}" data-testid="search-input__text-field" type="search" name="term"></form></div>
          <div class="navigation__scrollable-container {_sv("nav")}"><div class="navigation-items {_sv("navitems")}" data-testid="navigation-content"><ul class="navigation-items__list {_sv("navitems")}" role="list">{nav}</ul></div></div>
          <div class="navigation__native-cta {_sv("nav")}"><div class="native-cta {_sv("cta")}" data-testid="native-cta"><a class="native-cta__button {_sv("cta")}" href="https://podloft.fm/app">Open in Podloft</a><span class="native-cta__label {_sv("cta")}">Try it free</span></div></div>
        </div>
      </div>
      <div id="scrollable-page" class="scrollable-page {_sv("page")}" data-main-content="" data-testid="main-section">
        <main data-testid="main" class="{_sv("main")}">
          <div class="content-container {_sv("main")}" data-testid="content-container">
            <div class="page-header {_sv("pagehead")}"><h1 class="page-header__title {_sv("pagehead")}" data-testid="page-header-title">Top Charts</h1>
              <p class="page-header__subtitle {_sv("pagehead")}">The most-followed shows in the US, updated daily.</p></div>
            {_pl_genre_nav(None)}
            <div class="section {_sv("section")}" data-testid="section-container" aria-label="Top Shows">
              <div class="spacer-wrapper {_sv("section")}"><div class="shelf-header {_sv("header")}"><h2 class="title {_sv("header")}" data-testid="header-title">Top Shows</h2><p class="subtitle {_sv("header")}">All Podcasts</p></div></div>
              <div class="shelf-grid shelf-grid--onhover {_sv("shelf")}" style="--grid-max-content-xsmall: 144px; --grid-column-gap-xsmall: 10px; --grid-row-gap-xsmall: 24px; --grid-small: 4; --grid-column-gap-small: 20px; --grid-row-gap-small: 24px; --grid-medium: 5; --grid-large: 6; --grid-xlarge: 6;">
                <div class="shelf-grid__body {_sv("shelf")}">
                  <ol class="shelf-grid__list shelf-grid__list--grid-type-TopChartsLockupSmall {_sv("shelf")}" role="list" start="{first}">{lockups}
                  </ol>
                </div>
              </div>
              {_pl_pager(number, total)}
            </div>
            {episodes}
          </div>
        </main>
        <footer class="{_sv("footer")}" data-testid="footer"><div class="footer-contents {_sv("footer")}">
          <p class="{_sv("footer")}"><span dir="ltr" class="{_sv("footer")}"><span class="copyright {_sv("footer")}">Copyright © 2025 Podloft Inc. All rights reserved.</span></span>
          <span class="footer-secondary-slot {_sv("footer")}"><ul class="footer-links {_sv("footer")}"><li><a href="/legal/internet-services/" data-testid="internet-services">Internet Service Terms</a></li><li><a href="/legal/privacy/" data-testid="privacy-policy">Podloft Podcasts &amp; Privacy</a></li><li><a href="/legal/cookies/" data-testid="cookie-warning">Cookie Warning</a></li><li><a href="/support/" data-testid="support">Support</a></li><li><a href="/feedback/" data-testid="feedback">Feedback</a></li></ul></span></p>
          <div class="language-picker {_sv("lang")}"><a href="/us/charts/top-shows?l=es-MX" lang="es-MX" class="{_sv("lang")}">Español (México)</a><a href="/us/charts/top-shows?l=ar" lang="ar" class="{_sv("lang")}">العربية</a><a href="/us/charts/top-shows?l=ru" lang="ru" class="{_sv("lang")}">Русский</a><a href="/us/charts/top-shows?l=zh-Hans-CN" lang="zh-Hans-CN" class="{_sv("lang")}">简体中文</a><a href="/us/charts/top-shows?l=fr-FR" lang="fr-FR" class="{_sv("lang")}">Français (France)</a></div>
        </div></footer>
      </div>
    </div>
  </div>
  <script type="application/json" id="serialized-server-data">{_pl_state(rows, first, number)}</script>
</body>
</html>"""


@eighteenth_b
def build_podloft() -> None:
    s = Site(
        "podloft",
        kind="podcast top chart (Svelte, hashed classes)",
        start=PL_BASE.lstrip("/"),
        description="A podcast directory's Top Shows chart for the US (Svelte web app, ranked lockups with artwork, provider and genre); Previous/Next pager over ?page=N, a Top Episodes shelf on page 1.",
    )
    pages = chunks(PL_SHOWS, PL_SIZES)
    first = 1
    for number, rows in enumerate(pages, 1):
        path = _pl_href(number).lstrip("/").replace("?", "@")
        s.list_page(path + "/index.html" if number == 1 else path, _pl_page(number, len(pages), rows, first))
        first += len(rows)
    for rank, show in enumerate(PL_SHOWS, 1):
        s.expect({"rank": rank, "title": show.title, "url": show.url, "author": show.provider, "category": show.genre})
    s.finish()


# ---------------------------------------------------------------------------------------------------
# citewright (FROZEN): a scholarly search engine's results page, 2024–25 React markup with cl- classes
# ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Paper:
    """One paper of the search results."""

    title: str
    authors: tuple[str, ...]
    venue: str | None
    published: str  # "2024-03-12" or "2023"
    citations: int
    influential: int
    tldr: str | None
    pdf: str | None  # the [PDF] source label, e.g. "OpenPrints"

    @property
    def pid(self) -> str:
        return _hex("cw-paper" + self.title, 40)

    @property
    def url(self) -> str:
        # The real slug keeps the title's own capitals: "Dense-Passage-Retrieval-for-...-Karpenko-Oguzhan"
        words = slug(self.title).split("-")[:10]
        cased = {w.strip(":?,.").lower(): w.strip(":?,.") for w in self.title.replace("-", " ").split()}
        surnames = [slug(a.split()[-1]).capitalize() for a in self.authors[:2]]
        name = "-".join([cased.get(w, w) for w in words] + surnames)
        return f"/paper/{name}/{self.pid}"

    @property
    def shown_authors(self) -> list[str]:
        if len(self.authors) <= 4:
            return list(self.authors)
        return [*self.authors[:3], self.authors[-1]]

    @property
    def pdf_url(self) -> str | None:
        if self.pdf is None:
            return None
        if self.pdf == "OpenPrints":
            return f"https://openprints.org/pdf/{self.published[2:4]}{_digits('cw-op' + self.title, 2)}.{_digits('cw-opn' + self.title, 5)}.pdf"
        return f"https://{slug(self.pdf)}.org/files/{_hex('cw-pdf' + self.title, 12)}.pdf"


CW_QUERY = "retrieval augmented generation"
CW_PAPERS = [
    Paper(
        "Retrieval-Augmented Generation for Knowledge-Heavy Language Tasks",
        (
            "Piotr Lewandowski",
            "Ethan Perrault",
            "Aleksandra Piktus",
            "Fabio Petrone",
            "Vlad Karpenko",
            "Naomi Goyal",
            "Heinrich Küttler",
            "Mike Lindqvist",
            "Wen-tau Yiu",
            "Tim Rocktäschel",
            "Sebastian Riedl",
            "Douwe Kielstra",
        ),
        "Advances in Neural Computation Systems",
        "2020-05-22",
        6412,
        702,
        "A general-purpose fine-tuning recipe for retrieval-augmented generation models which combine pre-trained parametric and non-parametric memory for language generation is explored.",
        "OpenPrints",
    ),
    Paper(
        "Dense Passage Retrieval for Open-Domain Question Answering",
        (
            "Vladislav Karpenko",
            "Barlas Oğuzhan",
            "Sewon Minn",
            "Patrick Lewandowski",
            "Ledell Wu",
            "Sergey Edunovic",
            "Danqi Chen",
            "Wen-tau Yiu",
        ),
        "Conference on Empirical Methods in Language Processing",
        "2020-04-10",
        4021,
        611,
        "This work shows that retrieval can be practically implemented using dense representations alone, where embeddings are learned from a small number of questions and passages by a simple dual-encoder framework.",
        "OpenPrints",
    ),
    Paper(
        "A Survey on Retrieval-Augmented Text Generation for Large Language Models",
        ("Hao Yuchen", "Mei Lin", "Xiaoqing Deng"),
        None,
        "2024-04-17",
        214,
        9,
        "This survey organises the retrieval-augmented generation literature into four stages: pre-retrieval, retrieval, post-retrieval and generation, and reviews the evaluation methods of each.",
        "OpenPrints",
    ),
    Paper(
        "Self-Reflective Retrieval: Learning to Retrieve, Generate, and Critique",
        ("Akari Asaki", "Zeqiu Wen", "Yizhong Wang", "Avirup Sil", "Hanna Hajishirzi"),
        "International Conference on Learned Representations",
        "2023-10-17",
        1288,
        161,
        "A new framework is introduced that trains a single arbitrary language model which adaptively retrieves passages on demand and generates and reflects on retrieved passages and its own generations using special reflection tokens.",
        "OpenPrints",
    ),
    Paper(
        "Benchmarking Large Language Models in Retrieval-Augmented Generation",
        ("Jiawei Chenn", "Hongyu Lin", "Xianpei Han", "Le Sun"),
        "Proceedings of the Symposium on Artificial Intelligence",
        "2023",
        402,
        37,
        "This paper establishes a Retrieval-Augmented Generation Benchmark in both English and Chinese, and analyses the performance of six representative models on four fundamental abilities.",
        None,
    ),
    Paper(
        "Lost in the Middle: How Language Models Use Long Contexts",
        (
            "Nelson F. Liuu",
            "Kevin Lin",
            "John Hewett",
            "Ashwin Paranjape",
            "Michele Bevilacqua",
            "Fabio Petrone",
            "Percy Lyang",
        ),
        "Transactions of the Society for Computational Linguistics",
        "2023-07-06",
        1893,
        140,
        "Performance is often highest when relevant information occurs at the beginning or end of the input context, and significantly degrades when models must access relevant information in the middle of long contexts.",
        "OpenPrints",
    ),
    Paper(
        "Corrective Retrieval Augmented Generation",
        ("Shi-Qi Yan", "Jia-Chen Gu", "Yun Zhu", "Zhen-Hua Ling"),
        None,
        "2024-01-29",
        188,
        21,
        None,
        "OpenPrints",
    ),
    Paper(
        "Retrieval Augmentation Reduces Hallucination in Conversation",
        ("Kurt Shusterman", "Spencer Poff", "Moya Chen", "Douwe Kielstra", "Jason Weston"),
        "Conference on Empirical Methods in Language Processing",
        "2021-04-15",
        598,
        44,
        "This work explores the use of neural-retrieval-in-the-loop architectures for knowledge-grounded dialogue, a task that is arguably more challenging as it requires querying based on complex multi-turn dialogue context.",
        "OpenPrints",
    ),
    Paper(
        "Evaluating Retrieval Quality in Retrieval-Augmented Generation",
        ("Alireza Salemi", "Hamed Zamani"),
        "Annual Conference on Research in Information Retrieval",
        "2024-07-10",
        57,
        4,
        None,
        "Retrieval Proceedings",
    ),
    Paper(
        "Graph-Based Retrieval for Query-Focused Summarization of Private Corpora",
        (
            "Darren Edgecombe",
            "Ha Trinh",
            "Newman Cheng",
            "Joshua Bradley",
            "Alex Chao",
            "Apurva Mody",
            "Steven Truitt",
            "Jonathan Larsen",
        ),
        None,
        "2024-04-24",
        312,
        48,
        "A graph-based approach to question answering over private text corpora that scales with both the generality of user questions and the quantity of source text to be indexed is proposed.",
        "OpenPrints",
    ),
    Paper(
        "Active Retrieval Augmented Generation",
        (
            "Zhengbao Jiang",
            "Frank F. Xu",
            "Luyu Gao",
            "Zhiqing Sun",
            "Qian Liu",
            "Jane Dwivedi-Yu",
            "Yiming Yang",
            "Jamie Callan",
            "Graham Neubauer",
        ),
        "Conference on Empirical Methods in Language Processing",
        "2023-05-11",
        641,
        63,
        "This work proposes Forward-Looking Active REtrieval augmented generation, a generic method which iteratively uses a prediction of the upcoming sentence to anticipate future content, which is then utilized as a query to retrieve relevant documents.",
        "OpenPrints",
    ),
    Paper(
        "RAG versus Fine-Tuning: Pipelines, Tradeoffs, and a Case Study on Agriculture",
        (
            "Angels Balaguer",
            "Vinamra Benara",
            "Renato Luiz de Freitas Cunha",
            "Roberto de M. Estevão Filho",
            "Todd Hendry",
            "Daniel Holstein",
        ),
        None,
        "2024",
        96,
        3,
        None,
        None,
    ),
    Paper(
        "In-Context Retrieval-Augmented Language Models",
        (
            "Ori Ramm",
            "Yoav Levine",
            "Itay Dalmedigos",
            "Dor Muhlgay",
            "Amnon Shashua",
            "Kevin Leyton-Brown",
            "Yoav Shoham",
        ),
        "Transactions of the Society for Computational Linguistics",
        "2023-01-31",
        522,
        58,
        "In-Context RALM is shown to be a simple alternative that leaves the language model architecture unchanged and prepends grounding documents to the input, without any further training of the language model.",
        "OpenPrints",
    ),
    Paper(
        "Query Rewriting for Retrieval-Augmented Large Language Models",
        ("Xinbei Ma", "Yeyun Gong", "Pengcheng He", "Hai Zhao", "Nan Duan"),
        "Conference on Empirical Methods in Language Processing",
        "2023-05-23",
        244,
        27,
        None,
        "OpenPrints",
    ),
    Paper(
        "Retrieval-Augmented Generation for Medical Question Answering: A Systematic Review",
        ("Priya Raman", "Tomás Echeverría", "Lena Vogt"),
        "Journal of Biomedical Informatics Research",
        "2025-02-03",
        12,
        0,
        "Across the reviewed studies, retrieval over curated clinical guidelines improved factual accuracy, while gains from general web retrieval were inconsistent.",
        "Biomed Open",
    ),
    Paper(
        "Chunking Strategies for Retrieval-Augmented Generation Pipelines",
        ("Marta Ibáñez", "Oluwaseun Adeyemi"),
        None,
        "2024-09-18",
        3,
        0,
        None,
        "OpenPrints",
    ),
    Paper(
        "Knowledge Graph Prompting for Multi-Document Question Answering",
        ("Yu Wang", "Nedim Lipka", "Ryan A. Rossi", "Alexa Siu", "Ruiyi Zhang", "Tyler Derr"),
        "Proceedings of the Symposium on Artificial Intelligence",
        "2023-08-22",
        139,
        11,
        "A Knowledge Graph Prompting approach to formulate the right context in prompting LLMs for MD-QA, which consists of a graph construction module and a graph traversal module is proposed.",
        "OpenPrints",
    ),
    Paper(
        "Retrieval Meets Long Context Large Language Models",
        (
            "Peng Xu",
            "Wei Ping",
            "Xianchao Wu",
            "Lawrence McAfee",
            "Chen Zhu",
            "Zihan Liu",
            "Sandeep Subramanian",
            "Evelina Bakhturina",
            "Mohammad Shoeybi",
            "Bryan Catanzaro",
        ),
        "International Conference on Learned Representations",
        "2023-10-04",
        151,
        17,
        None,
        "OpenPrints",
    ),
    Paper(
        "Seven Failure Points When Engineering a Retrieval Augmented Generation System",
        ("Scott Barnett", "Stefanus Kurniawan", "Srikanth Thudumu", "Zach Brannelly", "Mohamed Abdelrazek"),
        "International Conference on AI Engineering",
        "2024-01-11",
        118,
        6,
        "An experience report on the failure points of RAG systems from three case studies from separate domains: research, education, and biomedical is presented.",
        "OpenPrints",
    ),
    Paper(
        "Hybrid Sparse-Dense Retrieval for Low-Resource Languages",
        ("Kwame Mensah", "Abena Owusu"),
        "Workshop on Multilingual Information Access",
        "2024",
        0,
        0,
        None,
        None,
    ),
    Paper(
        "Long-Context Compression for Retrieval-Augmented Reasoning",
        ("Yuki Tanabe", "Hiroshi Matsuda", "Rin Okabe", "Daichi Mori", "Sota Kimura"),
        None,
        "2025-01-08",
        7,
        1,
        "Compressing retrieved passages into learned summary tokens keeps most of the accuracy of full-context reading at a fraction of its cost.",
        "OpenPrints",
    ),
    Paper(
        "Citation-Aware Generation: Teaching Language Models to Attribute Their Sources",
        ("Tianyu Gaow", "Howard Yen", "Jiatong Yu", "Danqi Chen"),
        "Conference on Empirical Methods in Language Processing",
        "2023-05-24",
        287,
        39,
        "This work proposes ALCE, the first benchmark for Automatic LLMs' Citation Evaluation, which collects a diverse set of questions and retrieval corpora and requires building end-to-end systems to retrieve supporting evidence and generate answers with citations.",
        "OpenPrints",
    ),
    Paper(
        "Retrieval-Augmented Code Generation and Summarization",
        ("Md. Rizwan Parvez", "Wasi Uddin Ahmad", "Saikat Chakraborty", "Baishakhi Ray", "Kai-Wei Chang"),
        "Findings of the Conference on Empirical Methods in Language Processing",
        "2021",
        214,
        18,
        None,
        "OpenPrints",
    ),
    Paper(
        "Evaluating Faithfulness of Retrieval-Augmented Answers with Natural Language Inference",
        ("Greta Lindholm", "Pavel Novák", "Ines Carvalho"),
        "Journal of Information Retrieval Research",
        "2024-11-27",
        5,
        0,
        None,
        None,
    ),
    Paper(
        "Shall We Pretrain Autoregressive Language Models with Retrieval? A Comprehensive Study",
        (
            "Boxin Wang",
            "Wei Ping",
            "Peng Xu",
            "Lawrence McAfee",
            "Zihan Liu",
            "Mohammad Shoeybi",
            "Yi Dong",
            "Oleksii Kuchaiev",
            "Bo Li",
            "Chaowei Xiao",
            "Anima Anandkumar",
            "Bryan Catanzaro",
        ),
        "Conference on Empirical Methods in Language Processing",
        "2023-04-13",
        74,
        8,
        "The study highlights the promising direction of pretraining autoregressive LMs with retrieval as future foundation models.",
        "OpenPrints",
    ),
    Paper(
        "Retrieval-Augmented Generation in Legal Question Answering: Opportunities and Risks",
        ("Hannah Whitcombe", "Daniel Osei"),
        "Artificial Intelligence and Law Review",
        "2024-06-02",
        21,
        2,
        None,
        "Law Review Archive",
    ),
    Paper(
        "Adaptive Retrieval: When Should a Language Model Look Things Up?",
        ("Soyeong Jeong", "Jinheon Baek", "Sukmin Cho", "Sung Ju Hwang", "Jong C. Park"),
        "North American Chapter of the Society for Computational Linguistics",
        "2024-03-21",
        133,
        19,
        "A novel adaptive QA framework that can dynamically select the most suitable strategy for (retrieval-augmented) large language models from the simplest to the most sophisticated ones based on the query complexity is proposed.",
        "OpenPrints",
    ),
    Paper(
        "Multimodal Retrieval-Augmented Generation for Visual Question Answering",
        ("Wenhu Chenn", "Hexiang Hu", "Xi Chen", "Pat Verga", "William W. Cohenn"),
        "Conference on Empirical Methods in Language Processing",
        "2022-10-06",
        176,
        15,
        None,
        "OpenPrints",
    ),
    Paper(
        "Tabular Retrieval-Augmented Generation over Enterprise Spreadsheets",
        ("Farah Haddad", "Luca Bernardi", "Sven Ahlgren", "Mina Park", "Oren Tal"),
        None,
        "2025",
        1,
        0,
        None,
        None,
    ),
    Paper(
        "Noise Robustness in Retrieval-Augmented Language Models",
        ("Ori Yoranov", "Tomer Wolfson", "Ori Ramm", "Jonathan Berant"),
        "International Conference on Learned Representations",
        "2023-10-02",
        163,
        22,
        "This work presents a thorough analysis on five open-domain question answering benchmarks, characterizing cases when retrieval reduces accuracy, and proposes two methods to mitigate this issue.",
        "OpenPrints",
    ),
]
CW_SIZES = [10, 10, 10]
CW_TOTAL = 48_213
_MONTHS = [
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


def _cw_href(number: int) -> str:
    q = CW_QUERY.replace(" ", "%20")
    return f"/search?q={q}&sort=relevance" + ("" if number == 1 else f"&page={number}")


def _cw_date(published: str) -> str:
    if len(published) == 4:
        return published
    y, m, d = published.split("-")
    return f"{int(d)} {_MONTHS[int(m) - 1]} {y}"


def _cw_button(label: str, extra: str, aria: str | None = None, icon: str = "") -> str:
    aria_attr = f' aria-label="{esc(aria)}"' if aria else ""
    return (
        f'<button class="cl-button cl-button--no-arrow-divider cl-button--not-icon-only {"cl-button--has-icon" if icon else "cl-button--no-icon"} cl-button--has-label cl-button--font-size- cl-button--icon-pos-left cl-button--shape-rectangle cl-button--size-default cl-button--type-tertiary cl-button--density-default {extra}"{aria_attr}>'
        f'{icon}<span class="cl-button__label">{label}</span></button>'
    )


def _cw_authors(p: Paper) -> str:
    def link(name: str) -> str:
        aid = _digits("cw-author" + name, 9)
        href = f"/author/{quote('-'.join(w.replace('.', '') if len(w) > 2 else w for w in name.split()))}/{aid}"
        return f'<span><a class="cl-paper-authors__author-link" data-heap-id="search_result_author_link" href="{esc(href)}"><span><span>{esc(name)}</span></span></a></span>'

    if len(p.authors) <= 4:
        parts = ", ".join(link(a) for a in p.authors)
    else:
        hidden = len(p.authors) - 4
        more = _cw_button(f"+{hidden} authors", "more-authors-label", aria=f"Show {hidden} more authors")
        parts = (
            ", ".join(link(a) for a in p.authors[:3])
            + f', <span class="more-authors-label">{more}</span>, '
            + link(p.authors[-1])
        )
    return f'<span class="cl-paper-authors" data-test-id="author-list"><span>{parts}</span></span>'


def _cw_row(index: int, p: Paper) -> str:
    venue = (
        f'<span class="cl-paper-venue" data-heap-id="search_result_venue" title="Published in {esc(p.venue)}"><span class="cl-paper-venue__text">{esc(p.venue)}</span></span>'
        if p.venue
        else ""
    )
    date = f'<span class="cl-paper-pubdates" data-test-id="paper-year"><span class="cl-paper-pubdates__date">{_cw_date(p.published)}</span></span>'
    tldr = (
        f'<div class="tldr-abstract-replacement text-truncator"><span class="tldr-abstract__pill">TLDR</span> <span class="text-truncator__text">{esc(p.tldr)}</span> '
        f"{_cw_button('Expand', 'text-truncator__toggle', aria='Expand truncated text')}</div>"
        if p.tldr
        else ""
    )
    stats = ""
    if p.citations:
        influential = (
            f'<span class="cl-paper-stats__highly-influential" data-test-id="highly-influential-citations"><svg aria-hidden="true" width="12" height="12" class="icon-highly-influential"><use xlink:href="#highly-influential"></use></svg>{p.influential:,} Highly Influential</span>'
            if p.influential
            else ""
        )
        stats = (
            f'<div class="cl-paper-stats"><span class="cl-paper-stat" data-test-id="total-citations-stat">'
            f'<a class="cl-paper-stats__citations flex-row-vcenter" href="{p.url}#citing-papers" aria-label="{p.citations:,} citations{f", {p.influential:,} highly influential" if p.influential else ""}" data-heap-id="search_result_citations">'
            f'<svg aria-hidden="true" width="16" height="16" class="cl-paper-stats__icon"><use xlink:href="#quote"></use></svg><span class="cl-paper-stats__citation-count">{p.citations:,}</span><span class="cl-paper-stats__label"> Citations</span></a></span>{influential}</div>'
        )
    pdf = (
        f'<a class="cl-button cl-button--no-arrow-divider cl-button--not-icon-only cl-button--has-icon cl-button--has-label cl-button--icon-pos-left cl-button--shape-rectangle cl-button--size-small cl-button--type-primary cl-button--density-default cl-paper-view-paper flex-paper-actions__button--primary" href="{p.pdf_url}" target="_blank" rel="noopener" data-heap-id="paper_link_target" data-heap-direct-pdf-link="true" data-heap-paper-link-type="pdf"><svg aria-hidden="true" width="12" height="12" class="icon-svg"><use xlink:href="#fa-file-pdf"></use></svg><span class="cl-button__label">[PDF] {esc(p.pdf)}</span></a>'
        if p.pdf
        else f'<a class="cl-button cl-button--no-arrow-divider cl-button--not-icon-only cl-button--has-icon cl-button--has-label cl-button--icon-pos-left cl-button--shape-rectangle cl-button--size-small cl-button--type-secondary cl-button--density-default cl-paper-view-paper flex-paper-actions__button--primary" href="https://doi.example.org/10.{_digits("cw-doi" + p.title, 4)}/{_hex("cw-doi" + p.title, 8)}" target="_blank" rel="noopener" data-heap-paper-link-type="doi"><svg aria-hidden="true" width="12" height="12" class="icon-svg"><use xlink:href="#fa-external-link"></use></svg><span class="cl-button__label">View via Publisher</span></a>'
    )
    return f"""
        <div class="cl-paper-row serp-papers__paper-row paper-v2-cue paper-row-normal" data-test-id="search-result" data-paper-id="{p.pid}" data-index="{index}">
          <a class="cl-paper-title-link" data-heap-id="title_link" href="{p.url}"><h2 class="cl-paper-title" data-test-id="title-link"><span><span>{esc(p.title)}</span></span></h2></a>
          <div class="cl-paper__bulleted-row cl-paper-controls">
            <div class="cl-paper__bulleted-row cl-paper-meta">{_cw_authors(p)}{venue}{date}</div>
          </div>
          {tldr}
          <div class="cl-paper__bulleted-row cl-paper-controls cl-paper-controls--bottom">
            {stats}
            <div class="flex-row cl-paper-actions">{pdf}
              {_cw_button("Save", "cl-paper-action__button paper-row__save-button", aria="Save to library", icon='<svg aria-hidden="true" width="12" height="12" class="icon-svg"><use xlink:href="#fa-bookmark"></use></svg>')}
              {_cw_button("Alert", "cl-paper-action__button paper-row__alert-button", aria="Create alert for this paper", icon='<svg aria-hidden="true" width="12" height="12" class="icon-svg"><use xlink:href="#fa-bell"></use></svg>')}
              {_cw_button("Cite", "cl-paper-action__button cite-button", aria="Cite paper", icon='<svg aria-hidden="true" width="12" height="12" class="icon-svg"><use xlink:href="#fa-quote"></use></svg>')}
            </div>
          </div>
        </div>"""


def _cw_pager(number: int, total: int) -> str:
    items = []
    if number > 1:
        items.append(
            f'<li class="cl-pager__button cl-pager__prev"><a class="cl-pager__link" href="{esc(_cw_href(number - 1))}" aria-label="previous page" data-test-id="pager-prev">‹</a></li>'
        )
    for n in range(1, total + 3):
        if n == number:
            items.append(
                f'<li class="cl-pager__button cl-pager__number cl-pager__number--active"><span aria-current="page">{n}</span></li>'
            )
        else:
            items.append(
                f'<li class="cl-pager__button cl-pager__number"><a class="cl-pager__link" href="{esc(_cw_href(n))}" aria-label="page {n}">{n}</a></li>'
            )
    items.append('<li class="cl-pager__ellipsis">…</li>')
    items.append(
        f'<li class="cl-pager__button cl-pager__next"><a class="cl-pager__link" href="{esc(_cw_href(number + 1))}" aria-label="next page" data-test-id="pager-next">›</a></li>'
    )
    return f'<nav class="cl-pager" aria-label="Pagination" data-test-id="result-page-pagination"><ul class="cl-pager__list">{"".join(items)}</ul></nav>'


def _cw_filters() -> str:
    dropdowns = ["Fields of Study", "Date Range", "Has PDF", "Author", "Journals &amp; Conferences"]
    buttons = "".join(
        f'<div class="dropdown-filters__dropdown"><button class="cl-button cl-button--type-secondary cl-button--size-small dropdown-filters__toggle" aria-haspopup="true" aria-expanded="false"><span class="cl-button__label">{label}</span><svg aria-hidden="true" width="10" height="10"><use xlink:href="#fa-angle-down"></use></svg></button></div>'
        for label in dropdowns
    )
    return f'<div class="dropdown-filters" data-test-id="dropdown-filters"><div class="dropdown-filters__row">{buttons}<button class="cl-button cl-button--type-tertiary cl-button--size-small dropdown-filters__clear" disabled><span class="cl-button__label">Clear</span></button></div></div>'


def _cw_page(number: int, total: int, rows: list[Paper], first: int) -> str:
    body = "".join(_cw_row(first + i, p) for i, p in enumerate(rows))
    q = esc(CW_QUERY)
    page_note = "" if number == 1 else f" | Page {number}"
    boot = {
        "query": CW_QUERY,
        "sort": "relevance",
        "page": number,
        "pageSize": 10,
        "totalResults": CW_TOTAL,
        "requestId": _hex(f"cw-req{number}", 32),
        "featureFlags": {"serpTldr": True, "citationStatsV2": True, "paperRowV2Cue": True},
    }
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width,initial-scale=1">
  <title>{q} | Citewright{page_note}</title>
  <meta name="description" content="Search results for {q} on Citewright, a free, AI-powered research tool for scientific literature.">
  <meta name="robots" content="noindex, follow">
  <meta property="og:site_name" content="Citewright">
  <link rel="icon" href="/img/favicon-32x32.png" sizes="32x32">
  <link rel="stylesheet" href="/dist/css/app.{_hex("cw-css", 20)}.css">
  <script>window.__CW_BOOT__ = {_json_script(boot)};</script>
  <script defer src="/dist/js/vendor.{_hex("cw-v", 20)}.js"></script>
  <script defer src="/dist/js/main.{_hex("cw-m", 20)}.js"></script>
</head>
<body class="cl-body">
  <svg xmlns="http://www.w3.org/2000/svg" style="display:none"><symbol id="quote" viewBox="0 0 16 16"><path d="M3 3h4v4H5c0 1 .5 2 2 2v2c-3 0-4-2-4-4Z"></path></symbol><symbol id="highly-influential" viewBox="0 0 12 12"><path d="M6 0 7.5 4.5H12L8.2 7.2 9.6 12 6 9 2.4 12l1.4-4.8L0 4.5h4.5Z"></path></symbol><symbol id="fa-file-pdf" viewBox="0 0 12 12"><path d="M2 0h5l3 3v9H2Z"></path></symbol></svg>
  <div id="app" data-reactroot="">
    <div class="cl-cookie-banner" role="dialog" aria-live="polite" aria-label="cookieconsent" data-test-id="cookie-banner">
      <div class="cl-cookie-banner__message">We use cookies to give you the best possible experience and to help us understand how you use the site. By using Citewright, you agree to our <a href="/terms" class="cl-link">Terms of Service</a> and <a href="/privacy" class="cl-link">Privacy Policy</a>.</div>
      {_cw_button("Accept &amp; Continue", "cl-cookie-banner__accept")}
    </div>
    <header class="site-header cl-header" data-test-id="header">
      <div class="cl-header__container">
        <a href="/" class="cl-header__logo" aria-label="Citewright homepage"><svg aria-hidden="true" width="30" height="24" viewBox="0 0 30 24"><path d="M0 12 15 0l15 12-15 12Z"></path></svg><span class="cl-header__logo-text">Citewright</span></a>
        <form class="search-form cl-header__search" action="/search" method="get" role="search"><div class="search-bar__container"><input type="search" name="q" value="{q}" class="legacy__input search-bar__input" aria-label="Search text" placeholder="Search over 220 million papers from all fields of science" data-test-id="search-form-input"><button type="submit" class="cl-button cl-button--type-primary cl-button--icon-only search-bar__submit" aria-label="Submit"><svg aria-hidden="true" width="16" height="16"><use xlink:href="#fa-search"></use></svg></button></div></form>
        <nav class="cl-header__nav"><a class="cl-header__nav-link" href="/product">Product</a><a class="cl-header__nav-link" href="/product/api">API</a><a class="cl-header__nav-link" href="/about">About</a></nav>
        <div class="cl-header__account"><a class="cl-button cl-button--type-secondary cl-button--size-small" href="/sign-in?next=%2Fsearch"><span class="cl-button__label">Sign In</span></a><a class="cl-button cl-button--type-primary cl-button--size-small" href="/sign-up"><span class="cl-button__label">Create Free Account</span></a></div>
      </div>
    </header>
    <main class="search-results-page serp" id="main-content">
      <div class="serp-header">
        {_cw_filters()}
        <div class="result-meta-header"><div class="result-count" data-test-id="result-count">About {CW_TOTAL:,} results for "{q}"</div>
          <div class="cl-dropdown search-sort" data-test-id="search-sort"><label class="cl-dropdown__label" for="serp-sort">Sort by</label><select id="serp-sort" class="cl-dropdown__select" name="sort"><option value="relevance" selected>Relevance</option><option value="total-citations">Citation count</option><option value="pub-date">Most Recent</option></select></div>
        </div>
      </div>
      <div class="serp-content">
        <div class="result-page" data-test-id="result-page" data-selenium-selector="result-page">{body}
        </div>
        {_cw_pager(number, total)}
        <aside class="serp-sidebar" aria-label="Research feeds">
          <div class="serp-sidebar__card"><h3 class="serp-sidebar__title">Stay up to date on {q}</h3><p>Get a weekly digest of new papers matching this search.</p>{_cw_button("Create Alert", "serp-sidebar__alert", icon='<svg aria-hidden="true" width="12" height="12"><use xlink:href="#fa-bell"></use></svg>')}</div>
          <div class="serp-sidebar__card"><h3 class="serp-sidebar__title">Try Citewright Reader</h3><p>An augmented PDF reader with citation cards, skimming highlights and term definitions.</p><a class="cl-link" href="/product/reader">Learn more</a></div>
        </aside>
      </div>
    </main>
    <footer class="site-footer cl-footer" data-test-id="footer">
      <div class="cl-footer__container">
        <div class="cl-footer__about"><span class="cl-footer__logo">Citewright</span><p>Citewright is a free, AI-powered research tool for scientific literature, based at the Kestrel Institute for Machine Intelligence.</p></div>
        <div class="cl-footer__links"><h4>Learn More</h4><ul><li><a href="/about">About Us</a></li><li><a href="/about/team">Meet the Team</a></li><li><a href="/about/publishers">Publishers</a></li><li><a href="/product/api">API Overview</a></li></ul></div>
        <div class="cl-footer__links"><h4>Help</h4><ul><li><a href="/faq">FAQ</a></li><li><a href="/librarians">Librarians</a></li><li><a href="/tutorials">Tutorials</a></li><li><a href="/contact">Contact</a></li></ul></div>
        <p class="cl-footer__legal">Proudly built by the Kestrel Institute for Machine Intelligence with the help of our Collaborators · <a href="/terms">Terms of Service</a> · <a href="/privacy">Privacy Policy</a> · <a href="/api-license">API License Agreement</a></p>
      </div>
    </footer>
  </div>
</body>
</html>"""


@eighteenth_b
def build_citewright() -> None:
    s = Site(
        "citewright",
        kind="scholarly search results (React, cl- classes)",
        start=_cw_href(1).lstrip("/"),
        description="A scholarly search engine's results for one query (paper rows with author lists shortened by '+N authors', venue, date, citation counts, TLDRs and [PDF] links); numbered pager over &page=N.",
    )
    pages = chunks(CW_PAPERS, CW_SIZES)
    first = 0
    for number, rows in enumerate(pages, 1):
        s.list_page(_cw_href(number).lstrip("/").replace("?", "@"), _cw_page(number, len(pages), rows, first))
        first += len(rows)
    for p in CW_PAPERS:
        s.expect(
            {
                "title": p.title,
                "url": p.url,
                "authors": p.shown_authors,
                "venue": p.venue,
                "date": p.published if len(p.published) > 4 else None,
                "year": int(p.published) if len(p.published) == 4 else None,
                "citations": p.citations or None,
                "tldr": p.tldr,
                "pdf": p.pdf_url,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# plugdeck (FROZEN): a CMS plugin directory's search results, 2024–25 block theme with plugin cards
# ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Plugin:
    """One plugin of the search results."""

    name: str
    author: str
    rating: float  # 0..5 in halves as the stars show it; 0 with no reviews
    ratings: int
    installs: int
    tested: str
    updated: str
    excerpt: str

    @property
    def slug(self) -> str:
        return slug(self.name.split(" – ")[0])

    @property
    def url(self) -> str:
        return f"/plugins/{self.slug}/"

    @property
    def installs_text(self) -> str:
        return f"{self.installs:,}+"


PD_QUERY = "event calendar"
PD_PLUGINS = [
    Plugin(
        "Eventide Calendar",
        "Lumen Works",
        4.5,
        2011,
        700_000,
        "6.7.1",
        "1 week ago",
        "Eventide Calendar is a carefully crafted, extensible calendar plugin that makes it simple to share your events.",
    ),
    Plugin(
        "Quickdate Events Manager",
        "Harrow Digital",
        4.5,
        634,
        100_000,
        "6.7.1",
        "3 days ago",
        "Fully featured event registration management including recurring events, locations management, calendar, Google map integration, booking management.",
    ),
    Plugin(
        "Simple Booking Calendar",
        "Fenwick Plugins",
        4.5,
        312,
        60_000,
        "6.7.1",
        "2 weeks ago",
        "The availability calendar plugin shows when your property, rental or service is free or booked, with a clean front-end calendar.",
    ),
    Plugin(
        "Modern Events – Calendar Lite",
        "Canopy Studio",
        4,
        705,
        80_000,
        "6.6.2",
        "1 month ago",
        "A responsive, modern and practical events calendar with monthly, weekly and list views, booking forms and a map of venues.",
    ),
    Plugin(
        "Agenda Block",
        "Marisol Vega",
        5,
        48,
        4_000,
        "6.7.1",
        "5 days ago",
        "A lightweight block that lists upcoming events from any post type, with date badges, filters and a compact agenda layout.",
    ),
    Plugin(
        "Calendarly Appointments",
        "Northpoint Apps",
        4.5,
        1204,
        200_000,
        "6.7.1",
        "4 days ago",
        "Let clients book appointments online: services, staff schedules, payments and automatic reminders by email and SMS.",
    ),
    Plugin(
        "Event Tickets & Registration",
        "Lumen Works",
        4,
        391,
        60_000,
        "6.7.1",
        "1 week ago",
        "Sell tickets and collect RSVPs right from your site, with attendee lists, QR check-in and a box-office view.",
    ),
    Plugin(
        "Timely Event Listings",
        "Brightleaf Software",
        3.5,
        88,
        9_000,
        "6.5.5",
        "3 months ago",
        "Display a list or grid of your upcoming events with shortcodes, widgets and an iCal feed for visitors.",
    ),
    Plugin(
        "Sugar Calendar Lite",
        "Ruby Pine",
        4.5,
        57,
        10_000,
        "6.7.1",
        "2 weeks ago",
        "A sweet, simple event calendar for people who want to publish events without a learning curve.",
    ),
    Plugin(
        "Recurring Events Scheduler",
        "Otto Brand",
        4,
        23,
        2_000,
        "6.4.5",
        "7 months ago",
        "Create events that repeat daily, weekly, monthly or on custom rules, with exceptions and per-occurrence edits.",
    ),
    Plugin(
        "Class Timetable & Schedule",
        "Gymflow",
        4.5,
        161,
        20_000,
        "6.7.1",
        "2 weeks ago",
        "A timetable for gyms, dance studios and schools: classes, instructors, rooms and a printable weekly schedule.",
    ),
    Plugin(
        "All-in-One Event Hub",
        "Trellis Labs",
        3.5,
        419,
        40_000,
        "6.6.2",
        "2 months ago",
        "Import events from ICS feeds, social pages and spreadsheets into one calendar with map, list and poster views.",
    ),
    Plugin(
        "Venue & Room Booking",
        "Fenwick Plugins",
        4,
        36,
        3_000,
        "6.7.1",
        "1 month ago",
        "Rent out meeting rooms and venues by the hour or day, with availability rules, deposits and invoices.",
    ),
    Plugin(
        "Community Events",
        "Hollis Reid",
        4.5,
        17,
        1_000,
        "6.7.1",
        "2 weeks ago",
        "Let your visitors submit events from the front end, moderate them and publish them on a shared calendar.",
    ),
    Plugin(
        "Calendar Embed for Shared Calendars",
        "Paperkite",
        4,
        143,
        30_000,
        "6.7.1",
        "3 weeks ago",
        "Embed public and private shared calendars with a responsive month, week and list view and event colours.",
    ),
    Plugin(
        "Countdown & Event Timer",
        "Pixelgrove",
        4.5,
        72,
        8_000,
        "6.6.2",
        "1 month ago",
        "Show a countdown to your next event anywhere on the site, with evergreen timers and automatic hiding.",
    ),
    Plugin(
        "Events Widgets for Page Builders",
        "Canopy Studio",
        4.5,
        29,
        7_000,
        "6.7.1",
        "3 weeks ago",
        "Widgets for popular page builders to show event lists, carousels, countdowns and single-event cards.",
    ),
    Plugin(
        "School Calendar",
        "Ledger Lane",
        3,
        11,
        900,
        "6.3.5",
        "1 year ago",
        "Term dates, holidays and school events in one calendar, with colour-coded categories and PDF export.",
    ),
    Plugin(
        "EventPress Registrations",
        "Otto Brand",
        4,
        64,
        5_000,
        "6.6.2",
        "2 months ago",
        "Registration forms for events with waiting lists, custom fields, payment gateways and confirmation emails.",
    ),
    Plugin(
        "iCal Feeds",
        "Mateo Ruiz",
        5,
        9,
        600,
        "6.7.1",
        "6 days ago",
        "Publish your posts and events as iCal feeds that visitors can subscribe to in any calendar app.",
    ),
    Plugin(
        "Church Event Planner",
        "Steeple Digital",
        4.5,
        26,
        2_000,
        "6.5.5",
        "4 months ago",
        "Plan services, rotas, small groups and events, with a public calendar and volunteer sign-ups.",
    ),
    Plugin(
        "Booking Calendar Pro Lite",
        "Saffron Apps",
        4,
        231,
        50_000,
        "6.7.1",
        "1 week ago",
        "A booking calendar for hotels, rentals and tours: seasonal prices, minimum stays and payment by card.",
    ),
    Plugin(
        "Event Schema Markup",
        "Keel SEO",
        4.5,
        14,
        3_000,
        "6.7.1",
        "2 weeks ago",
        "Adds structured data to your event pages so search engines can show dates, venues and ticket prices.",
    ),
    Plugin(
        "Conference Scheduler",
        "Hollis Reid",
        5,
        21,
        1_000,
        "6.6.2",
        "5 months ago",
        "Build a multi-track conference programme with sessions, speakers and rooms, and let attendees star favourites.",
    ),
    Plugin(
        "Meetup Calendar Sync",
        "Paperkite",
        3.5,
        12,
        700,
        "6.4.5",
        "8 months ago",
        "Keep your calendar in sync with group meetups: new events appear on your site within minutes.",
    ),
    Plugin(
        "Yoga Class Booking",
        "Gymflow",
        4.5,
        19,
        1_000,
        "6.7.1",
        "3 weeks ago",
        "Timetables, passes and online booking for yoga and fitness studios, with a mobile-friendly schedule.",
    ),
    Plugin(
        "Event Map Block",
        "Marisol Vega",
        0,
        0,
        100,
        "6.7.1",
        "1 month ago",
        "A block that shows your upcoming events on an interactive map, clustered by venue.",
    ),
    Plugin(
        "Festival Lineup",
        "Riff Digital",
        4,
        8,
        400,
        "6.5.5",
        "6 months ago",
        "Present a festival line-up by stage and day, with artist pages and a personal timetable.",
    ),
    Plugin(
        "Calendar Availability Widget",
        "Saffron Apps",
        4.5,
        33,
        4_000,
        "6.6.2",
        "2 months ago",
        "A compact availability calendar widget for rentals and services, synced with your booking system.",
    ),
    Plugin(
        "Webinar & Online Event Manager",
        "Northpoint Apps",
        4,
        47,
        6_000,
        "6.7.1",
        "1 week ago",
        "Schedule webinars and online events, send joining links automatically and record attendance.",
    ),
    Plugin(
        "Library Events",
        "Ledger Lane",
        4.5,
        6,
        300,
        "6.7.1",
        "2 weeks ago",
        "Events, room bookings and story-time sessions for public libraries, with age-group filters.",
    ),
    Plugin(
        "Farmers Market Calendar",
        "Oakmere",
        5,
        4,
        100,
        "6.4.5",
        "9 months ago",
        "List market days, stall holders and seasonal produce on a simple calendar for local markets.",
    ),
    Plugin(
        "Sports Fixtures Calendar",
        "Riff Digital",
        3.5,
        15,
        2_000,
        "6.6.2",
        "3 months ago",
        "Fixtures, results and training sessions for sports clubs, with team filters and an iCal export.",
    ),
    Plugin(
        "Event Reminder Emails",
        "Keel SEO",
        4,
        10,
        1_000,
        "6.7.1",
        "1 month ago",
        "Send automatic reminder emails before events start, with templates and per-event timing.",
    ),
]
PD_SIZES = [12, 12, 10]
PD_TOTAL = 3_418
PD_BASE = "/plugins/search/event+calendar/"


def _pd_href(number: int) -> str:
    return PD_BASE if number == 1 else f"{PD_BASE}page/{number}/"


def _pd_stars(rating: float) -> str:
    stars = []
    for i in range(1, 6):
        kind = "filled" if rating >= i else "half" if rating >= i - 0.5 else "empty"
        stars.append(f'<span class="dashicons dashicons-star-{kind}" aria-hidden="true"></span>')
    return "".join(stars)


def _pd_rating(p: Plugin) -> str:
    shown = f"{p.rating:g}"
    return (
        f'<div class="wp-block-wporg-ratings-stars"><div class="wporg-ratings" aria-label="{shown} out of 5 stars" data-title-template="%s out of 5 stars" data-rating="{shown}" style="color:var(--wp--preset--color--charcoal-1);">'
        f'<span class="screen-reader-text">{shown} out of 5 stars</span>{_pd_stars(p.rating)}</div>'
        f'<span class="rating-count">({p.ratings:,}<span class="screen-reader-text"> total ratings</span>)</span></div>'
    )


_PD_ICONS = {
    "author": '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"><path d="M15.5 9.5a1 1 0 100-2 1 1 0 000 2zm0 1.5a2.5 2.5 0 100-5 2.5 2.5 0 000 5zm-2.25 6v-2a2.75 2.75 0 00-2.75-2.75h-4A2.75 2.75 0 003.75 15v2h1.5v-2c0-.69.56-1.25 1.25-1.25h4c.69 0 1.25.56 1.25 1.25v2h1.5z"></path></svg>',
    "installs": '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"><path d="M18 11.3l-1-1.1-4 4V3h-1.5v11.3L7 10.2l-1 1.1 6.2 5.8 5.8-5.8zm.5 3.7v3.5h-13V15H4v5h16v-5h-1.5z"></path></svg>',
    "tested": '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"><path d="M12 3.3c-4.8 0-8.8 3.9-8.8 8.8 0 4.8 3.9 8.8 8.8 8.8 4.8 0 8.8-3.9 8.8-8.8s-4-8.8-8.8-8.8zm6.5 5.5h-2.6C15.4 7.3 14.8 6 14 5c2 .6 3.6 2 4.5 3.8z"></path></svg>',
}


def _pd_card(p: Plugin) -> str:
    pid = int(_digits("pd-id" + p.name, 6))
    icon_rev = _digits("pd-rev" + p.name, 7)
    classes = f"wp-block-post post-{pid} plugin type-plugin status-publish hentry plugin_category-calendar-and-events plugin_tags-{slug(p.name.split()[0])} plugin_committers-{slug(p.author)} plugin_support_resolutions-{_digits('pd-res' + p.name, 1)}"
    return f"""
          <li class="{classes}">
            <div class="plugin-card">
              <div class="entry">
                <header class="entry-header">
                  <div class="entry-thumbnail"><img class="plugin-icon" srcset="https://ps.plugdeck-cdn.net/{p.slug}/assets/icon-128x128.png?rev={icon_rev}, https://ps.plugdeck-cdn.net/{p.slug}/assets/icon-256x256.png?rev={icon_rev} 2x" src="https://ps.plugdeck-cdn.net/{p.slug}/assets/icon-128x128.png?rev={icon_rev}" alt=""></div>
                  <div class="entry-title">
                    <h3 class="entry-title"><a href="{p.url}" rel="bookmark">{esc(p.name)}</a></h3>
                    {_pd_rating(p)}
                  </div>
                </header>
                <div class="entry-excerpt"><p>{esc(p.excerpt)}</p></div>
              </div>
              <footer>
                <span class="plugin-author">{_PD_ICONS["author"]}By {esc(p.author)}</span>
                <span class="active-installs">{_PD_ICONS["installs"]}{p.installs_text} active installations</span>
                <span class="tested-with">{_PD_ICONS["tested"]}Tested with {p.tested}</span>
                <span class="last-updated"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"><path d="M12 4.75a7.25 7.25 0 100 14.5 7.25 7.25 0 000-14.5zM3.25 12a8.75 8.75 0 1117.5 0 8.75 8.75 0 01-17.5 0zM12 8.75v3.69l2.53 2.53-1.06 1.06L11 13.06V8.75h1z"></path></svg>Updated {p.updated}</span>
              </footer>
            </div>
          </li>"""


def _pd_pagination(number: int, total: int) -> str:
    prev = (
        f'<a href="{_pd_href(number - 1)}" class="wp-block-query-pagination-previous"><span class="wp-block-query-pagination-previous-arrow is-arrow-arrow" aria-hidden="true">←</span>Previous Page</a>'
        if number > 1
        else ""
    )
    last = PD_TOTAL // 20 + 1
    nums = []
    for n in [*range(1, total + 2), None, last]:
        if n is None:
            nums.append('<span class="page-numbers dots">…</span>')
        elif n == number:
            nums.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
        else:
            nums.append(f'<a class="page-numbers" href="{_pd_href(n)}">{n}</a>')
    nxt = f'<a href="{_pd_href(number + 1)}" class="wp-block-query-pagination-next">Next Page<span class="wp-block-query-pagination-next-arrow is-arrow-arrow" aria-hidden="true">→</span></a>'
    return f'<nav class="wp-block-query-pagination is-layout-flex wp-block-query-pagination-is-layout-flex" aria-label="Pagination">{prev}<div class="wp-block-query-pagination-numbers">{"".join(nums)}</div>{nxt}</nav>'


def _pd_page(number: int, total: int, rows: list[Plugin], first: int) -> str:
    cards = "".join(_pd_card(p) for p in rows)
    q = esc(PD_QUERY)
    page_note = "" if number == 1 else f" – Page {number}"
    menu = [
        ("Showcase", "/showcase/"),
        ("Hosting", "/hosting/"),
        ("News", "/news/"),
        ("Extend", "/plugins/"),
        ("Learn", "/learn/"),
        ("Community", "/community/"),
        ("About", "/about/"),
    ]
    nav = "".join(
        f'<li class="wp-block-navigation-item{" current-menu-ancestor" if label == "Extend" else ""} wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="{href}"><span class="wp-block-navigation-item__label">{label}</span></a></li>'
        for label, href in menu
    )
    cats = [
        ("Community", "community"),
        ("Customization", "customization"),
        ("Design &amp; Layout", "design-layout"),
        ("E-commerce", "ecommerce"),
        ("Calendar &amp; Events", "calendar-and-events"),
        ("Forms", "forms"),
        ("Media", "media"),
        ("SEO &amp; Marketing", "seo-marketing"),
        ("Security", "security"),
    ]
    cat_options = "".join(f'<option value="{v}">{label}</option>' for label, v in cats)
    l10n = {
        "searchQuery": PD_QUERY,
        "page": number,
        "found": PD_TOTAL,
        "restUrl": "/wp-json/",
        "nonce": _hex(f"pd-nonce{number}", 10),
    }
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
  <meta charset="UTF-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Search Results for: {q}{page_note} | Plugdeck Plugins</title>
  <meta name="robots" content="noindex, follow">
  <link rel="canonical" href="https://plugdeck.org{_pd_href(number)}">
  <meta property="og:type" content="website">
  <meta property="og:title" content="Search Results for: {q}">
  <meta property="og:site_name" content="Plugdeck">
  <link rel="stylesheet" id="wporg-parent-2021-style-css" href="/wp-content/themes/wporg-parent-2021/build/style.css?ver={_hex("pd-ver1", 8)}" media="all">
  <link rel="stylesheet" id="wporg-plugins-2024-style-css" href="/wp-content/themes/wporg-plugins-2024/build/style/style-index.css?ver={_hex("pd-ver2", 8)}" media="all">
  <link rel="stylesheet" id="dashicons-css" href="/wp-includes/css/dashicons.min.css?ver=6.8-alpha-59438" media="all">
  <style id="wp-block-post-template-inline-css">.wp-block-post-template{{list-style:none;margin-block-end:0;margin-block-start:0;max-width:100%;padding:0}}.wp-block-post-template.is-flex-container{{display:flex;flex-direction:row;flex-wrap:wrap;gap:1.25em}}</style>
  <script id="wporg-plugins-l10n">var wporgPlugins = {_json_script(l10n)};</script>
</head>
<body class="search search-results wp-theme-wporg-parent-2021 wp-child-theme-wporg-plugins-2024 no-js">
<a class="skip-link screen-reader-text" href="#wp--skip-link--target">Skip to content</a>
<div class="wp-site-blocks">
  <header class="wp-block-template-part">
    <div class="global-header wp-block-group alignfull is-layout-flex wp-block-group-is-layout-flex">
      <figure class="wp-block-image global-header__wporg-logo-mark"><a href="/"><svg width="28" height="28" viewBox="0 0 28 28" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Plugdeck"><circle cx="14" cy="14" r="13"></circle></svg></a></figure>
      <nav class="global-header__navigation wp-block-navigation is-responsive" aria-label="Primary menu"><ul class="wp-block-navigation__container">{nav}</ul></nav>
      <div class="global-header__search"><form role="search" method="get" action="/search/" class="wp-block-search"><label class="screen-reader-text" for="wp-block-search__input-1">Search resources</label><input class="wp-block-search__input" id="wp-block-search__input-1" placeholder="Search resources" type="search" name="s" required></form></div>
      <a class="global-header__get-wp wp-block-button__link" href="/download/">Get Plugdeck</a>
    </div>
    <div class="wp-block-group wporg-local-navigation-bar alignfull has-charcoal-2-background-color has-background is-position-sticky" style="position:sticky;top:0">
      <p class="wp-block-site-title"><a href="/plugins/" target="_self" rel="home">Plugins</a></p>
      <nav class="wp-block-navigation is-layout-flex" aria-label="Plugins menu"><ul class="wp-block-navigation__container"><li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="/plugins/browse/favorites/"><span class="wp-block-navigation-item__label">My favorites</span></a></li><li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="/plugins/developers/"><span class="wp-block-navigation-item__label">Submit a plugin</span></a></li></ul></nav>
    </div>
  </header>
  <main class="wp-block-group alignfull is-layout-constrained" id="wp--skip-link--target">
    <div class="wp-block-group alignwide wporg-filter-bar is-layout-flex">
      <form class="wp-block-search__button-inside wp-block-search__icon-button wp-block-search" action="/plugins/" method="get" role="search"><label class="wp-block-search__label screen-reader-text" for="wp-block-search__input-2">Search plugins</label><div class="wp-block-search__inside-wrapper"><input class="wp-block-search__input" id="wp-block-search__input-2" placeholder="Search plugins" value="{q}" type="search" name="s" required><input type="hidden" name="post_type" value="plugin"><button aria-label="Search" class="wp-block-search__button has-icon wp-element-button" type="submit"><svg class="search-icon" viewBox="0 0 24 24" width="24" height="24"><path d="M13 5c-3.3 0-6 2.7-6 6 0 1.4.5 2.7 1.3 3.7l-3.8 3.8 1.1 1.1 3.8-3.8c1 .8 2.3 1.3 3.7 1.3 3.3 0 6-2.7 6-6S16.3 5 13 5zm0 10.5c-2.5 0-4.5-2-4.5-4.5s2-4.5 4.5-4.5 4.5 2 4.5 4.5-2 4.5-4.5 4.5z"></path></svg></button></div></form>
      <div class="wp-block-wporg-query-filter"><form action="" method="get" class="wporg-query-filter__form"><label for="plugin-category-filter" class="screen-reader-text">Filter by category</label><select id="plugin-category-filter" name="plugin_business_model" class="wporg-query-filter__toggle"><option value="">Category</option>{cat_options}</select><select name="orderby" aria-label="Sort by" class="wporg-query-filter__toggle"><option value="relevance" selected>Relevance</option><option value="active_installs">Most installed</option><option value="rating">Highest rated</option><option value="last_updated">Recently updated</option></select></form></div>
    </div>
    <div class="wp-block-group alignwide is-layout-flow">
      <h1 class="wp-block-query-title">Search results for: <span>{q}</span></h1>
      <p class="wp-block-wporg-query-total">{PD_TOTAL:,} items</p>
      <div class="wp-block-query alignwide is-layout-flow">
        <ul class="wp-block-post-template is-layout-grid wp-container-core-post-template-is-layout-1 wp-block-post-template-is-layout-grid">{cards}
        </ul>
        {_pd_pagination(number, total)}
      </div>
    </div>
  </main>
  <footer class="wp-block-template-part">
    <div class="wp-block-group global-footer alignfull has-charcoal-2-background-color has-background is-layout-flow">
      <ul class="wp-block-navigation__container global-footer__navigation-important"><li><a href="/about/">About</a></li><li><a href="/news/">News</a></li><li><a href="/hosting/">Hosting</a></li><li><a href="/about/privacy/">Privacy</a></li></ul>
      <ul class="wp-block-navigation__container global-footer__navigation-community"><li><a href="/showcase/">Showcase</a></li><li><a href="/themes/">Themes</a></li><li><a href="/plugins/">Plugins</a></li><li><a href="/patterns/">Patterns</a></li></ul>
      <p class="global-footer__code_is_poetry">Code is poetry</p>
    </div>
  </footer>
</div>
<script src="/wp-content/themes/wporg-plugins-2024/build/view.js?ver={_hex("pd-js", 8)}" id="wporg-plugins-view-script" defer></script>
</body>
</html>"""


@eighteenth_b
def build_plugdeck() -> None:
    s = Site(
        "plugdeck",
        kind="plugin directory search results (block theme)",
        start=PD_BASE.lstrip("/"),
        description="A CMS plugin directory's search results for 'event calendar' (block-theme plugin cards with icon, star rating with screen-reader text and rating count, author, active installations, tested-with version, excerpt); pagination over /page/N/.",
    )
    pages = chunks(PD_PLUGINS, PD_SIZES)
    first = 0
    for number, rows in enumerate(pages, 1):
        s.list_page(_pd_href(number).lstrip("/") + "index.html", _pd_page(number, len(pages), rows, first))
        first += len(rows)
    for p in PD_PLUGINS:
        s.expect(
            {
                "title": p.name,
                "url": p.url,
                "author": p.author,
                "rating": p.rating,
                "rating_count": p.ratings,
                "active_installs": p.installs,
                "tested_with": p.tested,
                "summary": p.excerpt,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in EIGHTEENTH_B.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(f"{name:20} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}")


if __name__ == "__main__":
    main()
