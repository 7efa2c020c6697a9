"""Seventeenth wave of HELD-OUT corpus sites (issue #3), frozen before anybody measured the Scout on them.

* **tavolamica** — an Italian restaurant-reservation site's search results.
* **skyvane** — a flight search engine's results page.

Run ``uv run python tests/sites/corpus/generate_held_out_seventeenth.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``). Every site here is **frozen**: never open its pages, expected
records or per-field results while working on the Scout.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import FROZEN, ROOT, Site, chunks, esc, slug

FROZEN |= {"tavolamica", "skyvane"}

SEVENTEENTH: dict[str, Callable[[], None]] = {}


def seventeenth(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    SEVENTEENTH[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hex(seed: str, length: int) -> str:
    """A stable pseudo-random hex string (ids, hashes, tokens)."""
    return hashlib.sha256(seed.encode()).hexdigest()[:length]


def _b36(seed: str, length: int) -> str:
    """A stable pseudo-random base-36 string, the alphabet of emotion's class hashes."""
    number = int(_hex(seed, 16), 16)
    alphabet = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while len(out) < length:
        number, digit = divmod(number, 36)
        out += alphabet[digit]
    return out


def _json_script(value: object) -> str:
    """JSON as sites inline it in a script: compact, with ``</`` kept out of the HTML parser's way."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).replace("</", "<\\/")


# ---------------------------------------------------------------------------------------------------
# tavolamica (FROZEN): a TheFork-like restaurant search for Milan, 2024–25 React markup with emotion classes
# ---------------------------------------------------------------------------------------------------


def _em(component: str) -> str:
    """An emotion class pair as the real build emits it: ``css-<hash> e<hash><n>``."""
    return f"css-{_b36('tm-css' + component, 7)} e{_b36('tm-e' + component, 6)}0"


@dataclass(frozen=True)
class Restaurant:
    """One restaurant of the search results."""

    rid: int
    name: str
    cuisine: str
    neighbourhood: str
    street: str
    level: int  # 1..4, shown as €…€
    average: int  # prezzo medio, euros
    rating: float | None
    reviews: int | None
    promo: str | None  # the best promo, as shown on the card
    slots: tuple[tuple[str, str | None], ...]  # time, promo on that slot
    badge: str | None = None

    @property
    def url(self) -> str:
        return f"/ristorante/{slug(self.name)}-r{self.rid}"

    @property
    def price_level(self) -> str:
        return "€" * self.level


def _slots(times: str, promo: str | None, promo_until: int = 99) -> tuple[tuple[str, str | None], ...]:
    """Bookable times; the promo applies to the first ``promo_until`` of them (late slots lose it)."""
    return tuple((t, promo if i < promo_until else None) for i, t in enumerate(times.split()))


TM_RESTAURANTS = [
    Restaurant(
        384211,
        "Trattoria del Ponte Vecchio",
        "Milanese",
        "Navigli",
        "Alzaia Naviglio Grande 38",
        2,
        35,
        9.1,
        1284,
        "-30%",
        _slots("19:30 20:00 20:30 21:00", "-30%", 2),
        "Insider",
    ),
    Restaurant(
        402876,
        "Osteria Bà",
        "Italiano",
        "Brera",
        "Via Fiori Chiari 12",
        3,
        48,
        9.4,
        642,
        None,
        _slots("20:00 20:15 21:30", None),
    ),
    Restaurant(
        51907,
        "Sakura Sushi Fusion",
        "Giapponese",
        "Porta Romana",
        "Corso di Porta Romana 101",
        2,
        30,
        8.6,
        2317,
        "-50%",
        _slots("19:00 19:30 20:00 20:30 21:00", "-50%", 3),
    ),
    Restaurant(
        388430,
        "Il Gallo d'Oro",
        "Pesce",
        "Isola",
        "Via Borsieri 27",
        4,
        75,
        9.6,
        318,
        None,
        _slots("20:30 21:00", None),
        "Insider",
    ),
    Restaurant(
        455120,
        "Pizzeria Sorbillo Lievito Madre",
        "Pizza",
        "Centro Storico",
        "Largo Corsia dei Servi 11",
        1,
        20,
        8.9,
        5412,
        "-20%",
        _slots("19:30 20:00 20:30 21:00 21:30", "-20%"),
    ),
    Restaurant(
        470331,
        "Bistrot Mezzanotte",
        "Francese",
        "Porta Venezia",
        "Via Lecco 6",
        3,
        52,
        None,
        None,
        "-30%",
        _slots("20:00 20:30", "-30%"),
        "Nuovo",
    ),
    Restaurant(
        412009,
        "Casa Lucana",
        "Regionale",
        "Città Studi",
        "Via Pascoli 9",
        2,
        32,
        8.2,
        97,
        "-15%",
        _slots("19:45 20:00 20:15", "-15%"),
    ),
    Restaurant(
        366512,
        "Dim Sum Paolo Sarpi",
        "Cinese",
        "Chinatown",
        "Via Paolo Sarpi 44",
        1,
        22,
        8.7,
        1903,
        None,
        _slots("19:00 19:30 20:00 21:00", None),
    ),
    Restaurant(
        429874,
        "Al Vecchio Porco",
        "Carne",
        "Isola",
        "Via Carlo Farini 31",
        3,
        50,
        9.0,
        771,
        "-25%",
        _slots("20:00 21:15", "-25%", 1),
    ),
    Restaurant(
        398115,
        "Taverna Greca Mykonos",
        "Greco",
        "Navigli",
        "Via Vigevano 15",
        2,
        28,
        8.4,
        436,
        "-40%",
        _slots("19:30 20:00 20:30 21:00 21:30", "-40%", 4),
    ),
    Restaurant(
        461877,
        "Ristorante Cracco in Galleria",
        "Gourmet",
        "Duomo",
        "Galleria Vittorio Emanuele II",
        4,
        140,
        9.3,
        1152,
        None,
        _slots("20:30", None),
        "Insider",
    ),
    Restaurant(
        377641,
        "La Piadineria di Rimini",
        "Italiano",
        "Porta Genova",
        "Via Savona 20",
        1,
        15,
        7.9,
        58,
        "-20%",
        _slots("19:00 19:30 20:00", "-20%"),
    ),
    Restaurant(
        440219,
        "Curry House Bombay",
        "Indiano",
        "Lambrate",
        "Via Conte Rosso 18",
        1,
        24,
        8.8,
        1037,
        "-30%",
        _slots("19:30 20:00 20:30 21:00", "-30%"),
    ),
    Restaurant(
        419380,
        "Osteria della Lanterna",
        "Italiano",
        "Sempione",
        "Via Canova 4",
        2,
        38,
        9.0,
        265,
        None,
        _slots("20:00 20:30", None),
    ),
    Restaurant(
        475002,
        "Tacos & Mezcal Cantina",
        "Messicano",
        "Porta Garibaldi",
        "Corso Como 9",
        2,
        29,
        None,
        None,
        "-50%",
        _slots("19:30 20:00 20:30 21:00", "-50%"),
        "Nuovo",
    ),
    Restaurant(
        352780,
        "Risotteria Melotti",
        "Vegetariano",
        "Porta Romana",
        "Via Orti 6",
        2,
        34,
        8.5,
        812,
        "-10%",
        _slots("19:30 20:15", "-10%"),
    ),
    Restaurant(
        433506,
        "Pescheria da Claudio",
        "Pesce",
        "Brera",
        "Via Cusani 1",
        3,
        45,
        8.9,
        2641,
        None,
        _slots("19:00 19:15 21:45", None),
    ),
    Restaurant(
        408890,
        "Langosteria Bistrot",
        "Pesce",
        "Navigli",
        "Via Privata Bobbio 2",
        4,
        85,
        9.2,
        1498,
        None,
        _slots("21:30", None),
    ),
    Restaurant(
        447263,
        "Kebhouze Brera",
        "Mediorientale",
        "Brera",
        "Via Solferino 3",
        1,
        16,
        8.1,
        204,
        "-20%",
        _slots("19:00 19:30 20:00 20:30", "-20%", 2),
    ),
    Restaurant(
        391504,
        "Ristorante Berberè",
        "Pizza",
        "Isola",
        "Via Sebenico 21",
        2,
        26,
        8.7,
        988,
        "-30%",
        _slots("20:00 20:30 21:00", "-30%"),
    ),
    Restaurant(
        466718,
        "Enoteca Naturale Vinoir",
        "Bistrot",
        "Porta Venezia",
        "Via Melzo 30",
        3,
        44,
        9.5,
        173,
        "-15%",
        _slots("20:15 20:45", "-15%"),
    ),
]
TM_SIZES = [8, 8, 5]
TM_TOTAL_SHOWN = 1243  # what the page claims for all of Milan
TM_QUERY = "data=2025-06-14&ora=2000&persone=2"
TM_BASE = "/ristoranti/milano"


def _tm_href(number: int) -> str:
    return f"{TM_BASE}?{TM_QUERY}" + (f"&p={number}" if number > 1 else "")


def _it_number(value: float, decimals: int = 1) -> str:
    """``9.1`` → ``9,1`` and ``1284`` → ``1.284`` (Italian separators)."""
    if decimals:
        return f"{value:.{decimals}f}".replace(".", ",")
    return f"{int(value):,}".replace(",", ".")


def _tm_slot(r: Restaurant, time: str, promo: str | None) -> str:
    hidden = f'<span class="{_em("SrOnly")} visually-hidden">Prenota alle {time}{" con sconto " + promo if promo else ""}</span>'
    promo_html = f'<span class="{_em("SlotPromo")}" data-testid="slot-offer">{esc(promo)}</span>' if promo else ""
    return (
        f'<li class="{_em("SlotItem")}"><a class="{_em("Slot")}" data-testid="time-slot" href="/prenotazione/{r.rid}?data=2025-06-14&amp;ora={time.replace(":", "")}&amp;persone=2" rel="nofollow">'
        f'<span aria-hidden="true" class="{_em("SlotTime")}">{time}</span>{promo_html}{hidden}</a></li>'
    )


def _tm_card(index: int, r: Restaurant) -> str:
    rating = (
        f'<div class="{_em("RatingBlock")}" data-testid="restaurant-card-rating"><span class="{_em("RatingValue")}" aria-label="Voto {_it_number(r.rating)} su 10">{_it_number(r.rating)}<span class="{_em("RatingMax")}">/10</span></span>'
        f'<span class="{_em("ReviewCount")}">{_it_number(r.reviews or 0, 0)} recensioni</span></div>'
        if r.rating is not None
        else f'<div class="{_em("RatingBlock")}" data-testid="restaurant-card-new"><span class="{_em("NewLabel")}">Nuovo su Tavolamica</span></div>'
    )
    badge = f'<span class="{_em("Badge")}" data-testid="restaurant-card-badge">{esc(r.badge)}</span>' if r.badge else ""
    promo = (
        f'<div class="{_em("PromoTag")}" data-testid="restaurant-card-offer"><svg aria-hidden="true" viewBox="0 0 16 16" class="{_em("PromoIcon")}"><path d="M2 2h6l6 6-6 6-6-6z"></path></svg><span>{esc(r.promo)}</span><span class="{_em("PromoDetail")}"> sul menù alla carta</span></div>'
        if r.promo
        else ""
    )
    slots = "".join(_tm_slot(r, t, p) for t, p in r.slots)
    img = _hex(f"tm-img{r.rid}", 32)
    return f"""
