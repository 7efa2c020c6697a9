"""A date range in one line read as its start and its end; a listing's credit read without its words."""

from __future__ import annotations

from tests.unit.agents.conftest import list_page, spec_and_records

JOBS = ["Data Analyst", "IT Specialist", "Statistician", "Program Analyst", "Economist"]
#: (opens, closes) as a job board prints them, month first.
PERIODS = [
    ("03/03/2025", "03/17/2025"),
    ("03/05/2025", "03/19/2025"),
    ("02/28/2025", "03/14/2025"),
    ("03/04/2025", "03/11/2025"),
    ("03/10/2025", "04/09/2025"),
]


def _iso(day: str) -> str:
    month, date, year = day.split("/")
    return f"{year}-{month}-{date}"


def _jobs(line: str) -> list[dict[str, object]]:
    cards = "".join(
        f'<div class="result"><h2><a href="/job/{n}">{title}</a></h2><div class="agency">Agency {n}</div>'
        f'<p class="dates">{line.format(*PERIODS[n])}</p></div>'
        for n, title in enumerate(JOBS)
    )
    return spec_and_records(list_page(cards), "https://jobs.example/search")[1]


def test_a_range_after_a_lead_is_the_day_it_opens_and_the_day_it_closes() -> None:
    records = _jobs("Open {} to {}")
    assert [str(r.get("open_date"))[:10] for r in records] == [_iso(a) for a, _ in PERIODS]
    assert [str(r.get("close_date"))[:10] for r in records] == [_iso(b) for _, b in PERIODS]


def test_a_range_without_a_lead_is_a_start_and_an_end_whatever_its_mark() -> None:
    records = _jobs("{} – {}")
    assert [str(r.get("start_date"))[:10] for r in records] == [_iso(a) for a, _ in PERIODS]
    assert [str(r.get("end_date"))[:10] for r in records] == [_iso(b) for _, b in PERIODS]


def test_a_range_from_one_written_date_until_another_is_named_from_its_lead() -> None:
    months = ["March", "April", "May", "June", "July"]
    cards = "".join(
        f'<li class="offer"><h3><a href="/offer/{n}">Offer {title}</a></h3>'
        f'<span class="terms">Valid from {n + 2} {months[n]} 2025 until {n + 20} {months[n]} 2025</span></li>'
        for n, title in enumerate(JOBS)
    )
    records = spec_and_records(list_page(f"<ul>{cards}</ul>"), "https://shop.example/offers")[1]
    assert [str(r.get("valid_from"))[:10] for r in records] == [f"2025-{n + 3:02d}-{n + 2:02d}" for n in range(5)]
    assert [str(r.get("valid_until"))[:10] for r in records] == [f"2025-{n + 3:02d}-{n + 20:02d}" for n in range(5)]


def test_a_stay_whose_end_is_a_day_alone_stays_one_value() -> None:
    stays = ["Nov 3 – 8", "Oct 27 – Nov 1", "Nov 10 – 15", "Dec 1 – 6", "Nov 17 – 22"]
    cards = "".join(
        f'<div class="stay"><h3><a href="/rooms/{n}">{title} loft</a></h3><span class="dates">{stay}</span></div>'
        for n, (title, stay) in enumerate(zip(JOBS, stays, strict=True))
    )
    records = spec_and_records(list_page(cards), "https://stays.example/s")[1]
    assert [r.get("date") for r in records] == stays


BROKERS = ["Capitol Keys Real Estate", "Midtown Nest Realty", "Oak Park Homes", "River City Brokers", "Delta Realty"]
ADDRESSES = ["4127 Fair Oaks Blvd", "2100 J St #305", "88 Elm Ct", "519 Capitol Ave", "7 Delta Way"]


