"""Twenty-ninth wave, part C: a city events list built like AllEvents, a company review list built like
ConsumerAffairs and a preprint subject collection on bioRxiv's HighWire platform, copied from their real 2024–25
markup as a logged-out visitor gets it and written before any heuristic was changed for them.

The brief named Eventbrite, Trustpilot and arXiv; all three are already in the corpus (gatherly, trustmark,
xarchive), so each was replaced by another platform of the same kind.

* **happenly** — a city events directory built like AllEvents.in 2024–25, "Events in London" (``/london/all``,
  then ``?page=2`` / ``?page=3``; the pager's "1" goes back to ``/london/all``). The PHP + jQuery page: the header
  (logo, city switcher "London", search box, "Create Event", "Log in"), a category strip (``ul.category-list`` of
  ``/london/<category>`` links), the date tabs (Today / Tomorrow / This Weekend / Choose date), ``h1`` "Events in
  London" with "Showing 1 – 20 of 52 events", then ``ul.event-list.resgrid`` of ``li.event-card.event-card-link``
  (``data-link`` and ``data-eid``): a lazy ``img.banner-img`` (a GIF placeholder ``src`` and ``data-src``),
  ``div.meta`` with ``div.meta-top`` > ``div.date`` "Sat, 15 Mar • 07:30 PM" (no year) and on some a
  ``span.badge`` "Trending" / "Selling fast" / "Few tickets left", ``div.meta-middle`` > ``div.title > a > h3``
  and ``div.subtitle`` "Venue, street, London", ``div.meta-bottom`` with ``span.price`` "From £8.00" / "£35.00"
  / "Free" (nothing on some) and ``span.interested-count`` "412 interested" or "2.9K interested" whose ``title``
  holds the exact "2,961 people are interested"; the card's Interested / Share buttons. Each page has one
  "Promoted" card (same markup, ``li.event-card.promoted-event`` with ``span.promoted-tag``) at the third slot
  and an AdSense ``li.ad-card`` after the eighth and sixteenth cards; under the list a "View More" button and
  ``div.pagination`` (Prev / 1 2 3 / Next). A right column of "Popular searches" tags and an app banner, the
  footer, a cookie banner, JSON-LD of the page's events (with the year, which the cards leave out) and a
  ``window.AE_CITY`` config. 20 + 20 + 12 events. Written down: title, url, date ("--MM-DD": the card shows no
  year), time (as shown, "07:30 PM"), location (the subtitle line as shown), price + currency (where a price is
  shown; "Free" writes none), interested (the exact count from the title), badge (where shown).
* **gripeledger** — a consumer review site built like ConsumerAffairs 2024–25, the brand page of a meal-kit
  company (``/food/freshfork-meals.html``, then ``?page=2`` / ``?page=3`` with a ``#sort=recent&filter=none``
  fragment). The brand header (logo, ``h1`` "FreshFork Meals Reviews", an "Accredited Brand" badge, "Overall
  Satisfaction Rating" 4.1 with a star image, "Based on 2,318 ratings", the five-row distribution, the
  "Reviewers say" AI summary with its disclaimer), a "Write a review" link, sort / filter controls, then
  ``div#reviews-container`` of ``div.rvw.js-rvw[data-id][itemprop=review]``: ``div.rvw__hdr`` with the initial
  avatar, ``strong.rvw__inf-nm`` first name, ``span.rvw__inf-lctn`` "of Phoenix, AZ", on some a
  ``span.rvw__inf-ver`` "Verified Reviewer", the stars only as ``img.stars-rtg[alt="Rated with 4 stars"]``
  (``data-rating`` and microdata metas beside it); ``div.rvw-bd`` with ``p.rvw__rvd-dt`` "Original review: March
  3, 2025" and ``div.rvw__top-text`` with the text; ``div.rvw-foot`` with "12 people found this review helpful"
  (on some; "1 person found…") and Helpful / Share / Flag buttons; on some a ``div.rvw__rspn`` company response
  (logo, "FreshFork Meals response", its date, text). A GPT ad unit after the fourth review and a "Compare meal
  kit delivery services" sponsored box of three partner cards after the eighth (not records), the
  ``div.prf-pgntn`` pager, a sidebar "Buyers guide" and "Related brands", the footer and a OneTrust banner.
  12 + 12 + 8 reviews. Written down: author (the first name), location (without "of"), badge (where shown),
  rating, date (ISO day), text, helpful (where shown), response (the company's reply text, where shown).
* **zoorxiv** — a preprint server for zoology run on the bioRxiv / medRxiv HighWire platform (Drupal 7, 2024),
  the subject collection "Animal Behavior and Cognition" (``/collection/animal-behavior-and-cognition``, then the
  zero-based Drupal pager's ``?page=1`` / ``?page=2``). The HighWire chrome: ``body.html.not-front.not-logged-in
  .page-collection``, skip link, the header with the logo, "THE PREPRINT SERVER FOR ZOOLOGY", a menu, the search
  form and "Advanced Search", then a Panels layout: ``h1`` "Animal Behavior and Cognition" with RSS links and
  "Showing 1-10 of 27", ``div.highwire-list-wrapper > div.highwire-list > ul`` of
  ``li.(first|last)?.(odd|even).search-result.result-jcode-zoorxiv`` each holding
  ``div.highwire-article-citation[data-pisa][data-apath]`` > ``div.highwire-cite`` with
  ``span.highwire-cite-title > a.highwire-cite-linked-title > span.highwire-cite-title`` (to
  ``/content/10.1101/2025.03.10.642311v1``), ``div.highwire-cite-authors > span.highwire-citation-authors`` of
  ``span.highwire-citation-author`` (``span.nlm-given-names`` + ``span.nlm-surname``) joined by ", ",
  ``div.highwire-cite-metadata`` with "zooRxiv " / "2025.03.10.642311; " / "doi: https://doi.org/10.1101/…"
  spans and a "Posted March 14, 2025." line; then the pager (``ul.pager-items`` of numbers and ``li.pager-next``
  "Next"), a sidebar "Subject Areas" list of collections with counts, "Follow zooRxiv" links, the footer, the EU
  cookie compliance popup and ``jQuery.extend(Drupal.settings, …)``. 10 + 10 + 7 preprints. Written down:
  title, url, authors (list), doi (the doi.org URL as shown), date (ISO day of "Posted").

Run ``uv run python tests/sites/corpus/generate_twentyninth_c.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

TWENTYNINTH_C: dict[str, Callable[[], None]] = {}


def twentyninth_c(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TWENTYNINTH_C[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _num(text: str, size: int = 9) -> int:
    """A stable number derived from ``text`` (the real sites use database ids)."""
    return int(hashlib.sha1(text.encode()).hexdigest()[:12], 16) % (10**size)


def _long_day(day: date) -> str:
    """``March 3, 2025`` (US style, no leading zero)."""
    return f"{day.strftime('%B')} {day.day}, {day.year}"


# ---------------------------------------------------------------------------------------------------
# happenly: an AllEvents.in-style city events directory, /london/all?page=N.
# ---------------------------------------------------------------------------------------------------

HP_HOST = "https://happenly.com"
HP_PATH = "/london/all"
HP_PER_PAGE = 20
HP_CDN = "https://cdn-az.happenly.com/banners"

#: date | time | category | price ('' none shown, 'free', 'from:8.00' or '35.00') | interested | badge | title | location
HP_ROWS = """
2025-03-14|19:30|music|from:8.00|412|Trending|Friday Night Jazz Jam with the Vortex House Band|Vortex Jazz Club, 11 Gillett Square, London
2025-03-14|20:00|comedy|5.00|96||Comedy in the Cellar: New Material Night|The Harrison, 28 Harrison Street, London
2025-03-14|22:00|parties|from:15.00|1874|Selling fast|Bassline Therapy: UK Garage All Night|Colour Factory, Queen's Yard, London
2025-03-14|18:30|food-drinks|35.00|58||Natural Wine Tasting: Loire Valley Whites|Noble Fine Liquor, 27 Broadway Market, London
2025-03-15|10:00|workshops|free|233||Columbia Road Spring Plant Swap|St Peter's Church Hall, Hackney Road, London
2025-03-15|11:00|workshops|85.00|41|Few tickets left|Beginners' Sourdough Workshop|E5 Bakehouse, Arch 395 Mentmore Terrace, London
2025-03-15|14:00|tours|from:18.00|127||Hidden Soho Walking Tour|Outside Tottenham Court Road Station, London
2025-03-15|19:00|music|from:32.50|2961|Trending|Nilufar Reyes – The Long Way Home Tour|O2 Academy Brixton, 211 Stockwell Road, London
2025-03-15|19:30|music|from:30.00|5402|Selling fast|Candlelight: Vivaldi's Four Seasons|St Stephen Walbrook, 39 Walbrook, London
2025-03-15|21:00|nightlife|10.00|318||Salsa Social with Live Band|Bar Salsa!, 96 Charing Cross Road, London
2025-03-16|09:00|sports|from:12.00|77||Victoria Park 10K Spring Series|Victoria Park, Grove Road, London
2025-03-16|12:00|food-drinks|free|1096|Trending|Sunday Supper Club Street Food Market|Dinerama, 19 Great Eastern Street, London
2025-03-16|13:30|art||64||Life Drawing at the Old Library|Old Library Bethnal Green, Cambridge Heath Road, London
2025-03-16|15:00|performances|from:22.00|189||The Importance of Being Earnest (Matinee)|Questors Theatre, 12 Mattock Lane, London
2025-03-16|19:00|music|from:27.75|847||Marlowe Finch & The Quiet Hours|The Jazz Cafe, 5 Parkway, London
2025-03-17|18:30|business|free|152||Founders & Funders: Climate Tech Meetup|Runway East, 20 St Thomas Street, London
2025-03-17|19:00|workshops|45.00|38||Cocktail Masterclass: Mezcal & Tequila|Hacha, 378 Kingsland Road, London
2025-03-17|19:30|performances|from:15.00|203||An Evening of Irish Poetry for St Patrick's Eve|The Irish Cultural Centre, 5 Black's Road, London
2025-03-17|20:00|comedy||421||Monday Night Improv Jam|The Miller, 96 Snowsfields, London
2025-03-18|18:00|business|free|2318|Trending|London Tech Week Warm-Up Networking|Huckletree Shoreditch, 18 Finsbury Square, London
2025-03-18|19:00|workshops|28.00|55||Intro to Screen Printing|Print Club London, 10-28 Millers Avenue, London
2025-03-18|19:30|music|from:19.50|671||Ferns & Fables Live|Omeara, 6 O'Meara Street, London
2025-03-18|20:00|film|12.50|88||Cult Cinema Club: Withnail and I|The Castle Cinema, 64-66 Brooksby's Walk, London
2025-03-19|12:30|food-drinks|free|134||Borough Market Cheese Week Tasting|Borough Market, 8 Southwark Street, London
2025-03-19|18:30|art|free|512||Late Opening: Modern British Prints|Whitechapel Gallery, 77-82 Whitechapel High Street, London
2025-03-19|19:00|workshops|30.00|47||Wheel Throwing Taster Session|Turning Earth, 11 Argall Avenue, London
2025-03-19|19:30|comedy|from:14.00|1263|Selling fast|Rosa Klemmer: Work in Progress|Soho Theatre, 21 Dean Street, London
2025-03-19|20:00|music|from:11.00|296||Open Mic Night at the Troubadour|The Troubadour, 263-267 Old Brompton Road, London
2025-03-20|07:00|sports|free|143||Hampstead Heath Sunrise Run Club|Parliament Hill Lido, Gordon House Road, London
2025-03-20|18:45|business|from:25.00|86||Women in Data: Spring Panel|Google Academy, 123 Buckingham Palace Road, London
2025-03-20|19:00|performances|from:40.00|3877|Trending|Swan Lake by Candlelight|St Martin-in-the-Fields, Trafalgar Square, London
2025-03-20|19:30|music|from:24.00|735||Kestrel Avenue + Support|The Garage, 20-22 Highbury Corner, London
2025-03-20|21:00|nightlife|8.00|264||Thursday Disco Bingo|Bermondsey Social Club, 2 Priter Road, London
2025-03-21|18:00|food-drinks|from:55.00|119|Few tickets left|Six-Course Supper Club: Persian Spring Feast|The Nook, 113 Rye Lane, London
2025-03-21|19:00|art||176||Peckham Open Studios Late|Copeland Gallery, 133 Copeland Road, London
2025-03-21|19:30|music|from:35.00|1948||London Philharmonic: Mahler 5|Royal Festival Hall, Belvedere Road, London
2025-03-21|22:30|parties|from:20.00|4215|Selling fast|Warehouse Project: Spring Equinox|Printworks Canada Water, Surrey Quays Road, London
2025-03-22|10:00|workshops|65.00|61||Terrarium Building Workshop|Forest London, 150 Chatsworth Road, London
2025-03-22|11:00|sports|free|322||Parkrun Volunteer Breakfast|Burgess Park, Albany Road, London
2025-03-22|12:00|food-drinks|from:5.00|2604|Trending|Vegan Food Festival London|Spitalfields Market, 16 Horner Square, London
2025-03-22|14:00|kids|10.00|98||Family Science Saturday: Slime Lab|The Castle Centre, 2 Hunter Close, London
2025-03-22|19:30|performances|from:18.00|443||Shakespeare Under the Arches: Macbeth|Southwark Playhouse, 77-85 Newington Causeway, London
2025-03-22|23:00|parties|from:17.50|1137||Afrobeats Brunch After Dark|XOYO, 32-37 Cowper Street, London
2025-03-23|10:30|tours|from:22.00|84||Regent's Canal Boat Tour|Little Venice, Blomfield Road, London
2025-03-23|11:00|kids|free|151||Storytime in Spanish: Cuentos para Peques|Canada Water Library, 21 Surrey Quays Road, London
2025-03-23|13:00|food-drinks|from:30.00|377||Bottomless Jazz Brunch|Ronnie Scott's, 47 Frith Street, London
2025-03-23|16:00|music||229||Sunday Folk Session|The Harrison, 28 Harrison Street, London
2025-03-23|19:00|film|from:15.00|518||Studio Ghibli Live Score: Spirited Away|Barbican Centre, Silk Street, London
2025-03-24|18:30|business|free|97||Product Management Breakfast Club (Evening Edition)|WeWork Moorgate, 1 Fore Street Avenue, London
2025-03-24|19:00|workshops|38.00|33||Calligraphy for Beginners|The Fitzrovia Chapel, 2 Pearson Square, London
2025-03-24|19:30|comedy|from:9.00|260||Comedy Virgins: New Acts Night|The Cavendish Arms, 128 Hartington Road, London
2025-03-25|19:00|music|from:45.00|1689|Few tickets left|The Lumen Quartet – Bach by Night|Wigmore Hall, 36 Wigmore Street, London
"""

#: promoted cards (not records): page -> (date, time, price, interested, title, location)
HP_PROMOTED = {
    1: (
        "2025-03-28",
        "19:00",
        "from:49.00",
        3120,
        "The Great London Gin Festival",
        "Tobacco Dock, 50 Porter's Walk, London",
    ),
    2: (
        "2025-04-05",
        "10:00",
        "from:15.00",
        1402,
        "Wedding Fair at Alexandra Palace",
        "Alexandra Palace, Alexandra Palace Way, London",
    ),
    3: (
        "2025-03-29",
        "20:00",
        "from:25.00",
        988,
        "Immersive Gatsby Party Night",
        "The Bloomsbury Ballroom, Victoria House, London",
    ),
}

HP_CATEGORIES = [
    ("all", "All"),
    ("music", "Music"),
    ("parties", "Parties"),
    ("nightlife", "Nightlife"),
    ("performances", "Performances"),
    ("comedy", "Comedy"),
    ("food-drinks", "Food & Drinks"),
    ("workshops", "Workshops"),
    ("art", "Art"),
    ("business", "Business"),
    ("sports", "Sports"),
    ("kids", "Kids"),
    ("tours", "Tours"),
    ("film", "Film"),
]


class HPEvent(NamedTuple):
    day: date
    time: str
    category: str
    price: str
    interested: int
    badge: str
    title: str
    location: str


def _hp_events() -> list[HPEvent]:
    out = []
    for line in HP_ROWS.strip().splitlines():
        day, time, cat, price, interested, badge, title, location = line.split("|")
        out.append(HPEvent(date.fromisoformat(day), time, cat, price, int(interested), badge, title, location))
    return out


HP_EVENTS = _hp_events()


def _hp_eid(title: str) -> str:
    return f"8000{_num('hp' + title, 11):011d}"


def _hp_url(title: str) -> str:
    return f"/london/{slug(title)}/{_hp_eid(title)}"


def _hp_clock(time: str) -> str:
    """``19:30`` → ``07:30 PM`` (AllEvents keeps the leading zero)."""
    hour, minute = (int(x) for x in time.split(":"))
    return f"{(hour - 1) % 12 + 1:02d}:{minute:02d} {'AM' if hour < 12 else 'PM'}"


def _hp_when(day: date, time: str) -> str:
    return f"{day.strftime('%a')}, {day.day} {day.strftime('%b')} • {_hp_clock(time)}"


def _hp_count(n: int) -> str:
    if n < 1000:
        return str(n)
    return f"{n / 1000:.1f}".rstrip("0").rstrip(".") + "K"


def _hp_price(price: str) -> str:
    if not price:
        return ""
    if price == "free":
        return '<div class="price-container"><span class="price free">Free</span></div>'
    if price.startswith("from:"):
        return f'<div class="price-container"><span class="price">From £{price[5:]}</span></div>'
    return f'<div class="price-container"><span class="price">£{price}</span></div>'


def _hp_card(
    day: date,
    time: str,
    cat: str,
    price: str,
    interested: int,
    badge: str,
    title: str,
    location: str,
    promoted: bool = False,
) -> str:
    eid = _hp_eid(title)
    url = _hp_url(title)
    t = esc(title)
    badge_html = ""
    if promoted:
        badge_html = '<span class="promoted-tag" title="This event is promoted by its organiser">Promoted</span>'
    elif badge:
        badge_html = f'<span class="badge badge-{slug(badge)}">{esc(badge)}</span>'
    count = _hp_count(interested)
    return f"""
