"""Values told apart by what names them: look-alike controls by their accessible name or icon,
icon-only marks by their caption, a logo's alt text by the name it shows."""

from __future__ import annotations

from typing import Any

from lxml import html
from parsel import Selector

from agents.heuristics.controlanchors import control_anchors
from agents.heuristics.fieldcandidates import chain_from
from agents.heuristics.fields import propose_fields
from agents.heuristics.logonames import logo_names
from agents.heuristics.nodevalues import icon_caption
from agents.heuristics.slots import Occurrence, Slot
from pipeline.core.extract import extract_field

_ACTION = (
    '<div class="bar__wrapper"><button type="button" aria-label="{name}" title="{name}" class="bar__button">'
    '<svg class="icon icon-{icon}" aria-hidden="true"></svg><span class="counter"><span>{count}</span></span>'
    "</button></div>"
)


def _post(number: int) -> str:
    boosted = f'<div class="prepend">Maren {number} boosted</div>' if number % 3 == 0 else ""
    media = f'<div class="media"><span>Photo {number}</span></div>' if number % 2 else ""
    actions = "".join(
        _ACTION.format(name=name, icon=icon, count=count)
        for name, icon, count in (
            ("Reply", "reply", number % 2),
            ("Boost", "retweet", 10 + number * 7),
            ("Favorite", "star", 200 + number * 13),
        )
    )
    return (
        f'<article>{boosted}<div class="status"><h3 class="author">Author {number}</h3>'
        f'<p class="body">Post number {number} about paper and thread {number * 3}</p>{media}'
        f'<div class="bar">{actions}<div class="bar__more"><button aria-label="More">…</button></div></div>'
        "</div></article>"
    )


def _values(page: str, css: str) -> list[dict[str, Any]]:
    records = [Selector(root=node.root, type="html") for node in Selector(text=page).css(css)]
    fields = [draft.spec for draft in propose_fields(records)]
    return [{f.name: extract_field(r, f, "") for f in fields} for r in records]


def _columns(rows: list[dict[str, Any]]) -> list[list[Any]]:
    names = list(rows[0])
    return [[row.get(name) for row in rows] for name in names]


def test_a_counter_among_look_alike_controls_is_found_by_the_control_s_name() -> None:
    page = "<main>" + "".join(_post(n) for n in range(12)) + "</main>"
    columns = _columns(_values(page, "article"))
    assert [10 + n * 7 for n in range(12)] in columns
    assert [200 + n * 13 for n in range(12)] in columns


def test_control_anchors_name_the_control_its_icon_and_its_place() -> None:
    record = html.fromstring(_post(3))
    value = record.xpath("//button[@aria-label='Boost']//span/span")[0]
    found = control_anchors(chain_from(record, value))
    assert found[:3] == [
        'button[aria-label="Boost"] span.counter span',
        'button[title="Boost"] span.counter span',
        "button:has(> svg.icon-retweet) span.counter span",
    ]
    assert "div.bar__wrapper:nth-of-type(2) button.bar__button span.counter span" in found


def test_a_control_named_with_its_count_is_no_anchor() -> None:
    record = html.fromstring('<div><p><button aria-label="12 boosts"><span>12</span></button></p><p>x</p></div>')
    value = record.xpath("//span")[0]
    assert not any("aria-label" in css for css in control_anchors(chain_from(record, value)))


_MARKS = [["Vegan"], [], ["Spicy", "Gluten free"], ["Vegetarian"], ["Vegan", "Spicy"], []]


def _dish(number: int) -> str:
    marks = _MARKS[number % len(_MARKS)]
    icons = "".join(
        f'<span class="icon icon--{m.lower().replace(" ", "-")}" role="img" aria-label="{m}" title="{m}">'
        '<svg aria-hidden="true"></svg></span>'
        for m in marks
    )
    row = f'<div class="marks">{icons}</div>' if marks else ""
    return f'<li class="dish"><p class="name">Dish {number}</p>{row}<span class="price">£{number + 4}.50</span></li>'


def test_captioned_icons_in_a_row_are_one_list_of_their_captions() -> None:
    page = "<ul>" + "".join(_dish(n) for n in range(12)) + "</ul>"
    columns = _columns(_values(page, "li.dish"))
    want = [_MARKS[n % len(_MARKS)] or None for n in range(12)]
    assert want in columns


def test_an_icon_caption_is_read_only_from_a_text_free_icon_that_names_a_value() -> None:
    def caption(markup: str) -> list[tuple[str, str | None, str]]:
        return icon_caption(html.fragment_fromstring(markup, create_parent="div")[0])

    assert caption('<span role="img" aria-label="Vegan"></span>') == [("icon", "aria-label", "Vegan")]
    assert caption('<i class="fa fa-wifi" title="Free wifi"></i>') == [("icon", "title", "Free wifi")]
    assert caption('<span role="img" aria-label="Rated 4.5 out of 5 stars"></span>') == []
    assert caption('<span role="img" aria-label="Vegan" aria-hidden="true"></span>') == []
    assert caption('<i class="fa fa-bed" title="Bedrooms"></i> 3') == []  # the icon captions the "3"
    assert caption('<span role="img" aria-label="JD">JD</span>') == []
    assert caption('<span role="img" aria-label="Yes"></span><span>Takeout</span>') == []  # a tick marks "Takeout"


def _alt_slot(alts: list[str]) -> Slot:
    element = html.fromstring('<img src="x.png">')
    return Slot(
        key=("img",), kind="alt", attribute="alt", per_record={n: [Occurrence(element, a)] for n, a in enumerate(alts)}
    )


def test_a_logo_alt_text_is_read_as_the_name_it_shows() -> None:
    (after,) = logo_names([_alt_slot(["Forbright Bank logo", "Ally Bank Logo", "SoFi® logo"])])
    assert after.first_values() == ["Forbright Bank", "Ally Bank", "SoFi®"]
    assert after.text_before == " logo"
    (prefix,) = logo_names([_alt_slot(["Logo von Acme GmbH", "Logo von Beta AG"])])
    assert prefix.first_values() == ["Acme GmbH", "Beta AG"]
    assert prefix.strip_label == "logo von"
    (photo,) = logo_names([_alt_slot(["A red chair", "Acme logo"])])
    assert photo.first_values() == ["A red chair", "Acme logo"]


def test_a_logo_field_reads_the_name_through_the_engine() -> None:
    banks = ["Forbright Bank", "Bread Savings", "Openbank by Santander", "Axos Bank®", "Barclays", "UFB Direct"]
    cards = "".join(
        f'<div class="card"><div class="head"><img src="/l/{i}.png" alt="{b} logo"></div>'
        f'<h3 class="title">Savings {i}</h3><p class="apy">{4 + i / 10:.2f}% APY</p></div>'
        for i, b in enumerate(banks)
    )
    columns = _columns(_values(f"<main>{cards}</main>", "div.card"))
    assert banks in columns


def test_a_row_of_icons_all_captioned_alike_is_no_field() -> None:
    rows = [
        f'<li class="dish"><p class="name">Dish {n}</p><div class="marks">'
        + '<span class="tick" role="img" aria-label="Yes"></span>' * (1 + n % 3)
        + f'</div><span class="price">£{n + 4}.50</span></li>'
        for n in range(12)
    ]
    columns = _columns(_values("<ul>" + "".join(rows) + "</ul>", "li.dish"))
    assert not any(any(isinstance(v, list) and "Yes" in v for v in column) for column in columns)