<li class="{_em("ResultItem")}" data-testid="restaurant-card-item">
 <div class="{_em("Card")}" data-testid="restaurant-card" data-restaurant-id="{r.rid}" data-position="{index}">
  <div class="{_em("CardMedia")}"><a href="{r.url}" tabindex="-1" aria-hidden="true"><picture><source type="image/webp" srcset="https://res.tavolamica.example/image/upload/f_auto,q_auto,t_search_card/{img}.webp"><img class="{_em("CardImg")}" loading="{"eager" if index < 3 else "lazy"}" src="https://res.tavolamica.example/image/upload/t_search_card/{img}.jpg" alt="{esc(r.name)}"></picture></a>
   <button type="button" class="{_em("Fav")}" aria-label="Aggiungi {esc(r.name)} ai preferiti" data-testid="favourite-button"><svg viewBox="0 0 24 24" aria-hidden="true"><path d="M12 21l-1-1C5 15 2 12 2 8a5 5 0 0 1 10-1 5 5 0 0 1 10 1c0 4-3 7-9 12z"></path></svg></button>{badge}</div>
  <div class="{_em("CardBody")}">
   <div class="{_em("CardHeader")}"><p class="{_em("CardCuisine")}" data-testid="restaurant-card-cuisine">{esc(r.cuisine)}</p>
    <h2 class="{_em("CardTitle")}"><a class="{_em("CardLink")}" data-testid="restaurant-card-name" href="{r.url}">{esc(r.name)}</a></h2>
    {rating}</div>
   <p class="{_em("CardAddress")}" data-testid="restaurant-card-address"><svg aria-hidden="true" viewBox="0 0 16 16"><circle cx="8" cy="6" r="3"></circle></svg><span class="{_em("Street")}">{esc(r.street)}, 20100 Milano</span> · <span class="{_em("Area")}" data-testid="restaurant-card-area">{esc(r.neighbourhood)}</span></p>
   <p class="{_em("CardPrice")}" data-testid="restaurant-card-price"><span class="{_em("PriceLevel")}" aria-label="Fascia di prezzo: {r.level} su 4">{r.price_level}</span> · Prezzo medio {r.average} €</p>
   {promo}
   <div class="{_em("Slots")}"><p class="{_em("SlotsTitle")}">Sabato 14 giugno · 2 persone</p>
    {f'<ul class="{_em("SlotList")}" aria-label="Orari disponibili">{slots}</ul>' if slots else f'<p class="{_em("NoSlots")}">Nessuna disponibilità</p>'}</div>
  </div>
 </div>