<li class="event-card event-card-link{" promoted-event" if promoted else ""}" data-link="{url}" data-eid="{eid}" data-cat="{cat}"{' data-promoted="1"' if promoted else ""}>
    <div class="thumb">
        <img class="banner-img lazy" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" data-src="{HP_CDN}/{eid[-6:]}-{slug(title)[:24]}-poster.jpg" alt="{t}" width="320" height="160">
    </div>
    <div class="meta">
        <div class="meta-top">
            <div class="date">{esc(_hp_when(day, time))}</div>
            {badge_html}
        </div>
        <div class="meta-middle">
            <div class="title"><a href="{url}" title="{t}"><h3>{t}</h3></a></div>
            <div class="subtitle">{esc(location)}</div>
        </div>
        <div class="meta-bottom">
            {_hp_price(price)}
            <div class="interested-container"><span class="interested-count" title="{interested:,} people are interested"><i class="ae-icon ae-icon-star-o" aria-hidden="true"></i> {count} interested</span></div>
        </div>
    </div>
    <div class="card-actions">
        <button type="button" class="btn-interested" data-eid="{eid}" aria-label="Mark interested"><i class="ae-icon ae-icon-star-o"></i> <span>Interested</span></button>
        <button type="button" class="btn-share" data-eid="{eid}" data-url="{HP_HOST}{url}" aria-label="Share"><i class="ae-icon ae-icon-share"></i></button>
    </div>
</li>"""


def _hp_ad(slot: int) -> str:
    return f"""
<li class="ad-card" data-ad-position="{slot}">
    <div class="ad-label">Advertisement</div>
    <ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-7362819054412736" data-ad-slot="84120{slot}5533" data-ad-format="fluid" data-ad-layout-key="-6t+ed+2i-1n-4w"></ins>
    <script>(adsbygoogle = window.adsbygoogle || []).push({{}});</script>
