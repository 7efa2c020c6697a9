"""Held-out wave twenty-six, part B: three list pages copied from their real 2024–25 platform markup with invented
data, and frozen before any heuristic saw them.

* **huurspot** — a Dutch rental portal's English search results on the Treehouse platform Pararius runs
  (``/apartments/leiden/0-2000``: city plus a price-range path segment, 30 homes a page): the OneTrust and GTM head
  scripts with the ``Platform`` config object and Google Publisher Tag slot definitions, the ``wc-masthead`` header
  with its ``details`` menu and language switcher, the USP bar, the location search with radius select, the filters
  sidebar (price selects, dwelling-type radio links with counts, interior and rooms), ``search-list-header`` with the
  count and the ordering select, then ``ul.search-list`` of ``li.search-list__item--listing >
  section.listing-search-item`` (data-listing-search-item-* attributes; an optional ``listing-label`` 'New' / 'Under
  option', the photo link in ``wc-picture`` with a srcset, ``h2.listing-search-item__title >
  a.listing-search-item__link--title`` 'Apartment Hooigracht', a favourite-toggle form, ``sub-title`` '2312 KN Leiden
  (Binnenstad-Zuid)', ``span.listing-search-item__price-main`` '€1,650 per month', ``ul.illustrated-features`` with
  surface-area / number-of-rooms and interior or construction-period items, and ``listing-search-item__info`` with
  the agent link); in-feed ``ad-unit`` list items and a mail-alert banner item; ``wc-pagination`` with
  ``ul.pagination__list`` (active page a span, numbered links, Previous / Next) over ``/page-N`` path segments; the
  average-prices widget, the city text and the footer. Written down: title, url, location, price, currency, size,
  rooms, interior, year_built, label, agent.
* **marrowbay-portal** — a city's open-data catalogue on Socrata (Tyler Data & Insights) searched through
  ``/browse?q=parking&sortBy=relevance``: the rally site chrome header and footer, the browse2 search box, the facets
  pane (mobile sort, View Types, Categories, Tags), '27 Results' and the Sort by select, then ``div.browse2-result``
  rows (name link absolute on the portal's own host with itemprop metas, category link, type icon and name,
  description with More / Less toggles, up to five tag links and 'and N more' or 'No tags assigned', API Docs on
  datasets, 'Updated' ``span.dateLocalize`` 'March 11 2025', 'Views' '48,213', hidden DataDownload metas); Socrata's
  ``div.pagination`` (first / previous arrows, page links with accessible spans, next / last arrows) over
  ``&page=N`` and 'Showing 1-10 of 27'; a footer script keeping each Cetera row. Ten a page. Written down: title, url,
  category, type, description, tags, updated, views.
* **wrenford-catalog** — a university library's VuFind 10 (bootstrap5 theme) search results
  (``/Search/Results?lookfor=shipwrecks&type=AllFields``, Solr without ILS status): the banner navbar and search box
  with tabs, the search stats and limit / sort / view controls, bulk action buttons, ``ol.record-list`` of
  ``li.result`` (record checkbox, number, ajaxcover link, ``h2 > a.title`` with ``<mark>`` highlights and
  ``span.authors`` 'by' links, 'Published 2019' or 'Published in … (2018)', highlight snippets on some, the hidden
  call-number div, proxied full-text links on e-resources, ``span.format``, favourites and COinS), the
  ``ul.pagination`` page items over query-only ``?lookfor=…&page=N`` hrefs, search tools, the facet sidebar and the
  footer. Twenty a page. Written down: title, url, authors, year, published_in, format, full_text.

Run ``uv run python tests/sites/corpus/generate_held_out_twentysixth_b.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **frozen**.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple
from urllib.parse import quote, quote_plus, urlencode

sys.path.insert(0, str(Path(__file__).parent))

from generate import FROZEN, ROOT, Site, chunks, esc, slug

FROZEN |= {"huurspot", "marrowbay-portal", "wrenford-catalog"}

TWENTYSIXTH_B: dict[str, Callable[[], None]] = {}


def twentysixth_b(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TWENTYSIXTH_B[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


# ---------------------------------------------------------------------------------------------------
# huurspot: the Treehouse (Pararius) rental search, English, Leiden up to €2,000, 30 homes a page.
# ---------------------------------------------------------------------------------------------------

HS_BASE = "/apartments/leiden/0-2000"
HS_PAGE_SIZES = [30, 30, 8]
HS_TOTAL = sum(HS_PAGE_SIZES)


class HsHome(NamedTuple):
    """One rental home as its search card shows it."""

    uuid: str
    kind: str
    street: str
    postcode: str
    neighbourhood: str
    price: int
    size: int
    rooms: int
    interior: str | None
    year_built: int | None
    label: str | None
    agent: str
    agent_id: str


#: street, postcode digits, neighbourhood
HS_STREETS: list[tuple[str, str, str]] = [
    ("Breestraat", "2311", "Binnenstad-Noord"),
    ("Haarlemmerstraat", "2312", "Binnenstad-Noord"),
    ("Hooigracht", "2312", "Binnenstad-Zuid"),
    ("Oude Singel", "2312", "Binnenstad-Noord"),
    ("Nieuwe Rijn", "2312", "Binnenstad-Zuid"),
    ("Langebrug", "2311", "Binnenstad-Zuid"),
    ("Rapenburg", "2311", "Binnenstad-Zuid"),
    ("Hogewoerd", "2311", "Binnenstad-Zuid"),
    ("Lange Mare", "2312", "Binnenstad-Noord"),
    ("Morsstraat", "2312", "Binnenstad-Noord"),
    ("Stationsweg", "2312", "Stationsdistrict"),
    ("Rijnsburgerweg", "2334", "Houtkwartier"),
    ("Witte Singel", "2313", "Tuinstadwijk"),
    ("Zoeterwoudsesingel", "2313", "Roomburg"),
    ("Kanaalpark", "2321", "Zuid-West"),
    ("Lammenschansweg", "2313", "Lammenschans"),
    ("Boerhaavelaan", "2334", "Boerhaavedistrict"),
    ("Vondellaan", "2332", "Burgemeesterswijk"),
    ("Kooilaan", "2315", "De Kooi"),
    ("Herensingel", "2313", "Noorderkwartier"),
    ("Lage Rijndijk", "2313", "Transvaal"),
    ("Sumatrastraat", "2315", "Tuinstadwijk"),
    ("Hoflaan", "2321", "Morskwartier"),
    ("Cronesteyn", "2322", "Zuid-West"),
    ("Stevensbloem", "2331", "Stevenshof"),
    ("Merenwijkweg", "2324", "Merenwijk"),
    ("Plesmanlaan", "2333", "Bio Science Park"),
    ("Utrechtse Veer", "2312", "Binnenstad-Noord"),
    ("Pieterskerkhof", "2311", "Binnenstad-Zuid"),
    ("Levendaal", "2311", "Binnenstad-Zuid"),
    ("Mauritsstraat", "2313", "Professorenwijk"),
    ("Kaiserstraat", "2311", "Burgemeesterswijk"),
]

#: agent name, slug
HS_AGENTS: list[tuple[str, str]] = [
    ("Rijnland Makelaars", "rijnland-makelaars"),
    ("Sleutelstad Verhuur", "sleutelstad-verhuur"),
    ("Leiden Expat Housing", "leiden-expat-housing"),
    ("Van der Linden Vastgoed", "van-der-linden-vastgoed"),
    ("Hooglandse Woonzaken", "hooglandse-woonzaken"),
    ("De Sleutel Makelaardij", "de-sleutel-makelaardij"),
    ("Maresingel Rentals", "maresingel-rentals"),
    ("Plesman Property Management", "plesman-property-management"),
    ("Holland Rijnland Wonen", "holland-rijnland-wonen"),
]

HS_KINDS = {"Apartment": "apartment", "House": "house", "Studio": "studio", "Room": "room"}


def _hs_homes() -> list[HsHome]:
    """68 homes, the newest first, from a fixed seed (prices follow the size as Leiden rents do)."""
    rng = random.Random(2311)
    letters = [a + b for a in "ABCEGHJKLMNPRTVWXZ" for b in "ABCEGHJKLMNPRTVWXZ" if a + b not in {"SA", "SD", "SS"}]
    agent_ids = {
        name: f"{rng.getrandbits(32):08x}-{rng.getrandbits(16):04x}-5{rng.getrandbits(12):03x}-{rng.choice('89ab')}{rng.getrandbits(12):03x}-{rng.getrandbits(48):012x}"
        for name, _slug in HS_AGENTS
    }
    homes: list[HsHome] = []
    for index in range(HS_TOTAL):
        kind = rng.choices(["Apartment", "House", "Studio", "Room"], weights=[68, 8, 14, 10])[0]
        street, digits, neighbourhood = rng.choice(HS_STREETS)
        if kind == "Room":
            size, rooms = rng.randint(11, 22), 1
            price = rng.randrange(625, 925, 25)
        elif kind == "Studio":
            size, rooms = rng.randint(22, 38), 1
            price = min(1995, 380 + size * 27 + rng.randrange(-50, 75, 25))
        elif kind == "House":
            size, rooms = rng.randint(84, 118), rng.randint(4, 5)
            price = rng.randrange(1800, 2001, 25)
        else:
            size = rng.randint(38, 92)
            rooms = 2 if size < 55 else rng.choice([2, 3]) if size < 75 else rng.choice([3, 4])
            price = min(2000, 150 + size * 21 + rng.randrange(-75, 100, 25))
        price = max(625, round(price / 25) * 25)
        roll = rng.random()
        interior = (
            "Furnished"
            if kind == "Room" and roll < 0.8
            else "Furnished"
            if roll < 0.34
            else "Upholstered"
            if roll < 0.72
            else "Shell"
            if roll < 0.82
            else None
        )
        year_built = (
            rng.choice([1628, 1880, 1904, 1912, 1928, 1936, 1955, 1962, 1971, 1988, 1996, 2008, 2019, 2023])
            if interior is None
            else None
        )
        label = "New" if index < 9 and rng.random() < 0.8 else "Under option" if rng.random() < 0.1 else None
        agent = rng.choice(HS_AGENTS)[0]
        uuid = f"{rng.getrandbits(32):08x}-{rng.getrandbits(16):04x}-5{rng.getrandbits(12):03x}-{rng.choice('89ab')}{rng.getrandbits(12):03x}-{rng.getrandbits(48):012x}"
        postcode = f"{digits} {rng.choice(letters)}"
        homes.append(
            HsHome(
                uuid,
                kind,
                street,
                postcode,
                neighbourhood,
                price,
                size,
                rooms,
                interior,
                year_built,
                label,
                agent,
                agent_ids[agent],
            )
        )
    return homes


HS_HOMES = _hs_homes()


def _hs_home_url(home: HsHome) -> str:
    return f"/{HS_KINDS[home.kind]}-for-rent/leiden/{home.uuid[:8]}/{slug(home.street)}"


def _hs_agent_url(agent: str) -> str:
    return "/real-estate-agents/leiden/" + dict(HS_AGENTS)[agent]


def _hs_page_url(number: int) -> str:
    return HS_BASE if number == 1 else f"{HS_BASE}/page-{number}"


def _hs_analytics(
    text: str,
    interaction: str,
    kind: str = "internal_link_click",
    destination: str | None = None,
    component: str = "Listing card",
    element: str = "link",
) -> str:
    data: dict[str, str | None] = {
        "component_name": component,
        "element_type": element,
        "element_text": text,
        "interaction_id": interaction,
        "interaction_type": kind,
    }
    if destination is not None:
        data["destination_url"] = destination
    return esc(json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/"))


def _hs_picture(home: HsHome, position: int) -> str:
    digest = hashlib.md5(home.uuid.encode()).hexdigest()
    photo = f"{digest[:8]}-{digest[8:12]}-5{digest[13:16]}-a{digest[17:20]}-{digest[20:32]}"
    media = f"https://casco-media-prod.global.ssl.fastly.net/listings/api/media/{home.uuid}/{photo}"
    widths = ", ".join(f"{media}?width={w}&amp;auto=webp {w}w" for w in range(100, 1300, 100))
    alt = esc(f"{home.kind} {home.street} in Leiden")
    if position > 3:
        placeholder = "data:image/svg+xml;utf8,%3Csvg%20width%3D%22600%22%20height%3D%22400%22%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%3E%3Cpath%20fill%3D%22%23FBFBFB%22%20d%3D%22M0%200h600v400H0z%22%2F%3E%3C%2Fsvg%3E"
        return f"""<wc-picture class="picture picture--landscape picture--cover picture--list">
                            <template>                <picture>
                    <source srcset="{widths}" sizes="(max-width: 767px) 90vw, 360px" />
                    <img class="picture__image" alt="{alt}" src="{media}?width=600&amp;auto=webp" width="100%" height="100%" />
                </picture>
            </template>
        <picture>
            <img class="picture__image" alt="{alt}" src="{placeholder}" width="100%" height="100%"/>
        </picture>
                        </wc-picture>"""
    return f"""<wc-picture class="picture picture--landscape picture--cover picture--list">
                                            <picture>
                    <source srcset="{widths}" sizes="(max-width: 767px) 90vw, 360px" />
                    <img class="picture__image" alt="{alt}" src="{media}?width=600&amp;auto=webp" width="100%" height="100%" fetchpriority="high" />
                </picture>
                        </wc-picture>"""


def _hs_features(home: HsHome) -> str:
    items = [
        ("surface-area", f"{home.size} m²"),
        ("number-of-rooms", f"{home.rooms} room" + ("s" if home.rooms > 1 else "")),
    ]
    if home.interior:
        items.append(("interior", home.interior))
    if home.year_built:
        items.append(("construction-period", str(home.year_built)))
    lis = "\n".join(
        f"""                    <li class="illustrated-features__item illustrated-features__item--{name}">
                                    {text}
                            </li>"""
        for name, text in items
    )
    return f"""    <ul class="illustrated-features illustrated-features--compact">
{lis}
            </ul>"""


HS_FAVOURITE_I18N = esc(
    json.dumps(
        {
            "save_as_favourite": "Save as favourite",
            "saved": "Saved",
            "notification_title": "Saved as favourite",
            "notification_message": '<a href="/my/favourites/">View your favourites</a>',
        },
        separators=(",", ":"),
    ).replace("/", "\\/")
)


def _hs_card(home: HsHome, number: int, position: int, index: int) -> str:
    url = _hs_home_url(home)
    title = f"{home.kind} {home.street}"
    label = ""
    if home.label:
        modifier = slug(home.label)
        label = f"""
                    <div class="listing-search-item__label">
            <span class="listing-label listing-label--{modifier}">
            {home.label}
        </span>
                            </div>"""
    return f"""            <li class="search-list__item search-list__item--listing">
    <section
        class="listing-search-item listing-search-item--list listing-search-item--for-rent"
                    data-controller="listing-search-item"
            data-listing-search-item-position-on-page="{position}"
            data-listing-search-item-page-number="{number}"
            data-listing-search-item-index="{index}"
            data-listing-search-item-id="{home.uuid}"
            data-listing-search-item-agent-id="{home.agent_id}"
            >{label}

        <div class="listing-search-item__depiction">
                    <a
                        class="listing-search-item__link listing-search-item__link--depiction"
                        href="{url}"
                                                aria-label="{esc(title)}"
                        data-action="click->listing-search-item#onClick"
                        data-analytics="{_hs_analytics(title, f"serp_scraped.listing_{position}")}"
                    >
    {_hs_picture(home, position)}
                                    </a>
                    </div>

        <div class="listing-search-item__content">

            <h2 class="listing-search-item__title" id="listing-title-{position}">
                <a
                    class="listing-search-item__link listing-search-item__link--title"
                    href="{url}"
                                        data-action="click->listing-search-item#onClick"
                    data-analytics="{_hs_analytics(title, f"serp_scraped.listing_{position}")}"
                >

            {esc(title)}

                            </a>
                        </h2>

                            <div class="listing-search-item__favourite_toggle">
        <wc-favourite-toggle
        class="favourite-toggle favourite-toggle--mini"
        data-i18n="{HS_FAVOURITE_I18N}"
        data-new-flow-toggle-is-on=""
        data-login-dialog-toggle-is-on=""
        data-is-logged-in=""
    >
                    <form
                class="favourite-toggle__form"
                method="post"
                action="/frontend/component/favourite-toggle/{home.uuid}"
                data-listing-id="{home.uuid}"
            >
                <input type="hidden" name="_target_path" value="{_hs_page_url(number)}"/>

                <button class="button button--primary-ghost favourite-toggle__button"
                        data-analytics="{_hs_analytics("Save as favourite", "favourite_toggle.save", "button_click", component="Favourite button", element="button")}">
                                            Save as favourite
                                    </button>
            </form>
            </wc-favourite-toggle>

                </div>

                            <div class="listing-search-item__sub-title">
                                            {home.postcode} Leiden ({esc(home.neighbourhood)})
                                    </div>


                            <div class="listing-search-item__price">
                                            <span class="listing-search-item__price-main">€{home.price:,} per month</span>
                                                        </div>

            <div class="listing-search-item__features">
{_hs_features(home)}

                            </div>

                            <div class="listing-search-item__info">
                                    <a class="listing-search-item__link" href="{_hs_agent_url(home.agent)}"
                       data-analytics="{_hs_analytics(home.agent, f"serp_scraped.agent_{position}", destination=_hs_agent_url(home.agent))}">{esc(home.agent)}</a>
                            </div>
                                            </div>
    </section>

                            </li>"""


def _hs_ad(slot: int) -> str:
    return f"""                                                                <li class="search-list__item">
        <div class="ad-unit ad-unit--serp" id="huurspot-serp-infeed{slot}">
                            <script>
                    googletag.cmd.push(function() {{
                        googletag.display('huurspot-serp-infeed{slot}');
                    }});
                </script>
                    </div>
                                    </li>"""


def _hs_list(number: int, homes: list[HsHome], first: int) -> str:
    items = []
    for offset, home in enumerate(homes):
        position = offset + 1
        items.append(_hs_card(home, number, position, first + offset))
        if position in (1, 7, 13, 19, 25) and position < len(homes):
            items.append(_hs_ad((position + 5) // 6))
    items.append("""                                                    <li class="search-list__item search-list__item--banner">
    <wc-mail-alert-banner
        class="mail-alert-banner"
                    >
        <div class="mail-alert-banner__image mail-alert-banner__image--en"></div>
        <div class="mail-alert-banner__content">
            <h3 class="mail-alert-banner__heading">Would you like to be kept informed of the latest rental homes?</h3>
            <button type="button" class="button button--tertiary mail-alert-banner__button">
                Yes, keep me informed
            </button>
        </div>
    </wc-mail-alert-banner>
                            </li>""")
    return '    <ul class="search-list" data-controller="search-list">\n' + "\n".join(items) + "\n            </ul>"


def _hs_pagination(number: int, total: int) -> str:
    items = []
    if number > 1:
        items.append(f"""                                                                                        <li class="pagination__item pagination__item--previous">
                                                        <a class="pagination__link pagination__link--previous" data-page="{number - 1}" href="{_hs_page_url(number - 1)}">Previous</a>
                            </li>""")
    for page in range(1, total + 1):
        if page == number:
            items.append(f"""                                                                                        <li class="pagination__item pagination__item--active">
                                <span class="pagination__link">{page}</span>
                            </li>""")
        else:
            items.append(f"""                                                                                                                                    <li class="pagination__item">
                                                                <a class="pagination__link" data-page="{page}" href="{_hs_page_url(page)}">{page}</a>
                            </li>""")
    if number < total:
        items.append(f"""                                                                                                        <li class="pagination__item pagination__item--next">
                                                        <a class="pagination__link pagination__link--next" data-page="{number + 1}" href="{_hs_page_url(number + 1)}">Next</a>
                            </li>""")
    return f"""    <wc-pagination class="pagination" async="1">
                    <ul class="pagination__list">
{chr(10).join(items)}
                    </ul>
            </wc-pagination>"""


def _hs_radio(name: str, value: str, label: str, count: int, href: str, ident: int) -> str:
    disabled = " radio-control--disabled" if count == 0 else ""
    attr = ' disabled="disabled"' if count == 0 else ""
    return f"""                                                <a href="{href}" class="search-filter__filter-link">
    <wc-radio-control class="radio-control radio-control--search-filter{disabled}">
        <input type="radio" id="radio-control-{ident}" value="{value}" class="radio-control__control visually-hidden" name="filters[{name}][]"{attr}/>
                        <label for="radio-control-{ident}" class="radio-control__label">
                                    {label}
                        <span class="radio-control__amount">{count}</span>
                                                </label>
            </wc-radio-control>
                            </a>"""


def _hs_filters() -> str:
    kinds = {kind: sum(1 for home in HS_HOMES if home.kind == kind) for kind in HS_KINDS}
    interiors = {
        name: sum(1 for home in HS_HOMES if home.interior == name) for name in ("Furnished", "Upholstered", "Shell")
    }
    prices = "".join(
        f'\n                    <option value="{value}">€{value:,}</option>'
        for value in (0, 500, 750, 1000, 1250, 1500, 1750, 2000, 2500, 3000)
    )
    dwelling = "\n".join(
        _hs_radio("dwelling_type", HS_KINDS[kind], kind, count, f"/{HS_KINDS[kind]}s/leiden/0-2000", 31257 + i)
        for i, (kind, count) in enumerate(kinds.items())
    )
    interior = "\n".join(
        _hs_radio("interior", slug(name), name, count, f"{HS_BASE}/{slug(name)}", 48211 + i)
        for i, (name, count) in enumerate(interiors.items())
    )
    rooms = "\n".join(
        _hs_radio(
            "rooms",
            f"{n}",
            f"{n}+ rooms",
            sum(1 for home in HS_HOMES if home.rooms >= n),
            f"{HS_BASE}/{n}-rooms",
            59120 + n,
        )
        for n in range(1, 6)
    )
    return f"""    <wc-search-filters class="search-filters" data-controller="search-filters">
        <form class="search-filters__form" method="post" action="/api/search-filters">
            <div class="search-filters__header">
                <h2 class="search-filters__title">Filters</h2>
                <a class="search-filters__reset" href="/apartments/leiden">Clear all filters</a>
            </div>
                            <div class="search-filters__filter search-filters__filter--price">
    <wc-search-filter class="search-filter search-filter--price" data-anchor="price">
                    <div class="search-filter__label">
                    <button type="button" aria-controls="panel-512" aria-expanded="true" id="toggle-512" class="search-filter__collapse-toggle">
                        Price
                    </button>
                                                </div>
        <div class="search-filter__content" id="panel-512" aria-labelledby="toggle-512">
    <wc-range-control class="range-control">
        <ul class="range-control__list">
            <li class="range-control__item">
    <wc-select-control class="select-control select-control--has-value">
            <label for="select-control-price-min" class="select-control__label">From</label>
        <select id="select-control-price-min" class="select-control__control" name="filters[price][min]">{prices.replace('value="0">', 'value="0" selected="selected">')}
                                    </select>
                    </wc-select-control>
            </li>
            <li class="range-control__item">
    <wc-select-control class="select-control select-control--has-value">
            <label for="select-control-price-max" class="select-control__label">To</label>
        <select id="select-control-price-max" class="select-control__control" name="filters[price][max]">{prices.replace('value="2000">', 'value="2000" selected="selected">')}
                                    </select>
                    </wc-select-control>
            </li>
        </ul>
    </wc-range-control>
                    </div>
    </wc-search-filter>
                </div>
                            <div class="search-filters__filter search-filters__filter--dwelling_type">
    <wc-search-filter class="search-filter search-filter--dwelling_type" data-anchor="dwelling_type">
                    <div class="search-filter__label">
                    <button type="button" aria-controls="panel-727" aria-expanded="true" id="toggle-727" class="search-filter__collapse-toggle">
                        Type of home
                    </button>
                                                </div>
        <div class="search-filter__content" id="panel-727" aria-labelledby="toggle-727">
{dwelling}
                    </div>
    </wc-search-filter>
                </div>
                            <div class="search-filters__filter search-filters__filter--interior">
    <wc-search-filter class="search-filter search-filter--interior" data-anchor="interior">
                    <div class="search-filter__label">
                    <button type="button" aria-controls="panel-733" aria-expanded="true" id="toggle-733" class="search-filter__collapse-toggle">
                        Interior
                    </button>
                                                </div>
        <div class="search-filter__content" id="panel-733" aria-labelledby="toggle-733">
{interior}
                    </div>
    </wc-search-filter>
                </div>
                            <div class="search-filters__filter search-filters__filter--rooms">
    <wc-search-filter class="search-filter search-filter--rooms search-filter--collapsed" data-anchor="rooms">
                    <div class="search-filter__label">
                    <button type="button" aria-controls="panel-741" aria-expanded="false" id="toggle-741" class="search-filter__collapse-toggle">
                        Rooms
                    </button>
                                                </div>
        <div class="search-filter__content" id="panel-741" aria-labelledby="toggle-741">
{rooms}
                    </div>
    </wc-search-filter>
                </div>
        </form>
    </wc-search-filters>"""


def _hs_page(number: int, total: int, homes: list[HsHome], first: int) -> str:
    canonical = "https://www.huurspot.com" + _hs_page_url(number)
    prev_link = (
        f'\n                                    <link rel="prev" href="{_hs_page_url(number - 1)}">'
        if number > 1
        else ""
    )
    next_link = (
        f'\n                                    <link rel="next" href="{_hs_page_url(number + 1)}">'
        if number < total
        else ""
    )
    listing_ids = json.dumps([home.uuid for home in homes])
    title = "Apartments for rent in Leiden up to €2,000" + (f" - page {number}" if number > 1 else "")
    return f"""


