"""Which design of a page makes the records: the cards a visitor sees, or the JSON behind them.

A hydration stub (``__NEXT_DATA__`` with an id, a title and a price per listing) must not replace
cards that show a dozen fields just because it also lists a paid "Promoted" car the cards leave out.
"""

from __future__ import annotations

import json
from typing import cast

from agents.designchoice import flagged_ads, markup_wins, shows_data_values
from agents.fetch import FetchedPage, Fetcher
from agents.survey import survey_page
from pipeline.core.exceptions import ConfigurationError
from pipeline.core.schemas import FieldSpec, PageProfile, ScraperSpec
from pipeline.core.specparts import JsonSourceSpec

URL = "https://cars.example/search?postcode=M1"
CARS = [f"Model {name}" for name in ("Golf", "Fiesta", "Yaris", "Jazz", "Qashqai", "Sportage", "Corsa", "Leaf")]
#: The data lists the cars the cards show, then a few the cards leave out.
LISTED = [*CARS, "Model Polo", "Model Clio", "Model Juke"]


def _profile(names: list[str], records: list[dict[str, object]], count: int, *, data: bool) -> PageProfile:
    fields = [FieldSpec(name=n, json_path=n if data else None) for n in names]
    source = JsonSourceSpec(location="script", script_selector="script#__NEXT_DATA__", records_path="items")
    if data:
        spec = ScraperSpec(start_url=URL, fields=fields, json_source=source)
    else:
        spec = ScraperSpec(start_url=URL, fields=fields, record_selector="li")
    return PageProfile(url=URL, final_url=URL, spec=spec, sample_records=tuple(records[:10]), record_count=count)


def _cards(fields: int, count: int, titles: list[str] | None = None) -> PageProfile:
    names = ["title", *(f"spec_{i}" for i in range(1, fields))]
    shown = titles or CARS
    records = [{"title": shown[i % len(shown)], **{n: f"{n} {i}" for n in names[1:]}} for i in range(count)]
    return _profile(names, records[:5], count, data=False)  # the markup samples five cards


def _stub(count: int, kinds: dict[int, str] | None = None, extra: int = 0) -> PageProfile:
    names = ["advert_id", "title", "type", *(f"extra_{i}" for i in range(extra))]
    records: list[dict[str, object]] = [
        {"advert_id": f"20241{i:04d}", "title": LISTED[i % len(LISTED)], "type": (kinds or {}).get(i, "NORMAL")}
        | {f"extra_{j}": f"x{i}" for j in range(extra)}
        for i in range(count)
    ]
    return _profile(names, records, count, data=True)


def test_a_value_naming_a_record_an_ad_flags_it() -> None:
    data = _stub(9, {3: "PROMOTED"}, extra=3)  # as many fields as the cards: only the ad tells them apart
    assert flagged_ads(data) == 1
    assert markup_wins(_cards(6, 8), data)


def test_a_value_every_record_holds_is_no_ad_mark() -> None:
    data = _stub(9, dict.fromkeys(range(9), "AD"), extra=3)  # "AD" everywhere: a code, not a mark
    assert flagged_ads(data) == 0
    assert not markup_wins(_cards(6, 8), data)


def test_richer_cards_showing_the_same_records_beat_a_few_more_thin_ones() -> None:
    assert markup_wins(_cards(12, 8), _stub(10))


def test_the_data_wins_when_it_holds_many_more_records() -> None:
    assert not markup_wins(_cards(12, 8), _stub(30))


def test_the_data_wins_when_the_cards_show_other_records() -> None:
    assert not markup_wins(_cards(12, 8, titles=["Teaser one", "Teaser two", "Teaser three"]), _stub(10))


def test_the_data_wins_when_the_cards_are_no_richer() -> None:
    assert not markup_wins(_cards(4, 8), _stub(10))


class _NoNetwork:
    def fetch(self, url: str) -> FetchedPage:
        raise AssertionError(f"the survey fetched {url}")

    def render(self, url: str) -> FetchedPage:
        raise AssertionError(f"the survey rendered {url}")


