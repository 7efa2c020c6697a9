"""Fifteenth wave, part B: three more well-known site families, written and measured before any heuristic
was changed for them (a conference schedule, a JavaScript-only shop and a phpBB forum).

* **talkgrid** — a pretalx 2024–25 conference schedule (``/democon-2025/schedule/``, the list view
  served inside ``<pretalx-schedule>`` as its no-script fallback): the event header (logo, dates,
  "Schedule" / "Speakers" / "Sessions" / "Feedback" tabs, a version line "Version 1.4"), day tabs
  ``?day=1`` / ``?day=2`` / ``?day=3`` (one page per day), a track legend of coloured chips, then the
  day heading and ``div.pretalx-schedule-time-block`` slots ("09:30") each holding ``div.talk``
  cards: ``a.talk-title`` (``/democon-2025/talk/ABC123/``), speaker links (one or several, joined by
  commas), "Hall A" room, "14:30–15:00" times, a track chip whose colour sits in a style variable,
  a "Talk" / "Workshop" / "Keynote" type and an "en" / "de" language mark. Break rows ("Lunch",
  "Coffee break") have no link and no speaker. Ten, ten and eight sessions. Written down: title,
  url, speakers (a list), date, time, end_time, room, track, type, language.
* **vuemarket** — a Vue 3 single-page shop (``/shop/``): the HTML holds only ``<div id="app">``, a
  loading skeleton in a ``noscript``-less placeholder and a small module bundle
  (``/assets/index-Dq3k9ZfA.js``) that fetches ``/api/v2/products?page=N&limit=12`` and renders the
  cards (``data-v-`` scoped attributes, ``product-card`` markup: image, tag chips, name link
  ``/products/<slug>``, a star rating with "4.6" and "(128)", the price with a struck
  ``compareAtPrice``, "In stock" / "Out of stock"), plus a pager whose links ``/shop/?page=N`` are
  the same shell. The JSON answers are static files (``api/v2/products@page=N&limit=12``), the cards
  exist only in a browser. Twelve, twelve and six products. Written down: title, url, price,
  currency, original_price, rating, review_count, tags, availability.
* **boardroom-forum** — a phpBB 3.3 forum (prosilver) topic list (``/viewforum.php?f=7``): the
  header (site description, quick links, FAQ, Register / Login, search box), breadcrumbs, the
  forum rules box, "New Topic" button, "Search this forum…", "125 topics • Page 1 of 3", then an
  announcements ``ul.topiclist.topics`` (global announcement + a sticky on page one; the
  announcement repeats on every page) above the normal topics list: ``li.row.bg1/bg2 > dl.row-item
  topic_read`` with ``a.topictitle`` (``./viewtopic.php?t=N``), in-row topic pagination on long
  topics, "by <a class=username-coloured>name</a> » Tue Mar 11, 2025 9:14 pm", ``dd.posts`` "12
  <dfn>Replies</dfn>", ``dd.views`` and ``dd.lastpost`` "by X » date". Ten topics a page
  (``&start=10``), "Jump to" box, who is online, footer. Written down: title, url, author, date,
  replies, views, last_poster, last_post_date (the announcement and the sticky once each).

Run ``uv run python tests/sites/corpus/generate_fifteenth_b.py`` to rebuild them (the helpers and the
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

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

FIFTEENTH_B: dict[str, Callable[[], None]] = {}


def fifteenth_b(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    FIFTEENTH_B[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


# ---------------------------------------------------------------------------------------------------
# talkgrid: a pretalx schedule, one page per day.
# ---------------------------------------------------------------------------------------------------

TG_EVENT = "democon-2025"
TG_DAYS = ["2025-09-16", "2025-09-17", "2025-09-18"]
TG_TRACKS = {
    "Infrastructure": "#3aa57c",
    "Data & AI": "#8a4fd6",
    "Community": "#e2a32b",
    "Security": "#d64545",
    "Web": "#2f7fd1",
}
# (start, end, room, title, speakers, track, type, language) — a None title is a break row.
TG_SCHEDULE: list[list[tuple[Any, ...]]] = [
    [
        (
            "09:00",
            "09:45",
            "Hall A",
            "Opening Keynote: Twenty Years of Open Infrastructure",
            ["Miriam Okafor"],
            "Community",
            "Keynote",
            "en",
        ),
        (
            "10:00",
            "10:30",
            "Hall A",
            "Running Postgres on Kubernetes Without Tears",
            ["Jonas Reinholt"],
            "Infrastructure",
            "Talk",
            "en",
        ),
        (
            "10:00",
            "10:30",
            "Hall B",
            "Barrierefreiheit im Formular: was Screenreader wirklich brauchen",
            ["Lea Hoffmann"],
            "Web",
            "Talk",
            "de",
        ),
        ("10:30", "11:00", None, "Coffee break", [], None, None, None),
        (
            "11:00",
            "12:30",
            "Workshop Room 1",
            "Hands-on: Threat Modelling Your CI Pipeline",
            ["Sanjay Iyer", "Katrin Vogel"],
            "Security",
            "Workshop",
            "en",
        ),
        (
            "11:00",
            "11:30",
            "Hall A",
            "Observability on a Budget with OpenTelemetry",
            ["Priya Natarajan"],
            "Infrastructure",
            "Talk",
            "en",
        ),
        (
            "11:45",
            "12:15",
            "Hall B",
            "Small Language Models at the Edge",
            ["Tomás Ferreira"],
            "Data & AI",
            "Talk",
            "en",
        ),
        ("12:30", "13:30", None, "Lunch", [], None, None, None),
        (
            "13:30",
            "14:00",
            "Hall A",
            "How We Moved 400 Services to ARM",
            ["Elena Marchetti", "Dave Kowalczyk"],
            "Infrastructure",
            "Talk",
            "en",
        ),
        (
            "14:30",
            "15:00",
            "Hall B",
            "Maintainer Burnout Is an Infrastructure Problem",
            ["Aisha Bello"],
            "Community",
            "Talk",
            "en",
        ),
        (
            "15:15",
            "15:45",
            "Hall A",
            "Passkeys in Practice: One Year in Production",
            ["Noah Lindqvist"],
            "Security",
            "Talk",
            "en",
        ),
        (
            "16:00",
            "16:30",
            "Hall B",
            "Vom Monolithen zu Modulen: ein Erfahrungsbericht",
            ["Felix Brandt"],
            "Web",
            "Talk",
            "de",
        ),
    ],
    [
        (
            "09:00",
            "09:45",
            "Hall A",
            "Keynote: The Data Commons We Forgot to Build",
            ["Hannah Osei"],
            "Data & AI",
            "Keynote",
            "en",
        ),
        (
            "10:00",
            "10:30",
            "Hall A",
            "Streaming Joins Explained with Toy Trains",
            ["Ravi Menon"],
            "Data & AI",
            "Talk",
            "en",
        ),
        ("10:00", "10:30", "Hall B", "CSS Container Queries Beyond the Demo", ["Chloé Durand"], "Web", "Talk", "en"),
        ("10:30", "11:00", None, "Coffee break", [], None, None, None),
        (
            "11:00",
            "12:30",
            "Workshop Room 1",
            "Workshop: Your First Contribution to an Open-Source Compiler",
            ["Marek Nowak", "Yuki Tanaka", "Sofia Alves"],
            "Community",
            "Workshop",
            "en",
        ),
        (
            "11:00",
            "11:30",
            "Hall A",
            "Supply-Chain Attacks on Package Registries, Dissected",
            ["Oliver Grant"],
            "Security",
            "Talk",
            "en",
        ),
        (
            "11:45",
            "12:15",
            "Hall B",
            "Evaluating RAG Systems Honestly",
            ["Fatima Zahra El Idrissi"],
            "Data & AI",
            "Talk",
            "en",
        ),
        ("12:30", "13:30", None, "Lunch", [], None, None, None),
        (
            "13:30",
            "14:00",
            "Hall A",
            "Zero-Downtime Schema Migrations",
            ["Benedikt Schulz"],
            "Infrastructure",
            "Talk",
            "de",
        ),
        (
            "14:30",
            "15:00",
            "Hall B",
            "Designing Docs People Actually Read",
            ["Grace Whitfield"],
            "Community",
            "Talk",
            "en",
        ),
        (
            "15:15",
            "16:45",
            "Workshop Room 1",
            "Workshop: Fuzzing Rust Parsers with cargo-fuzz",
            ["Ingrid Solberg"],
            "Security",
            "Workshop",
            "en",
        ),
        (
            "15:15",
            "15:45",
            "Hall A",
            "WebAssembly Components for Plugin Systems",
            ["Lucas Pereira", "Anna Kovacs"],
            "Web",
            "Talk",
            "en",
        ),
    ],
    [
        (
            "09:30",
            "10:00",
            "Hall A",
            "Carbon-Aware Scheduling for Batch Jobs",
            ["Mette Kristensen"],
            "Infrastructure",
            "Talk",
            "en",
        ),
        (
            "09:30",
            "10:00",
            "Hall B",
            "Datenschutz by Design in Analytics-Pipelines",
            ["Julia Wagner"],
            "Data & AI",
            "Talk",
            "de",
        ),
        (
            "10:15",
            "10:45",
            "Hall A",
            "Reproducible Builds: Where Are We in 2025?",
            ["Peter Haas"],
            "Security",
            "Talk",
            "en",
        ),
        ("10:45", "11:15", None, "Coffee break", [], None, None, None),
        ("11:15", "11:45", "Hall B", "Island Architecture for Content Sites", ["Bruno Costa"], "Web", "Talk", "en"),
        (
            "11:15",
            "12:45",
            "Workshop Room 1",
            "Workshop: Mentoring New Maintainers",
            ["Aisha Bello", "Grace Whitfield"],
            "Community",
            "Workshop",
            "en",
        ),
        (
            "12:00",
            "12:30",
            "Hall A",
            "Vector Search Inside Your Existing Database",
            ["Ravi Menon"],
            "Data & AI",
            "Talk",
            "en",
        ),
        ("12:45", "13:45", None, "Lunch", [], None, None, None),
        (
            "14:00",
            "14:45",
            "Hall A",
            "Closing Keynote: Software That Outlives Us",
            ["Miriam Okafor", "Hannah Osei"],
            "Community",
            "Keynote",
            "en",
        ),
    ],
]


def _tg_code(text: str, length: int = 6) -> str:
    """A pretalx-style code (uppercase letters and digits, no look-alikes)."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ3789"
    rnd = random.Random(text)
    return "".join(rnd.choice(alphabet) for _ in range(length))