<!DOCTYPE html>
<html lang="en">
    <head>
                    <link rel="preconnect" href="https://cdn.cookielaw.org">
                    <script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="5a1c7f3e-0b7d-4c1e-9d2a-61f0e3b2c4d8" data-document-language="true"></script>
                    <link rel="preconnect" href="https://www.googletagmanager.com">
                    <script>
                        (function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':
                            new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],
                            j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
                            'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
                        }})(window,document,'script','dataLayer', 'GTM-K7QX2RD');
                    </script>

        <meta name="viewport" content="width=device-width, initial-scale=1.0">
        <script>
            window.dataLayer = window.dataLayer || [];

            (function (htmlNode) {{
                htmlNode.classList.add('has-js');
            }})(document.documentElement);

                            var Platform = {{
                    locale: 'en',
                    label: 'huurspot',
                    currency: 'EUR',
                    priceConversionFactor: 1,
                    uris: {{
                        autocomplete: '/api/suggest',
                        get_search_urls: '/api/get-search-urls',
                        maps: 'https://www.huurspot.com/api/map',
                        recent_searches: '/api/recent-searches',
                        listing_search_item: '/frontend/en/listing-search-item/'
                    }},
                    trackers: {{
                        conversion_stats: false,
                    }},
                    enabled_feature_toggles: '\\u005B\\u005D',
                    optimize_variables: {{}},
                    affiliate_data: {{
                        user_id:  null ,
                    }},
                }};

    Platform.affiliate_data.listing_ids = {listing_ids};

            var googletag = googletag || {{}};
            googletag.cmd = googletag.cmd || [];
        </script>

        <title>{esc(title)} | Huurspot</title>
        <meta charset="UTF-8">
        <meta name="description" content="Looking for an apartment for rent in Leiden? Find {HS_TOTAL} apartments for rent in Leiden up to €2,000 on Huurspot, the largest rental offer in the Netherlands.">
        <meta name="robots" content="index,follow">
        <meta property="og:url" content="{canonical}">
            <link rel="canonical" href="{canonical}">{prev_link}{next_link}
                            <link rel="alternate" hreflang="nl" href="https://www.huurspot.nl/huurwoningen/leiden/0-2000{"" if number == 1 else f"/page-{number}"}">
                            <link rel="alternate" hreflang="en" href="{canonical}">
        <link rel="stylesheet" href="/frontend/assets/Website/Huurspot/Huurspot-QW3KZP7A.css">
        <link rel="stylesheet" href="/frontend/assets/Website/Shared/Component/Button/Presentation/Button-RV4WDEJ4.css">
        <link rel="icon" href="/frontend/assets/Website/Huurspot/BrandIcons/Favicon-7TQ2MXCE.png" type="image/png">
    <meta property="og:site_name" content="Huurspot">
    <meta property="og:title" content="{esc(title)}">
    <meta property="og:type" content="website">

    <script async src="https://www.googletagservices.com/tag/js/gpt.js"></script>
        <script>
                            googletag.cmd.push(function(){{
                    googletag.defineSlot('/3987669/HUURSPOT_DISPLAY/HS_SERP_WEB_BBLB', [[728, 90], [970, 90], [970, 250],'fluid'], 'huurspot-serp-web-bblb').addService(googletag.pubads());
                    googletag.defineSlot('/3987669/HUURSPOT_SERP_INFEED1', [[1000, 200]], 'huurspot-serp-infeed1').addService(googletag.pubads());
                    googletag.defineSlot('/3987669/HUURSPOT_SERP_INFEED2', [[1000, 200]], 'huurspot-serp-infeed2').addService(googletag.pubads());
                    googletag.defineSlot('/3987669/HUURSPOT_SERP_INFEED3', [[1000, 200]], 'huurspot-serp-infeed3').addService(googletag.pubads());
                    googletag.defineSlot('/3987669/HUURSPOT_SERP_INFEED4', [[1000, 200]], 'huurspot-serp-infeed4').addService(googletag.pubads());
                    googletag.defineSlot('/3987669/HUURSPOT_SERP_INFEED5', [[1000, 200]], 'huurspot-serp-infeed5').addService(googletag.pubads());
                    googletag.pubads().setTargeting('device', ['desktop']).setTargeting('range', ['0-2000']).setTargeting('city', ['Leiden']).setTargeting('province', ['Zuid-Holland']).setTargeting('language', ['EN']);
                    googletag.pubads().enableSingleRequest();
                    googletag.pubads().collapseEmptyDivs();
                    googletag.enableServices();
                }});
                    </script>
    <script type="module" src="/frontend/assets/Website/Huurspot/Huurspot-5MZC4BXN.js"></script>
    </head>
    <body class="page page--search-results">
        <noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K7QX2RD" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
        <a class="page__skip-link" href="#main">Skip to content</a>
            <header class="page__header">
                <div class="page__wrapper page__wrapper--masthead">
    <wc-masthead class="masthead">
        <a class="masthead__logo" href="/" aria-label="Huurspot homepage">
            <img src="/frontend/assets/Website/Huurspot/Logo/Logo-3JH2QKDT.svg" alt="Huurspot" width="148" height="32">
        </a>
        <nav class="masthead__navigation" aria-label="Main menu">
            <details class="masthead__menu-details">
                <summary class="masthead__menu-toggle">Menu</summary>
                <menu class="masthead__menu">
                        <li class="masthead__menu-item">
                            <a class="masthead__menu-link" href="/apartments/nederland">
                                <span>Rental homes</span>
                            </a>
                        </li>
                        <li class="masthead__menu-item">
                            <a class="masthead__menu-link" href="/rent-out-your-property/">
                                <span>Rent out your home for free</span>
                            </a>
                        </li>
                        <li class="masthead__menu-item">
                            <a class="masthead__menu-link" href="/real-estate-agents/">
                                <span>Find a real estate agent</span>
                            </a>
                        </li>
                        <li class="masthead__menu-item">
                            <a class="masthead__menu-link masthead__menu-link--account" href="/login/">
                                <span>Log in or create an account</span>
                            </a>
                        </li>
                </menu>
            </details>
                    <div class="masthead__language-switcher">
                <wc-language-switcher class="language-switcher language-switcher--selected-en">
                            <details>
                    <summary class="language-switcher__toggle language-switcher__toggle--en">
                        <span class="language-switcher__toggle-text">Show/hide language options</span>
                    </summary>
                                <ul class="language-switcher__options">
                    <li class="language-switcher__option">
                            <a href="https://www.huurspot.nl/huurwoningen/leiden/0-2000" class="language-switcher__option-label language-switcher__option-label--nl">Nederlands</a>
                                            </li>
                    <li class="language-switcher__option language-switcher__option--selected">
                            <span class="language-switcher__option-label language-switcher__option-label--en">English</span>
                                            </li>
                            </ul>
                </details>
                    </wc-language-switcher>
                </div>
                    </nav>
    </wc-masthead>
                </div>
            </header>

                    <section class="page__usp-bar-wrapper page__usp-bar-wrapper--below-masthead" aria-label="USPs">
    <wc-usp-bar class="usp-bar">
        <div class="usp-bar__viewport">
            <ul class="usp-bar__track">
                        <li class="usp-bar__item usp-bar__item--1"><div class="usp-bar__item-content usp-bar__item-content--1">Largest rental offer in the Netherlands</div></li>
                        <li class="usp-bar__item usp-bar__item--2"><div class="usp-bar__item-content usp-bar__item-content--2">Automate your search</div></li>
                        <li class="usp-bar__item usp-bar__item--3"><div class="usp-bar__item-content usp-bar__item-content--3">Instant updates on new homes</div></li>
                        <li class="usp-bar__item usp-bar__item--4"><div class="usp-bar__item-content usp-bar__item-content--4">Trusted since 2006</div></li>
            </ul>
        </div>
    </wc-usp-bar>
            </section>

        <main class="page__content" id="main">