</li>"""


def _tm_gift_banner() -> str:
    return f"""
<li class="{_em("ResultItem")} {_em("Promo")}" data-testid="inline-banner"><aside class="{_em("InlineBanner")}"><img src="https://res.tavolamica.example/image/upload/banners/gift-card-2025.png" alt="" width="120" height="80"><div><p class="{_em("BannerTitle")}">Regala una cena!</p><p>La Gift Card Tavolamica è valida in oltre 12.000 ristoranti. Da 25 €.</p><a href="/gift-card?utm_source=search&amp;utm_medium=inline" class="{_em("BannerCta")}">Scopri la Gift Card</a></div></aside></li>"""


def _tm_sponsored() -> str:
    return f"""
<div class="{_em("SponsoredRail")}" data-testid="sponsored-carousel"><h2 class="{_em("RailTitle")}">In evidenza a Milano <span class="{_em("AdLabel")}">Sponsorizzato</span></h2>
 <ul class="{_em("RailList")}"><li><a href="/ristorante/terrazza-gallia-r299810?cp=sponsored"><img src="https://res.tavolamica.example/image/upload/t_rail/9c1d.jpg" alt=""><span>Terrazza Gallia</span><span>Gourmet · €€€€</span><span>9,0</span></a></li>
 <li><a href="/ristorante/ceresio-7-r301442?cp=sponsored"><img src="https://res.tavolamica.example/image/upload/t_rail/41aa.jpg" alt=""><span>Ceresio 7</span><span>Italiano · €€€€</span><span>8,8</span></a></li>
 <li><a href="/ristorante/la-cucina-dei-frigoriferi-r288175?cp=sponsored"><img src="https://res.tavolamica.example/image/upload/t_rail/7be0.jpg" alt=""><span>La Cucina dei Frigoriferi</span><span>Bistrot · €€€</span><span>8,6</span></a></li></ul></div>"""


def _tm_pagination(number: int, total: int) -> str:
    items = []
    if number > 1:
        items.append(
            f'<li><a class="{_em("PageArrow")}" href="{esc(_tm_href(number - 1))}" aria-label="Pagina precedente" rel="prev"><svg viewBox="0 0 16 16" aria-hidden="true"><path d="M10 3 5 8l5 5"></path></svg></a></li>'
        )
    for page in range(1, total + 1):
        if page == number:
            items.append(f'<li><span class="{_em("PageCurrent")}" aria-current="page">{page}</span></li>')
        else:
            items.append(
                f'<li><a class="{_em("PageLink")}" href="{esc(_tm_href(page))}" aria-label="Pagina {page}">{page}</a></li>'
            )
    items.append(
        f'<li><span class="{_em("PageGap")}">…</span></li><li><span class="{_em("PageDisabled")}">156</span></li>'
    )
    if number < total:
        items.append(
            f'<li><a class="{_em("PageArrow")}" href="{esc(_tm_href(number + 1))}" aria-label="Pagina successiva" rel="next"><svg viewBox="0 0 16 16" aria-hidden="true"><path d="m6 3 5 5-5 5"></path></svg></a></li>'
        )
    return f'<nav class="{_em("Pagination")}" aria-label="Paginazione" data-testid="pagination"><ul class="{_em("PaginationList")}">{"".join(items)}</ul></nav>'


def _tm_state(rows: list[Restaurant], number: int) -> str:
    state = {
        "ROOT_QUERY": {
            f'restaurantSearch({{"cityId":"348156","page":{number},"pax":2,"date":"2025-06-14","time":"20:00"}})': {
                "__typename": "RestaurantSearchResult",
                "totalCount": TM_TOTAL_SHOWN,
                "restaurants": [{"__ref": f"Restaurant:{r.rid}"} for r in rows],
            }
        },
        **{
            f"Restaurant:{r.rid}": {
                "__typename": "Restaurant",
                "id": str(r.rid),
                "name": r.name,
                "servesCuisine": r.cuisine,
                "priceRange": r.average,
                "aggregateRatings": {"thefork": {"ratingValue": r.rating, "reviewCount": r.reviews}}
                if r.rating
                else None,
                "bestOffer": {"label": r.promo, "type": "DISCOUNT"} if r.promo else None,
                "geo": {"neighbourhood": r.neighbourhood.upper()},
            }
            for r in rows
        },
    }
    return _json_script(state)


def _tm_page(number: int, total: int, rows: list[Restaurant], first: int) -> str:
    cards = [_tm_card(first + i, r) for i, r in enumerate(rows)]
    if number == 1:
        cards.insert(4, _tm_gift_banner())
    shown_to = first + len(rows) - 1
    canonical = "https://www.tavolamica.example" + _tm_href(number)
    return f"""<!DOCTYPE html>