</li>"""


def _hp_href(number: int) -> str:
    return HP_PATH if number == 1 else f"{HP_PATH}?page={number}"


def _hp_pager(number: int, total: int) -> str:
    parts = []
    if number > 1:
        parts.append(f'<a class="page-prev" href="{_hp_href(number - 1)}" rel="prev">&laquo; Prev</a>')
    else:
        parts.append('<span class="page-prev disabled">&laquo; Prev</span>')
    for n in range(1, total + 1):
        if n == number:
            parts.append(f'<span class="page-num current">{n}</span>')
        else:
            parts.append(f'<a class="page-num" href="{_hp_href(n)}">{n}</a>')
    if number < total:
        parts.append(f'<a class="page-next" href="{_hp_href(number + 1)}" rel="next">Next &raquo;</a>')
    else:
        parts.append('<span class="page-next disabled">Next &raquo;</span>')
    return '<div class="pagination" role="navigation" aria-label="Pages">' + "\n    ".join(parts) + "</div>"


def _hp_jsonld(events: list[HPEvent]) -> str:
    items = []
    for i, e in enumerate(events, 1):
        venue, _, rest = e.location.partition(", ")
        item: dict[str, Any] = {
            "@type": "Event",
            "name": e.title,
            "url": HP_HOST + _hp_url(e.title),
            "startDate": f"{e.day.isoformat()}T{e.time}:00+00:00",
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "eventStatus": "https://schema.org/EventScheduled",
            "location": {
                "@type": "Place",
                "name": venue,
                "address": {
                    "@type": "PostalAddress",
                    "streetAddress": rest.removesuffix(", London").removesuffix("London"),
                    "addressLocality": "London",
                    "addressCountry": "GB",
                },
            },
            "image": f"{HP_CDN}/{_hp_eid(e.title)[-6:]}-{slug(e.title)[:24]}-poster.jpg",
        }
        if e.price and e.price != "free":
            item["offers"] = {
                "@type": "Offer",
                "price": e.price.removeprefix("from:"),
                "priceCurrency": "GBP",
                "availability": "https://schema.org/InStock",
                "url": HP_HOST + _hp_url(e.title),
            }
        elif e.price == "free":
            item["isAccessibleForFree"] = True
        items.append({"@type": "ListItem", "position": i, "item": item})
    data = {"@context": "https://schema.org", "@type": "ItemList", "name": "Events in London", "itemListElement": items}
    return json.dumps(data, ensure_ascii=False)


def _hp_page(number: int, total: int, events: list[HPEvent], first: int, count: int) -> str:
    cards: list[str] = []
    promo = HP_PROMOTED[number]
    for i, e in enumerate(events):
        if i == 2:
            d, t, p, n, title, loc = promo
            cards.append(_hp_card(date.fromisoformat(d), t, "promoted", p, n, "", title, loc, promoted=True))
        cards.append(_hp_card(e.day, e.time, e.category, e.price, e.interested, e.badge, e.title, e.location))
        if i + 1 in (8, 16) and i + 1 < len(events):
            cards.append(_hp_ad(i + 1))
    cats = "".join(
        f'<li class="{"active" if key == "all" else ""}"><a href="/london/{key}" data-cat="{key}">{esc(label)}</a></li>'
        for key, label in HP_CATEGORIES
    )
    canonical = HP_HOST + _hp_href(number)
    last = first + len(events) - 1
    popular = [
        "Comedy in London",
        "Things to do this weekend",
        "Free events in London",
        "Jazz in London",
        "Workshops in London",
        "Food festivals",
        "Kids activities",
        "Clubbing in London",
        "Art exhibitions",
        "Networking events",
    ]
    tags = "".join(f'<a class="tag" href="/london/{slug(p)}">{esc(p)}</a>' for p in popular)
    config = json.dumps(
        {
            "city": "London",
            "city_id": 2643743,
            "country": "United Kingdom",
            "lat": 51.5085,
            "lng": -0.1257,
            "page": number,
            "total_pages": total,
            "category": "all",
            "currency": "GBP",
        }
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Events in London{"" if number == 1 else f" - Page {number}"}, Today and Upcoming Events in London | Happenly</title>
<meta name="description" content="Find events happening in London today, this weekend and upcoming: concerts, parties, workshops, comedy shows, food festivals and more.">
<link rel="canonical" href="{canonical}">
{f'<link rel="prev" href="{HP_HOST}{_hp_href(number - 1)}">' if number > 1 else ""}
{f'<link rel="next" href="{HP_HOST}{_hp_href(number + 1)}">' if number < total else ""}
<meta property="og:title" content="Events in London | Happenly">
<meta property="og:type" content="website">
<meta property="og:url" content="{canonical}">
<meta property="og:image" content="https://cdn-az.happenly.com/static/og/london.jpg">
<link rel="stylesheet" href="https://cdn-az.happenly.com/static/css/city-v4.8.12.min.css">
<link rel="stylesheet" href="https://cdn-az.happenly.com/static/fonts/ae-icons.css?v=31">
<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-7362819054412736" crossorigin="anonymous"></script>
<script type="application/ld+json">{_hp_jsonld(events)}</script>
</head>
<body class="city-page listing-page lang-en">
<div id="cookie-consent-banner" class="cookie-banner" role="dialog" aria-live="polite" aria-label="Cookie consent">
    <p>We use cookies to personalise content and ads, to provide social media features and to analyse our traffic. <a href="/pages/privacy#cookies">Learn more</a></p>
    <div class="cookie-actions"><button type="button" class="btn btn-secondary js-cookie-reject">Reject non-essential</button><button type="button" class="btn btn-primary js-cookie-accept">Accept all</button></div>
</div>
<header class="header-main">
    <div class="container header-inner">
        <a class="logo" href="/" title="Happenly"><img src="https://cdn-az.happenly.com/static/img/logo-happenly.svg" alt="Happenly" width="132" height="32"></a>
        <div class="city-switcher"><button type="button" class="city-btn" data-toggle="city-dropdown"><i class="ae-icon ae-icon-location"></i> London <i class="ae-icon ae-icon-caret-down"></i></button></div>
        <form class="header-search" action="/search" method="get" role="search">
            <input type="text" name="q" placeholder="Search events, categories, location..." autocomplete="off" aria-label="Search events">
            <input type="hidden" name="city" value="london">
            <button type="submit" aria-label="Search"><i class="ae-icon ae-icon-search"></i></button>
        </form>
        <nav class="header-links">
            <a href="/organizer/create-event" class="btn btn-outline create-event">Create Event</a>
            <a href="/login?redirect=%2Flondon%2Fall" class="login-link">Log in</a>
        </nav>
    </div>
</header>
<div class="category-bar"><div class="container"><ul class="category-list">{cats}</ul></div></div>
<div class="container main-wrap">
    <div class="breadcrumbs"><a href="/">Home</a> <span>›</span> <a href="/united-kingdom">United Kingdom</a> <span>›</span> <span>London</span></div>
    <div class="row">
        <div class="col-main">
            <div class="date-tabs">
                <a href="/london/today" class="date-tab">Today</a>
                <a href="/london/tomorrow" class="date-tab">Tomorrow</a>
                <a href="/london/this-weekend" class="date-tab">This Weekend</a>
                <button type="button" class="date-tab js-datepicker">Choose date</button>
            </div>
            <div class="listing-head">
                <h1>Events in London</h1>
                <p class="listing-count">Showing {first} – {last} of {count} events</p>
            </div>
            <ul class="event-list resgrid" id="event-list">{"".join(cards)}
            </ul>
            {'<div class="view-more-wrap"><button type="button" id="show_more_events" class="btn btn-view-more" data-page="' + str(number + 1) + '">View More</button></div>' if number < total else ""}
            {_hp_pager(number, total)}
        </div>
        <aside class="col-side">
            <div class="side-box popular-searches"><h2>Popular searches</h2><div class="tags">{tags}</div></div>
            <div class="side-box app-banner"><h2>Never miss an event</h2><p>Get personalised recommendations and reminders on the Happenly app.</p><a href="https://apps.apple.com/app/happenly/id488116646" class="app-btn"><img src="https://cdn-az.happenly.com/static/img/app-store.svg" alt="Download on the App Store" width="120" height="40"></a> <a href="https://play.google.com/store/apps/details?id=com.happenly.app" class="app-btn"><img src="https://cdn-az.happenly.com/static/img/google-play.svg" alt="Get it on Google Play" width="135" height="40"></a></div>
            <div class="side-box nearby"><h2>Nearby cities</h2><ul><li><a href="/brighton/all">Brighton</a></li><li><a href="/cambridge/all">Cambridge</a></li><li><a href="/oxford/all">Oxford</a></li><li><a href="/reading/all">Reading</a></li></ul></div>
        </aside>
    </div>
</div>
<footer class="footer-main">
    <div class="container">
        <div class="footer-cols">
            <div><h4>Happenly</h4><ul><li><a href="/pages/about">About us</a></li><li><a href="/pages/careers">Careers</a></li><li><a href="/blog">Blog</a></li></ul></div>
            <div><h4>Organisers</h4><ul><li><a href="/organizer/create-event">Create an event</a></li><li><a href="/organizer/pricing">Pricing</a></li><li><a href="/organizer/promote">Promote your event</a></li></ul></div>
            <div><h4>Help</h4><ul><li><a href="/pages/contact">Contact</a></li><li><a href="/pages/terms">Terms</a></li><li><a href="/pages/privacy">Privacy policy</a></li></ul></div>
        </div>
        <p class="copyright">© 2025 Happenly Inc. All rights reserved.</p>
    </div>
</footer>
<script src="https://cdn-az.happenly.com/static/js/jquery-3.7.1.min.js"></script>
<script>window.AE_CITY = {config};</script>
<script src="https://cdn-az.happenly.com/static/js/city-v4.8.12.min.js" defer></script>
</body>
</html>
"""


def _hp_price_value(price: str) -> float | None:
    if not price or price == "free":
        return None
    return float(price.removeprefix("from:"))