<div class="page__wrapper page__wrapper--search-controls">
    <div
        class="search-controls"
        data-controller="search-controls"
    >
                    <div class="search-controls__autocomplete">
                                    <div class="search-controls__container search-controls__container--location-search">
    <wc-location-search class="location-search">
        <form method="post" action="/api/manual-search" class="location-search__form" role="search" aria-label="Search location">
            <div class="location-search__autocomplete">
    <wc-autocomplete class="autocomplete autocomplete--location-search" data-scope="location-search" show-recent-searches="1">
        <input type="hidden" name="autocomplete[city]" value="leiden"/>
        <div class="autocomplete__control-wrapper">
            <div class="autocomplete__control">
                <input type="search" name="" id="autocomplete-1187254401" class="autocomplete__input" placeholder="City, district or neighbourhood" autocomplete="off" value="Leiden"/>
                                <button class="autocomplete__button autocomplete__button--clear autocomplete__button--hidden" type="button" aria-label="Clear"></button>
                                <ul class="autocomplete__list"></ul>
            </div>
                     </div>
    </wc-autocomplete>
            </div>
                            <div class="location-search__radius">
                    <select class="location-search__radius-control" aria-label="Select search radius">
                                <option value="" selected>+0 km</option>
                                <option value="1">+1 km</option>
                                <option value="5">+5 km</option>
                                <option value="10">+10 km</option>
                                <option value="25">+25 km</option>
                                <option value="50">+50 km</option>
                                            </select>
                </div>
                    </form>
    </wc-location-search>
                    </div>
                            </div>
        <div class="search-controls__other-controls">
            <div class="search-controls__container search-controls__container--other-controls">
                <div class="search-controls__filters-toggle">
                    <button type="button" class="button button--secondary search-controls__button search-controls__button--filter-toggle" data-action="click-&gt;search-controls#onSearchFiltersButtonClick" data-count="1">
                                                    Filters
                                            </button>
                </div>
                <div class="search-controls__map-toggle">
                    <a class="button button--secondary search-controls__button search-controls__button--map" href="{HS_BASE}/map">Map</a>
                </div>
            </div>
        </div>
    </div>
</div>

    <div class="page__wrapper page__wrapper--content">
        <div class="page__row page__row--search-filters">
{_hs_filters()}
        </div>
        <div class="page__row page__row--search-list-header">
    <div class="search-list-header">
        <h1 class="search-list-header__title">Apartments for rent in Leiden up to €2,000</h1>
        <div class="search-list-header__meta">
            <span class="search-list-header__count">{HS_TOTAL}</span>
            <span class="search-list-header__count-label">results</span>
        </div>
        <div class="search-list-header__sorting">
    <wc-select-control class="select-control select-control--sorting select-control--has-value">
            <label for="select-control-ordering" class="select-control__label">Sort by</label>
        <select id="select-control-ordering" class="select-control__control" name="ordering">
                    <option value="newest" selected="selected">Most recent</option>
                    <option value="price-low-high">Lowest price</option>
                    <option value="price-high-low">Highest price</option>
                    <option value="surface-area-high-low">Largest surface area</option>
                                    </select>
                    </wc-select-control>
        </div>
    </div>
        </div>
        <div class="page__row page__row--search-list">
{_hs_list(number, homes, first)}
        </div>
    </div>

    <div class="page__wrapper page__wrapper--content">
        <div class="page__row page__row--pagination">
{_hs_pagination(number, total)}
        </div>
    </div>

    <div class="page__wrapper page__wrapper--average-prices">
        <wc-average-prices class="average-prices">
            <h2 class="average-prices__title">Average rental price in Leiden</h2>
            <ul class="average-prices__list">
                <li class="average-prices__item"><span class="average-prices__label">Apartment</span> <span class="average-prices__value">€1,614 per month</span></li>
                <li class="average-prices__item"><span class="average-prices__label">House</span> <span class="average-prices__value">€2,085 per month</span></li>
                <li class="average-prices__item"><span class="average-prices__label">Studio</span> <span class="average-prices__value">€1,092 per month</span></li>
                <li class="average-prices__item"><span class="average-prices__label">Room</span> <span class="average-prices__value">€742 per month</span></li>
            </ul>
            <p class="average-prices__note">Average price per m² in Leiden: €24.87</p>
        </wc-average-prices>
    </div>

            <div class="page__wrapper page__wrapper--city-info">
            <div class="page__row page__row--city-info">
                <div class="page__city-text">
<h2>Rental homes in Leiden</h2>
<p>Leiden lies in the province of South Holland, between The Hague and Haarlem. The city is known for its canals, its almshouses and the oldest university of the Netherlands. Around the Breestraat and the Rapenburg you find many historic canal houses, often split into apartments.</p>
<h3>Renting in Leiden</h3>
<p>Demand for rental homes in Leiden is high, mainly from students, researchers at the Bio Science Park and young professionals. Most homes on offer are apartments in the city centre and in the neighbourhoods around it.</p>
<p>See also <a href="/houses/leiden">Houses for rent in Leiden</a>, <a href="/studios/leiden">Studios for rent in Leiden</a>, <a href="/rooms/leiden">Rooms for rent in Leiden</a> and <a href="/apartments/zuid-holland">Rental homes in South Holland</a>.</p>
                </div>
                            </div>
        </div>
        </main>

        <footer class="page__footer">
            <div class="page__wrapper page__wrapper--footer">
    <wc-footer class="footer">
        <div class="footer__columns">
            <section class="footer__column">
                <h2 class="footer__heading">Huurspot</h2>
                <ul class="footer__list">
                    <li><a href="/about-us/">About us</a></li>
                    <li><a href="/careers/">Careers</a></li>
                    <li><a href="/press/">Press</a></li>
                    <li><a href="/contact/">Contact</a></li>
                </ul>
            </section>
            <section class="footer__column">
                <h2 class="footer__heading">Tenants</h2>
                <ul class="footer__list">
                    <li><a href="/apartments/amsterdam">Apartments Amsterdam</a></li>
                    <li><a href="/apartments/rotterdam">Apartments Rotterdam</a></li>
                    <li><a href="/apartments/den-haag">Apartments The Hague</a></li>
                    <li><a href="/apartments/utrecht">Apartments Utrecht</a></li>
                    <li><a href="/rental-tips/">Rental tips</a></li>
                </ul>
            </section>
            <section class="footer__column">
                <h2 class="footer__heading">Landlords and agents</h2>
                <ul class="footer__list">
                    <li><a href="/rent-out-your-property/">Rent out your home</a></li>
                    <li><a href="/for-real-estate-agents/">For real estate agents</a></li>
                </ul>
            </section>
        </div>
        <div class="footer__legal">
            <a href="/terms-and-conditions/">Terms and conditions</a>
            <a href="/privacy/">Privacy</a>
            <a href="/cookies/">Cookies</a>
            <span class="footer__copyright">© 2025 Huurspot B.V.</span>
        </div>
    </wc-footer>
            </div>
        </footer>
    </body>
