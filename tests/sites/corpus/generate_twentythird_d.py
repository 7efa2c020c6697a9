"""Twenty-third wave, part D: a list page copied from how their platforms render them to a logged-out
reader in 2024–25, written before any heuristic was changed for them.

* **eventsplaza** — The Events Calendar 6 list view on a Twenty Twenty-Four block theme: the Tribe events bar
  (keyword search, List / Month / Day view selector), the top bar with the "Upcoming" datepicker,
  ``div.tribe-events-calendar-list`` with ``li.tribe-events-calendar-list__month-separator`` month headings and
  ``tribe-events-calendar-list__event-row`` rows (date tag weekday + day number, ``time`` >
  ``span.tribe-event-date-start`` "March 14 @ 7:00 pm" - ``span.tribe-event-time`` "9:00 pm", ``h3 > a`` title,
  ``address`` venue title + address, a description excerpt, ``span.tribe-events-c-small-cta__price`` cost), a
  featured event, ``nav.tribe-events-calendar-list-nav`` "Previous Events" / "Today" / "Next Events" on
  ``/events/list/page/N/``, the "Subscribe to calendar" dropdown and the JSON-LD Event list. 10, 10, 6 events.
  Written down: title, url, date, time, venue, address, cost, description.

Run ``uv run python tests/sites/corpus/generate_twentythird_d.py`` to rebuild them (the helpers and the
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

TWENTYTHIRD_D: dict[str, Callable[[], None]] = {}


def twentythird_d(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TWENTYTHIRD_D[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hex(text: str, size: int = 10) -> str:
    """A stable id derived from ``text`` (the real sites use random ones)."""
    return hashlib.sha1(text.encode()).hexdigest()[:size]


def _uuid(text: str) -> str:
    """A stable UUID-shaped image id."""
    h = hashlib.sha1(text.encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


# ---------------------------------------------------------------------------------------------------
# eventsplaza: The Events Calendar 6 list view on Twenty Twenty-Four, /events/list/ and /page/N/.
# ---------------------------------------------------------------------------------------------------

EP_HOST = "https://eventsplaza.org"
EP_OFFSET = "-05:00"  # America/Chicago in daylight time, as TEC writes it into the JSON-LD.

#: (name, street, city, state, zip).
EP_VENUES: list[tuple[str, str, str, str, str]] = [
    ("Logan Square Auditorium", "2539 N Kedzie Blvd", "Chicago", "IL", "60647"),
    ("The Old Church Hall", "1422 W Fullerton Ave", "Chicago", "IL", "60614"),
    ("Humboldt Park Boathouse", "1301 N Humboldt Dr", "Chicago", "IL", "60622"),
    ("Pilsen Community Kitchen", "1831 S Racine Ave", "Chicago", "IL", "60608"),
    ("Northside Library Annex", "4455 N Lincoln Ave", "Chicago", "IL", "60625"),
]

#: (title, ISO day, start "7:00 pm" or None for all day, end as shown or None, end day for multi-day, venue index, cost, excerpt, featured, category).
EP_EVENTS: list[tuple[str, str, str | None, str | None, str | None, int | None, str | None, str, bool, str]] = [
    (
        "Spring Songwriters Night",
        "2025-03-14",
        "7:00 pm",
        "9:00 pm",
        None,
        0,
        "$15 – $25",
        "Six local songwriters, one stage and no backing tracks. Doors open half an hour early; the bar serves cider from the Wisconsin orchards.",
        True,
        "Music",
    ),
    (
        "Seed Swap & Garden Planning Morning",
        "2025-03-15",
        "10:00 am",
        "12:30 pm",
        None,
        4,
        "Free",
        "Bring seeds you saved last year, leave with something new. Volunteers from the community gardens help plan a first vegetable bed.",
        False,
        "Gardening",
    ),
    (
        "Intro to Bike Maintenance",
        "2025-03-18",
        "6:30 pm",
        "8:00 pm",
        None,
        2,
        "$10",
        "Fix a flat, adjust brakes and index gears with the co-op mechanics. Bring your own bike if you can; loaner stands are provided.",
        False,
        "Workshops",
    ),
    (
        "Tamale Making Workshop",
        "2025-03-20",
        "5:30 pm",
        "8:30 pm",
        None,
        3,
        "$35",
        "Masa, fillings and folding technique from a family recipe. Everyone takes home a dozen; vegetarian fillings available.",
        False,
        "Food",
    ),
    (
        "Neighborhood Clean-Up Day",
        "2025-03-22",
        None,
        None,
        None,
        None,
        None,
        "Meet at any of the five park entrances. Gloves, bags and coffee provided; the city collects the bags on Monday.",
        False,
        "Volunteering",
    ),
    (
        "Chamber Music in the Nave",
        "2025-03-23",
        "3:00 pm",
        "4:30 pm",
        None,
        1,
        "$20",
        "A string quartet plays Haydn and Florence Price under the old church's timber roof. Seats are unreserved.",
        False,
        "Music",
    ),
    (
        "Open Mic: Poetry & Spoken Word",
        "2025-03-27",
        "7:30 pm",
        "10:00 pm",
        None,
        0,
        "Free",
        "Sign-up sheet opens at 7 pm, five minutes per reader. All languages welcome.",
        False,
        "Arts",
    ),
    (
        "Weekend Printmaking Intensive",
        "2025-03-28",
        "6:00 pm",
        None,
        "2025-03-30",
        4,
        "$120",
        "Linocut and relief printing over three sessions, from first sketch to an edition of ten prints. Materials included.",
        False,
        "Workshops",
    ),
    (
        "Family Science Saturday",
        "2025-04-05",
        "11:00 am",
        "2:00 pm",
        None,
        4,
        "Free",
        "Hands-on stations for kids aged 5 to 12: build a rain gauge, test water samples, launch straw rockets.",
        False,
        "Family",
    ),
    (
        "Lakefront Birding Walk",
        "2025-04-06",
        "7:00 am",
        "9:00 am",
        None,
        2,
        "$5 – $10",
        "Spring migration along the lagoon with a volunteer guide. Binoculars can be borrowed at the boathouse.",
        False,
        "Outdoors",
    ),
    # page 2
    (
        "Jazz at the Boathouse",
        "2025-04-11",
        "8:00 pm",
        "11:00 pm",
        None,
        2,
        "$18 – $30",
        "A quintet from the South Side plays two sets of hard bop with a dance floor by the water.",
        False,
        "Music",
    ),
    (
        "Community Potluck Dinner",
        "2025-04-12",
        "6:00 pm",
        "9:00 pm",
        None,
        3,
        "Free",
        "Bring a dish that tells where you come from. Plates, cutlery and lemonade provided.",
        False,
        "Food",
    ),
    (
        "Resume Review Clinic",
        "2025-04-15",
        "5:00 pm",
        "7:00 pm",
        None,
        4,
        "Free",
        "Volunteer recruiters read your resume with you, one to one, twenty minutes each. Walk-ins welcome.",
        False,
        "Workshops",
    ),
    (
        "Earth Day Tree Planting",
        "2025-04-19",
        None,
        None,
        None,
        2,
        "Free",
        "Help plant sixty young oaks and hackberries along the park's west edge. Families welcome, shovels provided.",
        False,
        "Volunteering",
    ),
    (
        "Film Night: Chicago on Screen",
        "2025-04-22",
        "7:00 pm",
        "9:30 pm",
        None,
        1,
        "$8",
        "Short films shot in the city between 1960 and today, introduced by a local film historian.",
        False,
        "Arts",
    ),
    (
        "Ceramics Open Studio",
        "2025-04-24",
        "6:00 pm",
        "9:00 pm",
        None,
        0,
        "$25",
        "Wheel time and hand-building for people who have taken at least one class. Clay sold by the pound.",
        False,
        "Workshops",
    ),
    (
        "Spring Makers Market",
        "2025-04-26",
        "10:00 am",
        "4:00 pm",
        None,
        0,
        None,
        "Forty local makers: ceramics, prints, soap, knitwear and hot sauce. Food trucks outside all day.",
        False,
        "Markets",
    ),
    (
        "Yoga in the Park",
        "2025-04-27",
        "9:00 am",
        "10:00 am",
        None,
        2,
        "Free",
        "A gentle all-levels class on the lawn by the boathouse. Bring a mat and water.",
        False,
        "Outdoors",
    ),
    (
        "Sewing Repair Café",
        "2025-05-01",
        "6:00 pm",
        "8:30 pm",
        None,
        4,
        "Free",
        "Bring torn clothes, broken zips and loose hems; volunteers fix them with you.",
        False,
        "Workshops",
    ),
    (
        "Cinco de Mayo Street Dance",
        "2025-05-03",
        "4:00 pm",
        "10:00 pm",
        None,
        3,
        "$5",
        "Live banda and cumbia on a closed block of Racine Avenue, with food stalls from the neighborhood's restaurants.",
        False,
        "Music",
    ),
    # page 3
    (
        "Mother's Day Brunch Concert",
        "2025-05-11",
        "11:00 am",
        "1:00 pm",
        None,
        1,
        "$30 – $45",
        "A vocal trio sings standards while brunch is served at long tables in the hall.",
        False,
        "Music",
    ),
    (
        "Urban Foraging Walk",
        "2025-05-17",
        "10:00 am",
        "12:00 pm",
        None,
        2,
        "$12",
        "Learn to recognise edible spring plants in the park, and which ones to leave alone.",
        False,
        "Outdoors",
    ),
    (
        "Board Game Marathon",
        "2025-05-24",
        "12:00 pm",
        "11:00 pm",
        None,
        4,
        "Free",
        "Two hundred games from the library's collection, tables for every level and a tournament at 6 pm.",
        False,
        "Family",
    ),
    (
        "Memorial Day Community Run",
        "2025-05-26",
        "8:00 am",
        "10:00 am",
        None,
        2,
        "$20 – $35",
        "A 5K and a 10K loop around the lagoon; proceeds go to the park advisory council.",
        False,
        "Outdoors",
    ),
    (
        "Summer Reading Kick-Off",
        "2025-06-07",
        None,
        None,
        None,
        4,
        "Free",
        "Sign up for the summer reading challenge, meet local authors and get a free book for every child.",
        False,
        "Family",
    ),
    (
        "Solstice Bonfire & Drum Circle",
        "2025-06-20",
        "8:30 pm",
        "11:30 pm",
        None,
        2,
        None,
        "Bring a drum or borrow one; the fire is lit at sunset on the beach by the boathouse.",
        False,
        "Outdoors",
    ),
]

EP_MONTHS = [
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
EP_WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _ep_url(event: tuple[str, str, str | None, str | None, str | None, int | None, str | None, str, bool, str]) -> str:
    return f"/event/{slug(event[0])}/"


def _ep_page_url(number: int) -> str:
    return "/events/list/" if number == 1 else f"/events/list/page/{number}/"


def _ep_24h(moment: str) -> str:
    clock, half = moment.split()
    hour, minute = (int(x) for x in clock.split(":"))
    hour = hour % 12 + (12 if half == "pm" else 0)
    return f"{hour:02d}:{minute:02d}:00"


def _ep_day(day: str) -> str:
    _year, month, dom = day.split("-")
    return f"{EP_MONTHS[int(month) - 1]} {int(dom)}"


SVG_CARET_LEFT = '<svg class="tribe-common-c-svgicon tribe-common-c-svgicon--caret-left tribe-events-c-nav__prev-icon-svg" viewBox="0 0 10 16" xmlns="http://www.w3.org/2000/svg" aria-hidden="true"><path d="M9.7 14.4l-1.5 1.5L.3 8 8.2.1l1.5 1.5L3.3 8l6.4 6.4z"/></svg>'
SVG_CARET_RIGHT = '<svg class="tribe-common-c-svgicon tribe-common-c-svgicon--caret-right tribe-events-c-nav__next-icon-svg" viewBox="0 0 10 16" xmlns="http://www.w3.org/2000/svg" aria-hidden="true"><path d="M.3 1.6L1.8.1 9.7 8l-7.9 7.9-1.5-1.5L6.7 8 .3 1.6z"/></svg>'
SVG_CARET_DOWN = '<svg class="tribe-common-c-svgicon tribe-common-c-svgicon--caret-down tribe-events-c-view-selector__button-icon-caret-svg" viewBox="0 0 10 7" xmlns="http://www.w3.org/2000/svg" aria-hidden="true"><path fill-rule="evenodd" clip-rule="evenodd" d="M1.008.609L5 4.6 8.992.61l.958.958L5 6.517.05 1.566l.958-.958z" class="tribe-common-c-svgicon__svg-fill"/></svg>'
SVG_LIST = '<svg class="tribe-common-c-svgicon tribe-common-c-svgicon--list tribe-events-c-view-selector__list-item-icon-svg" viewBox="0 0 19 19" xmlns="http://www.w3.org/2000/svg" aria-hidden="true"><path fill-rule="evenodd" clip-rule="evenodd" d="M.451.432V17.6c0 .238.163.432.364.432H18.12c.2 0 .364-.194.364-.432V.432c0-.239-.163-.432-.364-.432H.815c-.2 0-.364.193-.364.432z" class="tribe-common-c-svgicon__svg-stroke"/></svg>'
SVG_MONTH = '<svg class="tribe-common-c-svgicon tribe-common-c-svgicon--month tribe-events-c-view-selector__list-item-icon-svg" viewBox="0 0 18 19" xmlns="http://www.w3.org/2000/svg" aria-hidden="true"><path fill-rule="evenodd" clip-rule="evenodd" d="M0 .991v17.04c0 .236.162.428.361.428h17.175c.2 0 .361-.192.361-.429V.991c0-.237-.162-.428-.361-.428H.36C.161.563 0 .754 0 .99z" class="tribe-common-c-svgicon__svg-fill"/></svg>'
SVG_DAY = '<svg class="tribe-common-c-svgicon tribe-common-c-svgicon--day tribe-events-c-view-selector__list-item-icon-svg" viewBox="0 0 19 18" xmlns="http://www.w3.org/2000/svg" aria-hidden="true"><path fill-rule="evenodd" clip-rule="evenodd" d="M.363 17.569V.43c0-.237.163-.43.363-.43h17.148c.2 0 .363.193.363.43V17.57c0 .237-.163.43-.363.43H.726c-.2 0-.363-.193-.363-.43z" class="tribe-common-c-svgicon__svg-fill"/></svg>'
SVG_SEARCH = '<svg class="tribe-common-c-svgicon tribe-common-c-svgicon--search tribe-events-c-search__input-control-icon-svg" viewBox="0 0 16 16" xmlns="http://www.w3.org/2000/svg" aria-hidden="true"><path fill-rule="evenodd" clip-rule="evenodd" d="M11.164 10.133L16 14.97 14.969 16l-4.836-4.836a6.225 6.225 0 01-3.875 1.352 6.24 6.24 0 01-4.427-1.832A6.272 6.272 0 010 6.258 6.24 6.24 0 011.831 1.83 6.272 6.272 0 016.258 0c1.67 0 3.235.658 4.426 1.831a6.272 6.272 0 011.832 4.427c0 1.422-.48 2.773-1.352 3.875z" class="tribe-common-c-svgicon__svg-fill"/></svg>'
SVG_FEATURED = '<svg class="tribe-common-c-svgicon tribe-common-c-svgicon--featured tribe-events-calendar-list__event-datetime-featured-icon-svg" viewBox="0 0 8 10" xmlns="http://www.w3.org/2000/svg" aria-hidden="true"><path fill-rule="evenodd" clip-rule="evenodd" d="M0 0h8v10L4.049 7.439 0 10V0z"/></svg>'
SVG_EXPORT = '<svg class="tribe-common-c-svgicon tribe-common-c-svgicon--cal-export tribe-events-c-subscribe-dropdown__export-icon" viewBox="0 0 23 17" xmlns="http://www.w3.org/2000/svg" aria-hidden="true"><path fill-rule="evenodd" clip-rule="evenodd" d="M.128.896V16.13c0 .211.145.383.323.383h15.354c.179 0 .323-.172.323-.383V.896c0-.212-.144-.383-.323-.383H.451C.273.513.128.684.128.896z" class="tribe-common-c-svgicon__svg-fill"/></svg>'


def _ep_event(
    event: tuple[str, str, str | None, str | None, str | None, int | None, str | None, str, bool, str], post_id: int
) -> str:
    title, day, start, end, end_day, venue_index, cost, excerpt, featured, category = event
    url = _ep_url(event)
    year, month, dom = day.split("-")
    from datetime import date as _date

    weekday = EP_WEEKDAYS[_date(int(year), int(month), int(dom)).weekday()]
    if start and end_day:
        when = f'<span class="tribe-event-date-start">{_ep_day(day)} @ {start}</span> - <span class="tribe-event-date-end">{_ep_day(end_day)} @ 2:00 pm</span>'
    elif start:
        when = f'<span class="tribe-event-date-start">{_ep_day(day)} @ {start}</span> - <span class="tribe-event-time">{end}</span>'
    else:
        when = f'<span class="tribe-event-date-start">{_ep_day(day)}</span>'
    featured_html = (
        f"""
							<em class="tribe-events-calendar-list__event-datetime-featured-icon" title="Featured">
								{SVG_FEATURED}
							</em>
							<span class="tribe-events-calendar-list__event-datetime-featured-text tribe-common-a11y-visual-hide">
								Featured
							</span>"""
        if featured
        else ""
    )
    venue_html = ""
    if venue_index is not None:
        name, street, city, _state, _zip = EP_VENUES[venue_index]
        venue_html = f"""
						<address class="tribe-events-calendar-list__event-venue tribe-common-b2">
							<span class="tribe-events-calendar-list__event-venue-title tribe-common-b2--bold">
								{esc(name)}
							</span>
							<span class="tribe-events-calendar-list__event-venue-address">
								{esc(street)}, {esc(city)}
							</span>
						</address>"""
    cost_html = (
        f"""
					<div class="tribe-events-c-small-cta tribe-common-b3 tribe-events-calendar-list__event-cost">
						<span class="tribe-events-c-small-cta__price">
							{esc(cost)}
						</span>
					</div>"""
        if cost
        else ""
    )
    has_image = post_id % 3 != 0
    image_html = (
        f"""
				<div class="tribe-events-calendar-list__event-featured-image-wrapper tribe-common-g-col">
					<a href="{url}" title="{esc(title)}" rel="bookmark" class="tribe-events-calendar-list__event-featured-image-link" tabindex="-1" aria-hidden="true">
						<img width="1024" height="683" src="/wp-content/uploads/2025/02/{slug(title)}-1024x683.jpg" class="tribe-events-calendar-list__event-featured-image" alt="" decoding="async" loading="lazy" srcset="/wp-content/uploads/2025/02/{slug(title)}-1024x683.jpg 1024w, /wp-content/uploads/2025/02/{slug(title)}-300x200.jpg 300w, /wp-content/uploads/2025/02/{slug(title)}-768x512.jpg 768w" sizes="(max-width: 1024px) 100vw, 1024px" />
					</a>
				</div>"""
        if has_image
        else ""
    )
    cat = slug(category)
    row_cls = "tribe-common-g-row tribe-events-calendar-list__event-row" + (
        " tribe-events-calendar-list__event-row--featured" if featured else ""
    )
    art_cls = (
        f"tribe-events-calendar-list__event tribe-common-g-row tribe-common-g-row--gutters post-{post_id} tribe_events type-tribe_events status-publish{' has-post-thumbnail' if has_image else ''} hentry tribe_events_cat-{cat} cat_{cat}"
        + (" tribe-event-featured" if featured else "")
    )
    return f"""<li class="{row_cls}">

	<div class="tribe-events-calendar-list__event-date-tag tribe-common-g-col">
		<time class="tribe-events-calendar-list__event-date-tag-datetime" datetime="{day}" aria-hidden="true">
			<span class="tribe-events-calendar-list__event-date-tag-weekday">
				{weekday}
			</span>
			<span class="tribe-events-calendar-list__event-date-tag-daynum tribe-common-h5 tribe-common-h4--min-medium">
				{int(dom)}
			</span>
		</time>
	</div>

	<div class="tribe-events-calendar-list__event-wrapper tribe-common-g-col">
		<article class="{art_cls}">{image_html}

			<div class="tribe-events-calendar-list__event-details tribe-common-g-col">

				<header class="tribe-events-calendar-list__event-header">
					<div class="tribe-events-calendar-list__event-datetime-wrapper tribe-common-b2">{featured_html}
						<time class="tribe-events-calendar-list__event-datetime" datetime="{day}">
							{when}
						</time>
					</div>
					<h3 class="tribe-events-calendar-list__event-title tribe-common-h6 tribe-common-h4--min-medium">
						<a href="{url}" title="{esc(title)}" rel="bookmark" class="tribe-events-calendar-list__event-title-link tribe-common-anchor-thin">
							{esc(title)}
						</a>
					</h3>{venue_html}
				</header>

				<div class="tribe-events-calendar-list__event-description tribe-common-b2 tribe-common-a11y-hidden">
					<p>{esc(excerpt)}</p>
				</div>{cost_html}

			</div>
		</article>
	</div>