@twentyninth_c
def build_happenly() -> None:
    s = Site(
        "happenly",
        kind="city events directory (AllEvents.in-style 2024–25, PHP + jQuery: ul.event-list.resgrid of li.event-card.event-card-link[data-link][data-eid] cards, lazy img.banner-img, div.meta-top > div.date 'Sat, 15 Mar • 07:30 PM' without the year and on some a span.badge 'Trending' / 'Selling fast', div.title > a > h3, div.subtitle 'Venue, street, London', span.price 'From £8.00' / '£35.00' / 'Free' (absent on some), span.interested-count '2.9K interested' with the exact count in its title; a 'Promoted' card with the same markup and AdSense li.ad-card slots in the list, 'View More' button, div.pagination Prev / 1 2 3 / Next over ?page=N, JSON-LD ItemList of the events with the year)",
        start="london/all",
        description="A city events directory built like AllEvents.in in 2024–25 (happenly.com), 'Events in London' at /london/all, then the pager's /london/all?page=2 and ?page=3 (its '1' and 'Prev' from page 2 lead back to /london/all), as a logged-out visitor in London gets it on Friday 14 March 2025. The head: title 'Events in London, Today and Upcoming Events in London | Happenly', canonical, prev / next links, og tags, the city CSS, the AdSense loader and a JSON-LD ItemList of the page's events (Event: name, absolute url, startDate with the year and +00:00, Place with PostalAddress, Offer with price / GBP or isAccessibleForFree, image). A cookie banner (Reject non-essential / Accept all); header.header-main with the logo, the city switcher 'London', a search form, 'Create Event' and 'Log in'; the category strip ul.category-list (All, Music, Parties… as /london/<category>); breadcrumbs; date tabs (Today / Tomorrow / This Weekend / Choose date); h1 'Events in London' and 'Showing 1 – 20 of 52 events'; ul.event-list.resgrid#event-list of li.event-card.event-card-link[data-link=/london/<slug>/<eid>][data-eid][data-cat]: div.thumb > img.banner-img.lazy (GIF placeholder src, data-src, alt = title), div.meta > div.meta-top (div.date 'Fri, 14 Mar • 07:30 PM', no year, hour with a leading zero; on some span.badge 'Trending' / 'Selling fast' / 'Few tickets left'), div.meta-middle (div.title > a[title] > h3; div.subtitle 'Vortex Jazz Club, 11 Gillett Square, London'), div.meta-bottom (div.price-container > span.price 'From £8.00', '£35.00' or span.price.free 'Free', absent on some; span.interested-count '412 interested' / '2.9K interested' with title '2,961 people are interested'), div.card-actions (Interested and Share buttons). On every page one promoted card at the third slot (li.event-card.promoted-event[data-promoted=1] with span.promoted-tag 'Promoted' in place of the badge; not a record), an li.ad-card AdSense slot ('Advertisement') after the eighth and the sixteenth card; a 'View More' button (until the last page) and div.pagination ('« Prev' a span on page 1, numbers with span.current, 'Next »'); aside.col-side with 'Popular searches' tag links, an app banner and nearby cities; the footer and window.AE_CITY. 20 + 20 + 12 events. Written down: title, url (/london/<slug>/<eid>), date ('--MM-DD': the card leaves the year out), time (as shown, '07:30 PM'), location (the subtitle line as shown), price and currency GBP (where a price is shown, 'From' dropped; 'Free' writes none), interested (the exact count from the title), badge (where shown).",
    )
    pages = chunks(HP_EVENTS, [HP_PER_PAGE, HP_PER_PAGE, len(HP_EVENTS) - 2 * HP_PER_PAGE])
    first = 1
    for number, events in enumerate(pages, 1):
        text = _hp_page(number, len(pages), events, first, len(HP_EVENTS))
        first += len(events)
        if number == 1:
            s.list_page("london/all/index.html", text)
        else:
            s.list_page(f"london/all@page={number}", text)
    for e in HP_EVENTS:
        price = _hp_price_value(e.price)
        s.expect(
            {
                "title": e.title,
                "url": _hp_url(e.title),
                "date": e.day.strftime("--%m-%d"),
                "time": _hp_clock(e.time),
                "location": e.location,
                "price": price,
                "currency": "GBP" if price is not None else None,
                "interested": e.interested,
                "badge": e.badge or None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# gripeledger: a ConsumerAffairs-style brand review page, /food/freshfork-meals.html?page=N.
# ---------------------------------------------------------------------------------------------------

GL_HOST = "https://www.gripeledger.com"
GL_PATH = "/food/freshfork-meals.html"
GL_BRAND = "FreshFork Meals"
GL_PER_PAGE = 12
GL_STATIC = "https://media.gripeledger.com/static"

#: date | author | location | verified (y/'') | rating | helpful (0 = not shown) | text | response ('' = none)
GL_ROWS = """
2025-03-13|Linda|Phoenix, AZ|y|5|3|I have tried three other meal kits and FreshFork is the one we kept. The portions are honest, the recipe cards are easy to follow and my teenagers actually eat the vegetables. Delivery always comes on Tuesday before noon.|
2025-03-12|Marcus|Columbus, OH|y|1|14|Two boxes in a row arrived with the ice packs melted and the chicken warm. I took photos and reported it both times. The first time they credited me, the second time I was told the box was "within safe temperature". I cancelled.|Hi Marcus, we're very sorry about both deliveries. Food safety is our top priority and a warm box should always be refunded in full. Our team has issued a refund for the second box and passed the tracking details to our carrier.
2025-03-11|Dolores|El Paso, TX||4|0|Good variety and the vegetarian options are better than most. I knocked off one star because the price went up twice since I joined in the fall.|
2025-03-10|Kevin|Spokane, WA|y|2|6|The food is fine but skipping a week is harder than it should be. The app only lets you skip up to Wednesday at midnight and I got charged for a box I did not want while I was traveling.|Thank you for the feedback, Kevin. The weekly cutoff lets us order fresh ingredients for every box, but we understand it can be easy to miss. We have sent you a credit for the unwanted delivery and turned on cutoff reminders for your account.
2025-03-09|Aisha|Atlanta, GA|y|5|22|As a nurse working twelve hour shifts this has been a lifesaver. Most meals take thirty minutes and the quick-prep ones are ready in fifteen. Customer service answered my chat in under five minutes.|
2025-03-08|Gerald|Sarasota, FL||3|1|Some recipes are great, like the miso salmon. Others are bland and need a lot more seasoning than what comes in the box. The packaging is a lot of plastic for two people.|
2025-03-07|Priya|Edison, NJ|y|4|0|Love the Indian-inspired dishes and the spice levels are marked clearly. Delivery was one day late once but they let me know by text.|
2025-03-06|Tom|Madison, WI|y|1|31|Cancelling is a maze. There is no cancel button in the app, you have to find the link in the account settings on the website and then click through four screens of discounts. I was charged again after I thought I had cancelled.|Hi Tom, we're sorry the cancellation process was confusing. Your subscription is now cancelled and the last charge has been refunded. We are simplifying the cancel flow in our next app update.
2025-03-05|Rosa|Albuquerque, NM||5|2|Great for learning to cook. I could barely make pasta before and now I make the pan-seared chicken from memory.|
2025-03-04|Brandon|Charlotte, NC|y|4|0|Solid meals, fresh produce and the family plan works out cheaper than takeout. Would like more low-carb options.|
2025-03-03|Heather|Boise, ID|y|2|4|Missing ingredients in three of my last five boxes. Customer service credits it but I still have to run to the store for lemons and sour cream, which defeats the purpose.|
2025-03-02|Samuel|Richmond, VA||5|0|Excellent quality beef and the steak nights are a highlight of our week. Never had a problem with delivery.|
2025-03-01|Yvonne|Tulsa, OK|y|3|1|Middle of the road. The introductory discount is generous but the regular price is close to what I spend at the grocery store.|
2025-02-28|Daniel|Pittsburgh, PA|y|5|9|We have been subscribed for two years. The menu changes every week, they remember our no-pork preference and the new oven-ready trays are a game changer on busy nights.|
2025-02-27|Carmen|San Antonio, TX|y|1|17|My account was charged twice for the same box. It took eleven days and four emails to get the money back.|Hello Carmen, we apologize for the duplicate charge and the slow response. A payment processing error affected a small number of accounts that week. The refund has been confirmed and we have added a credit for your next box.
2025-02-26|Ethan|Burlington, VT||4|0|Recipes are creative and the produce is usually very fresh. The box is heavy to carry up to a third-floor apartment but that is not really their fault.|
2025-02-25|Gloria|Fresno, CA|y|5|5|I'm 72 and cooking for one. The two-serving plan means I eat one portion and have lunch the next day. Clear instructions in large print.|
2025-02-24|Jamal|Detroit, MI|y|2|2|Delivery driver left the box at the wrong building twice. The food itself is good when it arrives.|
2025-02-23|Natalie|Portland, ME||5|0|The seafood recipes are fantastic and they tell you where the fish was caught.|
2025-02-22|Victor|Reno, NV|y|3|0|Decent food, but the calorie counts on the app do not match the recipe cards for several meals, which matters when you are tracking.|We appreciate you pointing this out, Victor. Our nutrition team has corrected the values for the affected recipes in the app.
2025-02-21|Megan|Omaha, NE|y|4|3|Kids love the taco kits. Some vegetables are portioned for a smaller family than the four servings we pay for.|
2025-02-20|Harold|Knoxville, TN||1|8|Ordered a gift box for my daughter and it never arrived. Tracking said delivered. The refund took three weeks.|
2025-02-19|Julia|Providence, RI|y|5|0|Cleanest packaging of any kit I have tried, almost everything is recyclable curbside here.|
2025-02-18|Oscar|Tucson, AZ|y|4|1|The protein add-ons are a good deal and the breakfast bundle is handy. Wish the menu was released earlier than five days ahead.|
2025-02-17|Sharon|Louisville, KY|y|2|0|The meals are too salty for my husband's diet and there is no low-sodium filter.|
2025-02-16|Ahmed|Dearborn, MI||5|12|Halal chicken option was the reason we signed up and it has been consistent every week. Thank you for listening to customers.|
2025-02-15|Chloe|Savannah, GA|y|4|0|Tasty and quick. The pasta dishes are the best, the salads are a bit boring.|
2025-02-14|Frank|Wichita, KS|y|1|5|Got a box I didn't order after a free trial. Nobody told me the trial rolled into a paid plan.|Hi Frank, the trial terms are shown at checkout, but we understand they were not clear enough for you. We have refunded the box and closed your account as requested.
2025-02-13|Leah|Durham, NC||5|0|Perfect for date nights in. The Valentine's menu with the chocolate lava cake was a hit.|
2025-02-12|Raymond|Mesa, AZ|y|3|2|Good food, mediocre service. The chat bot could not answer my question about changing the delivery day and there is no phone number.|
2025-02-11|Irene|Scranton, PA|y|4|0|Nice variety and reliable delivery. Portions are on the small side for the heartier eaters in my family.|
2025-02-10|Lucas|Lincoln, NE||5|1|Ten weeks in and not a single problem. The recipe ratings in the app help us pick winners.|
"""


class GLReview(NamedTuple):
    day: date
    author: str
    location: str
    verified: bool
    rating: int
    helpful: int
    text: str
    response: str


def _gl_reviews() -> list[GLReview]:
    out = []
    for line in GL_ROWS.strip().splitlines():
        day, author, location, verified, rating, helpful, text, response = line.split("|")
        out.append(
            GLReview(
                date.fromisoformat(day), author, location, verified == "y", int(rating), int(helpful), text, response
            )
        )
    return out


GL_REVIEWS = _gl_reviews()


def _gl_response_day(review: GLReview) -> date:
    return date.fromordinal(review.day.toordinal() + 1 + _num(review.author, 1) % 3)


def _gl_review(review: GLReview) -> str:
    rid = 100000000 + _num("gl" + review.author + review.day.isoformat(), 8)
    stars = "star" if review.rating == 1 else "stars"
    verified = ""
    if review.verified:
        verified = '<span class="rvw__inf-ver"><svg class="rvw__inf-ver-icn" width="12" height="12" aria-hidden="true"><use href="#icon-check-circle"></use></svg>Verified Reviewer</span>'
    helpful = ""
    if review.helpful:
        people = (
            "1 person found this review helpful"
            if review.helpful == 1
            else f"{review.helpful} people found this review helpful"
        )
        helpful = f'<span class="rvw-foot__helpful-count js-helpful-count">{people}</span>'
    response = ""
    if review.response:
        response = f"""
    <div class="rvw__rspn">
      <div class="rvw__rspn-hdr">
        <img class="rvw__rspn-logo" src="{GL_STATIC}/brands/freshfork-meals/logo-48.png" alt="{GL_BRAND} logo" width="24" height="24" loading="lazy">
        <strong class="rvw__rspn-nm">{GL_BRAND} response</strong>
        <span class="rvw__rspn-dt">{_long_day(_gl_response_day(review))}</span>
      </div>
      <div class="rvw__rspn-txt"><p>{esc(review.response)}</p></div>
    </div>"""
    return f"""
<div id="review-{rid}" class="rvw js-rvw" data-id="{rid}" itemprop="review" itemscope itemtype="http://schema.org/Review">
  <div class="rvw__hdr">
    <div class="rvw__inf">
      <div class="rvw__inf-avtr" aria-hidden="true"><span class="rvw__avtr rvw__avtr--{review.author[0].lower()}">{review.author[0]}</span></div>
      <div class="rvw__inf-txt">
        <strong class="rvw__inf-nm" itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">{esc(review.author)}</span></strong>
        <span class="rvw__inf-lctn">of {esc(review.location)}</span>
        {verified}
      </div>
    </div>
    <div class="rvw__hdr-stat" itemprop="reviewRating" itemscope itemtype="http://schema.org/Rating">
      <meta itemprop="worstRating" content="1"><meta itemprop="ratingValue" content="{review.rating}"><meta itemprop="bestRating" content="5">
      <img class="stars-rtg stars-rtg--sm" src="{GL_STATIC}/img/stars/stars-sm-{review.rating}-0.svg" alt="Rated with {review.rating} {stars}" width="88" height="16" data-rating="{review.rating}.0">
    </div>
  </div>
  <div class="rvw-bd">
    <meta itemprop="datePublished" content="{review.day.isoformat()}">
    <p class="rvw__rvd-dt">Original review: {_long_day(review.day)}</p>
    <div class="rvw__top-text" itemprop="reviewBody"><p>{esc(review.text)}</p></div>
  </div>
  <div class="rvw-foot">
    {helpful}
    <div class="rvw-foot__actions">
      <button type="button" class="rvw-foot__btn rvw-foot__helpful-btn js-helpful" data-id="{rid}"><svg width="14" height="14" aria-hidden="true"><use href="#icon-thumb-up"></use></svg>Helpful</button>
      <button type="button" class="rvw-foot__btn js-share" data-url="{GL_HOST}{GL_PATH}#review-{rid}"><svg width="14" height="14" aria-hidden="true"><use href="#icon-share"></use></svg>Share</button>
      <button type="button" class="rvw-foot__btn js-flag" data-id="{rid}">Flag</button>
    </div>
  </div>{response}
</div>"""


def _gl_ad() -> str:
    return """
<div class="ca-ad ca-ad--infeed js-ad" data-ad-unit="/21729393/gripeledger/food/infeed_1" data-ad-sizes="[[300,250],[728,90]]">
  <span class="ca-ad__lbl">Advertisement</span>
  <div id="div-gpt-ad-infeed-1" class="ca-ad__slot"></div>
</div>"""


GL_PARTNERS = [
    ("Greenleaf Kitchen", "4.6", "5,412", "Organic, plant-forward recipes from $9.49 per serving", "greenleaf-kitchen"),
    ("Plated Home", "4.4", "2,087", "Chef-designed meals with 40+ weekly options", "plated-home"),
    ("Sunday Table", "4.3", "1,358", "Family-size kits and oven-ready trays", "sunday-table"),
]


def _gl_partner_box() -> str:
    cards = "".join(
        f'<div class="ptnr-card"><img class="ptnr-card__logo" src="{GL_STATIC}/brands/{key}/logo-120.png" alt="{esc(name)} logo" width="120" height="40" loading="lazy">'
        f'<a class="ptnr-card__nm" href="/food/{key}.html">{esc(name)}</a>'
        f'<div class="ptnr-card__rtg"><img class="stars-rtg stars-rtg--xs" src="{GL_STATIC}/img/stars/stars-xs-{rating.replace(".", "-")}.svg" alt="Rated with {rating} stars" width="72" height="13"> <span>{rating}</span> <span class="ptnr-card__cnt">({count})</span></div>'
        f'<p class="ptnr-card__txt">{esc(text)}</p>'
        f'<a class="ca-btn ca-btn--prim ptnr-card__cta" href="https://track.gripeledger.com/c/{key}?src=brand-compare&amp;pos=infeed" rel="nofollow sponsored" target="_blank">Visit site</a></div>'
        for name, rating, count, text, key in GL_PARTNERS
    )
    return f"""
<div class="ptnr-box js-ptnr-box" data-placement="brand-infeed">
  <div class="ptnr-box__hdr"><h3 class="ptnr-box__ttl">Compare meal kit delivery services</h3><span class="ptnr-box__spn">Sponsored</span></div>
  <div class="ptnr-box__cards">{cards}</div>
  <p class="ptnr-box__dsc">These companies pay us when you visit their site. <a href="/about/how-we-make-money.html">Learn more</a></p>
</div>"""


def _gl_href(number: int) -> str:
    base = GL_PATH if number == 1 else f"{GL_PATH}?page={number}"
    return base + "#sort=recent&filter=none"


def _gl_pager(number: int, total: int) -> str:
    parts = []
    if number > 1:
        parts.append(
            f'<a href="{esc(_gl_href(number - 1))}" class="ca-a-md prf-pgntn__lnk prf-pgntn__lnk--prv js-pager-lnk" rel="prev">Previous</a>'
        )
    for n in range(1, total + 1):
        if n == number:
            parts.append(f'<span class="prf-pgntn__pg prf-pgntn__pg--crnt" aria-current="page">{n}</span>')
        else:
            parts.append(f'<a href="{esc(_gl_href(n))}" class="ca-a-md prf-pgntn__pg js-pager-lnk">{n}</a>')
    if number < total:
        parts.append(
            f'<a href="{esc(_gl_href(number + 1))}" class="ca-a-md prf-pgntn__lnk prf-pgntn__lnk--nxt js-pager-lnk" rel="next">Next</a>'
        )
    return '<nav class="prf-pgntn" aria-label="Reviews pages">' + "\n  ".join(parts) + "</nav>"


GL_DISTRIBUTION = [(5, 1214), (4, 498), (3, 173), (2, 139), (1, 294)]


def _gl_page(number: int, total: int, reviews: list[GLReview]) -> str:
    body: list[str] = []
    for i, review in enumerate(reviews, 1):
        body.append(_gl_review(review))
        if i == 4:
            body.append(_gl_ad())
        if i == 8:
            body.append(_gl_partner_box())
    dist = "".join(
        f'<li class="rtg-dist__row"><span class="rtg-dist__lbl">{stars} stars</span><span class="rtg-dist__bar"><span class="rtg-dist__fill" style="width:{count * 100 // 2318}%"></span></span><span class="rtg-dist__cnt">{count:,}</span></li>'
        for stars, count in GL_DISTRIBUTION
    )
    jsonld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": GL_BRAND,
            "url": "https://www.freshforkmeals.com",
            "logo": f"{GL_STATIC}/brands/freshfork-meals/logo-240.png",
            "aggregateRating": {
                "@type": "AggregateRating",
                "ratingValue": "4.1",
                "bestRating": "5",
                "worstRating": "1",
                "ratingCount": "2318",
                "reviewCount": "1094",
            },
        }
    )
    canonical = GL_HOST + (GL_PATH if number == 1 else f"{GL_PATH}?page={number}")
    related = "".join(
        f'<li><a href="/food/{slug(n)}.html">{esc(n)}</a> <span class="rel-brands__rtg">{r}</span></li>'
        for n, r in [
            ("Greenleaf Kitchen", "4.6"),
            ("Plated Home", "4.4"),
            ("Sunday Table", "4.3"),
            ("Boxed Harvest", "3.7"),
            ("Prepwise", "3.2"),
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Top 1,094 {GL_BRAND} Reviews{"" if number == 1 else f" - Page {number}"} | GripeLedger</title>
<meta name="description" content="Read 1,094 consumer reviews of {GL_BRAND}. Compare ratings, prices and customer service, and see how the company responds to complaints.">
<link rel="canonical" href="{canonical}">
<link rel="stylesheet" href="{GL_STATIC}/css/brand-profile.9f31c2e7.css">
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="4b2c1f8e-93a0-4d6e-b1e7-52c8a0f3d917" defer></script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<script type="application/ld+json">{jsonld}</script>
</head>
<body class="ca-bdy prf-pg prf-pg--brand" data-brand-id="46213" data-category="meal-kits">
<svg xmlns="http://www.w3.org/2000/svg" style="display:none"><symbol id="icon-check-circle" viewBox="0 0 16 16"><path d="M8 0a8 8 0 1 0 0 16A8 8 0 0 0 8 0zm-1 11.4L3.6 8 5 6.6l2 2 4-4L12.4 6 7 11.4z"/></symbol><symbol id="icon-thumb-up" viewBox="0 0 16 16"><path d="M1 7h3v8H1zM5 15h7.5l2.5-6V7H10l.8-4-1.3-1L5 6z"/></symbol><symbol id="icon-share" viewBox="0 0 16 16"><path d="M12 10a2 2 0 0 0-1.6.8L5.9 8.5a2 2 0 0 0 0-1l4.5-2.3A2 2 0 1 0 10 4l-4.5 2.3a2 2 0 1 0 0 3.4L10 12a2 2 0 1 0 2-2z"/></symbol></svg>
<a class="ca-skip" href="#main">Skip to main content</a>
<header class="ca-hdr">
  <div class="ca-hdr__in">
    <a class="ca-hdr__logo" href="/"><img src="{GL_STATIC}/img/logo-gripeledger.svg" alt="GripeLedger" width="170" height="28"></a>
    <nav class="ca-hdr__nav" aria-label="Main"><ul><li><a href="/auto/">Auto</a></li><li><a href="/finance/">Finance</a></li><li><a href="/home/">Home</a></li><li><a href="/food/">Food</a></li><li><a href="/health/">Health</a></li><li><a href="/travel/">Travel</a></li><li><a href="/tech/">Tech</a></li><li><a href="/news/">News</a></li></ul></nav>
    <form class="ca-hdr__srch" action="/search.html" role="search"><input type="search" name="q" placeholder="Find reviews for brands or products" aria-label="Search"><button type="submit">Search</button></form>
    <a class="ca-hdr__lgn" href="/account/login.html">Log in</a>
  </div>
</header>
<main id="main" class="prf-main">
  <nav class="ca-bc" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/food/">Food &amp; Grocery</a></li><li><a href="/food/meal-kits.html">Meal Kits</a></li><li aria-current="page">{GL_BRAND}</li></ol></nav>
  <section class="prf-hdr">
    <img class="prf-hdr__logo" src="{GL_STATIC}/brands/freshfork-meals/logo-240.png" alt="{GL_BRAND} logo" width="120" height="120">
    <div class="prf-hdr__txt">
      <h1 class="prf-hdr__ttl">{GL_BRAND} Reviews</h1>
      <div class="prf-hdr__acrd"><img src="{GL_STATIC}/img/accredited-badge.svg" alt="" width="20" height="20"> Accredited Brand <a href="/about/accreditation.html" class="prf-hdr__acrd-lnk">What is this?</a></div>
      <div class="prf-hdr__rtg">
        <span class="prf-hdr__rtg-lbl">Overall Satisfaction Rating</span>
        <img class="stars-rtg stars-rtg--lg" src="{GL_STATIC}/img/stars/stars-lg-4-0.svg" alt="Rated with 4 stars" width="120" height="22">
        <span class="prf-hdr__rtg-val">4.1</span><span class="prf-hdr__rtg-max">/5</span>
        <span class="prf-hdr__rtg-cnt">Based on 2,318 ratings</span>
      </div>
      <a class="ca-btn ca-btn--sec" href="/food/freshfork-meals.html/write-review">Write a review</a>
    </div>
  </section>
  <div class="prf-wrap">
    <div class="prf-col">
      <section class="rtg-dist" aria-label="Rating distribution"><h2 class="rtg-dist__ttl">Rating distribution</h2><ul>{dist}</ul></section>
      <section class="rvw-smry">
        <h2 class="rvw-smry__ttl">Reviewers say</h2>
        <p>Reviewers frequently praise the easy recipes, the fresh produce and the variety of the weekly menu. Common complaints involve the cancellation process, occasional missing ingredients and warm deliveries in summer.</p>
        <p class="rvw-smry__dsc">This summary was generated with AI from verified reviews and checked by our editors.</p>
      </section>
      <div class="rvw-ctrl">
        <h2 class="rvw-ctrl__ttl">1,094 reviews</h2>
        <label class="rvw-ctrl__lbl" for="rvw-sort">Sort by</label>
        <select id="rvw-sort" class="js-rvw-sort"><option value="recent" selected>Most recent</option><option value="top_reviews">Most helpful</option><option value="highest">Highest rating</option><option value="lowest">Lowest rating</option></select>
        <div class="rvw-ctrl__fltr" role="group" aria-label="Filter by rating"><button type="button" class="rvw-ctrl__chip rvw-ctrl__chip--on" data-filter="none">All</button><button type="button" class="rvw-ctrl__chip" data-filter="5">5 stars</button><button type="button" class="rvw-ctrl__chip" data-filter="4">4 stars</button><button type="button" class="rvw-ctrl__chip" data-filter="3">3 stars</button><button type="button" class="rvw-ctrl__chip" data-filter="2">2 stars</button><button type="button" class="rvw-ctrl__chip" data-filter="1">1 star</button></div>
      </div>
      <div id="reviews-container" class="rvw-list js-rvw-list" data-page="{number}">{"".join(body)}
      </div>
      {_gl_pager(number, total)}
    </div>
    <aside class="prf-side">
      <div class="side-box"><h3>Buyers guide: meal kits</h3><p>How we compare meal kit delivery services on price per serving, menu variety and dietary options.</p><a href="/food/meal-kits.html#guide">Read the guide</a></div>
      <div class="side-box rel-brands"><h3>Related brands</h3><ul>{related}</ul></div>
      <div class="side-box"><h3>Company information</h3><dl><dt>Website</dt><dd><a href="https://www.freshforkmeals.com" rel="nofollow">freshforkmeals.com</a></dd><dt>Founded</dt><dd>2016</dd><dt>Headquarters</dt><dd>Denver, CO</dd></dl></div>
    </aside>
  </div>
</main>
<footer class="ca-ftr">
  <div class="ca-ftr__in"><ul><li><a href="/about/">About us</a></li><li><a href="/about/how-we-make-money.html">How we make money</a></li><li><a href="/about/review-guidelines.html">Review guidelines</a></li><li><a href="/privacy.html">Privacy policy</a></li><li><a href="/terms.html">Terms of use</a></li><li><a href="#" class="ot-sdk-show-settings">Do not sell or share my personal information</a></li></ul>
  <p>© 2025 GripeLedger. All rights reserved.</p></div>
</footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><div id="onetrust-policy"><p id="onetrust-policy-text">We use cookies to improve your experience, to analyze site traffic and to show personalized ads. <a href="/privacy.html#cookies">Cookie Policy</a></p></div><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Manage Choices</button><button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></div>
<script src="{GL_STATIC}/js/brand-profile.0c7e51ab.js" defer></script>
<script>window.googletag = window.googletag || {{cmd: []}}; googletag.cmd.push(function() {{ googletag.defineSlot('/21729393/gripeledger/food/infeed_1', [[300, 250], [728, 90]], 'div-gpt-ad-infeed-1').addService(googletag.pubads()); googletag.enableServices(); }});</script>
</body>
</html>
"""


@twentyninth_c
def build_gripeledger() -> None:
    s = Site(
        "gripeledger",
        kind="company review list (ConsumerAffairs-style brand page 2024–25: div#reviews-container of div.rvw.js-rvw[itemprop=review] with BEM-abbreviated classes — strong.rvw__inf-nm first name, span.rvw__inf-lctn 'of Phoenix, AZ', span.rvw__inf-ver 'Verified Reviewer' on some, stars only as img.stars-rtg[alt='Rated with 4 stars'] plus microdata metas, p.rvw__rvd-dt 'Original review: March 3, 2025', div.rvw__top-text, '12 people found this review helpful' on some, div.rvw__rspn company responses with their own date on some; a GPT ad unit and a sponsored 'Compare meal kit delivery services' partner box between reviews; div.prf-pgntn pager over ?page=N#sort=recent&filter=none)",
        start="food/freshfork-meals.html",
        description="A consumer review site built like ConsumerAffairs in 2024–25 (gripeledger.com), the brand page of the meal-kit company FreshFork Meals at /food/freshfork-meals.html, then the pager's ?page=2 and ?page=3 (every pager link carries the fragment #sort=recent&filter=none; '1' and 'Previous' from page 2 lead to /food/freshfork-meals.html#sort=…), as a logged-out visitor gets it on 14 March 2025. The head: title 'Top 1,094 FreshFork Meals Reviews | GripeLedger', canonical, the OneTrust stub, GPT, JSON-LD Organization with an aggregateRating. An svg sprite; a skip link; header.ca-hdr with the logo, the category nav, a search form and 'Log in'; breadcrumbs; section.prf-hdr (logo, h1 'FreshFork Meals Reviews', 'Accredited Brand', 'Overall Satisfaction Rating' with a star image 'Rated with 4 stars', '4.1' '/5', 'Based on 2,318 ratings', 'Write a review'); section.rtg-dist (five rows '5 stars' + bar + count); section.rvw-smry 'Reviewers say' (an AI summary and its disclaimer); div.rvw-ctrl ('1,094 reviews', a sort select 'Most recent', rating filter chips); div#reviews-container.rvw-list of div.rvw.js-rvw#review-<id>[data-id][itemprop=review][itemscope]: div.rvw__hdr > div.rvw__inf (div.rvw__inf-avtr with the initial, strong.rvw__inf-nm[itemprop=author] > span[itemprop=name] first name, span.rvw__inf-lctn 'of Phoenix, AZ', on some span.rvw__inf-ver with an svg 'Verified Reviewer') and div.rvw__hdr-stat[itemprop=reviewRating] (metas worstRating / ratingValue / bestRating and img.stars-rtg[alt='Rated with 4 stars' / 'Rated with 1 star'][data-rating='4.0']); div.rvw-bd (meta datePublished, p.rvw__rvd-dt 'Original review: March 3, 2025', div.rvw__top-text[itemprop=reviewBody] > p); div.rvw-foot (on some span.rvw-foot__helpful-count '12 people found this review helpful' / '1 person found this review helpful'; Helpful / Share / Flag buttons); on some div.rvw__rspn (logo, 'FreshFork Meals response', span.rvw__rspn-dt 'March 5, 2025', div.rvw__rspn-txt > p). After the fourth review a div.ca-ad GPT unit ('Advertisement'), after the eighth a div.ptnr-box 'Compare meal kit delivery services' 'Sponsored' with three partner cards (logo, name link, star image + '4.6' + '(5,412)', a line, 'Visit site' tracking link) — neither is a record. Then nav.prf-pgntn ('Previous' from page 2, numbers with the current one a span, 'Next' until page 3); aside.prf-side (buyers guide, related brands with ratings, company information dl); the footer; the OneTrust banner (Manage Choices / Reject All / Accept All Cookies) and a GPT slot script. 12 + 12 + 8 reviews. Written down: author (the first name), location (without 'of'), badge ('Verified Reviewer', where shown), rating (from the star image), date (ISO day of 'Original review'), text, helpful (the count, where shown), response (the company's reply text, where shown).",
    )
    pages = chunks(GL_REVIEWS, [GL_PER_PAGE, GL_PER_PAGE, len(GL_REVIEWS) - 2 * GL_PER_PAGE])
    for number, reviews in enumerate(pages, 1):
        text = _gl_page(number, len(pages), reviews)
        if number == 1:
            s.list_page("food/freshfork-meals.html", text)
        else:
            s.list_page(f"food/freshfork-meals.html@page={number}", text)
    for r in GL_REVIEWS:
        s.expect(
            {
                "author": r.author,
                "location": r.location,
                "badge": "Verified Reviewer" if r.verified else None,
                "rating": r.rating,
                "date": r.day.isoformat(),
                "text": r.text,
                "helpful": r.helpful or None,
                "response": r.response or None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# zoorxiv: a preprint server on the bioRxiv / medRxiv HighWire platform, /collection/<subject>?page=N.
# ---------------------------------------------------------------------------------------------------

ZX_HOST = "https://www.zoorxiv.org"
ZX_SUBJECT = "animal-behavior-and-cognition"
ZX_PATH = f"/collection/{ZX_SUBJECT}"
ZX_TITLE = "Animal Behavior and Cognition"
ZX_PER_PAGE = 10

#: posted | doi day (YYYY.MM.DD) | number | version | title | authors ('Given|Surname' joined by ';')
ZX_ROWS = """
2025-03-14|2025.03.10|642311|1|Vocal turn-taking in captive common marmosets depends on partner familiarity|Sofia|Alvarenga;Martin|Kühl;Hannah R.|Osei;Daniel|Pfeiffer
2025-03-14|2025.03.11|642588|1|Honeybee foragers trade off nectar quality against flight distance under heat stress|Keiko|Matsuda;Tomás|Iglesias;Ruth|Abernethy
2025-03-13|2025.03.09|641902|2|Individual differences in exploration predict problem-solving success in wild great tits|Lena|Vogelsang;Oliver J.|Price;Anouk|de Groot;Mateusz|Wójcik;Ben C.|Hartley
2025-03-13|2025.03.10|642077|1|Spatial memory for cached food decays faster in urban than in rural Eurasian jays|Clara|Benedetti;Isaac|Mensah;Nicola S.|Clayborne
2025-03-12|2025.03.08|641655|1|Social learning of tool use spreads along kinship lines in bearded capuchins|Rafael|Monteiro Lima;Julia|Sacramento;Patrícia|Duarte;Elisabetta|Conti
2025-03-12|2025.03.07|641423|1|Zebrafish larvae integrate visual and lateral line cues to escape looming threats|Wei|Zhang;Ingrid|Solberg;Ahmad|Rahimi;Maya|Lindqvist;Jonas|Brenner;Emily K.|Carver
2025-03-11|2025.03.06|641190|1|Ravens anticipate the actions of competitors in a cache-protection paradigm|Thomas|Brunner;Katharina|Reiter-Ost
2025-03-11|2025.03.07|641312|2|A low-cost open-source arena for tracking collective motion in ant colonies|Ana Sofía|Restrepo;Marcus|Oyelaran;Pieter|Vandermeulen;Grace|Tan;Hugo|Lefèvre;Samira|El Idrissi;Noah|Goldberg;Yuki|Ishikawa
2025-03-10|2025.03.05|640874|1|Octopuses discriminate between familiar and unfamiliar human handlers|Eleni|Papadaki;Giorgos|Marinakis;Laura|Fenwick
2025-03-10|2025.03.04|640611|1|Sleep deprivation impairs associative learning in fruit flies through dopaminergic signalling|Rohan|Iyer;Beatriz|Carvalho;Felix|Nakamura-Braun
2025-03-07|2025.03.03|640233|1|Personality and dispersal in juvenile sleepy lizards: a six-year field study|Chloe|Whitfield;Aaron|Nguyen;Michael G.|Reyes
2025-03-07|2025.03.02|639987|1|Dogs follow human pointing less reliably when the gesture conflicts with prior reward history|Júlia|Szabó;Ádám|Kerekes;Rebecca|Holloway;Dóra|Fehér
2025-03-06|2025.03.01|639742|1|Numerical competence in archerfish: discrimination of dot arrays under varying density|Stefan|Wolf;Mira|Kaplan
2025-03-06|2025.02.28|639518|3|Rapid habituation to anthropogenic noise in urban red foxes revealed by GPS collars|Joseph|Ashworth;Freya|McAllister;Kamil|Nowicki;Sarah E.|Bateman
2025-03-05|2025.03.01|639690|1|Bumblebees prefer asymmetric flowers after reward-based training|Lars|Bergström;Ananya|Krishnan;Dominic|Heller
2025-03-05|2025.02.27|639201|1|Cross-fostering reveals genetic and social contributions to song in zebra finches|Isabel|Reinholt;Gareth|Lloyd-Evans;Mei|Hashimoto;Anja|Rüdiger;Paul|Okonkwo
2025-03-04|2025.02.26|638955|1|Cooperative hunting roles are stable across seasons in Namibian lions|Hendrik|van Rooyen;Tanja|Shikongo;Mark|Fielding
2025-03-04|2025.02.27|639118|2|Pupil size tracks uncertainty during foraging decisions in rhesus macaques|Nadia|Farouk;Christopher|Lindahl;Mariana|Ochoa;Jae-won|Park;Robert T.|Kessler
2025-03-03|2025.02.25|638702|1|Scent marking frequency signals territory quality in Eurasian beavers|Ingvild|Haugen;Frank|Dahl
2025-03-03|2025.02.24|638419|1|Bottlenose dolphins adjust signature whistle rate to group size in the wild|Laura|Marchetti;Kwame|Boateng;Vincent|Morel;Eilidh|Fraser
2025-02-28|2025.02.24|638287|1|Goats use human gaze to locate hidden food but not to avoid threats|Christian|Lehmann;Alan|Barnes
2025-02-28|2025.02.22|637905|1|Mapping the neural basis of nest-building in mice with whole-brain activity imaging|Sun-Hee|Cho;Elliot|Barrington;Priyanka|Menon;Lukas|Wendt;Alice|Moreau;Tobias|Gruber;Hana|Novak;David|Okafor;Isla|Campbell;Mateo|Ruiz;Jennifer|Liang;Sanjay|Patel;Oksana|Kovalenko;Gregory|Whitman
2025-02-27|2025.02.21|637644|1|Cuttlefish delay gratification for preferred prey in a modified marshmallow test|Alexandra|Daly;Roger|Pricewell
2025-02-27|2025.02.20|637391|1|Temperature shapes boldness in a freshwater fish through metabolic rate|Pedro|Salgado;Emma|Rowntree;Vikram|Sethi
2025-02-26|2025.02.19|637102|2|Kin recognition by odour in naked mole-rats is disrupted by colony fission|Rochelle|Ames;Ahmed|Tahir;Katie|Osborne
2025-02-26|2025.02.20|637255|1|Cleaner wrasse pass a mark test under field conditions|Haruto|Kobayashi;Sayaka|Nishimura;Redouane|Benali
2025-02-25|2025.02.18|636877|1|Does play predict adult social rank? Evidence from a long-term study of wild chimpanzees|Zara|Mbeki-Ross;Richard|Tulloch;Esther|Akello;Kevin|Lindqvist-Moor
"""


class ZXPaper(NamedTuple):
    posted: date
    doi_day: str
    number: str
    version: str
    title: str
    authors: list[str]


def _zx_papers() -> list[ZXPaper]:
    out = []
    for line in ZX_ROWS.strip().splitlines():
        posted, doi_day, number, version, title, *names = line.split("|")
        flat = "|".join(names).split(";")
        out.append(ZXPaper(date.fromisoformat(posted), doi_day, number, version, title, flat))
    return out


ZX_PAPERS = _zx_papers()


def _zx_id(paper: ZXPaper) -> str:
    return f"{paper.doi_day}.{paper.number}"


def _zx_url(paper: ZXPaper) -> str:
    return f"/content/10.1101/{_zx_id(paper)}v{paper.version}"


def _zx_doi(paper: ZXPaper) -> str:
    return f"https://doi.org/10.1101/{_zx_id(paper)}"


def _zx_name(author: str) -> str:
    given, surname = author.split("|")
    return f"{given} {surname}"


def _zx_citation(paper: ZXPaper, seq: int, index: int, count: int) -> str:
    pid = _zx_id(paper)
    pisa = f"zoorxiv;{pid}v{paper.version}"
    authors = []
    for delta, author in enumerate(paper.authors):
        given, surname = author.split("|")
        cls = "highwire-citation-author" + (" first" if delta == 0 else "")
        authors.append(
            f'<span class="{cls}" data-delta="{delta}"><span class="nlm-given-names">{esc(given)}</span> <span class="nlm-surname">{esc(surname)}</span></span>'
        )
    position = (
        ("first " if index == 0 else "")
        + ("last " if index == count - 1 else "")
        + ("odd" if index % 2 == 0 else "even")
    )
    posted = paper.posted
    return f"""
<li class="{position} search-result result-jcode-zoorxiv search-result-highwire-citation"><div class="highwire-article-citation highwire-citation-type-highwire-article tooltip-enable" data-apath="/zoorxiv/early/{posted.strftime("%Y/%m/%d")}/{pid}.atom" data-pisa-master="{pisa}" data-pisa="{pisa}" data-seqnum="{seq}" id="zoorxiv{pid}v{paper.version}-{seq}"><div class="highwire-cite highwire-cite-highwire-article highwire-citation-zoorxiv-article-pap-list clearfix">
  <span class="highwire-cite-title"><a href="{_zx_url(paper)}" class="highwire-cite-linked-title" data-icon-position="" data-hide-link-title="0"><span class="highwire-cite-title">{esc(paper.title)}</span></a></span>
  <div class="highwire-cite-authors"><span class="highwire-citation-authors">{", ".join(authors)}</span></div>
  <div class="highwire-cite-metadata"><span class="highwire-cite-metadata-journal highwire-cite-metadata">zooRxiv </span><span class="highwire-cite-metadata-pages highwire-cite-metadata">{pid}; </span><span class="highwire-cite-metadata-doi highwire-cite-metadata"><span class="doi_label">doi:</span> {_zx_doi(paper)} </span></div>
  <div class="highwire-cite-metadata highwire-cite-metadata-posted"><span class="highwire-cite-metadata-date highwire-cite-metadata">Posted&nbsp;{posted.strftime("%B")}&nbsp;{posted.day:02d},&nbsp;{posted.year}.</span></div>
  <div class="highwire-cite-extras"><div class="hw-make-citation" data-encoded-apath="{hashlib.md5(pid.encode()).hexdigest()[:16]}" data-seqnum="{seq}" id="hw-make-citation-{seq}"><a href="/highwire/citation/{_num(pid, 7)}/download" title="Download citation" class="highwire-citation-export-download use-ajax" data-icon-position="" data-hide-link-title="0">Download citation</a></div></div>
</div></div></li>"""


ZX_SUBJECTS = [
    ("Animal Behavior and Cognition", 27),
    ("Comparative Anatomy", 14),
    ("Conservation Biology", 41),
    ("Ecology", 63),
    ("Entomology", 38),
    ("Evolutionary Biology", 52),
    ("Herpetology", 11),
    ("Ichthyology", 19),
    ("Marine Zoology", 23),
    ("Ornithology", 33),
    ("Parasitology", 17),
    ("Physiology", 29),
    ("Veterinary Science", 9),
]


def _zx_href(number: int) -> str:
    """``number`` is 1-based; the Drupal pager is zero-based and leaves ``page=0`` out."""
    return ZX_PATH if number == 1 else f"{ZX_PATH}?page={number - 1}"


def _zx_pager(number: int, total: int) -> str:
    items = []
    for n in range(1, total + 1):
        pos = (" first" if n == 1 else "") + (" last" if n == total else "")
        if n == number:
            items.append(f'<li class="pager-current{pos}">{n}</li>')
        else:
            items.append(f'<li class="pager-item{pos}"><a title="Go to page {n}" href="{_zx_href(n)}">{n}</a></li>')
    nav = []
    if number > 1:
        nav.append(
            f'<li class="pager-previous first"><a href="{_zx_href(number - 1)}" class="link-icon"><i class="icon-circle-arrow-left"></i> <span class="title">Previous</span></a></li>'
        )
    if number < total:
        nav.append(
            f'<li class="pager-next{" first" if number == 1 else ""} last"><a href="{_zx_href(number + 1)}" class="link-icon link-icon-after"><span class="title">Next</span> <i class="icon-circle-arrow-right"></i></a></li>'
        )
    return f"""<div class="highwire-list-page-wrapper"><div class="item-list"><ul class="pager-items">{"".join(items)}</ul></div>
<div class="item-list"><ul class="pager-nav">{"".join(nav)}</ul></div></div>"""


def _zx_page(number: int, total: int, papers: list[ZXPaper], first: int, count: int) -> str:
    seq0 = first
    items = "".join(_zx_citation(p, seq0 + i, i, len(papers)) for i, p in enumerate(papers))
    subjects = "".join(
        f'<li class="{"active-trail " if name == ZX_TITLE else ""}leaf"><a href="/collection/{slug(name)}"{" class=" + chr(34) + "active" + chr(34) if name == ZX_TITLE else ""}>{esc(name)}</a> <span class="collection-count">({n})</span></li>'
        for name, n in ZX_SUBJECTS
    )
    settings = json.dumps(
        {
            "basePath": "/",
            "pathPrefix": "",
            "ajaxPageState": {"theme": "jcore_1", "theme_token": hashlib.md5(f"zx{number}".encode()).hexdigest()[:43]},
            "highwire": {
                "ac": {"pisa": "zoorxiv"},
                "processed": [],
                "markup": [{"requested": "long", "variant": "full-text", "view": "full"}],
            },
            "eu_cookie_compliance": {
                "popup_enabled": 1,
                "popup_agreed_enabled": 0,
                "popup_hide_agreed": 0,
                "popup_clicking_confirmation": 1,
                "popup_html_info": "",
                "popup_height": "auto",
                "popup_width": "100%",
                "popup_delay": 1000,
                "popup_link": "/about/privacy",
                "popup_position": 0,
            },
        }
    )
    last = first + len(papers) - 1
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/ dc: http://purl.org/dc/terms/ foaf: http://xmlns.com/foaf/0.1/ og: http://ogp.me/ns# rdfs: http://www.w3.org/2000/01/rdf-schema# sioc: http://rdfs.org/sioc/ns# sioct: http://rdfs.org/sioc/types# skos: http://www.w3.org/2004/02/skos/core# xsd: http://www.w3.org/2001/XMLSchema#">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="shortcut icon" href="{ZX_HOST}/sites/default/files/images/favicon.ico" type="image/vnd.microsoft.icon" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="alternate" type="application/rss+xml" title="{ZX_TITLE}" href="http://connect.zoorxiv.org/zoorxiv_xml/{slug(ZX_TITLE).replace("-", "_")}" />
<title>{ZX_TITLE} | zooRxiv</title>
<link type="text/css" rel="stylesheet" href="{ZX_HOST}/sites/default/files/css/css_xE-rWrJf-fncB6ztZfd2huxqgxu4WO-qwma6Xer30m4.css" media="all" />
<link type="text/css" rel="stylesheet" href="{ZX_HOST}/sites/default/files/css/css_pUVl2LvIQ3mt3DGkCjxXsMgKn0WqgtbK8WLTiSfmOEM.css" media="all" />
<script type="text/javascript" src="{ZX_HOST}/sites/default/files/js/js_ZAN4mCXxL4yQ1DtDtvgX2Lv3BBvkYjUBeTmuB19C3u4.js"></script>
<script type="text/javascript">
<!--//--><![CDATA[//><!--
jQuery.extend(Drupal.settings, {settings});
//--><!]]>
</script>
</head>
<body class="html not-front not-logged-in page-collection page-collection-{ZX_SUBJECT} no-sidebars hw-default-jcode-zoorxiv pane-layout-jcore-1-col-sidebar-right" >
  <div id="skip-link">
    <a href="#main-content" class="element-invisible element-focusable">Skip to main content</a>
  </div>
  <div class="page clearfix" id="page">
    <header id="section-header" class="section section-header">
      <div id="zone-branding" class="zone zone-branding clearfix container-30">
        <div class="grid-10 region region-branding" id="region-branding">
          <div class="branding-data clearfix"><div class="logo-img"><a href="/" rel="home" title="zooRxiv" class="active"><img src="{ZX_HOST}/sites/default/files/zoorxiv_logo_homepage.png" alt="zooRxiv" id="logo" /></a></div><hgroup class="site-name-slogan"><h6 class="site-slogan">THE PREPRINT SERVER FOR ZOOLOGY</h6></hgroup></div>
        </div>
        <div class="grid-20 region region-menu" id="region-menu">
          <nav class="navigation"><ul class="menu"><li class="first leaf"><a href="/" title="">Home</a></li><li class="leaf"><a href="/about-zoorxiv" title="">About</a></li><li class="leaf"><a href="/submit-a-manuscript" title="">Submit</a></li><li class="last leaf"><a href="/alertsrss" title="">ALERTS / RSS</a></li></ul></nav>
          <div class="block block-highwire-search"><form class="highwire-quicksearch button-style-mini" action="{ZX_PATH}" method="post" id="highwire-search-quicksearch-form-0" accept-charset="UTF-8"><div><div class="form-item form-type-textfield form-item-keywords"><label class="element-invisible" for="search_api_views_fulltext">Search </label><input placeholder="Search" type="text" id="search_api_views_fulltext" name="keywords" value="" size="20" maxlength="128" class="form-text" /></div><input class="button-style-mini form-submit" type="submit" id="edit-submit" name="op" value="Search" /><input type="hidden" name="form_id" value="highwire_search_quicksearch_form_0" /></div></form><a href="/search" class="search-advanced-link">Advanced Search</a></div>
        </div>
      </div>
    </header>
    <section id="section-content" class="section section-content">
      <div id="zone-content" class="zone zone-content clearfix container-30">
        <div class="grid-30 region region-content" id="region-content">
          <a id="main-content"></a>
          <div class="panel-display panel-1col-sidebar-right clearfix">
            <div class="panel-panel panel-col">
              <div class="panel-pane pane-highwire-collection-title"><div class="pane-content"><h1 id="page-title" class="highwire-collection-title">{ZX_TITLE}</h1>
                <div class="collection-rss"><a href="http://connect.zoorxiv.org/zoorxiv_xml/{slug(ZX_TITLE).replace("-", "_")}" class="feed-icon" title="Subscribe to {ZX_TITLE} RSS feed"><img src="{ZX_HOST}/misc/feed.png" width="16" height="16" alt="Subscribe to {ZX_TITLE} RSS feed" /></a></div></div></div>
              <div class="panel-pane pane-highwire-list-results-count"><div class="pane-content"><div class="highwire-search-summary">Showing {first}-{last} of {count}</div></div></div>
              <div class="panel-pane pane-highwire-subject-collection-list"><div class="pane-content">
                <div class="highwire-list-wrapper"><div class="highwire-list"><ul>{items}
</ul></div>
{_zx_pager(number, total)}
                </div>
              </div></div>
            </div>
            <div class="panel-panel panel-sidebar">
              <div class="panel-pane pane-highwire-subject-collections"><h2 class="pane-title">Subject Areas</h2><div class="pane-content"><div class="item-list"><a href="/collection" class="all-articles">All Articles</a><ul class="menu collection-list">{subjects}</ul></div></div></div>
              <div class="panel-pane pane-custom pane-1"><h2 class="pane-title">Follow zooRxiv</h2><div class="pane-content"><p><a href="https://bsky.app/profile/zoorxiv.org">Bluesky</a> · <a href="https://mastodon.social/@zoorxiv">Mastodon</a> · <a href="/alertsrss">Email alerts</a></p></div></div>
            </div>
          </div>
        </div>
      </div>
    </section>
    <footer id="section-footer" class="section section-footer">
      <div class="zone zone-footer clearfix container-30"><div class="grid-30 region region-footer"><p>zooRxiv is a free online archive and distribution service for unpublished preprints in zoology. It is operated by Cold Spring Harbor Laboratory, a not-for-profit research and educational institution.</p><ul class="menu"><li class="first leaf"><a href="/about/FAQ">FAQ</a></li><li class="leaf"><a href="/about/privacy">Privacy</a></li><li class="last leaf"><a href="/about/contact">Contact</a></li></ul><p class="copyright">© 2025 Cold Spring Harbor Laboratory</p></div></div>
    </footer>
  </div>
  <div id="sliding-popup" class="sliding-popup-bottom" style="height: auto; width: 100%; bottom: 0px;"><div><div class="popup-content info"><div id="popup-text"><p>We use cookies on this site to enhance your user experience. By clicking any link on this page you are giving your consent for us to set cookies.</p></div><div id="popup-buttons"><button type="button" class="agree-button">OK, I agree</button><button type="button" class="find-more-button">No, give me more info</button></div></div></div></div>
  <script type="text/javascript" src="{ZX_HOST}/sites/default/files/js/js_XvHeVUq8Wj1bgNHnJzFqmj9SY4fBrQHFVsUs2a8xPqs.js"></script>
</body>
</html>
"""


@twentyninth_c
def build_zoorxiv() -> None:
    s = Site(
        "zoorxiv",
        kind="preprint subject collection (bioRxiv / medRxiv HighWire platform, Drupal 7 2024: div.highwire-list > ul of li.first/last.odd/even.search-result items, div.highwire-article-citation[data-pisa][data-apath] > div.highwire-cite with span.highwire-cite-title > a.highwire-cite-linked-title > span.highwire-cite-title, span.highwire-citation-authors of span.highwire-citation-author (nlm-given-names + nlm-surname) joined by ', ', a metadata line 'zooRxiv ' / '2025.03.10.642311; ' / 'doi: https://doi.org/10.1101/…' in spans, 'Posted&nbsp;March&nbsp;14,&nbsp;2025.', a 'Download citation' link; zero-based Drupal pager ul.pager-items + ul.pager-nav 'Next' over ?page=N; a Subject Areas sidebar with counts, the EU cookie compliance popup)",
        start=ZX_PATH.lstrip("/"),
        description=f"A preprint server for zoology (zooRxiv, zoorxiv.org) run on the same HighWire platform as bioRxiv and medRxiv (Drupal 7 + Panels + the jcore_1 theme, 2024), the subject collection '{ZX_TITLE}' at {ZX_PATH}, then the zero-based Drupal pager's ?page=1 and ?page=2 (the '1' and 'Previous' links from page 2 go back to {ZX_PATH} without page=0), as a logged-out visitor gets it on 14 March 2025. The head: Drupal's RDF prefix, favicon, an RSS alternate, aggregated css_/js_ files and jQuery.extend(Drupal.settings, …) with ajaxPageState, highwire and eu_cookie_compliance settings. body.html.not-front.not-logged-in.page-collection.page-collection-{ZX_SUBJECT}.hw-default-jcode-zoorxiv; the skip link; header#section-header with the logo, the slogan 'THE PREPRINT SERVER FOR ZOOLOGY', a menu (Home / About / Submit / ALERTS / RSS), the quick-search form and 'Advanced Search'; the Panels layout: h1#page-title '{ZX_TITLE}' with an RSS icon, 'Showing 1-10 of 27', div.highwire-list-wrapper > div.highwire-list > ul of li.(first |last )?(odd|even).search-result.result-jcode-zoorxiv.search-result-highwire-citation, each div.highwire-article-citation.highwire-citation-type-highwire-article[data-apath][data-pisa-master][data-pisa][data-seqnum] > div.highwire-cite.highwire-citation-zoorxiv-article-pap-list: span.highwire-cite-title > a.highwire-cite-linked-title[href=/content/10.1101/2025.03.10.642311v1] > span.highwire-cite-title (the same class on the outer span and the inner one), div.highwire-cite-authors > span.highwire-citation-authors of span.highwire-citation-author[data-delta] (first on the first) > span.nlm-given-names + ' ' + span.nlm-surname, joined by ', ' (up to 14 authors), div.highwire-cite-metadata with span.highwire-cite-metadata-journal 'zooRxiv ', span.highwire-cite-metadata-pages '2025.03.10.642311; ' and span.highwire-cite-metadata-doi ('doi:' label + 'https://doi.org/10.1101/2025.03.10.642311'), a second metadata div with span.highwire-cite-metadata-date 'Posted&nbsp;March&nbsp;14,&nbsp;2025.' and div.highwire-cite-extras with a 'Download citation' link; then div.highwire-list-page-wrapper with ul.pager-items (li.pager-item links 'Go to page N', li.pager-current) and ul.pager-nav (li.pager-previous 'Previous', li.pager-next 'Next' as link-icon anchors); the sidebar 'Subject Areas' (All Articles + 13 collection links with '(27)' counts) and 'Follow zooRxiv'; the footer; the EU cookie compliance div#sliding-popup ('OK, I agree' / 'No, give me more info'). 10 + 10 + 7 preprints. Written down: title, url (/content/10.1101/<id>v<version>), authors (list of 'Given Surname'), doi (the https://doi.org/… URL as shown), date (ISO day of 'Posted').",
    )
    pages = chunks(ZX_PAPERS, [ZX_PER_PAGE, ZX_PER_PAGE, len(ZX_PAPERS) - 2 * ZX_PER_PAGE])
    first = 1
    for number, papers in enumerate(pages, 1):
        text = _zx_page(number, len(pages), papers, first, len(ZX_PAPERS))
        first += len(papers)
        if number == 1:
            s.list_page(f"{ZX_PATH.lstrip('/')}/index.html", text)
        else:
            s.list_page(f"{ZX_PATH.lstrip('/')}@page={number - 1}", text)
    for p in ZX_PAPERS:
        s.expect(
            {
                "title": p.title,
                "url": _zx_url(p),
                "authors": [_zx_name(a) for a in p.authors],
                "doi": _zx_doi(p),
                "date": p.posted.isoformat(),
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TWENTYNINTH_C.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
