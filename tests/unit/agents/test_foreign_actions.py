"""Calls to act in other languages ("Ver tienda", "In den Warenkorb", "詳細を見る") are no data;
a field whose words only sometimes read as one stays."""

from __future__ import annotations

import pytest

from agents.heuristics.values import ACTION_TEXT
from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://shop.example/list"
SELLERS = ("Ciclos Sur", "Bike Norte", "Rueda Libre")


def _page(links: tuple[str, ...], lang: str) -> str:
    """Twelve cards; every third one has a seller block ending in a link whose text is ``links``' next."""
    cards = "".join(
        f'<li class="card"><a class="title" href="/item/{n}">Produkt Nummer {n} {chr(65 + n)}</a>'
        f'<span class="price">{10 + n},00 €</span>'
        + (
            f'<div class="seller"><p class="seller-name">{SELLERS[n % 3]}</p>'
            f'<a class="seller-link" href="/shop/s{n % 3}">{links[(n // 3) % len(links)]}</a></div>'
            if n % 3 == 0
            else ""
        )
        + "</li>"
        for n in range(12)
    )
    return list_page(f'<ul class="cards">{cards}</ul>').replace('lang="en"', f'lang="{lang}"')


@pytest.mark.parametrize(
    ("acts", "lang"),
    [
        (("Ver tienda", "Ver más anuncios"), "es"),
        (("In den Warenkorb", "Jetzt kaufen"), "de"),
        (("Voir plus", "Ajouter au panier"), "fr"),
        (("Zobacz", "Do koszyka"), "pl"),
        (("Подробнее", "В корзину"), "ru"),
        (("詳細を見る", "カートに入れる"), "ja"),
        (("자세히 보기", "장바구니 담기"), "ko"),
    ],
)
def test_a_call_to_act_in_another_language_is_no_field(acts: tuple[str, ...], lang: str) -> None:
    _, records = spec_and_records(_page(acts, lang), URL)
    assert not any(v in acts for r in records for v in r.values())


def test_link_texts_that_only_sometimes_read_as_an_act_stay() -> None:
    # Book titles: one reads "Lees meer", the others differ; a datum of each record, not a button.
    titles = ("Lees meer", "Het diner", "Turks fruit", "De avonden")
    _, records = spec_and_records(_page(titles, "nl"), URL)
    assert {v for r in records for v in r.values() if v in titles} == set(titles)


@pytest.mark.parametrize(
    "text",
    [
        "Ver tienda",
        "Ver más anuncios",
        "Saiba mais",
        "En savoir plus",
        "Mehr erfahren",
        "Leggi di più",
        "Bekijk woning",
        "Lees meer",
        "Zobacz ofertę",
        "Läs mer",
        "Læg i kurv",
        "Lue lisää",
        "Sepete ekle",
        "İncele",
        "Подробнее",
        "詳細を見る",
        "查看详情",
        "자세히 보기",
        "Lihat detail",
        "Xem thêm",
        "और पढ़ें",
        "Voir plus »",
    ],
)
def test_calls_to_act_are_read_in_many_languages(text: str) -> None:
    assert ACTION_TEXT.match(text)


@pytest.mark.parametrize(
    "text", ["Verano", "Vera Wang", "Plus", "Ring", "Kendrick Lamar", "Mehrwertsteuer", "Se vende piso", "Del Monte"]
)
def test_names_and_words_that_open_like_an_act_are_none(text: str) -> None:
    assert not ACTION_TEXT.match(text)


def test_a_label_in_the_words_of_an_act_is_no_control_and_stays() -> None:
    # Ceneo's "Kup Teraz" badge: the offer can be bought in place, a flag of some records.
    cards = "".join(
        f'<li class="row"><a class="name" href="/p/{n}">Odkurzacz model {chr(65 + n)}{n}</a>'
        f'<span class="price">{900 + n},00 zł</span>'
        + ('<span class="label label--buy-now">Kup Teraz</span>' if n % 2 else "")
        + "</li>"
        for n in range(12)
    )
    _, records = spec_and_records(list_page(f'<ul class="list">{cards}</ul>').replace('lang="en"', 'lang="pl"'), URL)
    assert sum(1 for r in records if "Kup Teraz" in r.values()) == 6


def _store(links: tuple[str, ...], href: str = "/marca/{slug}") -> str:
    """Six cards, each with a link whose text is ``links``' next, leading to ``href``."""
    cards = "".join(
        f'<li class="card"><a class="title" href="/p/item-{n}"><h3>Camiseta modelo {chr(65 + n)}{n}</h3></a>'
        f'<a class="brand" href="{href.format(slug=text.lower(), n=n)}">{text}</a>'
        f'<span class="price">R$ {10 + n},90</span></li>'
        for n, text in enumerate(links)
    )
    return list_page(f'<ul class="grid">{cards}</ul>').replace('lang="en"', 'lang="pt"')


@pytest.mark.parametrize(
    "links",
    [
        ("Mais", "Hering", "Mais", "Colcci", "Mais", "Reserva"),  # a brand named "Mais" on half the cards
        ("Comprar", "Alquilar", "Comprar", "Comprar", "Alquilar", "Comprar"),  # each its own listing page
        ("Meer", "Kup", "Salva", "Boka", "Mehr", "Detail"),  # shops whose names are acts somewhere
    ],
)
def test_link_values_that_read_as_foreign_acts_stay(links: tuple[str, ...]) -> None:
    _, records = spec_and_records(_store(links), URL)
    assert [v for r in records for v in r.values() if v in links] == list(links)


def test_titles_opening_with_a_see_verb_stay() -> None:
    titles = ("Ver y oír", "Ver para creer", "Voir Dire", "Ver o peso", "La casa", "El faro")
    cards = "".join(
        f'<li class="card"><a class="title" href="/p/item-{n}">{t}</a><span class="by">Autor {n}</span>'
        f'<span class="price">{10 + n} €</span></li>'
        for n, t in enumerate(titles)
    )
    _, records = spec_and_records(list_page(f'<ul class="grid">{cards}</ul>'), URL)
    assert {v for r in records for v in r.values() if v in titles} == set(titles)


def test_a_constant_foreign_act_on_every_card_is_no_field() -> None:
    # Tablonazo's "Ver tienda" on every card, each to the card's seller: a call to act.
    _, records = spec_and_records(_store(("Ver tienda",) * 6, "/tienda/t{n}"), URL)
    assert records and not any("Ver tienda" in r.values() for r in records)


def test_a_pair_whose_value_reads_as_a_foreign_act_stays() -> None:
    page = (
        '<html lang="pt"><head><title>Camiseta</title></head><body><main><h1>Camiseta azul</h1>'
        '<p class="price">R$ 49,90</p><h2>Marca</h2><a href="/marca/mais">Mais</a><h2>Descrição</h2>'
        "<p>Camiseta de algodão azul, corte reto, tamanho M.</p></main></body></html>"
    )
    _, records = spec_and_records(page, "https://loja.example/p/camiseta-azul")
    assert any(r.get("marca") == "Mais" for r in records)