<html lang="it-IT"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>I migliori ristoranti a Milano - Prenota online su Tavolamica{f" - Pagina {number}" if number > 1 else ""}</title>
<meta name="description" content="Prenota un tavolo nei migliori ristoranti di Milano: fino al 50% di sconto, recensioni verificate e conferma immediata.">
<link rel="canonical" href="{esc(canonical)}">
<link rel="preconnect" href="https://res.tavolamica.example">
<style data-emotion="css {_b36("tm-style", 7)}">.{_em("Card").split()[0]}{{display:flex;gap:16px;border-bottom:1px solid #e6e6e6}}.{_em("SrOnly").split()[0]}{{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}}</style>
<script type="application/ld+json">{_json_script({"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Italia", "item": "https://www.tavolamica.example/"}, {"@type": "ListItem", "position": 2, "name": "Lombardia", "item": "https://www.tavolamica.example/ristoranti/lombardia"}, {"@type": "ListItem", "position": 3, "name": "Milano", "item": "https://www.tavolamica.example/ristoranti/milano"}]})}</script>
</head>
<body><div id="__app">
<header class="{_em("Header")}" data-testid="header"><a href="/" class="{_em("Logo")}" aria-label="Tavolamica, torna alla home"><svg viewBox="0 0 120 24" aria-hidden="true"><path d="M0 0h120v24H0z"></path></svg></a>
 <form class="{_em("SearchBar")}" role="search" action="/ricerca"><label class="{_em("SrOnly")} visually-hidden" for="where">Dove</label><input id="where" name="q" value="Milano"><button type="button" class="{_em("Pill")}">Sab 14 giu</button><button type="button" class="{_em("Pill")}">20:00</button><button type="button" class="{_em("Pill")}">2 persone</button><button type="submit">Cerca</button></form>
 <nav class="{_em("HeaderNav")}"><a href="/yums">I miei Yums</a><a href="/gift-card">Gift Card</a><a href="/login" rel="nofollow">Accedi</a><a href="https://manager.tavolamica.example/it/">Sei un ristoratore?</a></nav></header>
<main class="{_em("SearchPage")}">
 <nav aria-label="breadcrumb" class="{_em("Breadcrumbs")}"><ol><li><a href="/">Italia</a></li><li><a href="/ristoranti/lombardia">Lombardia</a></li><li aria-current="page">Milano</li></ol></nav>
 <div class="{_em("Layout")}">
  <aside class="{_em("Filters")}" data-testid="filters"><h2 class="{_em("FiltersTitle")}">Filtri</h2>
   <fieldset><legend>Offerte</legend><label><input type="checkbox" name="offer" value="discount"> Sconti fino al -50%</label><label><input type="checkbox" name="yums"> Yums x2</label></fieldset>
   <fieldset><legend>Tipo di cucina</legend><label><input type="checkbox"> Italiano (412)</label><label><input type="checkbox"> Pizza (188)</label><label><input type="checkbox"> Pesce (131)</label><label><input type="checkbox"> Giapponese (97)</label><label><input type="checkbox"> Milanese (54)</label><button type="button">Mostra tutte</button></fieldset>
   <fieldset><legend>Prezzo medio</legend><label><input type="radio" name="price"> Meno di 25 €</label><label><input type="radio" name="price"> 25–40 €</label><label><input type="radio" name="price"> 40–70 €</label><label><input type="radio" name="price"> Più di 70 €</label></fieldset>
   <fieldset><legend>Voto</legend><label><input type="radio" name="rating"> 9+ Eccezionale</label><label><input type="radio" name="rating"> 8+ Ottimo</label></fieldset>
  </aside>
  <section class="{_em("Results")}" aria-labelledby="results-title">
   <h1 id="results-title" class="{_em("ResultsTitle")}">Ristoranti a Milano</h1>
   <div class="{_em("ResultsBar")}"><p class="{_em("ResultsCount")}" data-testid="search-results-count">{_it_number(TM_TOTAL_SHOWN, 0)} ristoranti · {first}–{shown_to}</p>
    <label class="{_em("Sort")}">Ordina per <select name="sort"><option selected>Rilevanza</option><option>Voto</option><option>Prezzo</option><option>Offerte</option></select></label>
    <button type="button" class="{_em("MapToggle")}">Mappa</button></div>
   {_tm_sponsored() if number == 1 else ""}
   <ul class="{_em("ResultList")}" data-testid="search-results-list">
   {"".join(cards)}
   </ul>
   {_tm_pagination(number, total)}
  </section>
 </div>
 <section class="{_em("SeoLinks")}"><h2>Ricerche popolari a Milano</h2><ul><li><a href="/ristoranti/milano/pizza">Pizzerie a Milano</a></li><li><a href="/ristoranti/milano/sushi">Sushi a Milano</a></li><li><a href="/ristoranti/milano/navigli">Ristoranti ai Navigli</a></li><li><a href="/ristoranti/milano/brera">Ristoranti a Brera</a></li><li><a href="/ristoranti/milano/romantici">Ristoranti romantici</a></li></ul></section>