def _tg_date_heading(day: str) -> str:
    return datetime.fromisoformat(day).strftime("%A, %-d %B %Y")


def _tg_talk(slot: tuple[Any, ...], day: str) -> str:
    start, end, room, title, speakers, track, kind, lang = slot
    if room is None:
        return f"""
        <div class="talk break" style="--track-color: #cfd4da;">
          <div class="talk-content">
            <div class="talk-title break-title">{esc(title)}</div>
            <div class="talk-meta"><span class="time">{start}–{end}</span></div>
          </div>
        </div>"""
    code = _tg_code(title)
    colour = TG_TRACKS[track]
    speaker_links = ", ".join(
        f'<a href="/{TG_EVENT}/speaker/{_tg_code(name)}/" class="speaker">{esc(name)}</a>' for name in speakers
    )
    return f"""
        <div class="talk has-track" id="talk-{code}" data-code="{code}" data-start="{day}T{start}:00+02:00" style="--track-color: {colour};">
          <div class="talk-content">
            <div class="talk-head">
              <span class="talk-type badge {kind.lower()}">{kind}</span>
              <span class="language" title="Language: {"English" if lang == "en" else "Deutsch"}">{lang}</span>
              <button class="btn-fav" aria-label="Add to favourites" data-code="{code}"><i class="fa fa-star-o"></i></button>
            </div>
            <a class="talk-title" href="/{TG_EVENT}/talk/{code}/">{esc(title)}</a>
            <div class="talk-speakers"><i class="fa fa-user-o" aria-hidden="true"></i> {speaker_links}</div>
            <div class="talk-meta">
              <span class="time"><i class="fa fa-clock-o" aria-hidden="true"></i> {start}–{end}</span>
              <span class="room"><i class="fa fa-map-marker" aria-hidden="true"></i> {esc(room)}</span>
            </div>
            <div class="talk-track"><span class="track-chip" style="background-color: {colour};"></span> {esc(track)}</div>
          </div>
        </div>"""