</html>"""


@twentysixth_b
def build_huurspot() -> None:
    s = Site(
        "huurspot",
        kind="rental search results (Treehouse / Pararius platform 2024–25, English: section.listing-search-item cards with data-listing-search-item-* attributes, optional listing-label 'New' / 'Under option', wc-picture photo links (lazy template pictures after the third), h2 title link 'Apartment Hooigracht', favourite-toggle form, sub-title '2312 KN Leiden (Binnenstad-Zuid)', span.listing-search-item__price-main '€1,650 per month', ul.illustrated-features surface-area / number-of-rooms + interior or construction-period items, listing-search-item__info agent link; in-feed ad-unit list items and a mail-alert banner item; wc-pagination ul.pagination__list over /page-N path segments)",
        start=HS_BASE.lstrip("/"),
        description=f"Apartments for rent in Leiden up to €2,000 on a Dutch rental portal's English site (Most recent first, 30 a page): the OneTrust stub, GTM, the Platform config script listing the page's listing ids, GPT slot definitions; wc-masthead with a details menu and the language switcher, the USP bar, the location search with a radius select and the Filters / Map buttons; a wc-search-filters sidebar (price From / To selects, Type of home, Interior and Rooms radio links with counts); search-list-header with h1 'Apartments for rent in Leiden up to €2,000', span.search-list-header__count '{HS_TOTAL}' + 'results' and the Sort by select; ul.search-list of li.search-list__item--listing > section.listing-search-item.listing-search-item--list.listing-search-item--for-rent (data-listing-search-item-position-on-page / -page-number / -index / -id / -agent-id): div.listing-search-item__label > span.listing-label--new 'New' or --under-option 'Under option' on some, the depiction link with an aria-label and wc-picture (a srcset picture; from the fourth card a template picture and an svg placeholder img), div.listing-search-item__content with h2.listing-search-item__title#listing-title-N > a.listing-search-item__link--title to /apartment-for-rent/leiden/<8 hex>/<street slug> (house-, studio-, room-for-rent too) reading 'Apartment Hooigracht', a wc-favourite-toggle form 'Save as favourite', div.listing-search-item__sub-title '2312 KN Leiden (Binnenstad-Zuid)', div.listing-search-item__price > span.listing-search-item__price-main '€1,650 per month', ul.illustrated-features > li.illustrated-features__item--surface-area '62 m²', --number-of-rooms '3 rooms' / '1 room', and --interior 'Furnished' / 'Upholstered' / 'Shell' or, where no interior is given, --construction-period '1955', and div.listing-search-item__info > a.listing-search-item__link to /real-estate-agents/leiden/<agent>; li.search-list__item ad-unit slots (a googletag.display script) after cards 1, 7, 13, 19 and 25, a search-list__item--banner mail-alert banner last; wc-pagination > ul.pagination__list with pagination__item--previous 'Previous', numbered items (the active one a span) and pagination__item--next 'Next' to {HS_BASE}, /page-2, /page-3; the average-prices widget, the city text and the footer. 30 + 30 + 8 homes. Written down: title, url, location (the sub-title), price, currency, size (m²), rooms, interior, year_built, label, agent.",
    )
    pages = chunks(HS_HOMES, HS_PAGE_SIZES)
    first = 1
    for number, homes in enumerate(pages, 1):
        s.list_page(_hs_page_url(number).lstrip("/") + "/index.html", _hs_page(number, len(pages), homes, first))
        first += len(homes)
    for home in HS_HOMES:
        s.expect(
            {
                "title": f"{home.kind} {home.street}",
                "url": _hs_home_url(home),
                "location": f"{home.postcode} Leiden ({home.neighbourhood})",
                "price": home.price,
                "currency": "EUR",
                "size": home.size,
                "rooms": home.rooms,
                "interior": home.interior,
                "year_built": home.year_built,
                "label": home.label,
                "agent": home.agent,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# marrowbay-portal: a Socrata (Tyler Data & Insights) catalogue, /browse search, browse2 view, 10 a page.
# ---------------------------------------------------------------------------------------------------

MB_HOST = "https://data.marrowbay.gov"
MB_QUERY = "q=parking&sortBy=relevance"
MB_PAGE_SIZES = [10, 10, 7]
MB_LIMIT = 10


class MbAsset(NamedTuple):
    """One catalogue result (Cetera search row)."""

    uid: str
    name: str
    category: str | None
    kind: str
    description: str | None
    tags: list[str]
    updated: str
    views: int


#: display type key -> (translated title, icon class, display.type)
MB_KINDS: dict[str, tuple[str, str, str]] = {
    "dataset": ("Dataset", "icon-dataset", "table"),
    "map": ("Map", "icon-map", "map"),
    "chart": ("Chart", "icon-chart", "chart"),
    "filter": ("Filtered View", "icon-filter", "filter"),
    "story": ("Story", "icon-story", "story"),
    "href": ("External Link", "icon-external", "href"),
    "blob": ("File or Document", "icon-add", "blob"),
}

MB_ASSETS: list[MbAsset] = [
    MbAsset(
        "x7qd-3m2k",
        "Parking Citations",
        "Transportation",
        "dataset",
        "Parking citations issued by Marrow Bay Parking Enforcement since January 2019, including violation code, location, fine amount and disposition. Updated daily.",
        ["parking", "citations", "tickets", "enforcement", "fines", "violations"],
        "2025-03-11",
        48213,
    ),
    MbAsset(
        "pm4v-8tzs",
        "Parking Meters",
        "Transportation",
        "map",
        "Locations of single-space and multi-space parking meters with rate zone, hours of operation and maximum stay.",
        ["parking", "meters", "rates"],
        "2025-02-27",
        12876,
    ),
    MbAsset(
        "q2rn-5w7e",
        "Parking Meter Transactions 2024",
        "Transportation",
        "dataset",
        "Every paid parking session recorded by pay stations and the PayBay mobile app in 2024: start time, duration, amount paid and meter zone.",
        ["parking", "meters", "transactions", "revenue", "paybay"],
        "2025-01-15",
        6412,
    ),
    MbAsset(
        "r9hz-6kcu",
        "Residential Parking Permit Zones",
        "Transportation",
        "map",
        "Boundaries of the 14 residential permit parking zones and the blocks each zone covers.",
        ["parking", "permits", "zones", "residential"],
        "2024-11-04",
        9021,
    ),
    MbAsset(
        "c3tb-m8d4",
        "Parking Citations by Month",
        "Transportation",
        "chart",
        None,
        ["parking", "citations"],
        "2025-03-11",
        2210,
    ),
    MbAsset(
        "a8sj-2fwp",
        "Accessible Parking Spaces",
        "Transportation",
        "dataset",
        "On-street parking spaces reserved for vehicles displaying a disabled parking placard, with block face and space count.",
        ["parking", "accessibility", "ada"],
        "2024-09-18",
        3317,
    ),
    MbAsset(
        "g5ke-9vyn",
        "City-Owned Parking Garages and Lots",
        "Transportation",
        "dataset",
        "Municipal parking garages and surface lots with address, capacity, hourly and monthly rates, and the number of EV chargers.",
        ["parking", "garages", "lots", "ev charging"],
        "2024-12-02",
        7784,
    ),
    MbAsset(
        "h6dp-4xua",
        "Parking Citation Appeals",
        "Transportation",
        "filter",
        "Citations contested through the online appeal process, filtered from the Parking Citations dataset.",
        ["parking", "citations", "appeals"],
        "2025-03-10",
        1489,
    ),
    MbAsset(
        "s4ww-7jbc",
        "Street Sweeping Schedule",
        "Sanitation",
        "dataset",
        "Street sweeping routes with the weekday and week of the month, used for temporary no-parking signage.",
        ["street sweeping", "parking", "sanitation"],
        "2025-02-03",
        15230,
    ),
    MbAsset(
        "o8fn-3kzr",
        "Parking Occupancy Sensors - Downtown",
        "Transportation",
        "dataset",
        "Five-minute occupancy readings from in-ground sensors on 1,140 downtown metered spaces.",
        ["parking", "sensors", "occupancy", "smart city", "downtown", "real-time", "iot"],
        "2025-03-12",
        5609,
    ),
    MbAsset(
        "t2vb-9mqh",
        "Towed Vehicles",
        "Public Safety",
        "dataset",
        "Vehicles towed from city streets in the last 90 days, with tow reason, storage lot and release status.",
        ["towing", "vehicles", "parking", "impound"],
        "2025-03-12",
        21877,
    ),
    MbAsset(
        "p7st-1rqa",
        "Parking Revenue at a Glance",
        "Finance",
        "story",
        "Monthly parking revenue from meters, garages, permits and citations, compared with the adopted budget.",
        ["parking", "revenue", "budget"],
        "2025-02-20",
        3005,
    ),
    MbAsset(
        "b3rk-6ezn",
        "Bicycle Parking Racks",
        "Transportation",
        "map",
        "Public bicycle racks and corrals installed by the Active Transportation Program.",
        ["bicycles", "bike parking", "racks"],
        "2024-10-29",
        4431,
    ),
    MbAsset(
        "l9pm-2wdx",
        "Commercial Parking Lot Permits",
        "Permits & Licensing",
        "dataset",
        "Commercial parking lot operator permits issued by the Department of Licensing, with capacity and expiry date.",
        ["parking", "permits", "licensing", "business"],
        "2024-12-19",
        1176,
    ),
    MbAsset(
        "v5ab-7hye",
        "311 Service Requests - Abandoned Vehicles",
        "Service Requests",
        "filter",
        "311 requests reporting a vehicle parked on a public street for more than 72 hours.",
        ["311", "abandoned vehicles", "parking"],
        "2025-03-12",
        8840,
    ),
    MbAsset(
        "e6bt-4jsd",
        "Parking Enforcement Beats",
        "Public Safety",
        "map",
        None,
        ["parking", "enforcement"],
        "2023-08-14",
        902,
    ),
    MbAsset(
        "k4pr-8ncl",
        "Park and Ride Lots",
        "Transportation",
        "dataset",
        "Park and ride lots served by Marrow Bay Transit, with spaces, bus routes and average weekday occupancy.",
        ["transit", "park and ride", "parking"],
        "2024-07-22",
        2719,
    ),
    MbAsset(
        "z8ar-5ktb",
        "Parking Citations 2015-2018 (Archived)",
        "Transportation",
        "dataset",
        "Historical parking citations from the legacy ticketing system. This dataset is no longer updated; see Parking Citations for current data.",
        ["parking", "citations", "archive"],
        "2019-03-04",
        10455,
    ),
    MbAsset(
        "m2rz-7dqf",
        "Parking Meter Rates by Zone",
        "Transportation",
        "dataset",
        "Hourly rates, enforcement hours and time limits for each meter rate zone.",
        ["parking", "meters", "rates", "zones"],
        "2025-01-06",
        6093,
    ),
    MbAsset(
        "d4mv-3hxe",
        "State Parking Regulations and Placards",
        "Transportation",
        "href",
        "Link to the state Department of Motor Vehicles guide to parking regulations and disabled placard eligibility.",
        [],
        "2022-05-17",
        518,
    ),
    MbAsset(
        "ev7c-2nsa",
        "EV Charging Stations",
        "Energy & Environment",
        "map",
        "Public electric vehicle charging stations in city garages and on street, with connector types and power.",
        ["ev charging", "electric vehicles", "parking", "energy"],
        "2025-02-11",
        11902,
    ),
    MbAsset(
        "f3fs-9pdc",
        "Parking Violation Fine Schedule",
        "Transportation",
        "blob",
        "Schedule of parking violation codes and fine amounts effective July 1, 2024 (PDF).",
        ["parking", "fines"],
        "2024-06-28",
        2267,
    ),
    MbAsset(
        "u6lz-4ktm",
        "Loading Zones",
        "Transportation",
        "dataset",
        "Commercial and passenger loading zones with hours, time limits and block face.",
        ["loading zones", "curb", "parking", "freight"],
        "2024-11-21",
        1938,
    ),
    MbAsset(
        "c8bb-2rvq",
        "Parking Citations Issued by Beat",
        "Public Safety",
        "chart",
        "Number of parking citations per enforcement beat over the last 12 months.",
        ["parking", "citations", "enforcement"],
        "2025-03-11",
        741,
    ),
    MbAsset(
        "cu9s-5fmb",
        "Curb Space Inventory",
        "Transportation",
        "dataset",
        "Every curb segment in the city with its regulation: metered parking, loading, bus stop, no parking, permit parking or fire hydrant.",
        ["curb", "parking", "inventory", "regulations", "street", "mobility"],
        "2025-01-30",
        3562,
    ),
    MbAsset(
        "n2se-8wqr",
        "Snow Emergency Routes",
        "Public Works",
        "map",
        "Streets where parking is prohibited during a declared snow emergency.",
        ["snow", "parking", "emergency routes"],
        "2023-12-01",
        5274,
    ),
    MbAsset(
        "l5go-3yct",
        "Parking Garage Occupancy (Live)",
        None,
        "dataset",
        "Available spaces in city garages, reported every two minutes by the garage counting systems.",
        ["parking", "garages", "occupancy", "real-time"],
        "2025-03-12",
        9667,
    ),
]

MB_MONTHS = [
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


def _mb_slug(text: str) -> str:
    """Socrata's URL segment: words kept in their case, anything else a hyphen."""
    return "-".join(part for part in "".join(ch if ch.isalnum() else " " for ch in text).split())


def _mb_link(asset: MbAsset) -> str:
    if asset.kind == "story":
        return f"{MB_HOST}/stories/s/{asset.uid}"
    return f"{MB_HOST}/{_mb_slug(asset.category or 'dataset')}/{_mb_slug(asset.name)}/{asset.uid}"


def _mb_epoch(day: str) -> int:
    return int(datetime.fromisoformat(day).replace(hour=15, minute=42, tzinfo=UTC).timestamp())


def _mb_long_date(day: str) -> str:
    year, month, dom = (int(part) for part in day.split("-"))
    return f"{MB_MONTHS[month - 1]} {dom} {year}"


def _mb_browse(**params: str) -> str:
    """A /browse URL with Rails' to_param order (keys sorted)."""
    base = {"q": "parking", "sortBy": "relevance"}
    base.update(params)
    return "/browse?" + urlencode(sorted(base.items()))


def _mb_page_url(page: int) -> str:
    return f"/browse?{MB_QUERY}&page={page}"


def _mb_result(asset: MbAsset) -> str:
    title, icon, display = MB_KINDS[asset.kind]
    link = _mb_link(asset)
    category = ""
    if asset.category:
        category = f"""
            <a class="browse2-result-category browse2-result-header-section"
               href="{esc(_mb_browse(category=asset.category))}">
                <span itemprop="keywords">{esc(asset.category)}</span></a>"""
    description = ""
    if asset.description:
        description = f"""
        <div class="browse2-result-description-container">
          <div class="browse2-result-description" itemprop="description">
            {esc(asset.description)}
          </div>
          <div class="browse2-result-description-truncation-toggle-control">
            <a class="browse2-result-description-show-more-label"
              title="More" href="#">
              More
            </a>
            <a class="browse2-result-description-show-less-label"
              title="Less" href="#">
              Less
            </a>
          </div>
        </div>"""
    if asset.tags:
        shown = asset.tags[:5]
        topics = "\n".join(
            f'              <a class="browse2-result-topic" aria-label="Tags: {esc(tag)}" href="{esc(_mb_browse(tags=tag))}"><span itemprop="keywords">{esc(tag)}</span></a>\n'
            for tag in shown
        )
        if len(asset.tags) > len(shown):
            topics += f"""
              <span class="browse2-remaining-topics">
                and {len(asset.tags) - len(shown)} more
              </span>"""
    else:
        topics = """
            <span class="browse2-result-no-topic-content">
              No tags assigned
            </span>"""
    api = ""
    if asset.kind == "dataset":
        api = f"""
          <a class="browse2-result-api-link" href="https://dev.socrata.com/foundry/data.marrowbay.gov/{asset.uid}" title="View API documentation for this dataset">
            API Docs
          </a>"""
    downloads = "\n".join(
        f'    <div><span itemprop="fileFormat" content="{mime}" /><link itemprop="contentUrl" content="/api/views/{asset.uid}.{ext}?accessType=DOWNLOAD{extra}" /></div>'
        for ext, mime, extra in [
            ("csv", "text/csv", ""),
            ("csv", "text/csv", "&bom=true"),
            ("json", "application/json", ""),
            ("rdf", "application/rdf+xml", ""),
            ("rss", "application/rss+xml", ""),
            ("tsv", "text/tab-separated-values", ""),
            ("xml", "application/xml", ""),
        ]
    )
    return f"""<div class="browse2-result" data-view-id="{asset.uid}" itemscope itemtype="http://schema.org/Dataset">

  <div class="browse2-result-content clearfix">

    <div class="browse2-result-header clearfix">
      <div class="browse2-result-header-content">

        <div class="browse2-result-title">
          <h2 class="browse2-result-name">
            <a class="browse2-result-name-link" href="{link}"><span itemprop="name">{esc(asset.name)}</span></a>
            <meta content="{link}" itemprop="url" />
            <meta content="{MB_HOST}/d/{asset.uid}" itemprop="sameAs" />
          </h2>
{category}
        </div>

          <div class="browse2-result-type">
            <span class="browse2-result-type-icon {icon}" title="{title}" data-display-type="{display}" ></span>
            <span class="browse2-result-type-name">{title}</span>
          </div>

      </div>
    </div>

    <div class="browse2-result-metadata">{description}

      <div class="browse2-result-topics-and-data-types clearfix">
        <div class="browse2-result-topics">
          <span class="browse2-result-topic-label">
            Tags
          </span>

{topics}
        </div>
      </div>

      <div class="browse2-result-explore">{api}
      </div>

    </div>

    <div class="browse2-result-divider"></div>

    <div class="browse2-result-metrics">

      <div class="browse2-result-timestamp">
        <div class="browse2-result-timestamp-label">
          Updated
        </div>
        <div class="browse2-result-timestamp-value">
          <span class="dateLocalize" data-format="LL" data-rawdatetime="{_mb_epoch(asset.updated)}">{_mb_long_date(asset.updated)}</span>
        </div>
      </div>


        <div class="browse2-result-view-count">
          <div class="browse2-result-view-count-label">
            Views
          </div>
          <div class="browse2-result-view-count-value">
            {asset.views:,}
          </div>
        </div>

    </div>
  </div>

  <div itemscope itemprop="distribution" itemtype="http://schema.org/DataDownload">
{downloads}
  </div>
</div>"""


def _mb_pagination(number: int, total: int) -> str:
    base = f"/browse?{MB_QUERY}&amp;page="
    out = "<div class='pagination'>"
    if number > 1:
        out += f'<a aria-label="First Page" class="start firstLink browse2-pagination-button" href="{base}1" title="First Page"><span class="icon">&#9666;&#9666;</span></a>'
        out += f'<a aria-label="Previous Page" class="previous prevLink browse2-pagination-button" href="{base}{number - 1}" title="Previous Page"><span class="icon">&#9666;</span></a>'
    for page in range(1, total + 1):
        current = page == number
        label = "<span class='accessible'>Current Page</span>" if current else "<span class='accessible'>Page</span>"
        cls = "pageLink active" if current else "pageLink"
        out += f'<a class="{cls}" href="{base}{page}" title="Page {page}">{label}<span class="accessible">&nbsp;</span>{page}<span class="accessible">&nbsp;</span></a>'
    if number < total:
        out += f'<a aria-label="Next Page" class="next nextLink browse2-pagination-button" href="{base}{number + 1}" title="Next Page"><span class="icon">&#9656;</span></a>'
        out += f'<a aria-label="Last Page" class="end lastLink browse2-pagination-button" href="{base}{total}" title="Last Page"><span class="icon">&#9656;&#9656;</span></a>'
    return out + "</div>"