</li>"""


def _ep_json_ld(
    events: list[tuple[str, str, str | None, str | None, str | None, int | None, str | None, str, bool, str]],
) -> str:
    items = []
    for event in events:
        title, day, start, end, end_day, venue_index, cost, excerpt, _featured, _category = event
        start_iso = f"{day}T{_ep_24h(start) if start else '00:00:00'}{EP_OFFSET}"
        if end_day:
            end_iso = f"{end_day}T14:00:00{EP_OFFSET}"
        elif end:
            end_iso = f"{day}T{_ep_24h(end)}{EP_OFFSET}"
        else:
            end_iso = f"{day}T23:59:59{EP_OFFSET}"
        item: dict[str, object] = {
            "@context": "http://schema.org",
            "@type": "Event",
            "name": title,
            "description": f"&lt;p&gt;{esc(excerpt)}&lt;/p&gt;\\n",
            "url": f"{EP_HOST}{_ep_url(event)}",
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "eventStatus": "https://schema.org/EventScheduled",
            "startDate": start_iso,
            "endDate": end_iso,
        }
        if venue_index is not None:
            name, street, city, state, zip_code = EP_VENUES[venue_index]
            item["location"] = {
                "@type": "Place",
                "name": name,
                "description": "",
                "url": "",
                "address": {
                    "@type": "PostalAddress",
                    "streetAddress": street,
                    "addressLocality": city,
                    "addressRegion": state,
                    "postalCode": zip_code,
                    "addressCountry": "United States",
                },
                "telephone": "",
                "sameAs": "",
            }
        item["organizer"] = {
            "@type": "Person",
            "name": "Events Plaza Volunteers",
            "description": "",
            "url": f"{EP_HOST}/about/",
            "telephone": "",
            "email": "",
            "sameAs": "",
        }
        if cost:
            price = "0" if cost == "Free" else cost.replace("$", "").replace(" – ", " - ")
            item["offers"] = {
                "@type": "Offer",
                "price": price,
                "priceCurrency": "USD",
                "url": f"{EP_HOST}{_ep_url(event)}",
                "category": "primary",
                "availability": "inStock",
                "validFrom": "2025-02-01T00:00:00+00:00",
            }
        item["performer"] = "Organization"
        items.append(item)
    return json.dumps(items, ensure_ascii=False).replace("/", "\\/")


def _ep_nav(number: int, total: int) -> str:
    if number == 1:
        prev = f"""<li class="tribe-events-c-nav__list-item tribe-events-c-nav__list-item--prev">
				<a
					href="/events/list/?eventDisplay=past"
					rel="prev"
					class="tribe-events-c-nav__prev tribe-common-b2 tribe-common-b1--min-medium"
					data-js="tribe-events-view-link"
					aria-label="Previous Events"
					title="Previous Events"
				>
					{SVG_CARET_LEFT}
					<span class="tribe-events-c-nav__prev-label">
						Previous <span class="tribe-events-c-nav__prev-label-plural tribe-common-a11y-visual-hide">Events</span>
					</span>
				</a>
			</li>"""
    else:
        prev = f"""<li class="tribe-events-c-nav__list-item tribe-events-c-nav__list-item--prev">
				<a
					href="{_ep_page_url(number - 1)}"
					rel="prev"
					class="tribe-events-c-nav__prev tribe-common-b2 tribe-common-b1--min-medium"
					data-js="tribe-events-view-link"
					aria-label="Previous Events"
					title="Previous Events"
				>
					{SVG_CARET_LEFT}
					<span class="tribe-events-c-nav__prev-label">
						Previous <span class="tribe-events-c-nav__prev-label-plural tribe-common-a11y-visual-hide">Events</span>
					</span>
				</a>
			</li>"""
    if number < total:
        nxt = f"""<li class="tribe-events-c-nav__list-item tribe-events-c-nav__list-item--next">
				<a
					href="{_ep_page_url(number + 1)}"
					rel="next"
					class="tribe-events-c-nav__next tribe-common-b2 tribe-common-b1--min-medium"
					data-js="tribe-events-view-link"
					aria-label="Next Events"
					title="Next Events"
				>
					<span class="tribe-events-c-nav__next-label">
						Next <span class="tribe-events-c-nav__next-label-plural tribe-common-a11y-visual-hide">Events</span>
					</span>
					{SVG_CARET_RIGHT}
				</a>
			</li>"""
    else:
        nxt = f"""<li class="tribe-events-c-nav__list-item tribe-events-c-nav__list-item--next">
				<button
					class="tribe-events-c-nav__next tribe-common-b2 tribe-common-b1--min-medium"
					aria-label="Next Events"
					title="Next Events"
					disabled
				>
					<span class="tribe-events-c-nav__next-label">
						Next <span class="tribe-events-c-nav__next-label-plural tribe-common-a11y-visual-hide">Events</span>
					</span>
					{SVG_CARET_RIGHT}
				</button>
			</li>"""
    return f"""<nav class="tribe-events-calendar-list-nav tribe-events-c-nav">
	<ul class="tribe-events-c-nav__list">
		{prev}

		<li class="tribe-events-c-nav__list-item tribe-events-c-nav__list-item--today">
			<a
				href="/events/list/"
				class="tribe-events-c-nav__today tribe-common-b2"
				data-js="tribe-events-view-link"
				aria-label="Click to select today&#039;s date"
				title="Click to select today&#039;s date"
			>
				Today
			</a>
		</li>

		{nxt}
	</ul>
