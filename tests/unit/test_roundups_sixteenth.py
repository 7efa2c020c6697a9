"""Sixteenth round (F16a): roundup Articles, click-out queries, featured rails, initials that read "AD"."""

from __future__ import annotations

import json

from agents.heuristics.mainfields import has_tracking_query
from agents.scout import analyze_page
from tests.unit.agents.conftest import list_page, spec_and_records

BANKS = ["Forbright", "Bread", "Openbank", "Marcus", "Ally", "Barclays", "Synchrony", "Discover"]
ARTICLE_LD = json.dumps(
    {"@context": "https://schema.org", "@type": "Article", "headline": "Best Savings Accounts of 2025"}
)


def _article_page(body: str) -> str:
    return (
        '<html lang="en"><head><title>Best Savings Accounts of 2025</title>'
        f'<script type="application/ld+json">{ARTICLE_LD}</script>'
        '<meta property="og:type" content="article"></head><body><header><a href="/">Home</a></header>'
        f"<main><h1>Best Savings Accounts of 2025</h1>{body}</main></body></html>"
    )


def _product_card(n: int, bank: str) -> str:
    return (
        f'<div class="product-card"><h3 class="product-card__title">{bank} High-Yield Savings</h3>'
        f'<p class="product-card__bank">{bank} Bank, Member FDIC</p>'
        f'<p class="product-card__best-for">Best for savers who want no monthly fee and a rate of {4 + n / 10:.2f}%'
        " that beats the national average by a wide margin</p>"
        f"<dl><dt>APY</dt><dd>{4 + n / 10:.2f}%</dd><dt>Min. balance</dt><dd>${n * 100}</dd></dl>"
        f'<a class="cta" href="/redirect/banking/{bank.lower()}-savings?product_id=hysa-{n}{n}17&placement=roundup">'
        "Learn more</a></div>"
    )


# --- an Article whose body is the list ---------------------------------------------------------------


def test_a_roundup_article_whose_cards_hold_most_of_the_text_is_a_list() -> None:
    cards = "".join(_product_card(n, bank) for n, bank in enumerate(BANKS))
    body = f'<p class="intro">We compared accounts.</p><section class="roundup">{cards}</section>'
    profile = analyze_page(_article_page(body), "https://rates.example/banking/best-savings/")
    assert profile.spec.mode == "list"
    assert profile.record_count == len(BANKS)


def test_an_article_with_a_small_related_rail_stays_one_article() -> None:
    prose = "".join(
        f"<p>Paragraph {n} of the story tells at length what the council decided on the harbour plan and why"
        " residents were asked to wait another year before the works begin along the quay.</p>"
        for n in range(12)
    )
    related = "".join(
        f'<div class="teaser"><h3><a href="/news/story-{n}">Other story {n}</a></h3><p>Short.</p></div>'
        for n in range(5)
    )
    page = _article_page(f'<article><div class="body">{prose}</div></article><div class="more">{related}</div>')
    profile = analyze_page(page, "https://news.example/harbour-plan")
    assert profile.spec.mode == "detail"


def test_an_article_whose_comments_hold_most_of_the_text_stays_one_article() -> None:
    comments = "".join(
        f'<div class="entry"><span class="who">Reader {n}</span><time>2 March 2025</time>'
        f"<p>I have lived by the harbour for {n + 10} years and I think the council should have asked us first,"
        " because the works will close the quay road for months and nobody explained the detours.</p></div>"
        for n in range(10)
    )
    prose = "".join(
        f"<p>Paragraph {n}: the council approved the harbour plan on Monday after a long debate about the"
        " quay road, the detours and the cost of the new sea wall.</p>"
        for n in range(3)
    )
    page = _article_page(
        f'<article><div class="body">{prose}</div></article>'
        f'<section class="discussion"><h2>Comments</h2>{comments}</section>'
    )
    profile = analyze_page(page, "https://news.example/harbour-plan")
    assert profile.spec.mode == "detail"


# --- a click-out endpoint keeps its query ------------------------------------------------------------


def test_a_redirect_endpoint_keeps_the_query_it_hands_on() -> None:
    links = [f"/redirect/banking/{b.lower()}-savings?product_id=hysa-{n}7&placement=best" for n, b in enumerate(BANKS)]
    assert not has_tracking_query(links)
    assert not has_tracking_query([f"/go/shop-{n}?offer=8{n}1&pos={n}" for n in range(4)])
    # an item page's click hash still goes
    assert has_tracking_query([f"/itm/33581200{n}?hash=item4e3f{n}:g:Abc&amdata=enc{n}" for n in range(4)])