def _mb_facet_section(
    title: str, param: str, options: list[tuple[str, str]], cutoff: int = 5, modal: bool = False
) -> str:
    items = []
    for index, (value, text) in enumerate(options):
        truncated = "truncated" if index >= cutoff else ""
        items.append(f"""      <li class="{truncated}">
        <a class="browse2-facet-section-option" href="{esc(_mb_browse(**{param: value}))}"
          data-facet-option-value="{esc(value)}"
          title="{esc(text)}">
          <span class="browse2-facet-option-clear-icon icon-close-2"></span>
          {esc(text)}
        </a>
      </li>""")
    modal_button = (
        f"""
    <a class="browse2-facet-section-modal-button"
      data-modal-facet="{title}" href="#"
      title="Show all options">
      Show All...
    </a>"""
        if modal
        else ""
    )
    return f"""<div class="browse2-facet-section"
  data-facet-display="show"{' data-facet-has-modal="true"' if modal else ""}
  data-facet-option-type="{param}">
  <h3 class="browse2-facet-section-title" title="{title}" tabIndex=0>
    {title}
    <span class="browse2-facet-section-expand-contract-icon icon-arrow-down"></span>
  </h3>

  <ul class="browse2-facet-section-options">
{chr(10).join(items)}
  </ul>
{modal_button}
</div>"""


def _mb_facets() -> str:
    sorts = [
        ("relevance", "Most Relevant"),
        ("most_accessed", "Most Accessed"),
        ("alpha", "Alphabetical"),
        ("newest", "Recently Added"),
        ("last_modified", "Recently Updated"),
    ]
    sort_items = "\n".join(
        f"""      <li>
        <a class="browse2-facet-section-option{" active" if value == "relevance" else ""}" data-facet-option-value="{value}" href="{esc(_mb_browse(sortBy=value))}"><span class="browse2-facet-option-clear-icon icon-check-2"></span>{text}</a>
      </li>"""
        for value, text in sorts
    )
    view_types = [
        ("datasets", "Datasets"),
        ("charts", "Charts"),
        ("maps", "Maps"),
        ("filters", "Filtered Views"),
        ("blob", "Files and Documents"),
        ("href", "External Datasets"),
        ("stories", "Stories"),
    ]
    categories = sorted(
        {asset.category for asset in MB_ASSETS if asset.category}
        | {"Economy", "Health", "Housing & Development", "Education"}
    )
    tags = [
        "parking",
        "citations",
        "meters",
        "permits",
        "enforcement",
        "garages",
        "transit",
        "311",
        "curb",
        "occupancy",
    ]
    return f"""<div class="browse2-facets-pane ">

  <div class="browse2-facets-pane-mobile-header">
    <a class="browse2-facets-pane-mobile-back-button" href="#">
      <span class="browse2-mobile-filter-icon icon-arrow-left"></span>
      Back
    </a>
  </div>

  <div class="browse2-facets-pane-body">
    <div class="browse2-facets-pane-mobile-clear-all-div">
      <a class="browse2-facets-pane-mobile-clear-all-button" href="#">
        Clear All
      </a>
    </div>

    <div class="browse2-facets-mobile-active-filters">
    </div>

    <div class="browse2-facets">

      <h2 class="browse2-mobile-facets-header">
        Sort
      </h2>

<div class="browse2-facet-section browse2-mobile-sort" data-facet-option-type="sortBy">
  <h3 class="browse2-facet-section-title" title="Sort by" tabIndex=0>
    Sort by
    <span class="browse2-facet-section-expand-contract-icon icon-arrow-down"></span>
  </h3>
  <ul class="browse2-facet-section-options">
{sort_items}
  </ul>
</div>

      <h2 class="browse2-mobile-facets-header">
        Filter
      </h2>

{_mb_facet_section("View Types", "limitTo", view_types, cutoff=100)}
{_mb_facet_section("Categories", "category", [(c, c) for c in categories], cutoff=5, modal=True)}
{_mb_facet_section("Tags", "tags", [(t, t) for t in tags], cutoff=5, modal=True)}
    </div>

    <div class="browse2-mobile-facets-filter-button-spacing"></div>

    <div class="browse2-mobile-facets-filter-button-container">
      <div class="browse2-mobile-facets-filter-button">
        Filter
      </div>
    </div>
  </div>

  <div class="browse2-loading-spinner-container">
    <span class="browse2-loading-spinner"></span>
  </div>
</div>"""


def _mb_json(asset: MbAsset) -> str:
    """The Cetera row the browse2 control keeps in blist.browse.datasets, as safe_json writes it."""
    data = {
        "resource": {
            "name": asset.name,
            "id": asset.uid,
            "description": asset.description or "",
            "type": {
                "dataset": "dataset",
                "map": "map",
                "chart": "chart",
                "filter": "filter",
                "story": "story",
                "href": "href",
                "blob": "file",
            }[asset.kind],
            "updatedAt": asset.updated + "T15:42:00.000Z",
            "page_views": {"page_views_total": asset.views},
        },
        "classification": {"categories": [], "tags": [], "domain_category": asset.category, "domain_tags": asset.tags},
        "metadata": {"domain": "data.marrowbay.gov"},
        "permalink": f"{MB_HOST}/d/{asset.uid}",
        "link": _mb_link(asset),
    }
    text = json.dumps(data, separators=(",", ":")).replace("\\", "\\\\")
    return 'JSON.parse($.unescapeQuotes("' + esc(text) + '"))'


def _mb_page(number: int, total: int, assets: list[MbAsset], first: int) -> str:
    count = sum(MB_PAGE_SIZES)
    results = "\n\n".join(_mb_result(asset) for asset in assets)
    datasets = "\n".join(f"       blist.browse.datasets['{asset.uid}'] = {_mb_json(asset)};" for asset in assets)
    last = first + len(assets) - 1
    return f"""<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
  <meta charset="utf-8" />
  <meta http-equiv="X-UA-Compatible" content="IE=edge" />
  <title>Results for &quot;parking&quot; | Page {number} of {total} | City of Marrow Bay Open Data</title>
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <meta name="description" content="Search, browse and download the open data published by the City of Marrow Bay." />
  <meta name="csrf-param" content="authenticity_token" />
  <meta name="csrf-token" content="hX2pVx7Kq4mC0bQ9JrT1ZsLw8eYnA3dFu6GkIo5PjRtE2cMvBaNyWqS0lUxOzD7fHg4iKj1mPb8rCs9tVw==" />
  <link rel="shortcut icon" href="/api/assets/7C1F0A2B-93D4-4E8F-A6B5-2D1C0E9F8A7B?favicon.ico" type="image/x-icon" />
  <link rel="search" href="/api/opensearch.xml" type="application/opensearchdescription+xml" title="City of Marrow Bay Open Data" />
  <link href="/stylesheets/packages/base.css?1741707600" media="all" rel="stylesheet" type="text/css" />
  <link href="/stylesheets/packages/browse2-control.css?1741707600" media="all" rel="stylesheet" type="text/css" />
  <link href="/stylesheets/packages/styleguide-no-tag-level.css?1741707600" media="all" rel="stylesheet" type="text/css" />
  <link href="/socrata_site_chrome/stylesheets/site_chrome.css?1741707600" media="all" rel="stylesheet" type="text/css" />
  <link href="/custom.css?1741707600" media="all" rel="stylesheet" type="text/css" />
  <script type="text/javascript">
    var blistEnv = 'production';
    var blist = blist || {{}};
    blist.configuration = {{ "locale": "en", "defaultLocale": "en", "domain": "data.marrowbay.gov", "currentUser": null, "shortName": "marrowbay" }};
    window.serverConfig = {{ "environment": "production", "featureFlags": {{ "cetera_search": true, "browse_autocomplete": true, "hide_dates_on_primer_and_data_catalog": false }}, "locale": "en" }};
  </script>
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-6QZ3R8B1KT"></script>
  <script>
    window.dataLayer = window.dataLayer || [];
    function gtag(){{dataLayer.push(arguments);}}
    gtag('js', new Date());
    gtag('config', 'G-6QZ3R8B1KT', {{ 'custom_map': {{ 'dimension1': 'domain' }}, 'domain': 'data.marrowbay.gov' }});
  </script>
</head>
<body class="controller_browse action_browse_show locale_en ">
  <div id="noscript">
    <noscript>This site requires JavaScript to be enabled to function properly.</noscript>
  </div>
  <a class="skip-link" href="#main-content">Skip to main content</a>

      <header id="site-chrome-header" class="" role="banner" template="rally">
        <div class="header-content">
          <div class="logo-and-nav">
            <a class="logo" href="/"><img onerror="this.style.display=&quot;none&quot;" src="/api/assets/0E5B1D2C-47A8-4F3B-9C6D-8E7F0A1B2C3D" alt="City of Marrow Bay" /><span class="site-name">Open Data Portal</span></a>
            <nav class="desktop" aria-label="Header">
              <div class="site-chrome-nav-links">
                <a class="site-chrome-nav-link noselect" href="/">Home</a>
                <a class="site-chrome-nav-link noselect" href="/browse">Data Catalog</a>
                <a class="site-chrome-nav-link noselect" href="/stories/s/about-open-data">About</a>
                <a class="site-chrome-nav-link noselect" href="https://dev.socrata.com/">Developers</a>
                <a class="site-chrome-nav-link noselect" href="/nominate">Suggest a Dataset</a>
                <a class="site-chrome-nav-link noselect" href="https://support.socrata.com/hc/en-us/categories/200049097">Help</a>
              </div>
            </nav>
          </div>
          <div class="navbar-right">
            <div class="collapsible-search">
              <form action="/browse" method="get" accept-charset="UTF-8" class="searchbox" role="search">
                <label for="site-chrome-header-search" class="aria-not-displayed">Search</label>
                <input id="site-chrome-header-search" class="search-field" type="search" name="q" value="" placeholder="Search" autocomplete="off" />
                <button type="submit" class="search-button"><span class="socrata-icon-search"><span class="aria-not-displayed">Search</span></span></button>
              </form>
            </div>
            <div class="user-actions noselect">
              <a class="sign-in-toggle site-chrome-btn" href="/login?referer_redirect=1">Sign In</a>
            </div>
          </div>
          <nav class="mobile" aria-label="Header menu" aria-hidden="true">
            <a class="site-chrome-btn menu-toggle" href="#">
              <span class="socrata-icon-hamburger"></span>
              Menu
            </a>
          </nav>
          <div class="mobile-menu" aria-expanded="false" aria-hidden="true" hidden="hidden">
            <h2 class="menu-header-title">Menu</h2>
            <a class="menu-toggle" aria-label="Close" href="#">
              <span class="socrata-icon-close-2"><span class="aria-not-displayed">Close</span></span>
            </a>
            <div class="menu-content">
              <div class="site-chrome-nav-links">
                <a class="site-chrome-nav-link mobile-button noselect" href="/">Home</a>
                <a class="site-chrome-nav-link mobile-button noselect" href="/browse">Data Catalog</a>
                <a class="site-chrome-nav-link mobile-button noselect" href="/stories/s/about-open-data">About</a>
                <a class="site-chrome-nav-link mobile-button noselect" href="https://dev.socrata.com/">Developers</a>
                <a class="site-chrome-nav-link mobile-button noselect" href="/nominate">Suggest a Dataset</a>
              </div>
              <div class="mobile-user-actions noselect">
                <a class="sign-in-toggle site-chrome-mobile-btn" href="/login?referer_redirect=1">Sign In</a>
              </div>
            </div>
          </div>
        </div>
      </header>

  <div id="main-content" class="siteInnerWrapper" role="main">
    <div class="siteContentWrapper">

<div class="browse2" data-view-type="browse2" data-search-provider="cetera">

  <!-- Search -->

  <div id="browse2-search-container" data-catalog-autocomplete="true">
    <form class="browse2-search">
      <span class="browse2-search-icon icon-search"></span>
      <input class="browse2-search-control searchBox" type="text" name="browseSearch" value="parking" title="Search" placeholder="Search" />
      <span class="browse2-search-mobile-search-button">
        <span class="icon-search"></span>
      </span>
        <a class="browse2-clear-search-icon icon-close-2" href="/browse?sortBy=relevance" title="Clear search"></a>
    </form>
  </div>

  <!-- Mobile filter section -->
  <div class="browse2-mobile-filter">
    <div class="browse2-mobile-filter-header">
      <div class="browse2-mobile-filter-result-count">
          {count} Results
          <span class="browse2-mobile-filter-result-subtitle">
          </span>
      </div>
      <a class="browse2-mobile-filter-link" href="#">
        Filter
        <span class="browse2-mobile-filter-icon icon-arrow-right"></span>
      </a>
    </div>

    <div class="browse2-mobile-filter-content">
    </div>
  </div>

  <hr class="browse2-section-separator" />

  <div class="browse2-content">

    {_mb_facets()}

    <div class="skip-links">
      <a href="#browse2-results">Skip to the results</a>
    </div>

    <!-- Results Header -->

    <!-- Results Container -->

    <div class="browse2-results-pane clearfix">

      <div class="browse2-facet-and-results-header">

        <!-- Results Title -->

        <div class="browse2-results-header"><div class="browse2-results-clear-controls-container">

  <div class="browse2-results-title">
      {count} Results
  </div>

    <span class="browse2-results-clear-controls">
    </span>
</div>
<div class="browse2-results-sort-controls-container">
  <div class="browse2-results-sort-controls">
    <div class="browse2-results-sort-control-group">
      <label for="browse2-sort-type" class="browse2-results-sort-control-type-label">
        Sort by
      </label>
      <div class="browse2-results-sort-control-container">
        <select id="browse2-sort-type" class="browse2-results-sort-control">
          <option value="relevance" class=""
            selected='selected'>Most Relevant</option>
          <option value="most_accessed" class=""
            >Most Accessed</option>
          <option value="alpha" class=""
            >Alphabetical</option>
          <option value="newest" class=""
            >Recently Added</option>
          <option value="last_modified" class=""
            >Recently Updated</option>
        </select>
        <span class="browse2-results-sort-control-icon icon-arrow-down"></span>
      </div>
    </div>
  </div>
</div>
</div>
      </div>

      <!-- Results -->

      <div class="browse2-results">

        <a name="browse2-results" tabindex="-1"></a>

{results}
      </div>

      <!-- Results Pagination -->

      <div class="browse2-results-pagination-controls">
            {_mb_pagination(number, total)}
<div class="resultCount">
  Showing {first}-{last} of {count}
</div>
      </div>
    </div>

    <!-- Suggest Dataset Call-to-action -->

<div class="browse2-suggest-dataset">
  <h3 class="browse2-suggest-dataset-title">Didn't find what you're looking for?</h3>
  <a class="browse2-suggest-dataset-button" href="/nominate">Suggest a Dataset</a>
</div>
  </div>
</div>

<!-- Localization -->

    </div>
  </div>

      <footer id="site-chrome-footer" role="contentinfo" template="rally">
        <div class="footer-content">
          <div class="logo-and-links">
            <a class="logo" href="/"><img onerror="this.style.display=&quot;none&quot;" src="/api/assets/5A9C3E1F-26B7-4D8A-B0C1-9E2F3A4B5C6D" alt="City of Marrow Bay" /><span class="site-name">City of Marrow Bay</span></a>
            <div class="site-chrome-nav-links">
              <a class="site-chrome-nav-link" href="https://www.marrowbay.gov/">City Website</a>
              <a class="site-chrome-nav-link" href="/stories/s/open-data-policy">Open Data Policy</a>
              <a class="site-chrome-nav-link" href="/stories/s/terms-of-use">Terms of Use</a>
              <a class="site-chrome-nav-link" href="https://www.marrowbay.gov/accessibility">Accessibility</a>
              <a class="site-chrome-nav-link" href="mailto:opendata@marrowbay.gov">Contact Us</a>
            </div>
          </div>
          <div class="footer-bottom">
            <div class="copyright">&copy; 2025 City of Marrow Bay</div>
            <div class="powered-by"><a href="https://www.tylertech.com/products/data-insights" rel="external">Powered by Tyler Technologies</a></div>
          </div>
        </div>
      </footer>

  <div id="templates" class="hide">
<div class="expandedInfo">
  <div class="actions">
    <a class="permissions button" href="#Permissions"
      title="Change the public visibility">
    </a>
    <a class="delete button" href="#Delete" title="Delete this item">
      Delete
    </a>
    <a class="about button" href="#About" title="About this Dataset">
      About
    </a>
    <div class="share menu"></div>
  </div>
  <div class="comments" title="Number of comments">
    <span class="icon"></span><span class="value"></span>
  </div>
</div>
  </div>

  <script src="/javascripts/jquery-3.6.0.min.js?1741707600" type="text/javascript"></script>
  <script src="/javascripts/plugins/jquery.unescapeQuotes.js?1741707600" type="text/javascript"></script>
  <script type="text/javascript">
    $(function()
    {{
       blist.namespace.fetch('blist.browse');
       blist.browse.datasets = {{}};
{datasets}
       blist.browse.baseURL = "/browse";
    }});
  </script>
  <script src="/javascripts/build/open-data/browse2-control.js?1741707600" type="text/javascript"></script>
  <script src="/javascripts/build/open-data/dotdotdot.js?1741707600" type="text/javascript"></script>
  <script src="/socrata_site_chrome/javascripts/site_chrome.js?1741707600" type="text/javascript"></script>
</body>
</html>"""