</main>
<footer class="{_em("Footer")}"><div><h3>Tavolamica</h3><ul><li><a href="/chi-siamo">Chi siamo</a></li><li><a href="/lavora-con-noi">Lavora con noi</a></li><li><a href="/aiuto">Centro assistenza</a></li></ul></div><p>© 2025 Tavolamica S.r.l. – P. IVA 09876543210 · <a href="/termini">Termini e condizioni</a> · <a href="/privacy">Privacy</a> · <a href="/cookie">Cookie</a></p></footer>
</div>
<div id="didomi-host" data-nosnippet="true"><div class="didomi-popup-notice didomi-notice-banner" role="dialog" aria-label="Consenso ai cookie"><div class="didomi-notice-text">Noi e i nostri 212 partner utilizziamo cookie e tecnologie simili per personalizzare contenuti e annunci e analizzare il traffico. Puoi accettare, rifiutare o personalizzare le tue scelte.</div><div class="didomi-buttons"><button id="didomi-notice-disagree-button" class="didomi-button">Rifiuta</button><button id="didomi-notice-learn-more-button" class="didomi-button">Personalizza</button><button id="didomi-notice-agree-button" class="didomi-button didomi-button-highlight">Accetta e chiudi</button></div></div></div>
<script>window.__APOLLO_STATE__={_tm_state(rows, number)};</script>
<script src="https://static.tavolamica.example/search/_app.{_hex(f"tm-js{number}", 10)}.js" defer></script>
</body></html>"""


@seventeenth
def build_tavolamica() -> None:
    s = Site(
        "tavolamica",
        kind="restaurant-reservation search results",
        start=_tm_href(1).lstrip("/"),
        description="An Italian restaurant-reservation site's search results for Milan (date, time and party size in the query); numbered pagination over &p=N.",
    )
    pages = chunks(TM_RESTAURANTS, TM_SIZES)
    first = 1
    for number, rows in enumerate(pages, 1):
        s.list_page(_tm_href(number).lstrip("/").replace("?", "@"), _tm_page(number, len(pages), rows, first))
        first += len(rows)
    for r in TM_RESTAURANTS:
        s.expect(
            {
                "name": r.name,
                "url": r.url,
                "cuisine": r.cuisine,
                "neighbourhood": r.neighbourhood,
                "price_level": r.price_level,
                "average_price": r.average,
                "currency": "EUR",
                "rating": r.rating,
                "review_count": r.reviews,
                "promo": r.promo,
                "slots": [t for t, _ in r.slots] or None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# skyvane (FROZEN): a Skyscanner-like flight search, server-rendered tickets with CSS-module classes
# ---------------------------------------------------------------------------------------------------


def _cm(component: str, element: str) -> str:
    """A CSS-module class as the real build emits it: ``Component_element__Hash5``."""
    return f"{component}_{element}__{_b36('sv' + component + element, 5).capitalize()}"


def _bpk(element: str) -> str:
    """A Backpack design-system class pair (``BpkText_bpk-text__…  BpkText_bpk-text--sm__…``)."""
    return f"BpkText_bpk-text__{_b36('bpk', 5).capitalize()} BpkText_bpk-text--{element}__{_b36('bpk' + element, 5).capitalize()}"


SV_AIRPORTS = {
    "MAD": "Madrid Barajas",
    "LHR": "London Heathrow",
    "LGW": "London Gatwick",
    "STN": "London Stansted",
    "LTN": "London Luton",
    "LCY": "London City",
    "LIS": "Lisbon",
    "BCN": "Barcelona",
    "DUB": "Dublin",
    "BIO": "Bilbao",
}


@dataclass(frozen=True)
class Flight:
    """One itinerary of the results (one way, Madrid → London)."""

    airlines: tuple[str, ...]
    dep: str  # HH:MM Madrid time (+02:00)
    arr: str  # HH:MM London time (+01:00)
    arr_day: int  # days after departure
    origin: str
    destination: str
    via: tuple[str, ...]
    price: int
    badge: str | None = None
    deals: int = 1

    @property
    def minutes(self) -> int:
        dh, dm = map(int, self.dep.split(":"))
        ah, am = map(int, self.arr.split(":"))
        return (ah * 60 + am + self.arr_day * 1440 + 60) - (dh * 60 + dm)

    @property
    def duration(self) -> str:
        return f"{self.minutes // 60}h {self.minutes % 60:02d}m" if self.minutes % 60 else f"{self.minutes // 60}h"

    @property
    def stops(self) -> str:
        return "Direct" if not self.via else ("1 stop" if len(self.via) == 1 else f"{len(self.via)} stops")

    @property
    def key(self) -> str:
        return _hex(f"sv{self.airlines}{self.dep}{self.origin}{self.destination}", 10)

    @property
    def url(self) -> str:
        return f"/transport/flights/mad/lond/250614/config/13870-2506140{self.dep.replace(':', '')}--{_hex('c' + self.key, 5)}-{len(self.via)}-{_hex('d' + self.key, 5)}-2506{14 + self.arr_day}{self.arr.replace(':', '')}"

    def departure_iso(self) -> str:
        return f"2025-06-14T{self.dep}:00+02:00"

    def arrival_iso(self) -> str:
        return f"2025-06-{14 + self.arr_day}T{self.arr}:00+01:00"


SV_FLIGHTS = [
    Flight(("Iberia",), "07:15", "08:40", 0, "MAD", "LHR", (), 112, "Best", 5),
    Flight(("Ryanair",), "06:25", "07:45", 0, "MAD", "STN", (), 36, "Cheapest", 2),
    Flight(("British Airways",), "09:35", "10:50", 0, "MAD", "LHR", (), 134, "Fastest", 7),
    Flight(("easyJet",), "10:50", "12:20", 0, "MAD", "LGW", (), 63, None, 3),
    Flight(("Vueling", "British Airways"), "08:05", "12:35", 0, "MAD", "LGW", ("BCN",), 71, None, 2),
    Flight(("Iberia Express",), "13:10", "14:35", 0, "MAD", "LHR", (), 96, None, 4),
    Flight(("TAP Air Portugal",), "06:50", "11:55", 0, "MAD", "LHR", ("LIS",), 88, None, 3),
    Flight(("Ryanair",), "15:40", "17:05", 0, "MAD", "STN", (), 52, None, 2),
    Flight(("Air Europa",), "12:20", "13:50", 0, "MAD", "LGW", (), 84, None, 2),
    Flight(("British Airways",), "17:25", "18:50", 0, "MAD", "LHR", (), 149, None, 6),
    Flight(("Wizz Air",), "19:10", "20:35", 0, "MAD", "LTN", (), 41, None, 1),
    Flight(("Vueling",), "07:40", "09:10", 0, "MAD", "LGW", (), 69, None, 3),
    Flight(("Aer Lingus",), "11:30", "17:45", 0, "MAD", "LHR", ("DUB",), 121, None, 2),
    Flight(("easyJet",), "20:55", "22:25", 0, "MAD", "LGW", (), 57, None, 3),
    Flight(("Iberia", "BA CityFlyer"), "14:15", "19:50", 0, "MAD", "LCY", ("BIO",), 177, None, 2),
    Flight(("Ryanair",), "21:30", "22:55", 0, "MAD", "STN", (), 44, None, 2),
    Flight(("Air Europa", "Vueling"), "16:05", "21:40", 0, "MAD", "LGW", ("BCN",), 79, None, 1),
    Flight(("British Airways",), "20:10", "21:35", 0, "MAD", "LHR", (), 128, None, 5),
    Flight(("Iberia",), "18:45", "20:10", 0, "MAD", "LHR", (), 118, None, 4),
    Flight(("TAP Air Portugal",), "18:20", "07:30", 1, "MAD", "LGW", ("LIS",), 74, None, 2),
    Flight(("Vueling", "Ryanair"), "21:50", "09:05", 1, "MAD", "STN", ("BCN",), 66, None, 1),
    Flight(("easyJet",), "16:30", "18:00", 0, "MAD", "LTN", (), 55, None, 2),
    Flight(("Iberia Express",), "22:05", "23:30", 0, "MAD", "LHR", (), 102, None, 3),
    Flight(("Aer Lingus", "British Airways"), "06:00", "12:15", 0, "MAD", "LCY", ("DUB",), 163, None, 2),
    Flight(("Wizz Air",), "12:55", "14:25", 0, "MAD", "LTN", (), 39, None, 1),
    Flight(("Air Europa",), "19:35", "21:05", 0, "MAD", "LGW", (), 91, None, 2),
]
SV_SIZES = [10, 10, 6]
SV_QUERY = "adultsv2=1&cabinclass=economy&rtn=0&preferdirects=false"
SV_BASE = "/transport/flights/mad/lond/250614/"
SV_TOTAL = 412


def _sv_href(number: int) -> str:
    return f"{SV_BASE}?{SV_QUERY}" + (f"&page={number}" if number > 1 else "")


def _sv_logo(airline: str) -> str:
    code = slug(airline).replace("-", "")[:6]
    return f'<img class="{_cm("LogoImage", "logo")}" src="https://www.skyvane.example/images/airlines/small/{code}.png" alt="{esc(airline)}" width="32" height="32">'


def _sv_ticket(index: int, f: Flight) -> str:
    badge = (
        f'<div class="{_cm("TicketTags", "tag")} {_cm("TicketTags", f.badge.lower())}" data-test-id="ticket-tag"><span class="{_bpk("xs")}">{f.badge}</span></div>'
        if f.badge
        else ""
    )
    carriers = " + ".join(f.airlines)
    via = ", ".join(f.via)
    stops_cls = _cm("LegInfo", "stopsLabelGreen" if not f.via else "stopsLabelRed")
    plus_day = (
        f'<span class="{_cm("TimeWithOffsetTooltip", "offsetTooltip")}" title="Arrives on Sun, 15 Jun">+{f.arr_day}</span>'
        if f.arr_day
        else ""
    )
    airline_name = (
        f'<span class="{_bpk("xs")}">{esc(carriers)}</span>'
        if len(f.airlines) > 1
        else f'<span class="{_cm("LogoImage", "label")} {_bpk("xs")}">{esc(f.airlines[0])}</span>'
    )
    hidden = f"{carriers}. Departs from {SV_AIRPORTS[f.origin]} at {f.dep}, arrives at {SV_AIRPORTS[f.destination]} at {f.arr}. {f.stops}{' via ' + via if via else ''}. Total duration {f.duration}. Price €{f.price}."
    return f"""
