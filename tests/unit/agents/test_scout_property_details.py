"""A property's detail page of hashed classes (a build's CSS, as Zoopla's or Rightmove's): its key
facts said as "Tenure: Freehold" lines, the agent's name in a link under a heading, the address
beside the title, icon rows of "3 beds" / "1 bath", distances to nearby places, and the agent's
phone number in a ``tel:`` link.
"""

from __future__ import annotations

from lxml import html

from agents.heuristics.besideheading import beside_heading, shape_name
from agents.heuristics.detailcaptions import captioned_pair_at
from agents.heuristics.pairs import label_value_pairs
from agents.heuristics.phonelinks import phone_pair
from tests.unit.agents.conftest import spec_and_records

URL = "https://homes.example/for-sale/details/68412935/"
_ICON = '<svg class="_n7323h4" aria-hidden="true" width="24" height="24"><use href="/icons.svg#{}"></use></svg>'
_DESCRIPTION = (
    '<div class="_yowsu41"><p>A three bedroom semi-detached family home on a quiet crescent, moments from the park, '
    "the golf course and local shops, with a south-west facing garden.</p></div>"
)


def _page(extra: str = "", beside: str = "", footer: str = "") -> str:
    return (
        '<html lang="en"><head><title>3 bed house for sale</title></head><body>'
        '<header class="_0a1b2c3"><a href="/">Home</a></header>'
        '<main class="_jplerg4"><div class="_chb1gu6"><div class="_vwgql51"><section class="_qxle917">'
        '<p class="_2p9mo15">£450,000</p>'
        '<h1 class="_kyg0657">3 bed semi-detached house for sale</h1>'
        f"{beside}</section>{_DESCRIPTION}{extra}</div></div></main>"
        f'<footer class="_f00t3r1">{footer}</footer></body></html>'
    )


def _element(markup: str) -> html.HtmlElement:
    return html.fromstring(f"<div>{markup}</div>")


def _key_information() -> str:
    rows = "".join(
        f'<li class="_8960g63">{_ICON.format(icon)}<p class="_s6nokf6">{line}</p></li>'
        for icon, line in (("key", "Tenure: Freehold"), ("tax", "Council tax band: C"), ("epc", "EPC rating: D"))
    )
    return (
        f'<section class="_95m61c8"><h2 class="_4o7qll5">Key information</h2><ul class="_1kkzwz3">{rows}</ul></section>'
    )


def test_a_line_saying_its_label_and_value_in_one_text_is_a_labelled_value() -> None:
    _, records = spec_and_records(_page(_key_information()), URL)
    assert records[0]["tenure"] == "Freehold"
    assert records[0]["council_tax_band"] == "C"
    assert records[0]["epc_rating"] == "D"


def test_a_time_a_sentence_or_a_link_title_in_one_text_is_no_labelled_value() -> None:
    container = _element(
        "<p>Ratio 16:9</p><p>Note: the garden was landscaped in the spring and the shed is included in the sale.</p>"
        '<a href="/list/ls39812/"><span>Staff Picks: What to Watch in March</span></a>'
        "<p>https://example.com/floorplan</p><span>mailto:lettings@example.com</span>"
    )
    assert label_value_pairs(container, set()) == []


def _agent_box(extra: str = "") -> str:
    return (
        '<aside class="_omo21v2"><section class="_k4h8qe5"><h2 class="_ffg7te5">Marketed by</h2>'
        '<a href="/find-agents/branch/coastline-48213/" class="_0rrwtw0"><img src="/logo.png" alt="Coastline logo" '
        'width="120" height="60"><p class="_7r90yr0">Coastline Estates - Brighton</p></a>'
        f'<address class="_cxcvet3">112 Ditchling Road, Brighton BN1 4SG</address>{extra}</section></aside>'
    )


def test_a_short_link_under_a_heading_is_that_headings_value() -> None:
    _, records = spec_and_records(_page(_agent_box()), URL)
    assert records[0]["marketed_by"] == "Coastline Estates - Brighton"


def test_an_action_link_or_a_run_of_links_under_a_heading_is_no_value() -> None:
    container = _element(
        '<h3>Reviews</h3><a href="/reviews">See all</a><h3>Follow us</h3><a href="/fb">Facebook</a><a href="/x">X</a>'
    )
    assert label_value_pairs(container, set()) == []


def test_a_heading_over_fields_to_fill_in_heads_a_tool_not_a_value() -> None:
    calculator = (
        '<section class="_1jjgd28"><h2>Mortgage calculator</h2><p class="_rwh7gv6">Monthly repayment</p>'
        '<p class="_vmndj96">£2,134</p><label>Property price<input type="text" value="£450,000"></label>'
        '<label>Deposit<input type="text" value="£45,000"></label></section>'
    )
    spec, records = spec_and_records(_page(calculator), URL)
    assert "mortgage_calculator" not in {f.name for f in spec.fields}
    assert "Monthly repayment" not in records[0].values()


def test_an_address_element_beside_the_title_is_the_address_where_classes_are_hashed() -> None:
    beside = '<address class="_htng1r7 _s6nokf6">Hollingbury Crescent, Brighton BN1</address>'
    _, records = spec_and_records(_page(beside=beside), URL)
    assert records[0]["address"] == "Hollingbury Crescent, Brighton BN1"