def test_a_roundup_records_affiliate_link_keeps_its_product_id() -> None:
    cards = "".join(_product_card(n, bank) for n, bank in enumerate(BANKS))
    page = list_page(cards, '<main><h1>Savings</h1><section class="roundup">{}</section></main>')
    _spec, records = spec_and_records(page, "https://rates.example/banking/best-savings/")
    assert records[0]["url"] == (
        "https://rates.example/redirect/banking/forbright-savings?product_id=hysa-0017&placement=roundup"
    )


# --- a featured rail repeating the sections' records -------------------------------------------------

DISHES = {
    "Starters": [("Spring Rolls", "£5.50"), ("Prawn Toast", "£6.90"), ("Chicken Wings", "£7.50"), ("Edamame", "£4.20")],
    "Mains": [("Crispy Beef", "£13.20"), ("Kung Pao Tofu", "£11.00"), ("Black Bean Cod", "£15.80"), ("Duck", "£14.50")],
    "Sides": [("Egg Fried Rice", "£4.50"), ("Pak Choi", "£5.00"), ("Chips", "£3.50")],
}


def _dish(name: str, price: str) -> str:
    return (
        f'<li class="dish"><div class="card"><p class="name">{name}</p>'
        f'<span class="price">{price}</span><span class="kcal">{len(name) * 40} kcal</span></div></li>'
    )


def _menu(featured: list[tuple[str, str]]) -> str:
    sections = [("popular", "Popular", featured)] + [(t.lower(), t, d) for t, d in DISHES.items()]
    body = "".join(
        f'<section class="category" id="{ident}"><h2>{title}</h2>'
        f"<ul>{''.join(_dish(*d) for d in dishes)}</ul></section>"
        for ident, title, dishes in sections
    )
    return list_page(body, '<main><h1>Lotus Kitchen</h1><div class="menu">{}</div></main>')


def test_a_featured_section_repeating_other_sections_is_left_out() -> None:
    featured = [DISHES["Mains"][0], DISHES["Starters"][2], DISHES["Sides"][0]]
    spec, records = spec_and_records(_menu(featured), "https://food.example/menu/lotus")
    assert len(records) == sum(len(d) for d in DISHES.values())
    group = next(f.name for f in spec.fields if f.scope == "preceding")
    assert {str(r[group]) for r in records} == set(DISHES)


def test_a_section_with_new_records_is_kept() -> None:
    featured = [DISHES["Mains"][0], ("Chef's Special Noodles", "£12.00"), DISHES["Sides"][0]]
    _spec, records = spec_and_records(_menu(featured), "https://food.example/menu/lotus")
    assert len(records) == 3 + sum(len(d) for d in DISHES.values())


# --- avatar initials that read "AD" ------------------------------------------------------------------

DOCTORS = [
    ("Claire Martin", "CM"),
    ("Karim Benali", "KB"),
    ("Amina Diallo", "AD"),
    ("Sophie Laurent", "SL"),
    ("Nora Haddad", "NH"),
    ("Louis Petit", "LP"),
    ("Hugo Fabre", "HF"),
    ("Marc Colin", "MC"),
]


def _doctor(name: str, initials: str, sponsored: bool = False) -> str:
    label = '<span class="badge">Sponsorisé</span>' if sponsored else ""
    return (
        f'<div class="result-card">{label}<div class="avatar"><span class="avatar-initials">{initials}</span></div>'
        f'<a class="link" href="/medecin/{name.lower().replace(" ", "-")}"><h2>Dr {name}</h2></a>'
        f'<p class="speciality">Médecin généraliste</p>'
        f'<p class="address">{len(name)} rue de Rivoli, 75004 Paris</p></div>'
    )


def test_avatar_initials_reading_ad_are_a_name_not_an_ad_mark() -> None:
    cards = _doctor("Paul Sponsor", "PS", sponsored=True) + "".join(_doctor(n, i) for n, i in DOCTORS)
    _spec, records = spec_and_records(list_page(cards), "https://docs.example/medecin-generaliste/paris")
    titles = [str(r.get("title")) for r in records]
    assert "Dr Amina Diallo" in titles
    assert "Dr Paul Sponsor" not in titles
    assert len(records) == len(DOCTORS)