<div class="{_cm("FlightsResults", "dayViewItems")}" data-testid="itinerary-{index}">
 <div class="{_cm("FlightsTicket", "container")}" role="group" aria-label="{esc(hidden)}">
  <a class="{_cm("FlightsTicket", "link")}" href="{esc(f.url)}" data-itinerary-key="{f.key}"><span class="{_cm("VisuallyHidden", "hidden")}">Select this flight</span></a>
  <div class="{_cm("BpkTicket", "bpk-ticket")} {_cm("Ticket", "ticket")}">
   <div class="{_cm("BpkTicket", "bpk-ticket__main")}">
    {badge}
    <div class="{_cm("UpperTicketBody", "container")}"><div class="{_cm("UpperTicketBody", "legsContainer")}">
     <div class="{_cm("LegDetails", "container")}">
      <div class="{_cm("LogoImage", "container")}">{"".join(_sv_logo(a) for a in f.airlines)}{airline_name}</div>
      <div class="{_cm("LegInfo", "legInfo")}">
       <div class="{_cm("LegInfo", "routePartialDepart")}"><span class="{_cm("LegInfo", "routePartialTime")}"><time datetime="{f.departure_iso()}"><span class="{_bpk("subheading")}">{f.dep}</span></time></span><span class="{_cm("LegInfo", "routePartialCityTooltip")}"><span class="{_bpk("xs")}" title="{esc(SV_AIRPORTS[f.origin])}">{f.origin}</span></span></div>
       <div class="{_cm("LegInfo", "stopsContainer")}"><span class="{_cm("Duration", "duration")} {_bpk("xs")}">{f.duration}</span><ul class="{_cm("LegInfo", "stopLine")}">{"".join(f'<li class="{_cm("LegInfo", "stopDot")}"></li>' for _ in f.via)}</ul><div class="{_cm("LegInfo", "stopsLabelContainer")}"><span class="{stops_cls} {_bpk("xs")}">{f.stops}</span>{f' <span class="{_cm("LegInfo", "stopsLocations")}"><span title="{esc(", ".join(SV_AIRPORTS[v] for v in f.via))}">{via}</span></span>' if via else ""}</div></div>
       <div class="{_cm("LegInfo", "routePartialArrive")}"><span class="{_cm("LegInfo", "routePartialTime")}"><time datetime="{f.arrival_iso()}"><span class="{_bpk("subheading")}">{f.arr}</span></time>{plus_day}</span><span class="{_cm("LegInfo", "routePartialCityTooltip")}"><span class="{_bpk("xs")}" title="{esc(SV_AIRPORTS[f.destination])}">{f.destination}</span></span></div>
      </div>
     </div>
    </div></div>
   </div>
   <div class="{_cm("BpkTicket", "bpk-ticket__stub")} {_cm("Ticket", "stub")}">
    <div class="{_cm("TicketStub", "container")}"><div class="{_cm("Price", "mainPriceContainer")}"><span class="{_cm("Price", "dealsLabel")} {_bpk("xs")}">{f.deals} deal{"s" if f.deals > 1 else ""} from</span><div class="{_cm("Price", "mainPrice")}"><span class="{_bpk("heading-4")}">€{f.price}</span></div><span class="{_cm("Price", "totalPrice")} {_bpk("xs")}">€{f.price} total</span></div>
     <button type="button" class="BpkButton_bpk-button__{_b36("btn", 5).capitalize()} {_cm("TicketStub", "ctaButton")}" aria-hidden="true" tabindex="-1">Select <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M14.4 6.6 19.8 12l-5.4 5.4"></path></svg></button></div>
   </div>
  </div>
 </div>