def _amenities() -> str:
    items = "".join(
        f'<li class="_okvoyw7">{_ICON.format(icon)}<p class="_p2u6ld2 _s6nokf6">{text}</p></li>'
        for icon, text in (("bed", "3 beds"), ("bath", "1 bath"), ("chair", "2 receptions"), ("area", "1,150 sq. ft"))
    )
    return f'<ul class="_oj3r1e9">{items}</ul>'


def test_a_row_of_icons_each_beside_one_text_is_a_row_of_facts_beside_the_title() -> None:
    _, records = spec_and_records(_page(beside=_amenities()), URL)
    assert records[0]["beds"] == 3
    assert records[0]["bath"] == 1
    assert records[0]["receptions"] == 2
    assert records[0]["size"] == "1,150 sq. ft"


def test_a_floor_area_is_named_by_its_shape() -> None:
    assert shape_name("1,150 sq. ft") == "size"
    assert shape_name("85 m²") == "size"
    assert shape_name("2.5 acres") == "size"
    assert shape_name("1,150 people") is None


def test_an_icon_beside_two_texts_is_no_fact_of_a_row() -> None:
    heading = _element(
        "<h1>House</h1><ul><li><svg></svg><p>3</p><p>beds</p></li><li><svg></svg><p>1</p><p>bath</p></li>"
        "<li><svg></svg><p>2</p><p>receptions</p></li></ul>"
    )[0]
    assert beside_heading(heading, set()) == []


def _nearest(rows: tuple[tuple[str, str, str], ...]) -> str:
    items = "".join(f"<li>{_ICON.format(icon)}<p>{name}</p><p>{distance}</p></li>" for icon, name, distance in rows)
    return f'<section class="_ym2dk75"><h3>Nearest stations</h3><ul class="_iv2hka8">{items}</ul></section>'


_STATIONS = (
    ("train", "London Road (Brighton)", "0.8 miles"),
    ("train", "Moulsecoomb", "0.9 miles"),
    ("train", "Preston Park", "1.1 miles"),
)


def test_a_run_of_alike_rows_measured_in_one_unit_is_a_list_of_places_not_facts() -> None:
    spec, records = spec_and_records(_page(_nearest(_STATIONS)), URL)
    names = {f.name for f in spec.fields}
    assert not names & {"london_road_brighton", "moulsecoomb", "preston_park"}
    assert "Moulsecoomb 0.9 miles" in next(v for v in records[0].values() if isinstance(v, list))


def test_captioned_rows_with_an_icon_each_or_units_of_their_own_are_still_facts() -> None:
    sizes = (("width", "Width", "30 cm"), ("height", "Height", "45 cm"), ("depth", "Depth", "20 cm"))
    rows = _element(_nearest(sizes)).xpath(".//li")
    assert [pair[0] for r in rows if (pair := captioned_pair_at(r))] == ["Width", "Height", "Depth"]
    mixed = (("train", "Width", "30 cm"), ("train", "Height", "45 cm"), ("train", "Weight", "2 kg"))
    rows = _element(_nearest(mixed)).xpath(".//li")
    assert [pair[0] for r in rows if (pair := captioned_pair_at(r))] == ["Width", "Height", "Weight"]


def test_a_call_link_is_the_phone_number_as_displayed_without_its_action_word() -> None:
    icon = _ICON.format("phone")
    call = f'<a href="tel:01273918442" class="_au9ndo1">{icon}<span class="_ffg7te5">Call</span> 01273 918442</a>'
    spec, records = spec_and_records(_page(_agent_box(call)), URL)
    assert "01273 918442" in records[0].values()
    phone = next(f for f in spec.fields if records[0].get(f.name) == "01273 918442")
    assert "tel:" in phone.selector or phone.strip_label == "Call"
    assert phone.name == "phone"  # named after what it is, not after the link's action word


def test_a_call_link_in_the_pages_footer_is_the_sites_not_the_entitys() -> None:
    page = html.fromstring(_page(footer='<a href="tel:08001234567">0800 123 4567</a>'))
    main = page.xpath("//main")[0]
    link = page.xpath("//footer/a")[0]
    assert phone_pair(link, page.xpath("//body")[0]) is None
    assert all(phone_pair(a, main) is None for a in main.iter("a"))
    bare = _element('<a href="tel:+441273918442">+44 1273 918442</a>')
    assert phone_pair(bare[0], bare) == ("Phone", bare[0])


def test_a_bare_call_link_keeps_its_leading_zero_and_spacing() -> None:
    spec, records = spec_and_records(_page(_agent_box('<a href="tel:01273918442">01273 918442</a>')), URL)
    assert "01273 918442" in records[0].values()  # text, never the number 1273918442.0
    phone = next(f for f in spec.fields if records[0].get(f.name) == "01273 918442")
    assert phone.type == "text"


def test_every_action_word_of_a_call_link_names_a_phone() -> None:
    call = '<a href="tel:01273918442">Call now 01273 918442</a>'
    spec, records = spec_and_records(_page(_agent_box(call)), URL)
    assert [f.name for f in spec.fields if records[0].get(f.name) == "01273 918442"] == ["phone"]