def _car_page() -> str:
    specs = ("Hatchback", "Manual", "Petrol", "1 owner")
    cards = "".join(
        f'<li><section class="listing"><a class="listing-title" href="/car-details/{n}"><h3>{title}</h3></a>'
        f'<p class="subtitle">1.{n} TSI Life {n + 3}dr</p><p class="price">£{10 + n},995</p>'
        f'<p class="indicator">{"Great" if n % 2 else "Good"} price</p>'
        f"<ul class=specs><li>{2015 + n}</li><li>{n + 1}2,000 miles</li>"
        + "".join(f"<li>{s}</li>" for s in specs)
        + f'</ul><p class="seller">Dealer {title}</p><p class="location">Town {n}</p></section></li>'
        for n, title in enumerate(CARS)
    )
    listings = [
        {"advertId": str(n), "title": t, "price": 10995 + 1000 * n, "type": "NORMAL"} for n, t in enumerate(CARS)
    ]
    listings.insert(2, {"advertId": "99", "title": "Model Promo", "price": 9000, "type": "PROMOTED"})
    listings.append({"advertId": "100", "title": "Model Late", "price": 9500, "type": "NORMAL"})
    data = {"searchResults": {"listings": listings}}
    return (
        f'<html><body><main><ul class="results">{cards}</ul></main>'
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script></body></html>'
    )


def test_the_survey_keeps_rich_cards_over_a_thin_hydration_stub() -> None:
    page = FetchedPage(url=URL, final_url=URL, status=200, headers={}, body=_car_page().encode())
    profile = survey_page(page, cast(Fetcher, _NoNetwork()))
    assert profile.spec.json_source is None
    assert profile.record_count == len(CARS)
    assert len(profile.spec.fields) > 4


def _state_page(cards: int) -> str:
    """``cards`` shown cars, and an app state listing forty products the page never shows."""
    shown = "".join(
        f'<li><section class="listing"><a href="/car-details/{n}"><h3>{CARS[n % len(CARS)]} {n}</h3></a>'
        f'<p class="price">£{10 + n},995</p><p class="location">Town {n}</p></section></li>'
        for n in range(cards)
    )
    viewed = [
        {"id": n, "name": f"Roof box carrier {n:02d}", "price": 120 + n, "url": f"/accessories/{n}"} for n in range(40)
    ]
    state = {"props": {"recentlyViewed": viewed}}
    return (
        f'<html><body><main><ul class="results">{shown}</ul></main>'
        f'<script id="__APP_STATE__" type="application/json">{json.dumps(state)}</script></body></html>'
    )


def _surveyed(html: str) -> PageProfile:
    page = FetchedPage(url=URL, final_url=URL, status=200, headers={}, body=html.encode())
    return survey_page(page, cast(Fetcher, _NoNetwork()))


def test_a_list_in_the_app_state_the_page_never_shows_leaves_the_cards() -> None:
    profile = _surveyed(_state_page(8))
    assert profile.spec.json_source is None
    assert profile.record_count == 8
    assert {"Model Golf 0", "Model Fiesta 1"} <= {str(r.get("title")) for r in profile.sample_records}


def test_a_few_cards_beside_data_the_page_does_not_show_yet_leave_it_to_the_data() -> None:
    # Two teasers are no list of the page's own: the data may be what the scripts will draw (no browser to ask).
    profile = _surveyed_with(_state_page(2), rendered=None)
    assert profile.spec.json_source is not None


def _question_page(drawn: bool = False) -> str:
    """A question's own page, its app state holding the site's category menu, which the page shows
    nowhere (``drawn``: or which its scripts draw once they run)."""
    menu = [{"id": n, "name": f"Category number {n:02d}", "url": f"/c/{n}"} for n in range(30)]
    shown_menu = "".join(f"<li>{m['name']}</li>" for m in menu) if drawn else ""
    body = (
        "<main><h1>Why does my sourdough starter smell of acetone after feeding?</h1>"
        '<time datetime="2025-03-14T09:12:41Z">March 14, 2025</time><span class="author">Marta Kowalczyk</span>'
        "<div class='post'><p>" + "I feed it twice a day with equal weights of flour and water. " * 6 + "</p></div>"
        f"<ul class='drawn'>{shown_menu}</ul></main>"
    )
    state = {"props": {"answers": menu}}
    return (
        f"<html><head><title>Acetone starter</title></head><body>{body}"
        f'<script id="__APP_STATE__" type="application/json">{json.dumps(state)}</script></body></html>'
    )


class _Browser:
    """Chromium's answer as the test needs it: the page as its scripts leave it."""

    def __init__(self, rendered: str | None) -> None:
        self.rendered = rendered

    def fetch(self, url: str) -> FetchedPage:
        raise AssertionError(f"the survey fetched {url}")

    def render(self, url: str) -> FetchedPage:
        if self.rendered is None:
            raise ConfigurationError("Chromium is not installed")
        return FetchedPage(url=url, final_url=url, status=200, headers={}, body=self.rendered.encode())