</nav>"""


def _ep_subscribe() -> str:
    webcal = "webcal%3A%2F%2Feventsplaza.org%2F%3Fpost_type%3Dtribe_events%26ical%3D1%26eventDisplay%3Dlist"
    links = [
        ("Google Calendar", f"https://www.google.com/calendar/render?cid={webcal}"),
        ("iCalendar", "webcal://eventsplaza.org/?post_type=tribe_events&amp;ical=1&amp;eventDisplay=list"),
        (
            "Outlook 365",
            "https://outlook.office.com/owa?path=/calendar/action/compose&amp;rru=addsubscription&amp;url=webcal%3A%2F%2Feventsplaza.org%2F%3Fpost_type%3Dtribe_events%26ical%3D1%26eventDisplay%3Dlist&amp;name=Events+Plaza+Events",
        ),
        (
            "Outlook Live",
            "https://outlook.live.com/owa?path=/calendar/action/compose&amp;rru=addsubscription&amp;url=webcal%3A%2F%2Feventsplaza.org%2F%3Fpost_type%3Dtribe_events%26ical%3D1%26eventDisplay%3Dlist&amp;name=Events+Plaza+Events",
        ),
        ("Export .ics file", "/events/list/?ical=1"),
        ("Export Outlook .ics file", "/events/list/?outlook-ical=1"),
    ]
    items = "\n".join(
        f"""				<li class="tribe-events-c-subscribe-dropdown__list-item">
					<a
						href="{href}"
						class="tribe-events-c-subscribe-dropdown__list-item-link"
						target="_blank"
						rel="noopener noreferrer nofollow noindex"
					>
						{label}
					</a>
				</li>"""
        for label, href in links
    )
    return f"""<div class="tribe-events-c-subscribe-dropdown__container">
	<div class="tribe-events-c-subscribe-dropdown">
		<div class="tribe-common-c-btn-border tribe-events-c-subscribe-dropdown__button">
			{SVG_EXPORT}
			<button
				class="tribe-events-c-subscribe-dropdown__button-text"
				aria-expanded="false"
				aria-controls="tribe-events-subscribe-dropdown-content"
				aria-label="View links to add events to your calendar"
			>
				Subscribe to calendar
			</button>
			{SVG_CARET_DOWN.replace("tribe-events-c-view-selector__button-icon-caret-svg", "tribe-events-c-subscribe-dropdown__button-icon")}
		</div>
		<div id="tribe-events-subscribe-dropdown-content" class="tribe-events-c-subscribe-dropdown__content">
			<ul class="tribe-events-c-subscribe-dropdown__list">
{items}
			</ul>
		</div>
	</div>
