"""An ItemList's ``position`` and its scheme-less microdata ``url`` are no fields of the records;
a link written without a scheme names another host."""

from __future__ import annotations

from parsel import Selector

from agents.heuristics.hostlinks import is_schemeless_host_url, path_of
from agents.heuristics.microentity import design_from_microdata
from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://stays.example/s/lisbon/homes"
NAMES = ["River flat", "Azulejo loft", "Terrace studio", "Garden house", "Old town room", "Tram view flat"]


def _card(i: int, name: str) -> str:
    return (
        f'<div itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">'
        f'<meta itemprop="name" content="{name}"><meta itemprop="position" content="{i + 1}">'
        f'<meta itemprop="url" content="www.stays.example/rooms/{500 + i}?adults=2&amp;section={i}">'
        f'<div class="k1"><a class="k2" href="/rooms/{500 + i}"><img class="k3" src="/p/{i}.jpg" alt=""></a>'
        f'<div class="k4">{name}</div><div class="k5">{i % 3 + 1} beds</div>'
        f'<span class="k6">€{100 + 7 * i} night</span>'
        f"</div></div>"
    )


def test_list_position_and_scheme_less_copy_of_the_card_link_are_left_out() -> None:
    cards = "".join(_card(i, n) for i, n in enumerate(NAMES))
    spec, records = spec_and_records(
        list_page(cards, '<main><div itemscope itemtype="http://schema.org/ItemList">{}</div></main>'), URL
    )
    assert spec.mode == "list"
    assert not [f for f in spec.fields if "position" in f.selector]
    values = [str(v) for r in records for v in r.values()]
    assert not [v for v in values if "/www." in v]  # no scheme-less link resolved as a path below the page
    assert any(v == "https://stays.example/rooms/500" for v in values)


def test_scheme_less_host_links() -> None:
    assert is_schemeless_host_url("www.stays.example/rooms/5?adults=2")
    assert is_schemeless_host_url("shop.example.co.uk/item/3")
    assert is_schemeless_host_url("example.com")
    assert not is_schemeless_host_url("/rooms/5")
    assert not is_schemeless_host_url("rooms/5")
    assert not is_schemeless_host_url("index.html/5")
    assert not is_schemeless_host_url("page.php?id=3")
    assert path_of("www.stays.example/rooms/5?adults=2") == path_of("/rooms/5") == "/rooms/5"


def test_a_microdata_entity_link_without_a_scheme_is_read_as_text() -> None:
    html = (
        '<html><body><div itemscope itemtype="http://schema.org/LodgingBusiness">'
        '<span itemprop="name">Casa Alfama</span><span itemprop="telephone">+351 21 000 0000</span>'
        '<meta itemprop="url" content="www.casa-alfama.example/rooms"></div></body></html>'
    )
    design = design_from_microdata(Selector(text=html, base_url=URL))
    assert design is not None
    url_field = next(f for f in design[1] if f.selector == '[itemprop="url"]')
    assert url_field.type == "text"
