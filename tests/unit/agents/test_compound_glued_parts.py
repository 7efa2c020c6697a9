"""Compound texts whose parts no mark sets apart, as the catalogue (``test_compound_text_catalogue``)
showed unread: a login glued to its age after "by" ("Posted by u/quietfox 5 hours ago"), a version
before the age of a release ("v2.3.1 released 5 hours ago by jdoe"), a yearless date captioned by a
word at the end of a meta line ("… · asked Mar 12 at 14:00"), a workplace in brackets after a place
("Berlin, Germany (Remote)") and facts opened by caption words of their own ("Sold by X · Ships from Y")."""

from __future__ import annotations

from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://list.example/latest/"
NAMES = ["Notewise", "Pixelmint", "Loopback", "Fathom Deck", "Quillbox", "Stackpilot"]
LOGINS = ["quietfox", "nomad99", "kettle_girl", "bitwise", "ferrous", "jdoe"]
AGES = ["5 hours ago", "2 days ago", "1 hour ago", "3 days ago", "12 minutes ago", "6 hours ago"]


def _records(texts: list[str], cls: str = "meta") -> list[dict]:
    cards = "".join(
        f'<li class="card"><h3 class="name"><a href="/p/{i}">{NAMES[i]}</a></h3><div class="{cls}">{text}</div></li>'
        for i, text in enumerate(texts)
    )
    _spec, records = spec_and_records(list_page(f'<ul class="cards">{cards}</ul>'), URL)
    return records


def _column(records: list[dict], wanted: list[object]) -> bool:
    """Whether some column of ``records`` holds exactly ``wanted``."""
    return any([r.get(key) for r in records] == wanted for key in records[0])


def _holds(records: list[dict], value: object) -> bool:
    return any(value in r.values() for r in records)


# --- a login glued to its age --------------------------------------------------------------------


def test_a_login_and_its_age_after_by_are_two_values() -> None:
    records = _records([f"Posted by u/{h} {a}" for h, a in zip(LOGINS, AGES, strict=True)])
    assert _column(records, [f"u/{h}" for h in LOGINS])
    assert _column(records, AGES)


def test_points_login_age_and_comments_each_have_a_column() -> None:
    points, comments = [128, 54, 310, 12, 87, 6], [45, 12, 201, 3, 30, 1]
    texts = [f"{p} points by {h} {a} | {c} comments" for p, h, a, c in zip(points, LOGINS, AGES, comments, strict=True)]
    records = _records(texts, cls="subline")
    assert _column(records, points) and _column(records, LOGINS) and _column(records, AGES)
    assert _column(records, comments)


def test_a_name_of_several_words_before_an_age_gets_no_cut_value() -> None:
    people = ["Jane Doe", "Marcus Reid", "Priya Nair", "Tom Becker", "Ana Lima", "Lea Vogel"]
    records = _records([f"by {p} {a}" for p, a in zip(people, AGES, strict=True)])
    assert not _holds(records, "Jane") and not _holds(records, "Doe 5 hours ago")  # no literal ends the name


def test_a_version_before_the_age_of_a_release_is_a_value_of_its_own() -> None:
    versions = ["v2.3.1", "v0.9.14", "v5.0.0", "v1.12.3", "v3.1.0", "v0.4.2"]
    records = _records([f"{v} released {a} by {h}" for v, a, h in zip(versions, AGES, LOGINS, strict=True)])
    assert _column(records, versions) and _column(records, AGES) and _column(records, LOGINS)


# --- a caption word before the last fact of a meta line --------------------------------------------


def test_a_date_captioned_at_the_end_of_a_meta_line_is_read_as_a_date() -> None:
    days = [12, 3, 28, 9, 17, 1]
    months = ["Mar", "Feb", "Jan", "Mar", "Feb", "Jan"]
    texts = [
        f"{i + 2} answers · {i * 40 + 7} views · asked {m} {d} at 14:0{i}"
        for i, (m, d) in enumerate(zip(months, days, strict=True))
    ]
    records = _records(texts, cls="post-meta")
    dated = [key for key in records[0] if str(records[0][key]).endswith("-03-12T14:00:00+00:00")]
    assert dated, records[0]
    assert [r[dated[0]][5:10] for r in records] == [
        f"{m:02d}-{d:02d}" for m, d in zip([3, 2, 1, 3, 2, 1], days, strict=True)
    ]


# --- a workplace in brackets after a place ---------------------------------------------------------


def test_a_workplace_in_brackets_after_a_place_is_a_value_of_its_own() -> None:
    places = ["Berlin, Germany", "Paris, France", "Madrid, Spain", "Dublin, Ireland", "Vienna, Austria", "Oslo, Norway"]
    kinds = ["Remote", "Hybrid", "On-site", "Remote", "Hybrid", "On-site"]
    records = _records([f"{p} ({k})" for p, k in zip(places, kinds, strict=True)], cls="job-location")
    assert _column(records, places) and _column(records, kinds)


def test_brackets_qualifying_a_name_stay_with_it() -> None:
    texts = ["Apple (AAPL)", "Tesla (TSLA)", "Nvidia (NVDA)", "Amazon (AMZN)", "Alphabet (GOOGL)", "Meta (META)"]
    records = _records(texts, cls="company")
    assert _column(records, texts)


# --- facts opened by caption words of their own ------------------------------------------------------


def test_facts_opened_by_caption_words_are_each_read_less_their_caption() -> None:
    sellers = ["Harbor Goods", "Kettle & Co", "Bright Deals", "Nordic Home", "Lumen Store", "Oak & Iron"]
    origins = ["Amazon", "Kettle & Co", "Amazon", "Nordic Home", "Amazon", "Oak & Iron"]
    records = _records([f"Sold by {s} · Ships from {o}" for s, o in zip(sellers, origins, strict=True)], cls="offer")
    assert _column(records, sellers) and _column(records, origins)


def test_a_name_then_a_captioned_fact_are_two_values() -> None:
    shops = ["HarborGoods", "KettleCo", "BrightDeals", "NordicHome", "LumenStore", "OakIron"]
    countries = ["United Kingdom", "United States", "Germany", "Sweden", "France", "Canada"]
    records = _records([f"{s} · Ships from {c}" for s, c in zip(shops, countries, strict=True)], cls="shop")
    assert _column(records, shops) and _column(records, countries)


def test_a_list_of_like_words_has_no_captions() -> None:
    texts = [
        "Action · Comedy",
        "Drama · Horror",
        "Comedy · Romance",
        "Horror · Action",
        "Romance · Drama",
        "Action · Drama",
    ]
    records = _records(texts, cls="genres")
    assert not _holds(records, "Comedy") or _column(records, texts)