</div>"""


def _ep_page(
    number: int,
    total: int,
    events: list[tuple[str, str, str | None, str | None, str | None, int | None, str | None, str, bool, str]],
    first_post: int,
) -> str:
    parts: list[str] = []
    last_month = ""
    for offset, event in enumerate(events):
        month = event[1][:7]
        if month != last_month:
            label = f"{EP_MONTHS[int(month[5:]) - 1]} {month[:4]}"
            parts.append(f"""<li class="tribe-events-calendar-list__month-separator">
	<h3 class="tribe-events-calendar-list__month-separator-text tribe-common-h7 tribe-common-h6--min-medium tribe-common-h--alt">
		<time datetime="{month}">{label}</time>
	</h3>
</li>""")
            last_month = month
        parts.append(_ep_event(event, first_post + offset * 7))
    body = "\n\n".join(parts)
    page_url = f"{EP_HOST}{_ep_page_url(number)}"
    view_data = {
        "slug": "list",
        "prev_url": f"{EP_HOST}/events/list/?eventDisplay=past"
        if number == 1
        else f"{EP_HOST}{_ep_page_url(number - 1)}",
        "next_url": f"{EP_HOST}{_ep_page_url(number + 1)}" if number < total else "",
        "view_class": "Tribe\\Events\\Views\\V2\\Views\\List_View",
        "view_slug": "list",
        "view_label": "List",
        "title": "Events – Events Plaza",
        "url": page_url,
        "url_event_date": False,
        "bar": {"keyword": "", "date": ""},
        "today": "2025-03-10 00:00:00",
        "now": "2025-03-10 09:41:12",
        "rest_url": f"{EP_HOST}/wp-json/tribe/views/v2/html",
        "rest_method": "GET",
        "rest_nonce": "",
        "should_manage_url": True,
        "today_url": f"{EP_HOST}/events/list/",
        "today_title": "Click to select today's date",
        "today_label": "Today",
        "prev_label": "",
        "next_label": "",
        "date_formats": {
            "compact": "n/j/Y",
            "month_and_year_compact": "n/Y",
            "month_and_year": "F Y",
            "time_range_separator": " - ",
            "date_time_separator": " @ ",
        },
        "messages": [],
        "start_of_week": "0",
        "header_title": "",
        "header_title_element": "h1",
        "content_title": "",
        "breadcrumbs": [],
        "before_events": "",
        "after_events": "\n<!--\nThis calendar is powered by The Events Calendar.\nhttp://evnt.is/18wn\n-->\n",
        "display_events_bar": True,
        "disable_event_search": False,
        "live_refresh": True,
        "ical": {
            "display_link": True,
            "link": {
                "url": f"{EP_HOST}/events/list/?ical=1",
                "text": "Export Events",
                "title": "Use this to share calendar data with Google Calendar, Apple iCal and other compatible apps",
            },
        },
        "container_classes": [
            "tribe-common",
            "tribe-events",
            "tribe-events-view",
            "tribe-events-view--list",
            "alignwide",
        ],
        "container_data": [],
        "is_past": False,
        "breakpoints": {"xsmall": 500, "medium": 768, "full": 960},
        "breakpoint_pointer": "b7d2c0f4-5e1a-4c3b-9d6e-2f8a1c7e3b90",
        "is_initial_load": True,
        "public_views": {
            "list": {
                "view_class": "Tribe\\Events\\Views\\V2\\Views\\List_View",
                "view_url": f"{EP_HOST}/events/list/",
                "view_label": "List",
                "aria_label": "Display Events in List View",
            },
            "month": {
                "view_class": "Tribe\\Events\\Views\\V2\\Views\\Month_View",
                "view_url": f"{EP_HOST}/events/month/",
                "view_label": "Month",
                "aria_label": "Display Events in Month View",
            },
            "day": {
                "view_class": "Tribe\\Events\\Views\\V2\\Views\\Day_View",
                "view_url": f"{EP_HOST}/events/today/",
                "view_label": "Day",
                "aria_label": "Display Events in Day View",
            },
        },
        "show_latest_past": True,
        "past": False,
        "show_now": True,
        "now_label": "Upcoming",
        "now_label_mobile": "Upcoming",
        "show_end": False,
        "selected_start_datetime": "2025-03-10",
        "selected_start_date_mobile": "3/10/2025",
        "selected_start_date_label": "March 10",
        "datepicker_date": "3/10/2025",
        "subscribe_links": {
            "gcal": {
                "label": "Google Calendar",
                "single_label": "Add to Google Calendar",
                "visible": True,
                "block_slug": "hasGoogleCalendar",
            },
            "ical": {
                "label": "iCalendar",
                "single_label": "Add to iCalendar",
                "visible": True,
                "block_slug": "hasiCal",
            },
        },
        "_context": {"slug": "list"},
        "text": "Loading...",
        "classes": ["tribe-common-c-loader__dot", "tribe-common-c-loader__dot--third"],
    }
    view_json = json.dumps(view_data, ensure_ascii=False).replace("/", "\\/")
    title = "Events from March 10 – June 20 – Events Plaza" if number == 1 else f"Events – Page {number} – Events Plaza"
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
	<meta charset="UTF-8" />
	<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{title}</title>
<link rel='dns-prefetch' href='//eventsplaza.org' />
<link rel="alternate" type="application/rss+xml" title="Events Plaza &raquo; Feed" href="{EP_HOST}/feed/" />
<link rel="alternate" type="text/calendar" title="Events Plaza &raquo; iCal Feed" href="{EP_HOST}/events/?ical=1" />
<link rel="alternate" type="application/rss+xml" title="Events Plaza &raquo; Events Feed" href="{EP_HOST}/events/feed/" />
<link rel='stylesheet' id='tribe-events-views-v2-bootstrap-datepicker-styles-css' href='/wp-content/plugins/the-events-calendar/vendor/bootstrap-datepicker/css/bootstrap-datepicker.standalone.min.css?ver=6.10.1' media='all' />
<link rel='stylesheet' id='tribe-tooltipster-css-css' href='/wp-content/plugins/the-events-calendar/common/vendor/tooltipster/tooltipster.bundle.min.css?ver=6.5.1' media='all' />
<link rel='stylesheet' id='tribe-events-views-v2-skeleton-css' href='/wp-content/plugins/the-events-calendar/src/resources/css/views-skeleton.min.css?ver=6.10.1' media='all' />
<link rel='stylesheet' id='tribe-events-views-v2-full-css' href='/wp-content/plugins/the-events-calendar/src/resources/css/views-full.min.css?ver=6.10.1' media='all' />
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.7.2' media='all' />
<style id='global-styles-inline-css'>
:root{{--wp--preset--color--base: #f9f9f9;--wp--preset--color--contrast: #111111;--wp--preset--font-family--body: "Inter", sans-serif;--wp--preset--font-family--heading: Cardo;--wp--preset--spacing--50: clamp(1.25rem, 1rem + 0.8333vw, 1.5rem);}}
:where(.wp-site-blocks) > * {{ margin-block-start: 1.2rem; margin-block-end: 0; }}
</style>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script src="/wp-content/plugins/the-events-calendar/common/src/resources/js/tribe-common.min.js?ver=6.5.1" id="tribe-common-js"></script>
<script src="/wp-content/plugins/the-events-calendar/src/resources/js/views/breakpoints.min.js?ver=6.10.1" id="tribe-events-views-v2-breakpoints-js"></script>
<link rel="https://api.w.org/" href="{EP_HOST}/wp-json/" />
<meta name="generator" content="WordPress 6.7.2" />
<meta name="tec-api-version" content="v1"><meta name="tec-api-origin" content="{EP_HOST}"><link rel="alternate" href="{EP_HOST}/wp-json/tribe/events/v1/" />
<link rel="canonical" id="tec-seo-meta-tag" href="{page_url}" />
<script type="application/ld+json">
{_ep_json_ld(events)}
</script>
</head>

<body class="post-type-archive post-type-archive-tribe_events wp-embed-responsive tribe-events-page-template tribe-no-js tribe-filter-live events-archive tribe-events-style-full tribe-events-style-theme">

<div class="wp-site-blocks"><header class="wp-block-template-part">
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
	<div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex wp-container-core-group-is-layout-2 wp-block-group-is-layout-flex" style="padding-top:var(--wp--preset--spacing--30);padding-bottom:var(--wp--preset--spacing--30)">
		<div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex">
			<div class="wp-block-site-logo"><a href="/" class="custom-logo-link" rel="home"><img width="40" height="40" src="/wp-content/uploads/2024/11/plaza-mark.png" class="custom-logo" alt="Events Plaza" decoding="async" /></a></div>
			<p class="wp-block-site-title"><a href="/" target="_self" rel="home">Events Plaza</a></p>
		</div>
		<nav class="is-responsive items-justified-right wp-block-navigation is-content-justification-right is-layout-flex wp-block-navigation-is-layout-flex" aria-label="Header navigation">
			<button aria-haspopup="dialog" aria-label="Open menu" class="wp-block-navigation__responsive-container-open" data-wp-on-async--click="actions.openMenuOnClick"><svg width="24" height="24" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><rect x="4" y="7.5" width="16" height="1.5" /><rect x="4" y="15" width="16" height="1.5" /></svg></button>
			<div class="wp-block-navigation__responsive-container" id="modal-1">
				<div class="wp-block-navigation__responsive-container-content" id="modal-1-content">
					<ul class="wp-block-navigation__container is-responsive items-justified-right wp-block-navigation">
						<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="/about/"><span class="wp-block-navigation-item__label">About</span></a></li>
						<li class="wp-block-navigation-item current-menu-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="/events/" aria-current="page"><span class="wp-block-navigation-item__label">Events</span></a></li>
						<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="/venues/"><span class="wp-block-navigation-item__label">Venues</span></a></li>
						<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="/submit-an-event/"><span class="wp-block-navigation-item__label">Submit an Event</span></a></li>
						<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="/volunteer/"><span class="wp-block-navigation-item__label">Volunteer</span></a></li>
					</ul>
				</div>
			</div>
		</nav>
	</div>
</div>
</header>

<main class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="margin-top:var(--wp--preset--spacing--50)">
<div class="tribe-events-before-html"></div><span class="tribe-events-ajax-loading"><img class="tribe-events-spinner-medium" src="/wp-content/plugins/the-events-calendar/src/resources/images/tribe-loading.gif" alt="Loading Events" /></span>
<div class="wp-block-tribe-archive-events alignwide">
<div
	class="tribe-common tribe-events tribe-events-view tribe-events-view--list alignwide" 	data-js="tribe-events-view"
	data-view-rest-url="{EP_HOST}/wp-json/tribe/views/v2/html"
	data-view-rest-method="GET"
	data-view-manage-url="1"
				data-view-breakpoint-pointer="b7d2c0f4-5e1a-4c3b-9d6e-2f8a1c7e3b90"
	>
	<div class="tribe-common-l-container tribe-events-l-container">
		<div
	class="tribe-events-view-loader tribe-common-a11y-hidden"
	role="alert"
	aria-live="polite"
>
	<span class="tribe-events-view-loader__text tribe-common-a11y-visual-hide">
		Loading view.	</span>
	<div class="tribe-events-view-loader__dots tribe-common-c-loader">
		<div class="tribe-common-c-loader__dot tribe-common-c-loader__dot--first"></div>
		<div class="tribe-common-c-loader__dot tribe-common-c-loader__dot--second"></div>
		<div class="tribe-common-c-loader__dot tribe-common-c-loader__dot--third"></div>
	</div>
</div>

		<script data-js="tribe-events-view-data" type="application/json">
	{view_json}
</script>

		<header  class="tribe-events-header tribe-events-header--has-event-search" >
			<div  class="tribe-events-header__messages tribe-events-c-messages tribe-common-b2 tribe-common-c-loader__dot tribe-common-c-loader__dot--third"  >
			</div>

			<div class="tribe-events-header__events-bar tribe-events-c-events-bar tribe-events-c-events-bar--border" data-js="tribe-events-events-bar">

	<h2 class="tribe-common-a11y-visual-hide">
		Events Search and Views Navigation	</h2>

	<button
		class="tribe-events-c-events-bar__search-button"
		aria-controls="tribe-events-search-container"
		aria-expanded="false"
		data-js="tribe-events-search-button"
	>
		{SVG_SEARCH}
		<span class="tribe-events-c-events-bar__search-button-text tribe-common-a11y-visual-hide">
			Search		</span>
	</button>

	<div class="tribe-events-c-events-bar__search-container" id="tribe-events-search-container" data-js="tribe-events-search-container">
		<div class="tribe-events-c-events-bar__search" id="tribe-events-events-bar-search" data-js="tribe-events-events-bar-search">
			<form class="tribe-events-c-search tribe-events-c-events-bar__search-form" method="get" data-js="tribe-events-view-form" role="search">
				<input type="hidden" id="tribe-events-views[url]" name="tribe-events-views[url]" value="{page_url}" />
				<div class="tribe-events-c-search__input-group">
					<div class="tribe-common-form-control-text tribe-events-c-search__input-control tribe-events-c-search__input-control--keyword" data-js="tribe-events-events-bar-input-control">
						<label class="tribe-common-form-control-text__label" for="tribe-events-events-bar-keyword">
							Enter Keyword. Search for Events by Keyword.						</label>
						<input class="tribe-common-form-control-text__input tribe-events-c-search__input" data-js="tribe-events-events-bar-input-control-input" type="text" id="tribe-events-events-bar-keyword" name="tribe-events-views[tribe-bar-search]" value="" placeholder="Search for events" aria-label="Enter Keyword. Search for events by Keyword." />
						{SVG_SEARCH}
					</div>
				</div>
				<button class="tribe-common-c-btn tribe-events-c-search__button" type="submit" name="submit-bar">
					Find Events				</button>
			</form>
		</div>
	</div>

	<div class="tribe-events-c-events-bar__views">
		<h3 class="tribe-common-a11y-visual-hide">
			Event Views Navigation		</h3>
		<div class="tribe-events-c-view-selector tribe-events-c-view-selector--labels tribe-events-c-view-selector--tabs" data-js="tribe-events-view-selector">
			<button class="tribe-events-c-view-selector__button tribe-common-c-btn__clear" data-js="tribe-events-view-selector-button" aria-current="true" aria-description="Select Calendar View">
				<span class="tribe-events-c-view-selector__button-icon">
					{SVG_LIST}
				</span>
				<span class="tribe-events-c-view-selector__button-text tribe-common-a11y-visual-hide">
					List				</span>
				{SVG_CARET_DOWN}
			</button>
			<div class="tribe-events-c-view-selector__content" id="tribe-events-view-selector-content" data-js="tribe-events-view-selector-list-container">
				<ul class="tribe-events-c-view-selector__list">
					<li class="tribe-events-c-view-selector__list-item tribe-events-c-view-selector__list-item--list tribe-events-c-view-selector__list-item--active">
						<a href="/events/list/" class="tribe-events-c-view-selector__list-item-link" data-js="tribe-events-view-link" aria-label="Display Events in List View" aria-current="true">
							<span class="tribe-events-c-view-selector__list-item-icon">{SVG_LIST}</span>
							<span class="tribe-events-c-view-selector__list-item-text">List</span>
						</a>
					</li>
					<li class="tribe-events-c-view-selector__list-item tribe-events-c-view-selector__list-item--month">
						<a href="/events/month/" class="tribe-events-c-view-selector__list-item-link" data-js="tribe-events-view-link" aria-label="Display Events in Month View">
							<span class="tribe-events-c-view-selector__list-item-icon">{SVG_MONTH}</span>
							<span class="tribe-events-c-view-selector__list-item-text">Month</span>
						</a>
					</li>
					<li class="tribe-events-c-view-selector__list-item tribe-events-c-view-selector__list-item--day">
						<a href="/events/today/" class="tribe-events-c-view-selector__list-item-link" data-js="tribe-events-view-link" aria-label="Display Events in Day View">
							<span class="tribe-events-c-view-selector__list-item-icon">{SVG_DAY}</span>
							<span class="tribe-events-c-view-selector__list-item-text">Day</span>
						</a>
					</li>
				</ul>
			</div>
		</div>
	</div>

</div>

			<div class="tribe-events-c-top-bar tribe-events-header__top-bar">

	<nav class="tribe-events-c-top-bar__nav tribe-common-a11y-hidden">
		<ul class="tribe-events-c-top-bar__nav-list">
			<li class="tribe-events-c-top-bar__nav-list-item">
				<a href="{"/events/list/?eventDisplay=past" if number == 1 else _ep_page_url(number - 1)}" class="tribe-common-c-btn-icon tribe-common-c-btn-icon--caret-left tribe-events-c-top-bar__nav-link tribe-events-c-top-bar__nav-link--prev" aria-label="Previous Events" title="Previous Events" data-js="tribe-events-view-link">
					{SVG_CARET_LEFT}
				</a>
			</li>
			<li class="tribe-events-c-top-bar__nav-list-item">
				{f'<a href="{_ep_page_url(number + 1)}" class="tribe-common-c-btn-icon tribe-common-c-btn-icon--caret-right tribe-events-c-top-bar__nav-link tribe-events-c-top-bar__nav-link--next" aria-label="Next Events" title="Next Events" data-js="tribe-events-view-link">' + SVG_CARET_RIGHT + "</a>" if number < total else '<button class="tribe-common-c-btn-icon tribe-common-c-btn-icon--caret-right tribe-events-c-top-bar__nav-link tribe-events-c-top-bar__nav-link--next" aria-label="Next Events" title="Next Events" disabled>' + SVG_CARET_RIGHT + "</button>"}
			</li>
		</ul>
	</nav>

	<a href="/events/list/" class="tribe-common-c-btn-border-small tribe-events-c-top-bar__today-button tribe-common-a11y-hidden" data-js="tribe-events-view-link" aria-description="Click to select today&#039;s date">
		Today	</a>

	<div class="tribe-events-c-top-bar__datepicker">
		<button class="tribe-common-c-btn__clear tribe-common-h3 tribe-common-h--alt tribe-events-c-top-bar__datepicker-button" data-js="tribe-events-top-bar-datepicker-button" type="button" aria-description="Click to toggle datepicker">
			<time datetime="2025-03-10" class="tribe-events-c-top-bar__datepicker-time">
				<span class="tribe-events-c-top-bar__datepicker-mobile">Upcoming</span>
				<span class="tribe-events-c-top-bar__datepicker-desktop tribe-common-a11y-hidden">Upcoming</span>
			</time>
			{SVG_CARET_DOWN}
		</button>
		<label class="tribe-events-c-top-bar__datepicker-label tribe-common-a11y-visual-hide" for="tribe-events-top-bar-date">
			Select date.		</label>
		<input type="text" class="tribe-events-c-top-bar__datepicker-input tribe-common-a11y-visual-hide" data-js="tribe-events-top-bar-date" id="tribe-events-top-bar-date" name="tribe-events-views[tribe-bar-date]" value="3/10/2025" tabindex="-1" autocomplete="off" readonly="readonly" />
		<div class="tribe-events-c-top-bar__datepicker-container" data-js="tribe-events-top-bar-datepicker-container"></div>
		<template class="tribe-events-c-top-bar__datepicker-template-prev-icon">{SVG_CARET_LEFT}</template>
		<template class="tribe-events-c-top-bar__datepicker-template-next-icon">{SVG_CARET_RIGHT}</template>
	</div>

	<div class="tribe-events-c-top-bar__actions tribe-common-a11y-hidden"></div>
</div>
		</header>

		<ul class="tribe-events-calendar-list">

{body}

		</ul>

		{_ep_nav(number, total)}

		{_ep_subscribe()}

		<div class="tribe-events-after-html">
<!--
This calendar is powered by The Events Calendar.
http://evnt.is/18wn
-->
</div>

	</div>
</div>
</div>
<script class="tribe-events-breakpoints">
	( function () {{
		var completed = false;

		function initBreakpoints() {{
			if ( completed ) {{
				// This was fired already and completed no need to attach to the event listener.
				document.removeEventListener( 'DOMContentLoaded', initBreakpoints );
				return;
			}}

			if ( 'undefined' === typeof window.tribe ) {{
				return;
			}}

			if ( 'undefined' === typeof window.tribe.events ) {{
				return;
			}}

			if ( 'undefined' === typeof window.tribe.events.views ) {{
				return;
			}}

			if ( 'undefined' === typeof window.tribe.events.views.breakpoints ) {{
				return;
			}}

			if ( 'function' !== typeof (window.tribe.events.views.breakpoints.setup) ) {{
				return;
			}}

			var container = document.querySelectorAll( '[data-view-breakpoint-pointer="b7d2c0f4-5e1a-4c3b-9d6e-2f8a1c7e3b90"]' );
			if ( ! container ) {{
				return;
			}}

			window.tribe.events.views.breakpoints.setup( container );
			completed = true;
			// This was fired already and completed no need to attach to the event listener.
			document.removeEventListener( 'DOMContentLoaded', initBreakpoints );
		}}

		// Try to init the breakpoints right away.
		initBreakpoints();
		document.addEventListener( 'DOMContentLoaded', initBreakpoints );
	}})();
</script>
<div class="tribe-events-after-html"></div>
</main>

<footer class="wp-block-template-part">
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="padding-top:var(--wp--preset--spacing--40);padding-bottom:var(--wp--preset--spacing--40)">
	<div class="wp-block-columns alignwide is-layout-flex wp-container-core-columns-is-layout-1 wp-block-columns-is-layout-flex">
		<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow" style="flex-basis:40%">
			<p class="wp-block-site-title"><a href="/" target="_self" rel="home">Events Plaza</a></p>
			<p class="wp-block-site-tagline">Free and low-cost community events on Chicago&#039;s Northwest and Near West Sides.</p>
		</div>
		<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">
			<h2 class="wp-block-heading has-medium-font-size has-body-font-family">About</h2>
			<nav class="is-vertical wp-block-navigation is-layout-flex" aria-label="About">
				<ul class="wp-block-navigation__container is-vertical wp-block-navigation">
					<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="/about/"><span class="wp-block-navigation-item__label">Team</span></a></li>
					<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="/history/"><span class="wp-block-navigation-item__label">History</span></a></li>
					<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="/careers/"><span class="wp-block-navigation-item__label">Careers</span></a></li>
				</ul>
			</nav>
		</div>
		<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">
			<h2 class="wp-block-heading has-medium-font-size has-body-font-family">Privacy</h2>
			<nav class="is-vertical wp-block-navigation is-layout-flex" aria-label="Privacy">
				<ul class="wp-block-navigation__container is-vertical wp-block-navigation">
					<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="/privacy-policy/"><span class="wp-block-navigation-item__label">Privacy Policy</span></a></li>
					<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="/terms-and-conditions/"><span class="wp-block-navigation-item__label">Terms and Conditions</span></a></li>
				</ul>
			</nav>
		</div>
	</div>
	<div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex wp-block-group-is-layout-flex" style="padding-top:var(--wp--preset--spacing--40)">
		<p class="has-small-font-size">Designed with <a href="https://wordpress.org" rel="nofollow">WordPress</a></p>
	</div>
</div>
</footer></div>
<script> /* <![CDATA[ */var tribe_l10n_datatables = {{"aria":{{"sort_ascending":": activate to sort column ascending","sort_descending":": activate to sort column descending"}},"length_menu":"Show _MENU_ entries","empty_table":"No data available in table","info":"Showing _START_ to _END_ of _TOTAL_ entries","info_empty":"Showing 0 to 0 of 0 entries","info_filtered":"(filtered from _MAX_ total entries)","zero_records":"No matching records found","search":"Search:","all_selected_text":"All items on this page were selected. ","select_all_link":"Select all pages","clear_selection":"Clear Selection.","pagination":{{"all":"All","next":"Next","previous":"Previous"}},"select":{{"rows":{{"0":"","_":": Selected %d rows","1":": Selected 1 row"}}}},"datepicker":{{"dayNames":["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"],"dayNamesShort":["Sun","Mon","Tue","Wed","Thu","Fri","Sat"],"dayNamesMin":["S","M","T","W","T","F","S"],"monthNames":["January","February","March","April","May","June","July","August","September","October","November","December"],"monthNamesShort":["January","February","March","April","May","June","July","August","September","October","November","December"],"monthNamesMin":["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"],"nextText":"Next","prevText":"Prev","currentText":"Today","closeText":"Done","today":"Today","clear":"Clear"}}}};/* ]]> */ </script>
<script src="/wp-content/plugins/the-events-calendar/src/resources/js/views/manager.min.js?ver=6.10.1" id="tribe-events-views-v2-manager-js"></script>
<script src="/wp-content/plugins/the-events-calendar/src/resources/js/views/list.min.js?ver=6.10.1" id="tribe-events-views-v2-list-js"></script>
<script src="/wp-content/plugins/the-events-calendar/src/resources/js/views/ical-links.min.js?ver=6.10.1" id="tribe-events-views-v2-ical-links-js"></script>
</body>
</html>"""


