"""Links whose query only tracks the click are read without it, on every link of a record."""

from __future__ import annotations

from agents.heuristics.trackingquery import is_tracking_parameter, tracks_only
from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://feed.example/tag/data-science"
AUTHORS = ["ana", "ben", "ana", "chen", "ben", "dara"]


def _card(n: int, author: str) -> str:
    tail = f"?source=topic_portal---------{n}-85"  # changes with the card's place in the feed
    return (
        f'<article><a href="/@{author}{tail}">{author.title()} Writer</a>'
        f'<a href="/@{author}/story-number-{n}-{n * 7:x}{tail}"><h2>Story number {n} about data</h2></a>'
        f"<span>{n + 3} min read</span></article>"
    )


def test_a_secondary_link_drops_a_query_of_tracking_parameters() -> None:
    html = list_page("".join(_card(n, a) for n, a in enumerate(AUTHORS)))
    spec, records = spec_and_records(html, URL)
    author_links = [f for f in spec.fields if f.type == "url" and f.name != "url"]
    assert author_links and all(f.drop_query for f in author_links)
    assert records[0][author_links[0].name] == "https://feed.example/@ana"
    assert records[0]["url"] == "https://feed.example/@ana/story-number-0-0"


def test_only_well_known_tracking_names_count() -> None:
    assert tracks_only(["/@ana?source=feed-1", "/@ben?utm_medium=email&utm_campaign=x", "/p?ref=home"])
    assert not tracks_only(["/search?author=Lloyd", "/search?author=Oudolf"])  # the query selects the page
    assert not tracks_only(["/@ana?source=feed-1&id=4", "/@ben?source=feed-2&id=5"])  # one parameter identifies
    assert not tracks_only(["/@ana", "/@ben?source=feed-2"])  # a link without a query: nothing to drop
    # Without its query every link would lead to one page: the query tells them apart.
    assert not tracks_only(["/out?ref=123", "/out?ref=124", "/out?ref=125"])
    assert tracks_only(["/@ana?source=a-1", "/@ana?source=a-2", "/@ben?source=a-3"])  # an author twice
    assert not tracks_only(["/@ana?source=a-1", "/@ana?source=a-2"], record_links=True)  # one page each
    assert is_tracking_parameter("UTM_Source") and is_tracking_parameter("fbclid")
    assert not is_tracking_parameter("page") and not is_tracking_parameter("q")


def _product(n: int) -> str:
    pid = f"SKU{n:03d}A7F{n * 13:04X}"
    query = f"?pid={pid}&srno=s_1_{n}&iid={n * 7919:08x}-search&ssid=4f2a9c1e"  # position and impression ids
    return (
        f'<div class="cell" data-id="{pid}"><a class="card" href="/kettle-model-{n}/p/itm{n * 977:06x}{query}">'
        f'<img src="/img/k{n}.jpg" alt=""><h3 class="name">Kettle model {n} (Steel, 1.7 L)</h3></a>'
        f'<span class="cost">₹{1200 + n * 50}</span><span class="stars">{3.5 + n / 10:.1f}</span></div>'
    )


def test_a_record_link_whose_query_holds_the_cards_own_id_keeps_its_query() -> None:
    # The card says its product id (data-id) and the link's query repeats it: the path names the
    # item, the query its variant, so the link is kept as the page writes it.
    html = list_page("".join(_product(n) for n in range(1, 7)))
    spec, records = spec_and_records(html, URL)
    assert [f.drop_query for f in spec.fields if f.name == "url"] == [False]
    assert str(records[0]["url"]).endswith("?pid=SKU001A7F000D&srno=s_1_1&iid=00001eef-search&ssid=4f2a9c1e")


def test_without_the_id_on_the_card_the_varying_query_is_dropped() -> None:
    html = list_page("".join(_product(n).replace(' data-id="', ' data-pos="') for n in range(1, 7)))
    spec, records = spec_and_records(html, URL)
    assert [f.drop_query for f in spec.fields if f.name == "url"] == [True]
    assert records[0]["url"] == "https://feed.example/kettle-model-1/p/itm0003d1"


def test_a_tracking_id_the_card_repeats_is_still_dropped() -> None:
    # A job card's ``data-tracking-id`` and its link's ``?trackingId=``: the id of the click.
    html = list_page(
        "".join(
            _product(n)
            .replace(' data-id="', f' data-tracking-id="T{n * 31:05d}" data-x="')
            .replace("?pid=", f"?trackingId=T{n * 31:05d}&pid=")
            for n in range(1, 7)
        )
    )
    spec, _records = spec_and_records(html, URL)
    assert [f.drop_query for f in spec.fields if f.name == "url"] == [True]


def test_a_query_carrying_a_visitors_session_is_never_kept() -> None:
    html = list_page("".join(_product(n).replace("&ssid=", "&sid=9f8e7d6c5b4a&ssid=") for n in range(1, 7)))
    spec, records = spec_and_records(html, URL)
    assert [f.drop_query for f in spec.fields if f.name == "url"] == [True]
    assert "sid=" not in str(records[0]["url"])