</div>"""


def _sv_inline_ad(n: int) -> str:
    offers = [
        (
            "Iberia Express",
            "Madrid – London from €49. Book by 20 June.",
            "https://ads.skyvane.example/click?cid=ibx-2506&pos=4",
        ),
        (
            "Hotels in London",
            "Compare hotel deals near Heathrow — free cancellation on most rooms.",
            "/hotels/search?entity=london&utm_source=flights_inline",
        ),
    ]
    name, text, href = offers[n % len(offers)]
    return f"""
<div class="{_cm("FlightsResults", "dayViewItems")} {_cm("InlineBrandBanner", "container")}" data-testid="inline-ad"><div class="{_cm("InlineBrandBanner", "banner")}"><span class="{_cm("InlineBrandBanner", "sponsored")} {_bpk("xs")}">Sponsored</span><img src="https://content.skyvane.example/m/ads/{_hex(name, 8)}.png" alt="" width="48" height="48"><div><p class="{_bpk("subheading")}">{esc(name)}</p><p class="{_bpk("sm")}">{esc(text)}</p></div><a class="{_cm("InlineBrandBanner", "cta")}" href="{esc(href)}" rel="sponsored noopener" target="_blank">Go to site</a></div></div>"""


def _sv_sort_tabs(rows: list[Flight]) -> str:
    tabs = []
    for label in ("Best", "Cheapest", "Fastest"):
        flight = next(f for f in SV_FLIGHTS if f.badge == label)
        selected = label == "Best"
        tabs.append(
            f'<button type="button" role="tab" aria-selected="{str(selected).lower()}" class="{_cm("FqsTabs", "fqsTabWithSparkle")}{" " + _cm("FqsTabs", "selected") if selected else ""}" data-testid="{label.lower()}-tab"><span class="{_bpk("heading-5")}">{label}</span><span class="{_bpk("sm")}">€{flight.price}</span><span class="{_bpk("xs")}">{flight.duration} (average)</span></button>'
        )
    return (
        f'<div class="{_cm("FqsTabs", "fqsTabsContainer")}" role="tablist" aria-label="Sort by">{"".join(tabs)}</div>'
    )


def _sv_page(number: int, total: int, rows: list[Flight], first: int) -> str:
    tickets = [_sv_ticket(first + i, f) for i, f in enumerate(rows)]
    if number == 1:
        tickets.insert(3, _sv_inline_ad(0))
    elif number == 2:
        tickets.insert(5, _sv_inline_ad(1))
    more = (
        f'<div class="{_cm("FlightsDayView", "moreButton")}"><a class="BpkButton_bpk-button__{_b36("btn", 5).capitalize()} BpkButton_bpk-button--secondary__{_b36("btn2", 5).capitalize()}" href="{esc(_sv_href(number + 1))}" data-testid="show-more-button">Show more results</a></div>'
        if number < total
        else f'<p class="{_cm("FlightsDayView", "endOfResults")} {_bpk("sm")}">That’s all the flights matching your filters.</p>'
    )
    state = {
        "props": {
            "pageProps": {
                "searchParams": {
                    "origin": "MAD",
                    "destination": "LOND",
                    "date": "2025-06-14",
                    "adults": 1,
                    "cabinClass": "economy",
                },
                "page": number,
                "itineraries": {
                    "totalResults": SV_TOTAL,
                    "results": [
                        {
                            "id": f.key,
                            "price": {"raw": f.price + 0.37, "formatted": f"€{f.price}"},
                            "legs": [{"durationInMinutes": f.minutes, "stopCount": len(f.via)}],
                            "tags": [f.badge.lower()] if f.badge else [],
                        }
                        for f in rows
                    ],
                },
            }
        },
        "page": "/transport/flights/[origin]/[destination]/[date]",
        "buildId": _hex("sv-build", 20),
        "isFallback": False,
        "gssp": True,
    }
    return f"""<!DOCTYPE html>