@twentythird_d
def build_eventsplaza() -> None:
    s = Site(
        "eventsplaza",
        kind="community events list (The Events Calendar 6 list view on WordPress Twenty Twenty-Four: Tribe events bar with keyword search and List / Month / Day view selector, 'Upcoming' datepicker top bar, ul.tribe-events-calendar-list with month-separator li > h3 > time and event-row li (date tag weekday + day number, time > span.tribe-event-date-start 'March 14 @ 7:00 pm' - span.tribe-event-time '9:00 pm', h3 > a title, address venue + street, description, small-cta cost '$15 – $25' / 'Free'), a featured event, nav.tribe-events-calendar-list-nav Previous / Today / Next Events with a disabled Next button on the last page, /events/list/page/N/, Subscribe to calendar dropdown, JSON-LD Event list and a view-data JSON script)",
        start="events/list/",
        description="An Events Calendar 6.10 list view on a WordPress 6.7 block site (Twenty Twenty-Four header/footer template parts, responsive navigation), logged out: the TEC JSON-LD Event array (startDate with the -05:00 Chicago offset, location Place with PostalAddress, offers with price '15 - 25') in the head, a view loader, the tribe-events-view-data JSON script; header with the events bar (keyword search form, List / Month / Day view selector), the top bar (prev/next icon links, Today, 'Upcoming' datepicker with templates); ul.tribe-events-calendar-list with li.tribe-events-calendar-list__month-separator > h3 > time 'March 2025' at each page's first event and each month change, li.tribe-events-calendar-list__event-row rows: date tag (time[datetime] with weekday 'Fri' and day number '14'), article.tribe-events-calendar-list__event with an optional featured image link, header: datetime wrapper (featured icon + 'Featured' on one), time[datetime=ISO day] > span.tribe-event-date-start 'March 14 @ 7:00 pm' - span.tribe-event-time '9:00 pm' (all-day events show only 'March 22'; a multi-day one 'March 28 @ 6:00 pm - March 30 @ 2:00 pm' with span.tribe-event-date-end), h3 > a.tribe-events-calendar-list__event-title-link to /event/<slug>/, address > venue title + venue address '1422 W Fullerton Ave, Chicago' (none on one event), description p, a small-cta cost span '$15 – $25' / '$10' / 'Free' (missing on three); nav.tribe-events-calendar-list-nav: 'Previous Events' (to ?eventDisplay=past on page 1, /events/list/page/N/ after), 'Today', 'Next Events' (a disabled button on the last page); the 'Subscribe to calendar' dropdown (Google Calendar, iCalendar, Outlook 365, Outlook Live, Export .ics file, Export Outlook .ics file); the breakpoints script. 10, 10, 6 events. Written down: title, url, date (ISO day), time (start time as shown, absent on all-day events), venue, address (as shown), cost (as shown), description.",
    )
    pages = chunks(EP_EVENTS, [10, 10, 6])
    post = 4812
    for number, events in enumerate(pages, 1):
        s.list_page(f"{_ep_page_url(number).lstrip('/')}index.html", _ep_page(number, len(pages), events, post))
        post += 7 * len(events)
    for event in EP_EVENTS:
        title, day, start, _end, _end_day, venue_index, cost, excerpt, _featured, _category = event
        venue = EP_VENUES[venue_index] if venue_index is not None else None
        s.expect(
            {
                "title": title,
                "url": _ep_url(event),
                "date": day,
                "time": start,
                "venue": venue[0] if venue else None,
                "address": f"{venue[1]}, {venue[2]}" if venue else None,
                "cost": cost,
                "description": excerpt,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TWENTYTHIRD_D.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