def _tg_page(number: int) -> str:
    day = TG_DAYS[number - 1]
    slots = TG_SCHEDULE[number - 1]
    blocks: list[str] = []
    for start in dict.fromkeys(slot[0] for slot in slots):
        talks = "".join(_tg_talk(slot, day) for slot in slots if slot[0] == start)
        blocks.append(f"""
      <div class="pretalx-schedule-time-block" data-time="{start}">
        <div class="time-block-time"><span class="time-label">{start}</span></div>
        <div class="time-block-talks">{talks}
        </div>
      </div>""")
    tabs = "".join(
        f'<a class="day-tab{" active" if i == number else ""}" href="/{TG_EVENT}/schedule/?day={i}"{" aria-current=page" if i == number else ""}>{datetime.fromisoformat(d).strftime("%a %-d %b")}</a>'
        for i, d in enumerate(TG_DAYS, 1)
    )
    legend = "".join(
        f'<li class="track-filter"><label><input type="checkbox" checked value="{esc(t)}"><span class="track-chip" style="background-color: {c};"></span> {esc(t)}</label></li>'
        for t, c in TG_TRACKS.items()
    )
    return f"""<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>Schedule :: DemoCon 2025 :: pretalx</title>
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="description" content="Schedule for DemoCon 2025">
    <link rel="stylesheet" href="/static/CACHE/css/output.4b2c1d9e0f7a.css" type="text/css">
    <link rel="alternate" type="application/json" href="/{TG_EVENT}/schedule/widgets/schedule.json">
    <link rel="alternate" type="text/calendar" href="/{TG_EVENT}/schedule/export/schedule.ics">
    <script defer src="/static/agenda/js/pretalx-schedule.min.js"></script>
    <style>:root {{ --color-primary: #1f6f8b; }}</style>
  </head>
  <body>
    <div id="top-bg" class="header"></div>
    <div class="container" id="main-container">
      <header>
        <a href="/{TG_EVENT}/" id="header-image"><img src="/media/{TG_EVENT}/img/header_banner.png" alt="DemoCon 2025 logo"></a>
        <div class="event-info">
          <h1><a href="/{TG_EVENT}/">DemoCon 2025</a></h1>
          <p class="event-dates">Sept. 16 – 18, 2025 · Lisbon Congress Centre</p>
        </div>
        <nav id="event-nav" class="nav-tabs">
          <a href="/{TG_EVENT}/schedule/" class="active"><i class="fa fa-calendar"></i> Schedule</a>
          <a href="/{TG_EVENT}/talk/"><i class="fa fa-comments-o"></i> Sessions</a>
          <a href="/{TG_EVENT}/speaker/"><i class="fa fa-group"></i> Speakers</a>
          <a href="/{TG_EVENT}/featured/"><i class="fa fa-star"></i> Featured</a>
          <a href="/{TG_EVENT}/cfp"><i class="fa fa-bullhorn"></i> Call for Participation</a>
        </nav>
      </header>
      <main>
        <div class="schedule-header">
          <div class="schedule-version"><a href="/{TG_EVENT}/schedule/changelog/">Version 1.4</a> · <a href="/{TG_EVENT}/schedule/v/1.4/">permalink</a></div>
          <div class="schedule-actions">
            <a class="btn btn-outline-info" href="/{TG_EVENT}/schedule/export/schedule.ics"><i class="fa fa-calendar-plus-o"></i> Add to calendar</a>
            <a class="btn btn-outline-info" href="/{TG_EVENT}/schedule/nojs">No-JS schedule</a>
          </div>
        </div>
        <p class="timezone-note">All times are in Europe/Lisbon (WEST, UTC+1). <a href="#" class="tz-switch">Show in my timezone</a></p>
        <pretalx-schedule event-url="/{TG_EVENT}/" locale="en" format="list" style="--pretalx-clr-primary: #1f6f8b">
          <div class="pretalx-tabbed-days" role="tablist">{tabs}</div>
          <details class="pretalx-schedule-filter">
            <summary>Filter by track</summary>
            <ul class="track-legend">{legend}</ul>
          </details>
          <div class="pretalx-schedule-day" data-date="{day}">
            <h2 class="pretalx-schedule-day-header">{_tg_date_heading(day)}</h2>{"".join(blocks)}
          </div>
        </pretalx-schedule>
        <noscript><div class="alert alert-info">Enable JavaScript for the interactive grid schedule.</div></noscript>
      </main>
      <footer>
        <a href="/{TG_EVENT}/privacy">Privacy</a> · <a href="https://democon.example/imprint">Imprint</a> ·
        powered by <a href="https://pretalx.com" target="_blank" rel="noopener">pretalx</a>
        <div class="sponsor-strip"><span>Platinum sponsors</span> <a href="https://northwind.example/?utm_source=democon"><img src="/media/{TG_EVENT}/sponsors/northwind.svg" alt="Northwind Cloud"></a> <a href="https://contoso.example/?utm_source=democon"><img src="/media/{TG_EVENT}/sponsors/contoso.svg" alt="Contoso Data"></a></div>
      </footer>
    </div>
  </body>
</html>"""


@fifteenth_b
def build_talkgrid() -> None:
    s = Site(
        "talkgrid",
        kind="conference schedule (pretalx list view: talks under day headings and time slots, break rows, day tabs ?day=N)",
        start=f"{TG_EVENT}/schedule/",
        description="A pretalx 2024–25 schedule: div.talk cards in time blocks, speaker links, rooms, 14:30–15:00 times, track chips, type and language marks, Lunch rows without links; one page per day.",
    )
    for number in (1, 2, 3):
        path = f"{TG_EVENT}/schedule/index.html" if number == 1 else f"{TG_EVENT}/schedule/@day={number}"
        s.list_page(path, _tg_page(number))
        if number == 1:  # the day tabs link the first day as ?day=1 too
            s.write(f"{TG_EVENT}/schedule/@day=1", _tg_page(number))
        for start, end, room, title, speakers, track, kind, lang in TG_SCHEDULE[number - 1]:
            if room is None:
                continue
            s.expect(
                {
                    "title": title,
                    "url": f"/{TG_EVENT}/talk/{_tg_code(title)}/",
                    "speakers": speakers,
                    "date": TG_DAYS[number - 1],
                    "time": start,
                    "end_time": end,
                    "room": room,
                    "track": track,
                    "type": kind,
                    "language": lang,
                }
            )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# vuemarket: a Vue 3 SPA whose cards are rendered from a JSON API.
# ---------------------------------------------------------------------------------------------------