<html lang="en-GB" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Cheap flights from Madrid to London | Skyvane</title>
<meta name="robots" content="noindex,follow">
<link rel="stylesheet" href="https://js.skyvane.example/sttc/banana/flights-day-view.{_hex("sv-css", 8)}.css">
</head>
<body>
<div id="__next">
<div class="{_cm("AppBanner", "container")}" role="region" aria-label="Get the app"><p class="{_bpk("sm")}">Prices are up to 10% lower in the app</p><a href="https://skyvane.app.link/flights-dayview">Open</a><button type="button" aria-label="Close">×</button></div>
<header class="{_cm("Header", "header")}"><a href="/" class="{_cm("Header", "logo")}"><span class="{_cm("VisuallyHidden", "hidden")}">Skyvane home</span><svg viewBox="0 0 140 24" aria-hidden="true"><path d="M0 0h140v24H0z"></path></svg></a>
 <nav class="{_cm("Header", "tabs")}" aria-label="Products"><a href="/flights" aria-current="page">Flights</a><a href="/hotels">Hotels</a><a href="/carhire">Car hire</a></nav>
 <div class="{_cm("Header", "tools")}"><button type="button">English (UK) · ES · € EUR</button><a href="/profile/login">Log in</a></div></header>
<main class="{_cm("FlightsDayView", "container")}">
 <form class="{_cm("SearchControls", "form")}" action="/transport/flights/" aria-label="Edit your search"><span class="{_bpk("subheading")}">Madrid (MAD)</span><span aria-hidden="true">→</span><span class="{_bpk("subheading")}">London (Any)</span><span class="{_bpk("sm")}">Sat, 14 Jun · 1 adult, Economy · One way</span><button type="submit">Search</button></form>
 <div class="{_cm("FlightsDayView", "columns")}">
  <aside class="{_cm("FilterPanel", "container")}" aria-label="Filters">
   <details open><summary class="{_bpk("heading-5")}">Stops</summary><label><input type="checkbox" checked> Direct <span>from €36</span></label><label><input type="checkbox" checked> 1 stop <span>from €66</span></label><label><input type="checkbox" checked> 2+ stops <span>from €212</span></label></details>
   <details open><summary class="{_bpk("heading-5")}">Departure times</summary><p class="{_bpk("sm")}">Outbound: 00:00 – 23:59</p><input type="range" min="0" max="1439" aria-label="Earliest departure"></details>
   <details><summary class="{_bpk("heading-5")}">Airlines</summary><label><input type="checkbox" checked> Air Europa</label><label><input type="checkbox" checked> British Airways</label><label><input type="checkbox" checked> easyJet</label><label><input type="checkbox" checked> Iberia</label><label><input type="checkbox" checked> Ryanair</label><label><input type="checkbox" checked> Vueling</label></details>
   <details><summary class="{_bpk("heading-5")}">Airports</summary><label><input type="checkbox" checked> LHR London Heathrow</label><label><input type="checkbox" checked> LGW London Gatwick</label><label><input type="checkbox" checked> STN London Stansted</label><label><input type="checkbox" checked> LTN London Luton</label><label><input type="checkbox" checked> LCY London City</label></details>
  </aside>
  <section class="{_cm("FlightsDayView", "results")}" aria-labelledby="results-heading">
   <h1 id="results-heading" class="{_cm("VisuallyHidden", "hidden")}">Flights from Madrid to London</h1>
   <div class="{_cm("PriceAlert", "container")}"><svg viewBox="0 0 24 24" aria-hidden="true"><path d="M12 2a7 7 0 0 0-7 7v5l-2 3h18l-2-3V9a7 7 0 0 0-7-7z"></path></svg><p class="{_bpk("sm")}">Get Price Alerts — track prices for this route and we’ll tell you when they change.</p><button type="button">Get Price Alerts</button></div>
   <p class="{_cm("ResultsSummary", "summary")} {_bpk("sm")}"><strong>{SV_TOTAL} results</strong> sorted by Best · Showing {first}–{first + len(rows) - 1}</p>
   {_sv_sort_tabs(rows)}
   <div class="{_cm("FlightsResults", "dayViewItemsContainer")}" data-testid="day-view-items">
   {"".join(tickets)}
   </div>
   {more}
   <p class="{_cm("Disclaimer", "text")} {_bpk("xs")}">Prices shown are the lowest found in the last 4 days per adult, including all taxes and charges. Additional baggage fees may apply.</p>
  </section>
 </div>
</main>
<footer class="{_cm("Footer", "footer")}"><ul><li><a href="/help">Help</a></li><li><a href="/privacy-policy">Privacy policy</a></li><li><a href="/cookie-policy">Cookie policy</a></li><li><a href="/sitemap">Sitemap</a></li></ul><p class="{_bpk("xs")}">© Skyvane Ltd 2002 – 2025</p></footer>
<div class="{_cm("CookieBanner", "container")}" role="dialog" aria-modal="false" aria-labelledby="cookie-title"><h2 id="cookie-title" class="{_bpk("heading-5")}">We use cookies</h2><p class="{_bpk("sm")}">We use cookies to help our site work, to understand how it is used, and to tailor the adverts presented on our site. By clicking “OK” you agree to this. <a href="/cookie-policy">Find out more</a>.</p><button type="button">OK</button><button type="button">Settings</button></div>
</div>
<script id="__NEXT_DATA__" type="application/json">{_json_script(state)}</script>
<script src="https://js.skyvane.example/sttc/banana/_next/static/chunks/pages/transport/flights-{_hex("sv-js", 12)}.js" defer></script>
</body></html>"""


@seventeenth
def build_skyvane() -> None:
    s = Site(
        "skyvane",
        kind="flight search results",
        start=_sv_href(1).lstrip("/"),
        description="A flight search engine's results for Madrid → London (any airport), one way, Saturday 14 June 2025; 'Show more results' over &page=N.",
    )
    pages = chunks(SV_FLIGHTS, SV_SIZES)
    first = 1
    for number, rows in enumerate(pages, 1):
        s.list_page(_sv_href(number).lstrip("/").replace("?", "@"), _sv_page(number, len(pages), rows, first))
        first += len(rows)
    for f in SV_FLIGHTS:
        s.expect(
            {
                "airlines": list(f.airlines),
                "url": f.url,
                "departure": f.departure_iso(),
                "arrival": f.arrival_iso(),
                "origin": f.origin,
                "destination": f.destination,
                "duration": f.duration,
                "stops": f.stops,
                "price": f.price,
                "currency": "EUR",
                "badge": f.badge,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in SEVENTEENTH.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(f"{name:20} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}")


if __name__ == "__main__":
    main()
