"""A list in two card templates: large paid cards ("Top" / "Featured" in the header caption, the
seller's type in a seller box) among compact regular ones (the seller's type in that caption); and a
flag classed as a label whose card goes on with a box of buttons only."""

from __future__ import annotations

from agents.heuristics.cardvariants import record_variants, split_by_variant
from agents.heuristics.idlelabels import labels_something
from agents.heuristics.templateslots import collect_slots
from pipeline.core.extract import make_selector
from tests.unit.agents.conftest import PRODUCT_NAMES, list_page, spec_and_records

URL = "https://ads.example/bikes/"
#: Which cards are large, and their caption: two words over the large cards, two over the compact.
LARGE = {0: "Top", 1: "Featured", 5: "Top", 9: "Featured", 12: "Top"}
SELLER = ["Private", "Private", "Dealer"]


def _seller(n: int) -> str:
    return SELLER[n % 3]


def _card(n: int) -> str:
    name, href = f"{PRODUCT_NAMES[n % 9]} bike {n}", f"/bikes/ad-{n}.htm"
    caption = LARGE.get(n, _seller(n))
    body = (
        f'<div class="ad__main"><a class="ad__link" href="{href}"><h2 class="ad__title">{name}</h2></a>'
        f'<span class="ad__place">Town {n % 4}</span><p class="ad__text">A {name.lower()} in good shape, '
        f"ridden {n + 3} times, with new tyres and a spare chain.</p></div>"
    )
    head = (
        f'<div class="ad__head"><span class="ad__caption">{caption}</span><p class="ad__time">{n + 1} h ago</p></div>'
    )
    if n not in LARGE:
        photo = f'<figure class="ad__photo"><img src="/img/{n}.jpg" alt=""></figure>'
        price = f'<span class="ad__price">{100 + 10 * n} €</span>'
        return f'<article class="ad">{head}{photo}{body}{price}</article>'
    slides = "".join(f'<li class="ad__slide"><img src="/img/{n}-{k}.jpg" alt=""></li>' for k in range(3))
    seller = (
        f'<div class="ad__seller"><p class="ad__seller-name">Bike Shop {n}</p>'
        f'<p class="ad__seller-type">{_seller(n)}</p></div>'
    )
    return (
        f'<article class="ad ad--large"><div class="ad__carousel"><ul>{slides}</ul>'
        f'<span class="ad__price">{100 + 10 * n} €</span></div>{head}{body}{seller}</article>'
    )


def _column(records: list[dict[str, object]], values: dict[int, str]) -> str | None:
    """The field reading ``values`` (record number -> value) right on every record named."""
    names = {name for r in records for name in r}
    return next((f for f in sorted(names) if all(records[n].get(f) == v for n, v in values.items())), None)


def test_a_caption_saying_two_things_is_read_per_variant() -> None:
    _spec, records = spec_and_records(list_page("".join(_card(n) for n in range(16))), URL)
    assert len(records) == 16
    assert _column(records, {n: _seller(n) for n in range(16)}) is not None  # the seller box on large cards
    flag = _column(records, LARGE)
    assert flag is not None
    assert all(records[n].get(flag) in (None, "") for n in range(16) if n not in LARGE)


def test_variants_come_from_the_records_own_mark() -> None:
    roots = [make_selector(_card(n), URL).css("article")[0].root for n in range(16)]
    (variants,) = record_variants(roots)
    assert variants.marked == frozenset(LARGE)
    assert variants.inside == "article.ad.ad--large"
    assert variants.outside == "article.ad:not(.ad--large)"
    slots = split_by_variant(collect_slots(roots), roots)
    captions = [s for s in slots if s.key and "ad__caption" in str(s.key[-1])]
    assert [s.scope for s in captions] == ["article.ad.ad--large", None]
    assert {v for s in captions[1:] for v in s.first_values()} == {"Private", "Dealer"}


def _stock_card(n: int) -> str:
    sold = n % 4 == 0
    stock = "Sold out" if sold else ("In stock" if n % 3 else "Only 2 left")
    extra = '<span class="card__notify">Notify me</span>' if sold else '<button class="card__buy">Buy</button>'
    return (
        f'<div class="card{" card--soldout" if sold else ""}"><h3 class="card__name"><a href="/p/{n}">'
        f'{PRODUCT_NAMES[n % 9]} {n}</a></h3><span class="card__price">${10 + n}.00</span>'
        f'<span class="card__stock">{stock}</span>{extra}</div>'
    )


def test_a_state_with_one_word_is_no_variant() -> None:
    roots = [make_selector(_stock_card(n), URL).css("div.card")[0].root for n in range(12)]
    slots = collect_slots(roots)
    assert [s.key for s in split_by_variant(slots, roots)] == [s.key for s in slots]


def _paper(n: int) -> str:
    journal = n % 3 == 0
    venue = ["Inf. Syst.", "VLDB J."][n % 2] if journal else ["ICDE", "CIDR", "EDBT"][n % 3 - 1]
    volume = f'<span class="volume">{n + 10}</span>' if journal else ""
    return (
        f'<li class="entry {"article" if journal else "inproceedings"}"><span class="title">Paper {n}</span>'
        f'<span class="venue">{venue}</span>{volume}<span class="year">{2000 + n}</span></li>'
    )


def test_two_sets_of_one_things_values_stay_one_slot() -> None:
    roots = [make_selector(_paper(n), URL).css("li")[0].root for n in range(18)]
    slots = collect_slots(roots)
    assert [s.key for s in split_by_variant(slots, roots)] == [s.key for s in slots]


def test_a_slot_the_template_marks_apart_is_split_without_a_writer() -> None:
    def card(n: int) -> str:
        large = n % 4 == 0
        kind = ["Top", "Urgent"][n % 8 // 4] if large else ["Private", "Dealer"][n % 2]
        mark = " tag--paid" if large else ""
        extra = f'<div class="card__gallery"><img src="/g/{n}.jpg"></div>' if large else ""
        return (
            f'<li class="card{" card--big" if large else ""}">{extra}<span class="tag{mark}">{kind}</span>'
            f'<a class="card__title" href="/ad/{n}">Ad {n}</a></li>'
        )

    roots = [make_selector(card(n), URL).css("li")[0].root for n in range(16)]
    tags = [s for s in split_by_variant(collect_slots(roots), roots) if s.key and "tag" in str(s.key[-1])]
    assert [(s.scope, sorted(set(s.first_values()))) for s in tags] == [
        ("li.card.card--big", ["Top", "Urgent"]),
        ("li.card:not(.card--big)", ["Dealer", "Private"]),
    ]


def test_a_flag_before_a_box_of_buttons_labels_nothing() -> None:
    root = make_selector(
        '<div class="card"><ul class="tags"><li><span class="tag"><svg></svg>'
        '<span class="tag-label" id="a">Free shipping</span></span></li></ul>'
        '<div class="actions"><button>Chat</button><button>Call</button></div></div>'
        '<div class="row"><span class="price-label" id="b">Price</span><div class="box"><b>12 €</b></div></div>',
        URL,
    ).root
    assert not labels_something(root.get_element_by_id("a"))
    assert labels_something(root.get_element_by_id("b"))