# (name, price, compareAtPrice, rating, reviewCount, tags, inStock)
VM_PRODUCTS: list[tuple[Any, ...]] = [
    ("Stoneware Pour-Over Coffee Dripper", 34.0, None, 4.7, 212, ["coffee", "ceramics"], True),
    ("Linen Tea Towel Set of 3", 24.9, 29.9, 4.5, 88, ["linen", "kitchen"], True),
    ("Walnut Serving Board Large", 59.0, None, 4.8, 143, ["wood", "serving"], True),
    ("Hand-Blown Glass Carafe 1L", 42.5, None, 4.4, 57, ["glass", "table"], False),
    ("Cast Iron Skillet 26 cm", 48.0, 64.0, 4.9, 519, ["cookware", "cast iron"], True),
    ("Beeswax Food Wraps (Pack of 4)", 16.5, None, 4.2, 301, ["zero waste"], True),
    ("Enamel Camping Mug Sage", 14.0, None, None, 0, ["enamel", "outdoor"], True),
    ("Japanese Chef's Knife 21 cm", 129.0, 149.0, 4.8, 76, ["knives", "kitchen"], True),
    ("Terracotta Herb Planter Trio", 38.0, None, 4.1, 29, ["garden", "ceramics"], True),
    ("Wool Throw Blanket Oatmeal", 89.0, None, 4.6, 164, ["wool", "living"], False),
    ("Marble Mortar and Pestle", 36.0, 45.0, 4.5, 98, ["stone", "kitchen"], True),
    ("Bamboo Dish Rack", 27.9, None, 3.9, 45, ["bamboo", "kitchen"], True),
    ("Copper Moscow Mule Mugs (2)", 32.0, None, 4.3, 61, ["copper", "bar"], True),
    ("French Press 8-Cup Matte Black", 39.0, 49.0, 4.4, 233, ["coffee"], True),
    ("Ceramic Table Lamp Dune", 119.0, None, 4.7, 38, ["lighting", "ceramics"], True),
    ("Organic Cotton Apron Navy", 29.0, None, 4.6, 112, ["cotton", "kitchen"], True),
    ("Olive Wood Salad Servers", 22.0, None, 4.8, 87, ["wood", "serving"], False),
    ("Stainless Steel Lunch Box", 31.5, 35.0, 4.0, 52, ["zero waste", "outdoor"], True),
    ("Rattan Storage Basket Medium", 44.0, None, 4.5, 70, ["storage", "living"], True),
    ("Glass Meal Prep Containers (5)", 34.9, None, 4.3, 190, ["glass", "storage"], True),
    ("Hand-Thrown Ramen Bowl", 28.0, None, None, 0, ["ceramics", "table"], True),
    ("Electric Gooseneck Kettle", 79.0, 99.0, 4.6, 402, ["coffee", "electric"], True),
    ("Soy Wax Candle Fig & Cedar", 26.0, None, 4.4, 148, ["candles", "living"], True),
    ("Recycled Glass Tumblers (4)", 24.0, None, 4.2, 66, ["glass", "table"], False),
    ("Cheese Knife Trio", 33.0, None, 4.7, 41, ["knives", "serving"], True),
    ("Pasta Drying Rack Beech", 23.5, 27.0, 4.1, 34, ["wood", "kitchen"], True),
    ("Cold Brew Bottle 1L", 29.9, None, 4.5, 120, ["coffee", "glass"], True),
    ("Cork Trivets Set of 2", 12.0, None, 4.6, 95, ["cork", "table"], True),
    ("Pizza Stone with Peel", 54.0, 69.0, 4.3, 81, ["baking", "stone"], True),
    ("Merino Oven Gloves", 27.0, None, 4.8, 23, ["wool", "baking"], False),
]

VM_BUNDLE = r"""import{a as ae}from"./vendor-CkJd7Qe1.js";
const A="data-v-7ba5bd90",L=12,fmt=new Intl.NumberFormat("en-IE",{style:"currency",currency:"EUR"});
function h(t,p,c){const e=document.createElement(t);e.setAttribute(A,"");for(const k in p||{})k==="class"?e.className=p[k]:e.setAttribute(k,p[k]);for(const x of[].concat(c||[]))e.append(x);return e}
function money(m){return new Intl.NumberFormat("en-IE",{style:"currency",currency:m.currency}).format(m.amount)}
function stars(p){if(!p.reviewCount)return h("div",{class:"rating rating--empty"},"No reviews yet");const s=h("span",{class:"stars","aria-hidden":"true",style:"--rating:"+p.rating});return h("div",{class:"rating",role:"img","aria-label":"Rated "+p.rating+" out of 5 stars"},[s,h("span",{class:"rating__value"},String(p.rating)),h("span",{class:"rating__count"},"("+p.reviewCount+")")])}
function card(p){const price=[h("span",{class:"price__current"+(p.compareAtPrice?" price__current--sale":"")},money(p.price))];if(p.compareAtPrice)price.push(h("s",{class:"price__compare"},money(p.compareAtPrice)));
return h("li",{class:"product-grid__item"},h("article",{class:"product-card"+(p.inStock?"":" product-card--soldout"),"data-product-id":String(p.id)},[
h("a",{class:"product-card__media",href:"/products/"+p.slug,tabindex:"-1"},h("img",{src:p.image.src,alt:p.image.alt,loading:"lazy",width:"480",height:"480"})),
h("ul",{class:"product-card__tags"},p.tags.map(t=>h("li",{class:"chip chip--sm"},t))),
h("h3",{class:"product-card__title"},h("a",{href:"/products/"+p.slug},p.name)),stars(p),
h("div",{class:"price"},price),h("p",{class:"stock "+(p.inStock?"stock--in":"stock--out")},p.inStock?"In stock":"Out of stock"),
h("button",{class:"btn btn--primary",type:"button",...(p.inStock?{}:{disabled:""})},p.inStock?"Add to cart":"Notify me")]))}
function pager(m){const n=h("nav",{class:"pagination","aria-label":"Pagination"});for(let i=1;i<=m.totalPages;i++)n.append(h("a",{class:"pagination__link"+(i===m.page?" is-active":""),href:"/shop/?page="+i,...(i===m.page?{"aria-current":"page"}:{})},String(i)));if(m.page<m.totalPages)n.append(h("a",{class:"pagination__next",href:"/shop/?page="+(m.page+1),rel:"next"},"Next"));return n}
async function mount(){const app=document.getElementById("app"),page=Number(new URLSearchParams(location.search).get("page")||1);
const r=await fetch("/api/v2/products?page="+page+"&limit="+L,{headers:{Accept:"application/json"}});const j=await r.json();
const head=h("header",{class:"catalog-header"},[h("h1",{},"All products"),h("p",{class:"catalog-header__count"},j.meta.total+" products")]);
const grid=h("ul",{class:"product-grid"},j.data.map(card));
app.replaceChildren(h("div",{class:"catalog"},[head,grid,pager(j.meta)]));document.getElementById("skeleton")?.remove();document.title="All products – Vuemarket"}
mount().catch(e=>{document.getElementById("app").textContent="Something went wrong. Please reload.";console.error(e)});
"""

