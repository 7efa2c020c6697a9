"""Shapes of directory, restaurant-guide and property cards: a short word heading each value of a
repeated row ("Dinner" / "Lunch" budgets) or of a pair ("Closed" + the days), a place with its
distance beside the cuisine in one text, a map link's "Show map" after the address, a written
score beside the class drawing its stars, a sentence-case activity line, key facts found by their
unit, an ordinal floor, an ad slot between runs of cards, a covering link's title restating the
card's facts, and a bookmark link carrying the record's own address."""

from __future__ import annotations

from agents.heuristics.distanceparts import are_place_and_words
from agents.heuristics.listtexts import recurring_items_split
from agents.heuristics.values import is_price_range
from agents.heuristics.valuetypes import type_from_values
from tests.unit.agents.conftest import PRODUCT_NAMES, list_page, spec_and_records

URL = "https://guide.example/search/"
STATIONS = ["Shibuya Station", "Shinsen Station", "Ebisu Station", "Harajuku Station"]
CUISINES = ["Ramen", "Ramen, Tsukemen", "Soba", "Udon, Tempura"]
BUDGETS = ["$10–$19", "$20–$29", "$30–$39", "$40–$49"]
DAYS = ["Mondays", "Sundays, holidays", "Never", "Tuesdays"]


def _columns_with(records: list[dict[str, object]], value: object) -> list[str]:
    return sorted({name for r in records for name, v in r.items() if v == value})


def _shop(n: int) -> str:
    dinner, lunch = BUDGETS[n % 4], BUDGETS[(n + 1) % 4]
    return (
        f'<div class="shop"><h3 class="shop__name"><a href="/shop/{n}/">{PRODUCT_NAMES[n % 9]} {n}</a></h3>'
        f'<div class="shop__area">{STATIONS[n % 4]} {120 + 37 * n}m / {CUISINES[n % 4]}</div>'
        f'<ul class="shop__budgets"><li class="shop__budget"><i class="shop__when">Dinner</i>'
        f'<span class="shop__amount">{dinner}</span></li><li class="shop__budget"><i class="shop__when">Lunch</i>'
        f'<span class="shop__amount">{lunch}</span></li></ul>'
        f'<div class="shop__rest"><span class="shop__rest-title">Rest days</span>'
        f'<span class="shop__rest-text">{DAYS[n % 4]}</span></div></div>'
    )


def _shops() -> list[dict[str, object]]:
    return spec_and_records(list_page("".join(_shop(n) for n in range(12))), URL)[1]


def test_a_word_heading_each_value_of_a_row_names_one_column_per_word() -> None:
    records = _shops()
    assert [(r.get("dinner"), r.get("lunch")) for r in records] == [
        (BUDGETS[n % 4], BUDGETS[(n + 1) % 4]) for n in range(12)
    ]
    assert not _columns_with(records, "Dinner")
    assert not any(isinstance(v, list) for r in records for v in r.values())


def test_a_same_word_heading_a_pair_is_its_caption() -> None:
    records = _shops()
    assert _columns_with(records, "Mondays")
    assert not _columns_with(records, "Rest days")


def test_a_wave_dash_joins_two_prices_into_a_range() -> None:
    assert is_price_range("￥1,000～￥1,999")
    assert is_price_range("¥1,000~¥1,999")
    assert not is_price_range("￥1,000")


def test_a_place_with_its_distance_is_cut_from_the_cuisine_beside_it() -> None:
    records = _shops()
    assert _columns_with(records, "Shibuya Station 120m")
    assert _columns_with(records, "Ramen, Tsukemen")
    assert are_place_and_words([["Shibuya Station 392m", "Ebisu Station 1.2 km"], ["Ramen", "Soba, Udon"]])
    assert not are_place_and_words([["Shibuya Station", "Ebisu Station"], ["Ramen", "Soba"]])
    assert not are_place_and_words([["Room 12m", "Hall 9m"], ["Gate 4", "Gate 5"]])