def _surveyed_with(html: str, rendered: str | None) -> PageProfile:
    page = FetchedPage(url=URL, final_url=URL, status=200, headers={}, body=html.encode())
    return survey_page(page, cast(Fetcher, _Browser(rendered)))


def test_a_list_in_the_app_state_that_even_a_browser_never_shows_leaves_the_page_its_own() -> None:
    profile = _surveyed_with(_question_page(), rendered=_question_page())
    assert profile.spec.json_source is None
    assert profile.spec.mode == "detail"


def test_data_the_scripts_draw_once_they_run_still_wins() -> None:
    profile = _surveyed_with(_question_page(), rendered=_question_page(drawn=True))
    assert profile.spec.json_source is not None
    assert profile.record_count == 30


def test_without_a_browser_the_data_stays_as_it_was() -> None:
    profile = _surveyed_with(_question_page(), rendered=None)
    assert profile.spec.json_source is not None


def test_menu_words_the_cards_happen_to_use_do_not_make_them_show_the_menu() -> None:
    # Every card says "garden" (one menu entry for all of them) and "wholesale" is no "sale".
    titles = [f"Garden bench number {n}, wholesale price" for n in range(5)]
    menu = [{"name": n} for n in ("Garden", "Lighting", "Sale", "Decor", "Rugs and mats", "Kitchen")]
    data = _profile(["name"], menu, len(menu), data=True)
    assert not shows_data_values(_cards(3, 5, titles=titles), data)


def test_cards_each_showing_their_own_data_record_show_the_data() -> None:
    assert shows_data_values(_cards(3, 8), _stub(8))


def _client_drawn_shop(drawn: bool) -> str:
    """A shop whose server sends only its category menu (seven links) and an empty grid, the products
    in its state (``drawn``: as the browser shows the page once its scripts ran)."""
    menu = "".join(
        f'<li class="cat"><a href="/c/{c}"><img src="/i/{c}.png"><span>{c.title()} things</span></a>'
        f"<small>{n * 7 + 3} items</small></li>"
        for n, c in enumerate(("cases", "chargers", "cables", "screens", "stands", "mounts", "audio"))
    )
    products = [{"id": n, "title": f"Enamel camping mug number {n:02d}", "price": 12 + n} for n in range(20)]
    grid = "".join(f"<article><h2>{p['title']}</h2><p>${p['price']}</p></article>" for p in products) if drawn else ""
    state = {"props": {"products": products}}
    return (
        f'<html><body><nav><ul class="cats">{menu}</ul></nav><main id="app">{grid}</main>'
        f'<script id="__APP_STATE__" type="application/json">{json.dumps(state)}</script></body></html>'
    )


def test_a_shop_drawn_by_its_scripts_keeps_its_data_over_the_menu_its_server_sends() -> None:
    profile = _surveyed_with(_client_drawn_shop(drawn=False), rendered=_client_drawn_shop(drawn=True))
    assert profile.spec.json_source is not None
    assert profile.record_count == 20


def test_a_card_naming_an_earlier_record_beside_its_own_does_not_take_that_records_card() -> None:
    cars = [{"title": t} for t in ("Golf GTI", "Polo TSI", "Yaris Hybrid", "Jazz Crosstar")]
    data = _profile(["title"], cars, 4, data=True)
    cards = [
        {"title": "Polo TSI", "note": "compare: Golf GTI"},
        {"title": "Golf GTI", "note": ""},
        {"title": "Jazz Crosstar", "note": "compare: Yaris Hybrid"},
        {"title": "Yaris Hybrid", "note": ""},
    ]
    assert shows_data_values(_profile(["title", "note"], cards, 4, data=False), data)


def test_a_value_with_a_sign_at_its_edge_is_found_where_a_word_touches_the_sign() -> None:
    prices = [{"price": f"${n}9.99"} for n in range(4)]
    data = _profile(["price"], prices, 4, data=True)
    assert shows_data_values(_cards(2, 4, titles=[f"Mug, now US${n}9.99 each" for n in range(4)]), data)


def test_a_menu_tree_in_the_state_never_replaces_the_page_even_where_its_mega_menu_shows_it() -> None:
    page = _question_page(drawn=True).replace('"answers"', '"navigation"')
    profile = _surveyed_with(page, rendered=None)  # no browser asked: the key says what the list is
    assert profile.spec.json_source is None
    assert profile.spec.mode == "detail"