VM_VENDOR = """/* vue@3.4.38 runtime (tree-shaken stub for the shell) */export const a={version:"3.4.38"};\n"""


def _vm_shell() -> str:
    skeleton = "".join(
        '<div class="sk-card"><div class="sk-img"></div><div class="sk-line"></div><div class="sk-line sk-line--short"></div></div>'
        for _ in range(8)
    )
    return f"""<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="UTF-8">
    <link rel="icon" type="image/svg+xml" href="/favicon.svg">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Vuemarket</title>
    <script type="module" crossorigin src="/assets/index-Dq3k9ZfA.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/vendor-CkJd7Qe1.js">
    <link rel="stylesheet" crossorigin href="/assets/index-B7x2mR4c.css">
    <style>.sk-card{{background:#f2f2f2;border-radius:8px;height:360px}}.sk-grid{{display:grid;grid-template-columns:repeat(4,1fr);gap:16px}}</style>
  </head>
  <body>
    <div id="app"></div>
    <div id="skeleton" class="sk-grid" aria-busy="true" aria-label="Loading products">{skeleton}</div>
  </body>
</html>"""


def _vm_item(index: int, item: tuple[Any, ...]) -> dict[str, Any]:
    name, price, was, rating, reviews, tags, in_stock = item
    handle = slug(name)
    return {
        "id": 40100 + index * 7,
        "name": name,
        "slug": handle,
        "sku": f"VM-{1000 + index * 13}",
        "price": {"amount": price, "currency": "EUR"},
        "compareAtPrice": {"amount": was, "currency": "EUR"} if was else None,
        "rating": rating,
        "reviewCount": reviews,
        "tags": tags,
        "inStock": in_stock,
        "image": {"src": f"https://cdn.vuemarket.test/img/products/{handle}-480.webp", "alt": name},
        "createdAt": f"2025-0{1 + index % 9}-{10 + index % 18}T09:00:00Z",
    }


