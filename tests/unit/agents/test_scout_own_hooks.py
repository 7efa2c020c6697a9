"""Test hooks whose value changes from card to card, and the price before a sale shown two ways.

A shop theme writes ``data-test="card-12"`` on each card's ``article``: the hook's name is the
theme's, its value the product's short id, so no two cards share it. It names no place of the
template; read as one, each card's title, link and price would sit at a place of their own and no
field would span two cards. The same cards show the price before a sale either as the maker's list
price ("MSRP:") or as the shop's own former price ("Was:"), never both on one card: one field.
"""

from __future__ import annotations

from lxml import html as lxml_html

from agents.heuristics.hookshare import record_hooks, shared_hook
from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://pots.example/planters/"
#: (id, name, price, MSRP, was)
ITEMS = [
    (12, "Clay pot small", "18.00", "", ""),
    (15, "Glazed bowl planter", "34.00", "42.00", ""),
    (21, "Window box long", "29.95", "", "39.95"),
    (34, "Hanging basket", "24.50", "", ""),
    (47, "Stone trough", "65.00", "", "79.00"),
    (58, "Fibre pot large", "49.00", "58.00", ""),
]


def _section(kind: str, caption: str, amount: str) -> str:
    hidden = "" if amount else " price-none"
    shown = f"${amount}" if amount else ""
    return (
        f'<div class="price-section price-section--{kind}{hidden}"><span>{caption}</span>'
        f'<span class="price price--{kind}">{shown}</span></div>'
    )


def _card(item_id: int, name: str, price: str, msrp: str, was: str, hook: str) -> str:
    slug = name.lower().replace(" ", "-")
    return (
        f'<li class="product"><article class="card" data-test="{hook.format(id=item_id, slug=slug)}">'
        f'<figure class="card-figure"><a href="/{slug}/"><img src="/img/{item_id}.jpg" alt=""></a></figure>'
        f'<div class="card-body"><h3 class="card-title"><a href="/{slug}/">{name}</a></h3>'
        f'<div class="card-text">{_section("rrp", "MSRP:", msrp)}{_section("non-sale", "Was:", was)}'
        f'<div class="price-section"><span class="price price--current">${price}</span></div></div>'
        "</div></article></li>"
    )


def _grid(hook: str) -> str:
    cards = "".join(_card(*item, hook=hook) for item in ITEMS)
    return list_page(cards, '<main><h1>Planters</h1><ul class="productGrid">{}</ul></main>')


def _records(hook: str) -> tuple[str, list[dict[str, object]]]:
    spec, records = spec_and_records(_grid(hook), URL)
    return " ".join(f.selector for f in spec.fields), records


def test_a_hook_holding_a_short_card_id_names_no_place() -> None:
    selectors, records = _records("card-{id}")
    assert len(records) == len(ITEMS)
    for (_, name, price, _, _), record in zip(ITEMS, records, strict=True):
        shown = set(map(str, record.values()))
        assert name in shown and f"/{name.lower().replace(' ', '-')}/" in " ".join(shown)
        assert any(price.rstrip("0").rstrip(".") in value for value in shown)
    assert "card-1" not in selectors and "card-2" not in selectors


def test_a_hook_holding_a_slug_names_no_place() -> None:
    selectors, records = _records("product-{slug}")
    assert [r.get("title") for r in records] == [item[1] for item in ITEMS]
    assert "product-" not in selectors


def test_the_price_before_a_sale_under_two_captions_is_one_field() -> None:
    _, records = _records("card-{id}")
    olds = [record.get("old_price") for record in records]
    expected = [float(msrp or was) if msrp or was else None for _, _, _, msrp, was in ITEMS]
    assert [old["amount"] if isinstance(old, dict) else None for old in olds] == expected


def _record(*hooks: str) -> lxml_html.HtmlElement:
    parts = "".join(f'<span data-testid="{hook}">x</span>' for hook in hooks)
    return lxml_html.fromstring(f"<li><div>{parts}</div></li>")


def test_hooks_are_records_own_only_where_they_change_from_record_to_record() -> None:
    records = [_record(f"row-{n}", "price", *(["sale-badge"] if n == 1 else [])) for n in range(1, 6)]
    own = record_hooks(records)
    assert ("data-testid", "row-3") in own
    # A hook on every record, and a single optional part on one, are places of the template.
    assert ("data-testid", "price") not in own and ("data-testid", "sale-badge") not in own
    assert shared_hook(("data-testid", "row-3"), own) == ("data-testid^", "row-")
    assert shared_hook(("data-testid", "price"), own) == ("data-testid", "price")


def test_one_record_says_nothing_of_what_changes() -> None:
    assert record_hooks([_record("row-1")]) == frozenset()