STREETS = ["12 rue Garibaldi", "84 cours Gambetta", "5 rue Duguesclin", "71 quai Perrache"]
ACTIVITIES = ["Plombier", "Plombier, chauffagiste", "Chauffagiste, plombier", "Débouchage, curage de canalisations"]


def _business(n: int) -> str:
    score = f"{3 + (n % 5) / 5:.1f}".replace(".", ",")
    return (
        f'<li class="pro"><a class="pro__name" href="/pros/{1000 + n}"><h3>{PRODUCT_NAMES[n % 9]} {n}</h3></a>'
        f'<div class="pro__activity">{ACTIVITIES[n % 4]}</div>'
        f'<div class="pro__address"><a class="pro__map" href="#" data-map="{n}" title="Voir le plan">'
        f'{STREETS[n % 4]} 6900{n % 9} Lyon <span class="pro__map-link">Voir le plan</span></a></div>'
        f'<div class="pro__rating"><span class="pro__score">{score}</span><span class="pro__max">/5</span>'
        f'<span class="pro__stars stars-{6 + n % 4}" aria-hidden="true"></span>'
        f'<span class="pro__reviews">({3 + 7 * n} avis)</span></div></li>'
    )


def _businesses() -> tuple[list[str], list[dict[str, object]]]:
    spec, records = spec_and_records(list_page("".join(_business(n) for n in range(12)), "<ul>{}</ul>"), URL)
    return [f"{f.selector}|{f.attribute}" for f in spec.fields], records


def test_a_call_to_act_after_every_address_is_left_out() -> None:
    _fields, records = _businesses()
    assert _columns_with(records, "12 rue Garibaldi 69000 Lyon")
    assert not any("Voir le plan" in str(v) for r in records for v in r.values())


def test_a_written_score_wins_over_the_class_drawing_its_stars() -> None:
    fields, records = _businesses()
    assert not any(f.endswith("|class") for f in fields)
    assert _columns_with(records, 3.0)


def test_a_line_in_sentence_case_is_written_whole() -> None:
    _fields, records = _businesses()
    assert _columns_with(records, "Plombier, chauffagiste")
    assert recurring_items_split(["Plombier", "Plombier, chauffagiste", "Chauffagiste, plombier", "Plombier"]) is None
    tags = ["Historic Sites • Churches", "Churches", "Parks • Historic Sites", "Parks"]
    assert recurring_items_split(tags) == " • "


FLOORS = ["EG", "1. Geschoss", "2. Geschoss", "3. Geschoss"]


def _flat(n: int, *, roomless: bool = False) -> str:
    """A flat's card: five pictures, a tag chip on some, the price, then its key facts (no floor on
    some; no rooms on some where ``roomless``), the address, the headline, the provider, and a
    covering link."""
    floor = "" if n % 4 == 3 else f'<div class="css-a1">·</div><div class="css-f9">{FLOORS[n % 4]}</div>'
    rooms = (
        "" if roomless and n % 5 == 4 else f'<div class="css-f9">{1 + n % 3} Zimmer</div><div class="css-a1">·</div>'
    )
    chip = '<div class="css-t4"><b class="css-t5">Neu</b></div>' if n % 3 == 0 else ""
    pictures = "".join(f'<div class="css-g2"><img src="/i/{n}-{k}.jpg" alt=""></div>' for k in range(5))
    return (
        f'<div class="css-c1" data-testid="card"><div class="css-g1">{pictures}</div><div class="css-c2">{chip}'
        f'<div class="css-p1" data-testid="price">{500 + 25 * n} €</div>'
        f'<div class="css-f9" data-testid="facts">{rooms}<div class="css-f9">{40 + 3 * n} m²</div>{floor}</div>'
        f'<div class="css-ar">{STREETS[n % 4].split()[-1]}, Dresden</div>'
        f'<div class="css-h1"><div class="css-h2">Helle Wohnung Nummer {n} mit Balkon</div></div>'
        f'<div class="css-pv">Hausverwaltung {PRODUCT_NAMES[n % 9]}</div></div>'
        f'<a data-testid="covering-link" href="/expose/{n}" class="css-l1" '
        f'title="Wohnung zur Miete - Dresden - {500 + 25 * n} € - {1 + n % 3} Zimmer, {40 + 3 * n} m²"></a></div>'
    )