@fifteenth_b
def build_vuemarket() -> None:
    s = Site(
        "vuemarket",
        kind="JS-only product list (Vue 3 SPA over a JSON API)",
        start="shop/",
        description="A Vue 3 single-page shop: the HTML holds an empty #app, a skeleton and a module bundle that fetches /api/v2/products?page=N&limit=12 and renders product cards and a ?page=N pager in the browser.",
    )
    s.write("assets/index-Dq3k9ZfA.js", VM_BUNDLE)
    s.write("assets/vendor-CkJd7Qe1.js", VM_VENDOR)
    s.write(
        "assets/index-B7x2mR4c.css",
        ".product-grid{display:grid;grid-template-columns:repeat(4,1fr);gap:16px;list-style:none}.price__compare{color:#888}.stock--out{color:#b00}",
    )
    items = [_vm_item(i, p) for i, p in enumerate(VM_PRODUCTS)]
    pages = chunks(items, [12, 12, 6])
    for number, page in enumerate(pages, 1):
        s.write(f"shop/@page={number}", _vm_shell())  # the pager links every page as ?page=N
        if number == 1:
            s.write("shop/index.html", _vm_shell())
        body = {
            "data": page,
            "meta": {"page": number, "limit": 12, "total": len(items), "totalPages": len(pages)},
            "links": {"next": f"/api/v2/products?page={number + 1}&limit=12" if number < len(pages) else None},
        }
        s.list_page(f"api/v2/products@page={number}&limit=12", json.dumps(body, ensure_ascii=False))
    for item in items:
        was = item["compareAtPrice"]
        s.expect(
            {
                "title": item["name"],
                "url": f"/products/{item['slug']}",
                "price": item["price"]["amount"],
                "currency": "EUR",
                "original_price": was["amount"] if was else None,
                "rating": item["rating"] if item["reviewCount"] else None,
                "review_count": item["reviewCount"] or None,
                "tags": item["tags"],
                "availability": "In stock" if item["inStock"] else "Out of stock",
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# boardroom-forum: a phpBB 3.3 prosilver topic list.
# ---------------------------------------------------------------------------------------------------

BR_USERS = [
    "meeplemaven",
    "Hexfield",
    "dice_goblin",
    "Carcassonne_Kate",
    "worker_placement",
    "TheRulesLawyer",
    "ameritrash_andy",
    "Brettspielfan",
    "solo_sam",
    "euro_snob",
    "KickstarterKev",
    "paintedminis",
]
BR_STAFF = {"BoardroomAdmin": "#AA0000", "Tabletop_Mod": "#00AA00"}
BR_TITLES = [
    "Ark Nova solo mode: is the automa too easy after 20 plays?",
    "Spirit Island – best spirit for teaching new players",
    "Brass: Birmingham vs Lancashire, which one to buy first?",
    "Sleeving cards: Mayday vs Dragon Shield for a 2-year-old collection",
    "Twilight Imperium 4th ed. in one day – tips for a 6-player session",
    "Heat: Pedal to the Metal – legends module feels swingy",
    "Gloomhaven Jaws of the Lion campaign log (spoilers inside)",
    "Cascadia scoring cards we never use",
    "Has anyone tried the new Dune: Imperium Uprising 6p mode?",
    "Storage solutions for Terraforming Mars with all expansions",
    "Rules question: Root – Vagabond aid and crafted items",
    "Looking for a weekly group in Leeds (Tuesdays)",
    "Wingspan Asia as a standalone two-player game",
    "Game-night disaster stories",
    "Best heavy euros of 2024 – your top 5",
    "Power Grid recharged map recommendations",
    "Everdell Complete Collection shipping delays",
    "Teaching Through the Ages to non-gamers: don't",
    "Azul variants for kids under 8",
    "Painting Blood Rage miniatures – first attempt photos",
    "Castles of Burgundy 2019 vs original tiles",
    "Lost Ruins of Arnak expedition leaders balance",
    "Any word on a Concordia reprint?",
    "Undaunted: Stalingrad campaign halfway thoughts",
    "Quacks of Quedlinburg alchemists expansion worth it?",
    "Favourite two-player-only games of all time",
    "Food Chain Magnate: first game took 5 hours",
    "Organising a charity board-game marathon",
]


def _br_stamp(moment: datetime) -> str:
    return moment.strftime("%a %b %-d, %Y %-I:%M ") + moment.strftime("%p").lower()


def _br_user(name: str) -> str:
    uid = 50 + sum(map(ord, name)) % 900
    if name in BR_STAFF:
        return f'<a href="./memberlist.php?mode=viewprofile&amp;u={uid}" style="color: {BR_STAFF[name]};" class="username-coloured">{esc(name)}</a>'
    return f'<a href="./memberlist.php?mode=viewprofile&amp;u={uid}" class="username">{esc(name)}</a>'


def _br_topics() -> list[dict[str, Any]]:
    rnd = random.Random(15_2)
    topics: list[dict[str, Any]] = []
    last = datetime(2025, 3, 12, 21, 40)
    specials = [
        (
            "Forum rules and posting guidelines – please read",
            "BoardroomAdmin",
            "global",
            datetime(2023, 1, 8, 10, 2),
            0,
            18_422,
        ),
        ("Monthly Game Swap thread – March 2025", "Tabletop_Mod", "sticky", datetime(2025, 3, 1, 8, 0), 47, 3_118),
    ]
    for title, author, kind, started, replies, views in specials:
        last_post = started if not replies else datetime(2025, 3, 11, 19, 5)
        topics.append(
            {
                "id": 901 + len(topics),
                "title": title,
                "author": author,
                "kind": kind,
                "started": started,
                "replies": replies,
                "views": views,
                "last_poster": author if not replies else "dice_goblin",
                "last": last_post,
            }
        )
    for index, title in enumerate(BR_TITLES):
        author = BR_USERS[index % len(BR_USERS)]
        last = last - timedelta(hours=rnd.randint(3, 30), minutes=rnd.randint(0, 59))
        replies = rnd.choice([0, 1, 3, 5, 8, 12, 19, 27, 42, 63])
        started = last - timedelta(days=rnd.randint(0, 20), hours=rnd.randint(1, 12)) if replies else last
        poster = author if not replies else rnd.choice([*BR_USERS, "Tabletop_Mod"])
        topics.append(
            {
                "id": 4_210 + index * 17,
                "title": title,
                "author": author,
                "kind": "normal",
                "started": started,
                "replies": replies,
                "views": replies * rnd.randint(18, 40) + rnd.randint(30, 400),
                "last_poster": poster,
                "last": last,
            }
        )
    return topics


def _br_row(topic: dict[str, Any], index: int) -> str:
    kind = topic["kind"]
    icon = {
        "global": "global_read",
        "sticky": "sticky_read",
        "normal": "topic_read" if topic["replies"] < 25 else "topic_read_hot",
    }[kind]
    href = f"./viewtopic.php?t={topic['id']}"
    pages = ""
    if topic["replies"] >= 25:
        count = topic["replies"] // 25 + 1
        pages = (
            '<div class="pagination"><span><i class="icon fa-clone fa-fw" aria-hidden="true"></i></span><ul>'
            + "".join(f'<li><a class="button" href="{href}&amp;start={25 * i}">{i + 1}</a></li>' for i in range(count))
            + "</ul></div>"
        )
    attach = '<i class="icon fa-paperclip fa-fw" aria-hidden="true"></i>' if topic["id"] % 3 == 0 else ""
    last_id = topic["id"] * 11 + topic["replies"]
    return f"""
        <li class="row bg{1 + index % 2}{" global-announce" if kind == "global" else " sticky" if kind == "sticky" else ""}">
          <dl class="row-item {icon}">
            <dt title="No unread posts">
              <div class="list-inner">
                <a href="{href}" class="topictitle">{esc(topic["title"])}</a>
                <br>
                <div class="responsive-show" style="display: none;">
                  Last post by {_br_user(topic["last_poster"])} &laquo; <a href="./viewtopic.php?p={last_id}#p{last_id}" title="Go to last post"><time datetime="{topic["last"].isoformat()}+00:00">{_br_stamp(topic["last"])}</time></a>
                </div>
                <span class="responsive-show left-box" style="display: none;">Replies: <strong>{topic["replies"]}</strong></span>
                {pages}
                <div class="topic-poster responsive-hide left-box">
                  {attach}by {_br_user(topic["author"])} &raquo; <time datetime="{topic["started"].isoformat()}+00:00">{_br_stamp(topic["started"])}</time>
                </div>
              </div>
            </dt>
            <dd class="posts">{topic["replies"]} <dfn>Replies</dfn></dd>
            <dd class="views">{topic["views"]} <dfn>Views</dfn></dd>
            <dd class="lastpost">
              <span><dfn>Last post </dfn>by {_br_user(topic["last_poster"])}
                <a href="./viewtopic.php?p={last_id}#p{last_id}" title="Go to last post"><i class="icon fa-external-link-square fa-fw icon-lightgray icon-md" aria-hidden="true"></i><span class="sr-only"></span></a>
                <br><time datetime="{topic["last"].isoformat()}+00:00">{_br_stamp(topic["last"])}</time>
              </span>
            </dd>
          </dl>
        </li>"""


def _br_pagination(number: int, total_pages: int, total: int) -> str:
    links = []
    if number > 1:
        prev = "./viewforum.php?f=7" + (f"&amp;start={10 * (number - 2)}" if number > 2 else "")
        links.append(
            f'<li class="arrow previous"><a class="button button-icon-only" href="{prev}" rel="prev" role="button"><i class="icon fa-chevron-left fa-fw" aria-hidden="true"></i><span class="sr-only">Previous</span></a></li>'
        )
    for i in range(1, total_pages + 1):
        href = "./viewforum.php?f=7" + (f"&amp;start={10 * (i - 1)}" if i > 1 else "")
        links.append(
            f'<li class="active"><span>{i}</span></li>'
            if i == number
            else f'<li><a class="button" href="{href}" role="button">{i}</a></li>'
        )
    if number < total_pages:
        links.append(
            f'<li class="arrow next"><a class="button button-icon-only" href="./viewforum.php?f=7&amp;start={10 * number}" rel="next" role="button"><i class="icon fa-chevron-right fa-fw" aria-hidden="true"></i><span class="sr-only">Next</span></a></li>'
        )
    return f"""<div class="pagination">
          {total} topics &bull;
          <ul>
            <li class="dropdown-container dropdown-button-control page-jump page-jump"><a class="button button-icon-only dropdown-trigger" href="#" title="Click to jump to page…" role="button"><i class="icon fa-level-down fa-rotate-270" aria-hidden="true"></i><span>Page <strong>{number}</strong> of <strong>{total_pages}</strong></span></a></li>
            {"".join(links)}
          </ul>
        </div>"""


def _br_page(
    number: int, total_pages: int, total: int, announcements: list[dict[str, Any]], topics: list[dict[str, Any]]
) -> str:
    announce_rows = "".join(_br_row(t, i) for i, t in enumerate(announcements))
    rows = "".join(_br_row(t, i) for i, t in enumerate(topics))
    pagination = _br_pagination(number, total_pages, total)
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="en-gb">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Strategy &amp; Euro Games - The Boardroom{" - Page " + str(number) if number > 1 else ""}</title>
<link rel="alternate" type="application/atom+xml" title="Feed - The Boardroom" href="/app.php/feed">
<link rel="alternate" type="application/atom+xml" title="Feed - Forum - Strategy &amp; Euro Games" href="/app.php/feed/forum/7">
<link rel="canonical" href="https://boardroom-forum.test/viewforum.php?f=7{"&amp;start=" + str(10 * (number - 1)) if number > 1 else ""}">
<link href="./assets/css/font-awesome.min.css?assets_version=42" rel="stylesheet">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=42" rel="stylesheet">
<link href="./styles/prosilver/theme/en/stylesheet.css?assets_version=42" rel="stylesheet">
</head>
<body id="phpbb" class="nojs notouch section-viewforum ltr ">
<div id="wrap" class="wrap">
  <a id="top" class="top-anchor" accesskey="t"></a>
  <div id="page-header">
    <div class="headerbar" role="banner">
      <div class="inner">
        <div id="site-description" class="site-description">
          <a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a>
          <h1>The Boardroom</h1>
          <p>Discussion for board gamers: strategy, reviews, rules and trades</p>
          <p class="skiplink"><a href="#start_here">Skip to content</a></p>
        </div>
        <div id="search-box" class="search-box search-header" role="search">
          <form action="./search.php" method="get" id="search">
            <fieldset><input name="keywords" id="keywords" type="search" maxlength="128" title="Search for keywords" class="inputbox search tiny" size="20" value="" placeholder="Search…" />
            <button class="button button-search" type="submit" title="Search"><i class="icon fa-search fa-fw" aria-hidden="true"></i><span class="sr-only">Search</span></button></fieldset>
          </form>
        </div>
      </div>
    </div>
    <div class="navbar" role="navigation">
      <div class="inner">
        <ul id="nav-main" class="nav-main linklist" role="menubar">
          <li id="quick-links" class="quick-links dropdown-container responsive-menu" data-skip-responsive="true"><a href="#" class="dropdown-trigger"><i class="icon fa-bars fa-fw" aria-hidden="true"></i><span>Quick links</span></a>
            <div class="dropdown"><ul class="dropdown-contents" role="menu">
              <li><a href="./search.php?search_id=unanswered" role="menuitem">Unanswered topics</a></li>
              <li><a href="./search.php?search_id=active_topics" role="menuitem">Active topics</a></li>
              <li><a href="./memberlist.php?mode=team" role="menuitem">The team</a></li>
            </ul></div>
          </li>
          <li data-skip-responsive="true"><a href="/app.php/help/faq" rel="help" title="Frequently Asked Questions" role="menuitem"><i class="icon fa-question-circle fa-fw" aria-hidden="true"></i><span>FAQ</span></a></li>
          <li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=login&amp;redirect=viewforum.php%3Ff%3D7" title="Login" accesskey="x" role="menuitem"><i class="icon fa-power-off fa-fw" aria-hidden="true"></i><span>Login</span></a></li>
          <li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=register" role="menuitem"><i class="icon fa-pencil-square-o fa-fw" aria-hidden="true"></i><span>Register</span></a></li>
        </ul>
        <ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar">
          <li class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">
            <span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a itemprop="item" href="./index.php" accesskey="h" data-navbar-reference="index"><i class="icon fa-home fa-fw"></i><span itemprop="name">Board index</span></a><meta itemprop="position" content="1" /></span>
            <span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope data-forum-id="2"><a itemprop="item" href="./viewforum.php?f=2"><span itemprop="name">Playing</span></a><meta itemprop="position" content="2" /></span>
            <span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope data-forum-id="7"><a itemprop="item" href="./viewforum.php?f=7"><span itemprop="name">Strategy &amp; Euro Games</span></a><meta itemprop="position" content="3" /></span>
          </li>
          <li class="rightside responsive-search"><a href="./search.php" title="View the advanced search options" role="menuitem"><i class="icon fa-search fa-fw" aria-hidden="true"></i><span class="sr-only">Search</span></a></li>
        </ul>
      </div>
    </div>
  </div>
  <a id="start_here" class="anchor"></a>
  <div id="page-body" class="page-body" role="main">
    <h2 class="forum-title"><a href="./viewforum.php?f=7">Strategy &amp; Euro Games</a></h2>
    <div><div style="display: none !important;">Worker placement, engine builders, area control and everything with little wooden cubes.<br /></div></div>
    <div class="rules">
      <div class="inner"><strong>Forum rules</strong><br />Put spoilers for campaign games in [spoiler] tags. Sales and trades go in the Marketplace forum, not here.</div>
    </div>
    <div class="action-bar bar-top">
      <a href="./posting.php?mode=post&amp;f=7" class="button" title="Post a new topic"><span>New Topic</span> <i class="icon fa-pencil fa-fw" aria-hidden="true"></i></a>
      <div class="search-box" role="search">
        <form method="get" id="forum-search" action="./search.php">
          <fieldset><input class="inputbox search tiny" type="search" name="keywords" id="search_keywords" size="20" placeholder="Search this forum…" />
          <button class="button button-search" type="submit" title="Search"><i class="icon fa-search fa-fw" aria-hidden="true"></i><span class="sr-only">Search</span></button>
          <input type="hidden" name="fid[0]" value="7" /></fieldset>
        </form>
      </div>
      {pagination}
    </div>
    <div class="forumbg announcement">
      <div class="inner">
        <ul class="topiclist">
          <li class="header">
            <dl class="row-item">
              <dt><div class="list-inner">Announcements</div></dt>
              <dd class="posts">Replies</dd>
              <dd class="views">Views</dd>
              <dd class="lastpost"><span>Last post</span></dd>
            </dl>
          </li>
        </ul>
        <ul class="topiclist topics">{announce_rows}
        </ul>
      </div>
    </div>
    <div class="forumbg">
      <div class="inner">
        <ul class="topiclist">
          <li class="header">
            <dl class="row-item">
              <dt><div class="list-inner">Topics</div></dt>
              <dd class="posts">Replies</dd>
              <dd class="views">Views</dd>
              <dd class="lastpost"><span>Last post</span></dd>
            </dl>
          </li>
        </ul>
        <ul class="topiclist topics">{rows}
        </ul>
      </div>
    </div>
    <div class="action-bar bar-bottom">
      <a href="./posting.php?mode=post&amp;f=7" class="button" title="Post a new topic"><span>New Topic</span> <i class="icon fa-pencil fa-fw" aria-hidden="true"></i></a>
      <form method="post" action="./viewforum.php?f=7{"&amp;start=" + str(10 * (number - 1)) if number > 1 else ""}">
        <div class="dropdown-container dropdown-container-left dropdown-button-control sort-tools"><span title="Display and sorting options" class="button button-secondary dropdown-trigger dropdown-select"><i class="icon fa-sort-amount-asc fa-fw" aria-hidden="true"></i><span class="caret"><i class="icon fa-sort-down fa-fw" aria-hidden="true"></i></span></span></div>
      </form>
      {pagination}
    </div>
    <div class="action-bar actions-jump">
      <p class="jumpbox-return"><a href="./index.php" class="left-box arrow-left" accesskey="r"><i class="icon fa-angle-left fa-fw icon-black" aria-hidden="true"></i><span>Return to Board Index</span></a></p>
      <div class="jumpbox dropdown-container dropdown-container-right dropdown-up dropdown-left dropdown-button-control" id="jumpbox">
        <span title="Jump to" class="button button-secondary dropdown-trigger dropdown-select"><span>Jump to</span></span>
        <div class="dropdown"><ul class="dropdown-contents">
          <li><a href="./viewforum.php?f=2" class="jumpbox-cat-link"><span> Playing</span></a></li>
          <li><a href="./viewforum.php?f=7" class="jumpbox-sub-link"><span class="spacer"></span> <span>&#8627; &nbsp; Strategy &amp; Euro Games</span></a></li>
          <li><a href="./viewforum.php?f=8" class="jumpbox-sub-link"><span class="spacer"></span> <span>&#8627; &nbsp; Wargames &amp; Miniatures</span></a></li>
          <li><a href="./viewforum.php?f=9" class="jumpbox-sub-link"><span class="spacer"></span> <span>&#8627; &nbsp; Marketplace</span></a></li>
        </ul></div>
      </div>
    </div>
    <div class="stat-block online-list">
      <h3>Who is online</h3>
      <p>Users browsing this forum: <a href="./memberlist.php?mode=viewprofile&amp;u=2" style="color: #9E8DA7;" class="username-coloured">Google [Bot]</a> and 6 guests</p>
    </div>
    <div class="stat-block permissions">
      <h3>Forum permissions</h3>
      <p>You <strong>cannot</strong> post new topics in this forum<br />You <strong>cannot</strong> reply to topics in this forum<br />You <strong>cannot</strong> edit your posts in this forum<br />You <strong>cannot</strong> delete your posts in this forum<br /></p>
    </div>
  </div>
  <div id="page-footer" class="page-footer" role="contentinfo">
    <div class="navbar" role="navigation"><div class="inner">
      <ul id="nav-footer" class="nav-footer linklist" role="menubar">
        <li class="breadcrumbs"><span class="crumb"><a href="./index.php" data-navbar-reference="index"><i class="icon fa-home fa-fw" aria-hidden="true"></i><span>Board index</span></a></span></li>
        <li class="rightside">All times are <span title="Europe/London">UTC</span></li>
        <li class="rightside"><a href="./ucp.php?mode=delete_cookies" role="menuitem"><i class="icon fa-trash fa-fw" aria-hidden="true"></i><span>Delete cookies</span></a></li>
        <li class="rightside" data-last-responsive="true"><a href="./memberlist.php?mode=contactadmin" role="menuitem"><i class="icon fa-envelope fa-fw" aria-hidden="true"></i><span>Contact us</span></a></li>
      </ul>
    </div></div>
    <div class="copyright">
      <p class="footer-row"><span class="footer-copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy; phpBB Limited</span></p>
      <p class="footer-row" role="menu"><a class="footer-link" href="./ucp.php?mode=privacy" title="Privacy" role="menuitem"><span class="footer-link-text">Privacy</span></a> | <a class="footer-link" href="./ucp.php?mode=terms" title="Terms" role="menuitem"><span class="footer-link-text">Terms</span></a></p>
    </div>
    <div id="cookie-notice" class="phpbb_alert cookies">We use cookies to keep you logged in and remember what you have read. <a href="./ucp.php?mode=privacy">Learn more</a> <a class="button" href="#">Got it!</a></div>
  </div>
</div>
<script src="./assets/javascript/jquery-3.7.1.min.js?assets_version=42"></script>
<script src="./assets/javascript/core.js?assets_version=42"></script>
<script src="./styles/prosilver/template/forum_fn.js?assets_version=42"></script>
</body>
</html>"""


@fifteenth_b
def build_boardroom_forum() -> None:
    s = Site(
        "boardroom-forum",
        kind="forum topic list (phpBB 3.3 prosilver: announcements list above topics, 'by X » date' lines, dfn-labelled counts, &start=N)",
        start="viewforum.php?f=7",
        description="A phpBB 3.3 prosilver viewforum page: a global announcement and a sticky in a separate list, li.row.bg1/bg2 topic rows with a.topictitle, 'by name » Tue Mar 11, 2025 9:14 pm', dd.posts / dd.views with <dfn> labels, dd.lastpost, in-row topic pagination, 'Page 1 of 3' with &start=10.",
    )
    topics = _br_topics()
    glob, sticky, normal = topics[0], topics[1], topics[2:]
    pages = chunks(normal, [10, 10, 8])
    total = len(topics) - 1
    for number, page in enumerate(pages, 1):
        announcements = [glob, sticky] if number == 1 else [glob]
        path = "viewforum.php@f=7" if number == 1 else f"viewforum.php@f=7&start={10 * (number - 1)}"
        s.list_page(path, _br_page(number, len(pages), total, announcements, page))
    for topic in topics:
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


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in FIFTEENTH_B.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
