"""Marks a page writes in its own language: "Mehr Produkte anzeigen" naming the next page only,
"Gesponsert" / "Anzeige" ad captions (but not a product called "Anzeige-Display"), and ratings
read as "4,5 von 5 Sternen" or "4,5 sur 5 étoiles" with a decimal comma.
"""

from __future__ import annotations

import pytest
from lxml import html as lxml_html
from parsel import Selector

from agents.heuristics.loadmore import LOAD_MORE_TEXT
from agents.heuristics.nodevalues import rating_caption
from agents.heuristics.pageurls import numbered_param
from agents.heuristics.pagination import find_pagination
from agents.heuristics.phrases import is_rating_phrase
from agents.heuristics.sponsored import is_sponsored
from pipeline.core.numbertext import parse_rating
from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://markt.example/de/category/fernseher.html"
NAMES = [
    "Kupferkessel Classic",
    "Walnuss Tablett",
    "Leinen Schürze",
    "Steingut Becher",
    "Eichen Kelle",
    "Woll Decke",
    "Glas Karaffe",
    "Gusseisen Pfanne",
    "Bambus Brett",
]
SHOW_MORE = [
    "Mehr Produkte anzeigen",
    "Mehr Ergebnisse laden",
    "Weitere Produkte laden",
    "Show more results",
    "Load more products",
    "Voir plus de produits",
    "Afficher plus",
    "Charger plus de résultats",
    "Ver más productos",
    "Cargar más",
    "Meer laden",
    "Toon meer producten",
    "Mostra altri prodotti",
    "Carica altri",
]


@pytest.mark.parametrize("text", SHOW_MORE)
def test_a_show_more_control_with_an_object_noun_reads_as_load_more(text: str) -> None:
    assert LOAD_MORE_TEXT.match(text)


@pytest.mark.parametrize("text", ["Mehr Details anzeigen", "Voir plus de détails", "Ver más detalles", "Mehr erfahren"])
def test_a_record_s_details_link_is_no_load_more(text: str) -> None:
    assert not LOAD_MORE_TEXT.match(text)


def _load_more_page(text: str) -> Selector:
    cards = "".join(f'<div class="card"><a href="/p/{i}">{n}</a></div>' for i, n in enumerate(NAMES))
    more = f'<div class="more"><p>Du hast 9 von 26 Produkten gesehen</p><a href="?page=2">{text}</a></div>'
    return Selector(text=list_page(cards + more))


@pytest.mark.parametrize("text", ["Mehr Produkte anzeigen", "Voir plus de produits", "Ver más productos"])
def test_a_show_more_link_is_followed_page_after_page(text: str) -> None:
    found = find_pagination(_load_more_page(text), URL)
    assert found.spec.kind == "next_link"
    assert found.spec.next_selector is not None


def test_the_page_a_load_more_link_names_is_not_the_last_page() -> None:
    # Without a numbered pager, "?page=2" under "Mehr Produkte anzeigen" is the next page only.
    found = numbered_param(_load_more_page("Mehr Produkte anzeigen"), URL)
    assert found is not None and found.spec.kind == "page_param"
    assert found.spec.max_pages > 2


def test_a_numbered_pager_still_gives_the_last_page() -> None:
    pager = '<nav class="pager"><a href="?page=2">2</a><a href="?page=3">3</a></nav>'
    page = Selector(text=list_page(f'<a href="?page=2">Mehr Produkte anzeigen</a>{pager}'))
    found = numbered_param(page, URL)
    assert found is not None and found.spec.max_pages == 3


def _element(markup: str) -> lxml_html.HtmlElement:
    return lxml_html.fromstring(markup)


@pytest.mark.parametrize(
    "caption",
    [
        "Gesponsert",
        "Anzeige",
        "Sponsorisé",
        "Annonce",
        "Patrocinado",
        "Anuncio",
        "Gesponsord",
        "Advertentie",
        "Sponsorizzato",
        "Annuncio",
        "Promoted",
        "Promovido",
        "Gesponsert von Loewe",
    ],
)
def test_an_ad_caption_in_the_page_s_language_marks_an_ad(caption: str) -> None:
    assert is_sponsored(_element(f'<div class="card"><span>{caption}</span><a href="/p/1">TV</a></div>'))


@pytest.mark.parametrize("title", ["Anzeige-Display 24 Zoll", "Annonces immobilières", "Ad Astra Teleskop"])
def test_a_title_that_starts_with_an_ad_word_is_no_caption(title: str) -> None:
    assert not is_sponsored(_element(f'<div class="card"><a href="/p/1">{title}</a></div>'))


def _german_card(i: int, name: str, *, ad: bool = False) -> str:
    badge = '<div class="badge"><span>Gesponsert</span></div>' if ad else ""
    stars = f'<div role="img" aria-label="{3 + i % 2},{i} von 5 Sternen" class="stars"></div>'
    return (
        f'<div class="card">{badge}<a class="name" href="/p/{100 + i}">{name}</a>{stars}'
        f'<span class="cost">{200 + i},00 €</span><span class="stock">{3 + i} auf Lager</span></div>'
    )


def test_gesponsert_cards_are_left_out_and_german_star_captions_are_ratings() -> None:
    cards = _german_card(9, "Fernseher Gold", ad=True)
    cards += "".join(_german_card(i, n) for i, n in enumerate(NAMES))
    cards += _german_card(8, "Fernseher Platin", ad=True)
    spec, records = spec_and_records(list_page(cards), URL)
    assert [r["title"] for r in records] == NAMES
    ratings = [r[f.name] for r in records for f in spec.fields if f.type == "rating"]
    assert ratings == [float(f"{3 + i % 2}.{i}") for i in range(len(NAMES))]


def test_a_product_named_after_an_ad_word_stays_a_record() -> None:
    names = [*NAMES[:4], "Anzeige-Display 24 Zoll", *NAMES[4:]]
    cards = "".join(_german_card(i % 10, n) for i, n in enumerate(names))
    _spec, records = spec_and_records(list_page(cards), URL)
    assert [r["title"] for r in records] == names


PHRASES = [
    ("4,5 von 5 Sternen", 4.5),
    ("4,5 sur 5 étoiles", 4.5),
    ("4,5 de 5 estrellas", 4.5),
    ("4,5 van 5 sterren", 4.5),
    ("4,5 su 5 stelle", 4.5),
    ("Bewertung: 4,5 von 5", 4.5),
    ("Note : 3,8/5", 3.8),
]


@pytest.mark.parametrize(("phrase", "value"), PHRASES)
def test_a_rating_phrase_in_another_language_is_a_rating(phrase: str, value: float) -> None:
    assert is_rating_phrase(phrase)
    assert rating_caption(_element(f'<div role="img" aria-label="{phrase}"></div>'))
    assert parse_rating(phrase) == value  # what the spider reads is what the Scout proposed


@pytest.mark.parametrize("caption", ["Bild 1 von 5", "10 von 26 Produkten", "Foto 2 de 5"])
def test_the_place_of_a_slide_in_another_language_is_no_rating(caption: str) -> None:
    assert not rating_caption(_element(f'<div class="slide" aria-label="{caption}"></div>'))
    assert not is_rating_phrase(caption)