def _flats(*, roomless: bool = False) -> tuple[list[str], list[dict[str, object]]]:
    cards = "".join(_flat(n, roomless=roomless) for n in range(5))
    cards += '<div class="css-1r4cvc9"><span class="css-2gwnqt">Anzeige</span></div>'
    cards += "".join(_flat(n, roomless=roomless) for n in range(5, 10))
    cards += '<div class="css-1r4cvc9"><span class="css-2gwnqt">Anzeige</span></div>'
    cards += "".join(_flat(n, roomless=roomless) for n in range(10, 15))
    toolbar = '<div class="css-7ha2kq"><span class="css-9vd5ud">15 Angebote</span> Sortieren</div>'
    toolbar = f"<main>{toolbar}<div>{{}}</div></main>"
    spec, records = spec_and_records(list_page(cards, toolbar), URL)
    return [f"{f.name}|{f.attribute}|{f.scope}" for f in spec.fields], records


def test_key_facts_are_found_by_their_unit_whichever_is_missing() -> None:
    _fields, records = _flats(roomless=True)
    sizes = _columns_with(records, "43 m²") or _columns_with(records, 43)
    assert len(sizes) == 1
    assert [r[sizes[0]] for r in records] == [40 + 3 * n for n in range(15)]


def test_an_ordinal_floor_is_text_as_shown() -> None:
    _fields, records = _flats()
    floors = _columns_with(records, "2. Geschoss")
    assert len(floors) == 1
    assert [r[floors[0]] for r in records[:4]] == ["EG", "1. Geschoss", "2. Geschoss", None]
    assert type_from_values(["2. Geschoss", "EG", "3. Geschoss", "4. Geschoss"]) == "text"
    assert type_from_values(["3rd floor", "12th floor"]) == "text"
    assert type_from_values(["3 beds", "2 beds"]) == "number"


def test_an_ad_slot_between_runs_of_cards_heads_no_group() -> None:
    fields, _records = _flats()
    assert not any(f.endswith("|preceding") for f in fields)


def test_a_covering_link_title_restating_the_facts_is_no_title() -> None:
    fields, records = _flats()
    assert not any(f.endswith("|title|record") for f in fields)
    assert _columns_with(records, "Helle Wohnung Nummer 0 mit Balkon")


def _entry(n: int) -> str:
    day = f"2025/03/{20 - n:02d}"
    slug = f"{day}/{100000 + n}"
    return (
        f'<section class="entry"><div class="entry-header"><div class="date"><a href="/archive/{day}">'
        f'<time datetime="{day.replace("/", "-")}">{day}</time></a></div>'
        f'<h1 class="entry-title"><a class="entry-title-link" href="/entry/{slug}">{PRODUCT_NAMES[n % 9]} notes {n}</a>'
        f'</h1></div><p class="entry-description">What we learned from {PRODUCT_NAMES[n % 9].lower()} number {n}.</p>'
        f'<a class="bookmark-counter" href="https://bookmarks.example/entry/s/blog.example/entry/{slug}">'
        f'<img src="https://bookmarks.example/count/{n}.png" alt=""></a></section>'
    )


def test_a_bookmark_link_carrying_the_entry_address_leaves_the_title_link_the_record_link() -> None:
    _spec, records = spec_and_records(list_page("".join(_entry(n) for n in range(10))), "https://blog.example/archive")
    assert records[0]["url"] == "https://blog.example/entry/2025/03/20/100000"