def _homes(credit: str) -> list[dict[str, object]]:
    cards = "".join(
        f'<div class="home-card"><a class="address" href="/home/{n}">{address}</a>'
        f'<span class="price">${400 + 25 * n},000</span>'
        f'<div class="attribution">{credit} {broker}</div></div>'
        for n, (address, broker) in enumerate(zip(ADDRESSES, BROKERS, strict=True))
    )
    return spec_and_records(list_page(cards), "https://homes.example/city/sacramento")[1]


def test_the_words_crediting_a_listing_are_no_part_of_the_brokers_name() -> None:
    for credit in ("Listing by", "Listed by", "Offered by", "Courtesy of", "Listing courtesy of", "Presented by"):
        records = _homes(credit)
        assert [r.get("attribution") for r in records] == BROKERS, credit


def test_a_text_that_alone_starts_with_a_credit_keeps_its_words() -> None:
    notes = ["Listed by the river since 1921", "Quiet street", "Corner lot", "New roof", "Big garden"]
    cards = "".join(
        f'<div class="home-card"><a class="address" href="/home/{n}">{address}</a>'
        f'<span class="price">${400 + 25 * n},000</span><p class="note">{note}</p></div>'
        for n, (address, note) in enumerate(zip(ADDRESSES, notes, strict=True))
    )
    records = spec_and_records(list_page(cards), "https://homes.example/city/sacramento")[1]
    assert [r.get("note") for r in records] == notes


CITIES = ["Denver, Colorado", "Boise, Idaho", None, "Omaha, Nebraska", None]


def test_a_button_unfolding_a_hidden_list_where_others_show_a_value_says_that_value() -> None:
    def place(n: int, city: str | None) -> str:
        if city:
            return f'<div class="location"><span class="location-text">{city}</span></div>'
        return (
            f'<div class="location"><button type="button" class="more-places" aria-expanded="false" '
            f'aria-controls="places-{n}">Multiple Locations</button><ul id="places-{n}" hidden>'
            "<li>Aurora, Colorado</li><li>Cheyenne, Wyoming</li></ul></div>"
        )

    cards = "".join(
        f'<div class="result"><h2><a href="/job/{n}">{title}</a></h2><div class="agency">Agency {n}</div>'
        f"{place(n, city)}</div>"
        for n, (title, city) in enumerate(zip(JOBS, CITIES, strict=True))
    )
    records = spec_and_records(list_page(cards), "https://jobs.example/search")[1]
    assert [r.get("location") for r in records] == [city or "Multiple Locations" for city in CITIES]


def test_a_sentence_of_terms_around_a_range_stays_one_value() -> None:
    records = _jobs("Offer valid for delivery from {} until {}")
    assert not [k for k in records[0] if k.endswith(("_from", "_until", "_start", "_end"))]
    assert all(any(a in str(v) and b in str(v) for v in r.values()) for r, (a, b) in zip(records, PERIODS, strict=True))


def test_a_share_menu_where_others_show_a_status_is_no_value() -> None:
    # The button unfolds links (a share menu): the status shown on the other cards keeps its column.
    def cta(n: int) -> str:
        if n % 2 == 0:
            return f'<div class="cta"><span class="status">{("Sold out", "Few left", "On sale")[n % 3]}</span></div>'
        return (
            f'<div class="cta"><button class="dd" aria-expanded="false" aria-controls="menu-{n}">Share</button>'
            f'<ul id="menu-{n}" hidden><li><a href="https://social.example/share?u={n}">Post</a></li></ul></div>'
        )

    cards = "".join(
        f'<li class="event"><h3><a href="/events/{n}">{title}</a></h3>{cta(n)}</li>'
        for n, title in enumerate(
            ("Jazz night", "Poetry slam", "Folk evening", "Comedy club", "Choir", "Quiz", "Ballet")
        )
    )
    records = spec_and_records(list_page(f'<ul class="events">{cards}</ul>'), "https://events.example/")[1]
    assert [r.get("status") for r in records][::2] == ["Sold out", "On sale", "Few left", "Sold out"]