@twentysixth_b
def build_marrowbay_portal() -> None:
    s = Site(
        "marrowbay-portal",
        kind="open-data catalogue search (Socrata / Tyler Data & Insights /browse, browse2 view over Cetera 2024–25: div.browse2-result[itemtype=Dataset] rows of h2.browse2-result-name > a.browse2-result-name-link with absolute links on the portal's own host + itemprop metas, a.browse2-result-category, browse2-result-type icon + name, description with More / Less toggles, browse2-result-topics tag links (five at most, 'and 2 more', 'No tags assigned'), an API Docs link on datasets, Updated span.dateLocalize 'March 11 2025', Views '48,213', hidden DataDownload metas; facets pane with View Types / Categories / Tags; div.pagination of firstLink / prevLink / pageLink / nextLink / lastLink over &page=N; 'Showing 11-20 of 27')",
        start="browse?" + MB_QUERY,
        description="The City of Marrow Bay's open data catalogue searched for 'parking' (Most Relevant, 10 a page): head with the csrf metas, base / browse2-control / styleguide / site chrome stylesheets, the blist configuration and GA scripts; the rally site chrome header (logo + 'Open Data Portal', Home / Data Catalog / About / Developers / Suggest a Dataset / Help, a search form, Sign In, the hidden mobile menu); div.browse2 with the browse2-search form (value 'parking', a clear-search link), the mobile filter header '27 Results', the facets pane (mobile Sort section, View Types, Categories and Tags facet sections of browse2-facet-section-option links with Show All... buttons); the results header 'browse2-results-title' '27 Results' and the Sort by select; div.browse2-results of div.browse2-result[data-view-id][itemscope][itemtype=http://schema.org/Dataset] > div.browse2-result-content: h2.browse2-result-name > a.browse2-result-name-link > span[itemprop=name] to https://data.marrowbay.gov/<Category>/<Name-With-Hyphens>/<4x4> (stories /stories/s/<4x4>; the portal writes its own links absolute), meta itemprop url / sameAs, a.browse2-result-category > span[itemprop=keywords] linking /browse?category=…&q=parking&sortBy=relevance (absent on one), div.browse2-result-type with the icon span and span.browse2-result-type-name (Dataset / Map / Chart / Filtered View / Story / External Link / File or Document), div.browse2-result-description[itemprop=description] with More / Less toggle links (absent on two), div.browse2-result-topics 'Tags' + up to five a.browse2-result-topic[aria-label='Tags: x'] > span links and 'and N more' or 'No tags assigned', an 'API Docs' link to dev.socrata.com on datasets, div.browse2-result-metrics with 'Updated' + span.dateLocalize[data-rawdatetime] 'March 11 2025' and 'Views' + '48,213'; a hidden DataDownload block of fileFormat / contentUrl metas per result; div.browse2-results-pagination-controls with div.pagination (firstLink / prevLink arrows, pageLink anchors with accessible 'Page' / 'Current Page' spans, nextLink / lastLink arrows) over /browse?q=parking&sortBy=relevance&page=N and div.resultCount 'Showing 1-10 of 27'; the suggest-a-dataset box, the rally footer, the templates div and the footer script that stores each result's Cetera row with JSON.parse($.unescapeQuotes(\"…\")). 10 + 10 + 7 assets. Written down: title, url, category, type, description, tags (those shown), updated, views.",
    )
    pages = chunks(MB_ASSETS, MB_PAGE_SIZES)
    first = 1
    for number, assets in enumerate(pages, 1):
        html = _mb_page(number, len(pages), assets, first)
        paged = "browse@" + _mb_page_url(number).split("?", 1)[1]
        if number == 1:
            s.list_page("browse@" + MB_QUERY, html)
            s.write(paged, html)
        else:
            s.list_page(paged, html)
        first += len(assets)
    for asset in MB_ASSETS:
        s.expect(
            {
                "title": asset.name,
                "url": _mb_link(asset),
                "category": asset.category,
                "type": MB_KINDS[asset.kind][0],
                "description": asset.description,
                "tags": asset.tags[:5] or None,
                "updated": asset.updated,
                "views": asset.views,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# wrenford-catalog: a VuFind 10 (bootstrap5 theme) catalogue search, 20 records a page, no ILS status.
# ---------------------------------------------------------------------------------------------------

WC_LOOKFOR = "shipwrecks"
WC_QUERY = f"lookfor={WC_LOOKFOR}&type=AllFields"
WC_SID = 8412097
WC_PAGE_SIZES = [20, 20, 7]
WC_PROXY = "https://ezproxy.wrenford.edu/login?url="


class WcRecord(NamedTuple):
    """One bibliographic record as the result list shows it."""

    ident: str
    title: str
    authors: list[str]
    year: int
    fmt: str
    call_number: str | None
    container: str | None = None
    online: tuple[str, str] | None = None
    snippet: tuple[str, str] | None = None


WC_RECORDS: list[WcRecord] = [
    WcRecord(
        "1043382",
        "Shipwrecks of the Outer Banks : dramatic rescues and fantastic wrecks in the Graveyard of the Atlantic",
        ["Duvall, Kenneth P."],
        2017,
        "Book",
        "VK1250 .D88 2017",
    ),
    WcRecord(
        "1102957",
        "Great Lakes shipwrecks : a photographic odyssey",
        ["Harrington, Steve", "Brehm, Lorna"],
        2020,
        "Book",
        "G525 .H37 2020",
    ),
    WcRecord(
        "1128840",
        "Shipwreck archaeology in the Pacific : method and practice",
        ["Okafor, Adaeze"],
        2022,
        "eBook",
        None,
        online=(
            "https://ebookcentral.proquest.com/lib/wrenford/detail.action?docID=6918342",
            "Available via ProQuest Ebook Central",
        ),
    ),
    WcRecord(
        "0877213",
        "The wreck of the Lady Elgin",
        ["Kessler, Margaret R."],
        2011,
        "Book",
        "F572.L33 K47 2011",
        snippet=("Subjects", "{Shipwrecks} -- Michigan, Lake -- History -- 19th century"),
    ),
    WcRecord(
        "1066125",
        "Shipwrecked : a true Civil War story of a mother's tragic voyage",
        ["Perrin, Colette"],
        2019,
        "Book",
        "E591 .P47 2019",
    ),
    WcRecord(
        "0941870",
        "Treasure beneath the waves : the salvage of the SS Central America",
        ["Hardesty, Paul", "Moreno, Lucia"],
        2015,
        "Book",
        "G530.C37 H37 2015",
        snippet=("Subjects", "Salvage -- Atlantic Ocean. {Shipwrecks} -- North Carolina"),
    ),
    WcRecord("0712334", "Shipwrecks and survivors", [], 2008, "Video", "DVD G525 .S55 2008"),
    WcRecord(
        "0633017",
        "Maritime disasters of the Pacific Northwest",
        ["Baird, Thomas E., 1948-"],
        2004,
        "Book",
        "F851 .B35 2004",
        snippet=("Subjects", "{Shipwrecks} -- Northwest, Pacific -- History"),
    ),
    WcRecord(
        "0998142",
        "Shipwreck : a history of disasters at sea",
        ["Ashworth, Gerald"],
        2013,
        "eBook",
        None,
        online=(
            "https://search.ebscohost.com/login.aspx?direct=true&scope=site&db=nlebk&AN=1584273",
            "EBSCO eBook Collection",
        ),
    ),
    WcRecord(
        "1117506",
        "Underwater cultural heritage and the law of shipwrecks",
        ["Nakamura, Hideo", "Petrov, Irina"],
        2021,
        "Book",
        "K3791 .N35 2021",
    ),
    WcRecord(
        "0402261",
        "Sailing ship wrecks of Lake Superior",
        ["Lindqvist, Erik"],
        1998,
        "Book",
        "G525 .L56 1998",
        snippet=("Subjects", "{Shipwrecks} -- Superior, Lake"),
    ),
    WcRecord("0806519", "Shipwrecks of the Maine coast", ["Thibodeau, Ann"], 2009, "Book", "F27.A17 T45 2009"),
    WcRecord(
        "0955348",
        "Lost voices of the Edmund Fitzgerald",
        ["Carver, Jim"],
        2015,
        "Audio Book",
        "CD G530.E26 C37 2015",
        snippet=("Subjects", "Edmund Fitzgerald (Ship) {Shipwrecks} -- Superior, Lake"),
    ),
    WcRecord(
        "1049907",
        "The wreck diver's notebook : thirty years on the ocean floor",
        ["Halvorsen, Kjell"],
        2018,
        "Book",
        "GV838.672 .H35 2018",
        snippet=("Table of Contents", "Finding the {shipwrecks} nobody charted"),
    ),
    WcRecord(
        "0962015",
        "Shipwreck sites of the Florida Keys : a diver's guide",
        ["Delgado, Rosa"],
        2016,
        "Book",
        "GV840.S78 D45 2016",
    ),
    WcRecord("0215562", "Journal of shipwreck studies", [], 1994, "Journal", "VK1250 .J68"),
    WcRecord(
        "0864431",
        "Iron hulls in cold water : steamship wrecks of the upper lakes",
        ["Boucher, Daniel"],
        2012,
        "Book",
        "VK1250 .B68 2012",
        snippet=("Subjects", "Steamboats -- Great Lakes. {Shipwrecks} -- Great Lakes (North America)"),
    ),
    WcRecord(
        "1150372",
        "Shipwreck and salvage law in the colonial Atlantic world",
        ["Whitcombe, Harriet"],
        2023,
        "eBook",
        None,
        online=("https://doi.org/10.1017/9781009271843", "Cambridge Core"),
    ),
    WcRecord(
        "1121768",
        "Wreck detectives : sonar surveys of nineteenth-century schooners",
        ["Ostrowski, Pawel"],
        2021,
        "Thesis",
        "Thesis 2021 .O87",
        snippet=("Subjects", "{Shipwrecks} -- Remote sensing"),
    ),
    WcRecord(
        "0687240",
        "Shipwrecks : an encyclopedia of the world's worst disasters at sea",
        ["Fairbanks, Leonora"],
        2006,
        "Book",
        "G525 .F35 2006",
    ),
    WcRecord(
        "0790458",
        "Graveyard of the Pacific : wrecks at the mouth of the Columbia",
        ["Strand, Olaf"],
        2010,
        "Book",
        "F880.C7 S77 2010",
        snippet=("Subjects", "{Shipwrecks} -- Columbia River Estuary (Or. and Wash.)"),
    ),
    WcRecord("0925981", "Shipwreck", ["Winslow, Mara"], 2014, "Book", "PS3623.I58 S55 2014"),
    WcRecord(
        "1071134",
        "The archaeology of shipwrecks and harbours in the Baltic",
        ["Lindgren, Sofia", "Virtanen, Aki"],
        2019,
        "Book",
        "CC77.U5 L56 2019",
    ),
    WcRecord(
        "0588627",
        "Voices from the deep : oral histories of Great Lakes mariners",
        ["Pelletier, Ruth"],
        2007,
        "Sound Recording",
        "CD F551 .P45 2007",
        snippet=("Subjects", "Sailors -- Great Lakes -- Interviews. {Shipwrecks}"),
    ),
    WcRecord("1139283", "Shipwrecks of Lake Huron : a field guide", ["Marsh, Connor"], 2022, "Book", "G525 .M37 2022"),
    WcRecord(
        "0961557",
        "A sea of troubles : insurance, salvage and the shipwreck economy, 1750-1850",
        ["Quayle, Bernard"],
        2016,
        "eBook",
        None,
        online=("https://academic.oup.com/book/28814", "Oxford Academic"),
    ),
    WcRecord("1092260", "Shipwreck beach", ["Okonkwo, Tobenna"], 2020, "Video", "DVD PN1997.2 .S55 2020"),
    WcRecord(
        "1055319",
        "Recording timber hull remains on a tidal foreshore",
        ["Pennick, Alan"],
        2018,
        "Article",
        None,
        container="The Mariner's mirror",
        snippet=("Subjects", "{Shipwrecks} -- England -- Thames River Estuary"),
    ),
    WcRecord("0620973", "Shipwreck diving in the Red Sea", ["Haddad, Samir"], 2005, "Book", "GV840.S78 H33 2005"),
    WcRecord("0867745", "Shipwrecks! : disasters at sea", ["Dunmore, Kate"], 2012, "Book", "J G525 .D86 2012"),
    WcRecord("0558036", "Shipwreck stories of Nova Scotia", ["MacLeod, Fiona"], 2003, "Book", "F1037.7 .M33 2003"),
    WcRecord(
        "0741118",
        "Steel and storm : the loss of the freighter Carl D. Bradley",
        ["Novak, Gregory"],
        2008,
        "Book",
        "G530.C37 N68 2008",
        snippet=("Subjects", "{Shipwrecks} -- Michigan, Lake"),
    ),
    WcRecord("0849310", "Shipwrecks of the Caribbean, 1492-1825", ["Marquez, Elena"], 2011, "Book", "F2161 .M37 2011"),
    WcRecord(
        "1166049",
        "Coastal erosion and the exposure of historic shipwrecks",
        ["Hollis, Grace"],
        2024,
        "eBook",
        None,
        online=("https://www.taylorfrancis.com/books/9781003412587", "Taylor & Francis eBooks"),
    ),
    WcRecord(
        "1042615",
        "Sunken history : shipwrecks of the Chesapeake Bay",
        ["Tilghman, Robert"],
        2018,
        "Book",
        "F187.C5 T55 2018",
    ),
    WcRecord(
        "0391844",
        "Lighthouses and lifesavers of the Lake Michigan shore",
        ["Vanderlaan, Pieter"],
        2001,
        "Book",
        "VK1024.M5 V36 2001",
        snippet=("Subjects", "Lifesaving -- Michigan, Lake. {Shipwrecks} -- Michigan, Lake"),
    ),
    WcRecord("0250019", "Shipwreck!", ["Calloway, June"], 1999, "Book", "J PZ7.C135 Sh 1999"),
    WcRecord(
        "1144726",
        "Photogrammetry for maritime archaeologists",
        ["Aziz, Nadia", "Torres, Miguel"],
        2023,
        "eBook",
        None,
        online=("https://link.springer.com/book/10.1007/978-3-031-37158-2", "SpringerLink"),
        snippet=("Table of Contents", "Recording {shipwrecks} in low visibility"),
    ),
    WcRecord(
        "0222806",
        "Shipwrecks of the Great Lakes : lost ships, lost lives",
        ["Hollister, Frank"],
        1997,
        "Book",
        "G525 .H65 1997",
    ),
    WcRecord(
        "0938874",
        "The Spanish treasure fleet wrecks of 1715",
        ["Castellano, Iker"],
        2014,
        "Book",
        "F317.I5 C37 2014",
        snippet=("Subjects", "{Shipwrecks} -- Florida -- Atlantic Coast"),
    ),
    WcRecord("0104557", "Shipwreck law reports, 1840-1900", [], 1988, "Book", "KF1107 .S55 1988"),
    WcRecord(
        "1073390",
        "Cold water, wooden ships : shipwreck preservation in freshwater lakes",
        ["Ingram, Lucy"],
        2019,
        "Thesis",
        "Thesis 2019 .I54",
    ),
    WcRecord("0903652", "Shipwrecks of Lake Ontario : a history", ["Beaudoin, Luc"], 2013, "Book", "G525 .B43 2013"),
    WcRecord(
        "0952478",
        "Survivors : stories from the wreck of the Eastland",
        ["Kowalski, Anna"],
        2015,
        "Book",
        "F548.5 .K69 2015",
        snippet=("Subjects", "Eastland (Steamboat) {Shipwrecks} -- Illinois -- Chicago"),
    ),
    WcRecord(
        "0033175",
        "Shipwreck and island motifs in English literature",
        ["Ashby, Margaret"],
        1992,
        "Book",
        "PR149.S5 A83 1992",
    ),
    WcRecord(
        "0678902",
        "Legends of the deep : ghost ships and shipwrecks of New England",
        ["Pike, Nathaniel"],
        2006,
        "Book",
        "GR108.15 .P55 2006",
    ),
    WcRecord(
        "1118235",
        "Hidden beneath : mapping shipwrecks with side-scan sonar",
        ["Reyes, Daniel", "Park, Soo-min"],
        2021,
        "eBook",
        None,
        online=("https://www.sciencedirect.com/book/9780128231234", "ScienceDirect"),
    ),
]


def _wc_mark(text: str) -> str:
    """VuFind's highlighting: the matched word in <mark>."""
    return re.sub(r"(?i)\b(shipwreck(?:s|ed)?)\b", r"<mark>\1</mark>", esc(text))


def _wc_record_url(record: WcRecord) -> str:
    return f"/Record/{record.ident}?sid={WC_SID}"


def _wc_page_href(page: int) -> str:
    """The pager's query-only href (page 1 drops the parameter)."""
    return "?" + (WC_QUERY if page == 1 else f"{WC_QUERY}&page={page}")


def _wc_openurl(record: WcRecord) -> str:
    genre = "article" if record.container else "book"
    parts = [
        "url_ver=Z39.88-2004",
        "ctx_ver=Z39.88-2004",
        "ctx_enc=info%3Aofi%2Fenc%3AUTF-8",
        "rfr_id=info%3Asid%2Fvufind.svn.sourceforge.net%3Agenerator",
        f"rft.title={quote(record.title)}",
        f"rft.date={record.year}",
        f"rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3A{genre}",
        f"rft.genre={genre}",
    ]
    if record.authors:
        parts.append(f"rft.au={quote(record.authors[0])}")
    return esc("&".join(parts))


def _wc_result(record: WcRecord, position: int, index: int) -> str:
    url = _wc_record_url(record)
    authors = ""
    if record.authors:
        links = ",\n".join(
            f'                <a href="/Author/Home?author={esc(quote_plus(author))}" class="result-author">{_wc_mark(author.rstrip(","))}</a>'
            for author in record.authors
        )
        authors = f"""

            <span class="authors">
              by
{links}
            </span>"""
    if record.container:
        published = f"""            Published in
            <a class="container-link" href="/Search/Results?lookfor=%22{esc(quote_plus(record.container))}%22&amp;type=JournalTitle">{esc(record.container)}</a>
             ({record.year})"""
    else:
        published = f"            Published {record.year}"
    snippet = ""
    if record.snippet:
        caption, text = record.snippet
        marked = esc(text).replace("{", "<mark>").replace("}", "</mark>")
        snippet = f"""
            <strong>{caption}:</strong>
            &hellip;{marked}&hellip;<br>
"""
    call = (
        f"""
            <strong>Call Number:</strong> {esc(record.call_number)}"""
        if record.call_number
        else ""
    )
    online = ""
    if record.online:
        link, label = record.online
        online = f"""
              <a class="fulltext icon-link" href="{esc(WC_PROXY + link)}" target="new">
                <span class="icon icon--font fa fa-external-link icon-link__icon" role="img" aria-hidden="true"></span>
                <span class="icon-link__label">{esc(label)}</span>
              </a><br>"""
    fmt_class = slug(record.fmt).replace("-", "")
    return f"""    <li id="result{index}" class="result" data-record-number="{position}">
        <label class="record-checkbox hidden-print">
  <input class="checkbox-select-item" type="checkbox" name="ids[]" value="Solr|{record.ident}" form="search-cart-form" aria-label="Select search result {position}">
  <span class="checkbox-icon"></span>
</label>
<input type="hidden" name="idsAll[]" value="Solr|{record.ident}" form="search-cart-form">
      <div class="record-number">
        {position}
      </div>
      <input type="hidden" value="{record.ident}" class="hiddenId">
<input type="hidden" value="Solr" class="hiddenSource">
<div class="media">
      <div class="media-left medium">
        <a href="{url}" class="record-cover-link">
  <div class="ajaxcover">
    <div class="spinner"><span class="icon icon--font fa fa-spinner icon--spin" role="img" aria-hidden="true"></span> Loading...</div>
    <div class="cover-container">
      <img data-context="result-list" data-recordsource="Solr" data-recordid="{record.ident}" data-coversize="medium" class="recordcover ajax" alt="Cover Image">
    </div>
  </div>
</a>
    </div>
    <div class="media-body">
    <div class="result-body">
      <h2>
        <a href="{url}" class="title getFull" data-view="full">
          {_wc_mark(record.title)}
        </a>{authors}
      </h2>
      <div>
{published}
      </div>
{snippet}
      <div class="callnumAndLocation ajax-availability hidden">{call}
      </div>
{online}
      <div class="result-formats">
            <span class="format {fmt_class}">{esc(record.fmt)}</span>

      </div>

      <div class="result-previews">
      </div>
    </div>
    <div class="result-links hidden-print">

          <a href="/Record/{record.ident}/Save" data-lightbox class="save-record result-link icon-link" data-id="{record.ident}">
            <span class="icon icon--font fa fa-star icon-link__icon" role="img" aria-hidden="true"></span>
            <span class="result-link-label icon-link__label">Add to favorites</span>
          </a><br>
        <div class="savedLists">
          <strong>Saved in:</strong>
        </div>

      <span class="Z3988" aria-hidden="true" title="{_wc_openurl(record)}"></span>
    </div>
  </div>
</div>
    </li>"""


def _wc_pagination(number: int, total: int) -> str:
    items = []

    def item(page: int, label: str, content: str, extra: str = "") -> str:
        classes = "page-item" + (f" {extra}" if extra else "")
        current = ""
        if page == number and not extra:
            classes += " active"
            current = ' aria-current="page"'
        return f"""<li class="{classes}"{current}>
  <a class="page-link" aria-label="{label}" href="{esc(_wc_page_href(page))}">
    {content}
  </a>
</li>"""

    if number > 1:
        items.append(
            item(
                number - 1,
                "Previous page",
                '<span class="icon icon--font fa fa-angle-left" role="img" aria-hidden="true"></span> Prev',
                "page-prev",
            )
        )
    for page in range(1, total + 1):
        items.append(item(page, f"Page {page}", str(page)))
    if number < total:
        items.append(
            item(
                number + 1,
                "Next page",
                'Next <span class="icon icon--font fa fa-angle-right" role="img" aria-hidden="true"></span>',
                "page-next",
            )
        )
    return f"""  <nav aria-label="pagination">
    <ul class="pagination">
      {(chr(10) + "      ").join(items)}
    </ul>
  </nav>"""


def _wc_facet(field: str, title: str, values: list[tuple[str, int]], collapsed: bool = False) -> str:
    items = []
    for value, count in values:
        href = f"Results?{WC_QUERY}&filter%5B%5D={quote_plus(field)}%3A%22{quote_plus(value)}%22"
        items.append(f"""          <li>
<span class="facet js-facet-item facetAND">
  <a class="main-link" href="{esc(href)}" data-lightbox-ignore data-title="{esc(value)}" data-count="{count}">
    <span class="text">
      <span class="facet-value">{esc(value)}</span>
    </span>
      <span class="badge">
        <span class="visually-hidden">{count:,} results</span>
        <span aria-hidden="true">{count:,}</span>
      </span>
  </a>
</span>
          </li>""")
    state = "" if not collapsed else " collapsed"
    show = " show" if not collapsed else ""
    return f"""    <div class="facet-group" id="side-panel-{field}">
      <h2>
        <button class="title{state}" data-bs-toggle="collapse" data-bs-target="#side-collapse-{field}" aria-expanded="{str(not collapsed).lower()}" aria-controls="side-collapse-{field}">
          <span class="facet-title">{title}</span>
          <span class="icon icon--font fa fa-caret-down" role="img" aria-hidden="true"></span>
        </button>
      </h2>
      <div id="side-collapse-{field}" class="collapse{show}" role="group" aria-labelledby="side-panel-{field}">
        <ul class="facet__list" aria-label="{title}">
{chr(10).join(items)}
        </ul>
      </div>
    </div>"""


def _wc_sidebar() -> str:
    formats = Counter(record.fmt for record in WC_RECORDS).most_common()
    authors = Counter(author for record in WC_RECORDS for author in record.authors).most_common(5)
    return f"""  <div class="sidebar right hidden-print" id="search-sidebar" role="region" aria-label="Search sidebar">
    <button class="close-offcanvas btn btn-link" data-toggle="vufind-offcanvas">Close</button>
    <h2 class="sr-only">Refine Results</h2>
    <div class="checkboxFilter">
      <div class="checkbox">
        <a class="facet js-facet-item icon-link" href="Results?{esc(WC_QUERY)}&amp;filter%5B%5D=online_boolean%3A%221%22">
          <span class="icon icon--font fa fa-square-o icon-link__icon" role="img" aria-hidden="true"></span>
          <span class="icon-link__label">Available Online</span>
        </a>
      </div>
    </div>
{_wc_facet("format", "Format", formats)}
{_wc_facet("building", "Location", [("Main Library", 24), ("Maritime Studies Library", 13), ("Online", 8), ("Media Center", 2)])}
{_wc_facet("author_facet", "Author", [(name, count) for name, count in authors], collapsed=True)}
{_wc_facet("language", "Language", [("English", 46), ("Spanish", 1)], collapsed=True)}
{_wc_facet("topic_facet", "Topic", [("Shipwrecks", 41), ("Underwater archaeology", 12), ("Salvage", 6), ("Lifesaving", 3), ("Diving", 3)], collapsed=True)}
{_wc_facet("geographic_facet", "Region", [("Great Lakes (North America)", 14), ("Atlantic Ocean", 8), ("Pacific Ocean", 4), ("Baltic Sea", 1)], collapsed=True)}
  </div>"""


def _wc_page(number: int, total: int, records: list[WcRecord], first: int) -> str:
    count = sum(WC_PAGE_SIZES)
    last = first + len(records) - 1
    showing = f"""<span class="js-search-stats" data-key="showing_results_of_for_html">Showing <strong>{first} - {last}</strong> results of <strong>{count}</strong> for search <strong>'{WC_LOOKFOR}'</strong></span>"""
    results = "\n".join(_wc_result(record, first + offset, offset) for offset, record in enumerate(records))
    version = "1736780412"
    scripts = "\n".join(
        f'<script src="/themes/bootstrap5/js/{name}?_={version}"></script>'
        for name in [
            "vendor/jquery.min.js",
            "vendor/bootstrap.bundle.min.js",
            "vendor/autocomplete.js",
            "common.js",
            "lightbox.js",
            "searchbox_controls.js",
            "truncate.js",
            "trigger_print.js",
            "observer_manager.js",
            "check_save_statuses.js",
            "record_versions.js",
            "covers.js",
        ]
    )
    bulk = """<div class="bulkActionButtons">
  <div class="bulk-checkbox">
    <input type="checkbox" name="selectAll" class="checkbox-select-all" id="{p}addFormCheckboxSelectAll" form="search-cart-form">
    <label for="{p}addFormCheckboxSelectAll">Select Page</label>
  </div>
  <div class="btn-group bulk-action-buttons">
    <button class="btn btn-default" type="submit" name="email" value="1" title="Email selected" form="search-cart-form">Email</button>
    <button class="btn btn-default" type="submit" name="export" value="1" title="Export selected" form="search-cart-form">Export</button>
    <button class="btn btn-default" type="submit" name="print" value="1" title="Print selected" form="search-cart-form" data-lightbox-ignore>Print</button>
    <button class="btn btn-default" id="{p}updateCart" type="submit" name="add" value="1" form="search-cart-form">Add to Book Bag</button>
  </div>
</div>"""
    return f"""<!DOCTYPE html>
<html lang="en">
  <head>
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width,initial-scale=1.0">
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="Generator" content="VuFind 10.1.1">
    <title>Search Results - {WC_LOOKFOR} :: Wrenford University Libraries</title>
    <link href="/Search/OpenSearch?method=describe" type="application/opensearchdescription+xml" title="Library Catalog Search" rel="search">
<link href="/themes/bootstrap5/css/compiled.css?_={version}" media="all" rel="stylesheet" type="text/css">
<link href="/themes/wrenford/css/wrenford.css?_={version}" media="all" rel="stylesheet" type="text/css">
<link href="/themes/bootstrap5/css/print.css?_={version}" media="print" rel="stylesheet" type="text/css">
<link href="/themes/bootstrap5/css/vendor/font-awesome.min.css?_={version}" media="all" rel="stylesheet" type="text/css">
<link href="/themes/wrenford/images/favicon.ico" type="image/x-icon" rel="icon">
    <script>var userIsLoggedIn = false;</script>
{scripts}
<script>
    //<!--
    VuFind.path = '';
VuFind.defaultSearchBackend = 'Solr';
VuFind.config.add({{"account-statuses":[],"qrcode":false,"session-expire-hint":"","lightbox-hide-title":false,"cookie-consent":false}});
VuFind.addTranslations({{"add_tag_success":"Tags Saved","bulk_email_success":"Your item(s) were emailed","bulk_noitems_advice":"No items were selected. Please click on a checkbox next to an item and try again.","bulk_save_success":"Your item(s) were saved successfully","close":"close","loading_ellipsis":"Loading...","number_thousands_separator":",","sms_success":"Message sent."}});
VuFind.setCspNonce('');
VuFind.setCurrentSearchId({WC_SID});
var multiFacetsSelectionEnabled = false;
    //-->
</script>
  </head>
  <body class="template-dir-search template-name-results offcanvas-right">
    <header class="hidden-print">
              <span class="sr-only" role="heading" aria-level="1">{showing}</span>
            <a class="sr-only sr-only-focusable" href="#content">Skip to content</a>
      <nav class="banner navbar navbar-expand-md">
  <div class="container">
    <a class="navbar-brand lang-en" href="/">Wrenford University Libraries</a>
    <button type="button" class="navbar-toggler" data-bs-toggle="collapse" data-bs-target="#header-collapse" aria-label="Toggle navigation">
      <span class="icon icon--font fa fa-bars" role="img" aria-hidden="true"></span>
    </button>
          <div class="collapse navbar-collapse justify-content-end" id="header-collapse">
        <ul class="nav navbar-nav">
            <li class="nav-item" id="cartSummary" aria-live="polite" aria-atomic="true">
              <a id="cartItems" class="nav-link icon-link" data-lightbox title="View Book Bag" href="/Cart/Home">
                <span class="icon icon--font fa fa-suitcase icon-link__icon" role="img" aria-hidden="true"></span>
                <span class="icon-link__label">
                  <span class="sr-only">Book Bag:</span>
                  <span role="status"><strong>0</strong> items</span>
                  <span class="full hidden">(Full)</span>
                </span>
              </a>
            </li>
              <li class="nav-item" id="loginOptions">
                  <a href="/MyResearch/UserLogin" class="nav-link icon-link">
                    <span class="icon icon--font fa fa-sign-in icon-link__icon" role="img" aria-hidden="true"></span>
                    <span class="icon-link__label">Institutional Login</span>
                  </a>
              </li>
            <li class="nav-item">
              <a class="nav-link" href="https://library.wrenford.edu/">Library Home</a>
            </li>
        </ul>
      </div>
      </div>
</nav>
  <div class="search container navbar">
    <div class="nav searchbox hidden-print" role="search">
        <div class="keyboard-box">
    <div class="simple-keyboard"></div>
  </div>
  <form id="searchForm" class="searchForm navbar-form navbar-left flip" method="get" action="/Search/Results" name="searchForm" autocomplete="off">
    <ul class="nav nav-tabs">
      <li class="nav-item active">
        <a class="nav-link active" aria-current="page">Catalog</a>
      </li>
      <li class="nav-item">
        <a class="nav-link" href="/Summon/Search?lookfor={WC_LOOKFOR}&amp;type=AllFields">Articles</a>
      </li>
    </ul>
    <div class="searchForm-inputs">
      <div class="searchForm-query">
        <input id="searchForm_lookfor" class="searchForm_lookfor form-control search-query autocomplete searcher:Solr ac-auto-submit" type="text" name="lookfor" value="{WC_LOOKFOR}" aria-label="Search terms">
        <div id="searchForm_controls">
          <button id="searchForm-reset" class="searchForm-reset hidden" tabindex="-1" type="button" title="Clear query" aria-label="Clear query"><span class="icon icon--font fa fa-times" role="img" aria-hidden="true"></span></button>
        </div>
      </div>
        <select id="searchForm_type" class="searchForm_type form-select" name="type" data-native-menu="false" aria-label="Search type">
            <option value="AllFields" selected="selected">All Fields</option>
            <option value="Title">Title</option>
            <option value="Author">Author</option>
            <option value="Subject">Subject</option>
            <option value="CallNumber">Call Number</option>
            <option value="ISN">ISBN/ISSN</option>
            <option value="tag">Tag</option>
        </select>
      <button type="submit" class="btn btn-primary"><span class="icon icon--font fa fa-search" role="img" aria-hidden="true"></span> Find</button>
        <a href="/Search/Advanced?sid={WC_SID}" class="advanced-search-link btn btn-link" rel="nofollow">Advanced</a>
    </div>
  </form>
    </div>
  </div>
    </header>
      <nav class="breadcrumbs" aria-label="Breadcrumbs">
        <div class="container">
          <ul class="breadcrumb hidden-print"><li class="breadcrumb-item"><a href="/">Home</a></li> <li class="active">Search Results - {WC_LOOKFOR}</li></ul>
        </div>
      </nav>
    <div role="main" class="main">
      <div id="content" class="container">

<h1 class="sr-only">Search Results - {WC_LOOKFOR}</h1>

<div class="mainbody left">
  <div class="search-header hidden-print">
    <div class="search-stats" data-record-total="{count}">
  {showing}<span class="search-query-time">, query time: 0.{number + 5:02d}s</span>
          <button class="search-filter-toggle visible-xs" type="button" data-toggle="vufind-offcanvas">Refine Results</button>
    </div>

      <div class="search-controls">
          <form class="form-inline search-result-limit" action="/Search/Results" method="get">
    <input type="hidden" name="lookfor" value="{WC_LOOKFOR}"><input type="hidden" name="type" value="AllFields">
    <label for="limit">Results per page</label>
    <select id="limit" name="limit" class="jumpMenu form-control form-select">
        <option value="20" selected="selected" data-default>20</option>
        <option value="40">40</option>
        <option value="60">60</option>
        <option value="80">80</option>
        <option value="100">100</option>
    </select>
    <noscript><input type="submit" value="Set"></noscript>
  </form>
   <form class="search-sort" action="/Search/Results" method="get" name="sort">
    <input type="hidden" name="lookfor" value="{WC_LOOKFOR}"><input type="hidden" name="type" value="AllFields">
    <label for="sort_options_1">Sort</label>
    <select id="sort_options_1" name="sort" class="jumpMenu form-control">
        <option value="relevance" selected="selected" data-default>Relevance</option>
        <option value="year">Date Descending</option>
        <option value="year asc">Date Ascending</option>
        <option value="callnumber-sort">Call Number</option>
        <option value="author">Author</option>
        <option value="title">Title</option>
    </select>
    <noscript><input type="submit" class="btn btn-default" value="Set"></noscript>
  </form>
   <div class="view-buttons hidden-xs">
        <span class="icon icon--font fa fa-list" role="img" title="List" aria-hidden="true"></span>
        <a href="?{esc(WC_QUERY)}&amp;view=grid" title="Switch view to Grid"><span class="icon icon--font fa fa-th" role="img" aria-hidden="true"></span></a>
    </div>
      </div>
  </div>

    <form id="search-cart-form" method="post" name="bulkActionForm" action="/Cart/SearchResultsBulk" data-lightbox data-lightbox-onsubmit="bulkFormHandler">
      {bulk.replace("{p}", "")}
    </form>
    <ol class="record-list" start="{first}">
{results}
</ol>
    {bulk.replace("{p}", "bottom_")}
{_wc_pagination(number, total)}
    <div class="search-tools hidden-print">
  <a href="?{esc(WC_QUERY)}&amp;view=rss" class="icon-link"><span class="icon icon--font fa fa-rss icon-link__icon" role="img" aria-hidden="true"></span><span class="icon-link__label">Get RSS Feed</span></a>
  <a href="/Search/Email" class="mailSearch icon-link" data-lightbox id="mailSearch{WC_SID}"><span class="icon icon--font fa fa-envelope icon-link__icon" role="img" aria-hidden="true"></span><span class="icon-link__label">Email this Search</span></a>
  <a href="/MyResearch/SaveSearch?save={WC_SID}" class="icon-link"><span class="icon icon--font fa fa-save icon-link__icon" role="img" aria-hidden="true"></span><span class="icon-link__label">Save Search</span></a>
</div>
</div>

{_wc_sidebar()}
      </div>
    </div>
    <footer class="hidden-print">
  <div class="footer-container">
    <div class="footer-column">
        <h2>Search Options</h2>
        <ul>
          <li><a href="/Search/History">Search History</a></li>
          <li><a href="/Search/Advanced">Advanced Search</a></li>
        </ul>
    </div>
    <div class="footer-column">
        <h2>Find More</h2>
        <ul>
          <li><a href="/Browse/Home">Browse the Catalog</a></li>
          <li><a href="/Alphabrowse/Home">Browse Alphabetically</a></li>
          <li><a href="/Search/Reserves">Course Reserves</a></li>
          <li><a href="/Search/NewItem">New Items</a></li>
        </ul>
    </div>
    <div class="footer-column">
        <h2>Need Help?</h2>
        <ul>
          <li><a href="/Help/Home?topic=search&amp;_=1741781250" data-lightbox class="help-link">Search Tips</a></li>
          <li><a href="https://library.wrenford.edu/ask">Ask a Librarian</a></li>
          <li><a href="/Content/faq">FAQs</a></li>
        </ul>
    </div>
  </div>
  <div class="poweredby">
    <a href="https://vufind.org" title="vufind.org">Powered by VuFind</a>
  </div>
</footer>
    <!-- MODAL IN CASE WE NEED ONE -->
    <div id="modal" class="modal fade hidden-print" tabindex="-1" role="dialog" aria-hidden="true">
      <div class="modal-dialog">
        <div class="modal-content">
          <button type="button" class="close" data-bs-dismiss="modal">
            <span class="icon icon--font fa fa-times" role="img" aria-label="Close"></span>
          </button>
          <div class="modal-body"></div>
        </div>
      </div>
    </div>
    <div class="vufind-offcanvas-overlay" data-toggle="vufind-offcanvas"></div>
  </body>
</html>"""


@twentysixth_b
def build_wrenford_catalog() -> None:
    s = Site(
        "wrenford-catalog",
        kind="library catalogue search (VuFind 10 bootstrap5 theme, Solr backend without ILS status: ol.record-list of li.result with a record-cover-link ajaxcover, h2 > a.title.getFull with <mark> highlights + span.authors 'by' a.result-author links, 'Published 2019' or 'Published in <a.container-link> (2018)', a Subjects / Table of Contents highlight snippet on some, a hidden callnumAndLocation div, fulltext proxy links on e-resources, span.format, favourites links and COinS spans; record links /Record/<id>?sid=<search id>; facet-group sidebar; ul.pagination page-item / page-link over query-only '?lookfor=…&type=AllFields&page=N' hrefs)",
        start=f"Search/Results?{WC_QUERY}",
        description=f"A university library's VuFind 10.1 catalogue searched for '{WC_LOOKFOR}' in All Fields (relevance, 20 a page): head with the Generator meta, the compiled bootstrap5 CSS, the VuFind JS bundle and the VuFind.config / addTranslations / setCurrentSearchId script; header with the sr-only 'Showing 1 - 20 results of 47 for search 'shipwrecks'' heading, nav.banner.navbar (brand 'Wrenford University Libraries', Book Bag 0 items, Institutional Login, Library Home), the search box form (Catalog / Articles tabs, lookfor input, type select, Find, Advanced); breadcrumbs; div.mainbody: search-stats 'Showing <strong>1 - 20</strong> results of <strong>47</strong> for search <strong>'shipwrecks'</strong>, query time', the limit / sort forms and view buttons, the bulk action buttons (Select Page, Email, Export, Print, Add to Book Bag) above and below; ol.record-list[start] of li.result#resultN[data-record-number] with a record checkbox, div.record-number, hiddenId / hiddenSource inputs and div.media: div.media-left.medium > a.record-cover-link > div.ajaxcover (spinner 'Loading...' and an img.recordcover.ajax without src), div.media-body > div.result-body: h2 with a.title.getFull to /Record/<7 digits>?sid={WC_SID} (the matched word wrapped in <mark>: 'Great Lakes <mark>shipwrecks</mark> : a photographic odyssey') and span.authors 'by' + a.result-author links to /Author/Home?author=… joined by commas (absent on three), a div 'Published 2017' or 'Published in <a class=container-link>The Mariner's mirror</a> (2018)' for the article, a '<strong>Subjects:</strong> &hellip;<mark>Shipwrecks</mark> -- Superior, Lake&hellip;<br>' or 'Table of Contents' snippet on some, div.callnumAndLocation.ajax-availability.hidden holding 'Call Number: G525 .H37 2020' (hidden: no ILS status call runs), on e-resources a.fulltext.icon-link through https://ezproxy.wrenford.edu/login?url= with an icon and 'Available via ProQuest Ebook Central' / 'EBSCO eBook Collection' / 'SpringerLink'…, div.result-formats > span.format (Book / eBook / Video / Audio Book / Journal / Thesis / Sound Recording / Article), the result-links column (Add to favorites, Saved in:, a Z3988 COinS span); nav > ul.pagination of li.page-item > a.page-link[aria-label] with query-only hrefs ('?lookfor=shipwrecks&type=AllFields&page=2'; page 1 without the page parameter; 'Prev' / 'Next' with icons); search tools (RSS, Email this Search, Save Search); the sidebar (Available Online checkbox filter, Format / Location facet groups open, Author / Language / Topic / Region collapsed, facet links with badge counts); the three-column footer and 'Powered by VuFind'; the lightbox modal. 20 + 20 + 7 records. Written down: title, url, authors, year, published_in (the article's journal), format, full_text (the e-resource link).",
    )
    pages = chunks(WC_RECORDS, WC_PAGE_SIZES)
    first = 1
    for number, records in enumerate(pages, 1):
        html = _wc_page(number, len(pages), records, first)
        s.list_page("Search/Results@" + _wc_page_href(number).lstrip("?"), html)
        first += len(records)
    for record in WC_RECORDS:
        s.expect(
            {
                "title": record.title,
                "url": _wc_record_url(record),
                "authors": record.authors or None,
                "year": record.year,
                "published_in": record.container,
                "format": record.fmt,
                "full_text": WC_PROXY + record.online[0] if record.online else None,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TWENTYSIXTH_B.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
