"""Fifteenth wave, part A: three European site families, written and measured before any heuristic
was changed for them (a French classifieds search, a German price-comparison category and a German job
board search).

* **petitesannonces** — a leboncoin real-estate search (``/recherche?category=9&locations=Paris&
  real_estate_type=2``, Next.js 2024–25: hashed ``styles_…__xYz12`` CSS-module classes and ``sc-`` pairs,
  ``data-test-id`` / ``data-qa-id`` hooks): the header (logo, "Déposer une annonce", search, "Mes
  recherches", "Favoris", "Messages", "Se connecter"), the category tabs, filter buttons (Catégorie,
  Localisation, Type de bien, Prix, Surface, Pièces), "1 842 annonces", the sort select, an "À la une"
  carousel of two boosted ads (both listed again in the normal list), then the list of
  ``a[data-test-id=ad][data-qa-id=aditem_container]`` cards: a store name and "Pro" badge on pro ads,
  the image, ``p[data-test-id=adcard-title]``, the price "285 000 €" (narrow no-break spaces) with
  "4 191 €/m²", an attribute line "3 pièces · 68 m²", the location "Paris 75011", and the date
  "Aujourd'hui, 14:32" / "Hier, 21:05" / "12 mars", a favourite button. Google ad slots and a native
  "Publicité" card sit in the list; a pagination nav over ``&page=N``; the footer, a Didomi banner and
  ``__NEXT_DATA__``. Ten, ten and six ads. Written down: title, url, price, currency, price_per_m2,
  rooms, size, location, date (the text for relative days, ``--MM-DD`` for "12 mars"), seller (pros).
* **preisblick** — an idealo category page (``/preisvergleich/ProductCategory/19116.html``, 2024–25
  CSS-module classes such as ``sr-resultList__item_m6xdA`` / ``sr-productSummary__title_f5flP``): the
  header, breadcrumbs, h1 "Bluetooth-Kopfhörer", "274 Produkte", filter sidebar with counts, sort
  buttons, then ``div.sr-resultList__item_…`` tiles: the product link, image, the name, a key-facts
  list, a test grade ("1,8" + "gut", "Note aus 12 Tests") on some, stars ``aria-label="4,5 von 5"``
  and "(128 Bewertungen)" on most, "ab 199,00 €", "Preis inkl. Versand", "23 Angebote",
  "Produktdatenblatt" and "Vergleichen". An "Anzeige" tile per page (same markup, a shop deal link),
  ad slots; pagination over ``19116I16-10.html`` / ``19116I16-20.html``; footer and consent dialog.
  Ten, ten and seven products. Written down: title, url, price, currency, offers, grade, grade_text,
  rating, review_count, features (a list).
* **stellenwerk** — a StepStone search (``/jobs/softwareentwickler/in-berlin?radius=30``, 2024–25:
  hashed ``res-…`` emotion classes, ``data-at`` hooks): the header, search form, "412 Jobs", filter
  buttons, then ``article[data-at=job-item]`` cards: the company logo, title link
  ``a[data-at=job-item-title]`` (``/stellenangebote--…--12345678-inline.html``), company, locations
  "Berlin, Hamburg", "Homeoffice möglich" / "Teilweise Home-Office" on some, chips "Feste Anstellung"
  / "Vollzeit" / "Teilzeit", the salary "45.000 € – 60.000 € / Jahr" on some ("Gehalt anzeigen"
  buttons on others), ``time`` "vor 3 Tagen" / "vor 5 Stunden" (with "Neu" on the freshest), a "Top
  Job" badge on promoted ones, a "Schnellbewerbung" label. A promoted company banner and ad slot in
  the list; pagination over ``&page=N``; footer and consent dialog. Ten, ten and six jobs. Written
  down: title, url, company, location, homeoffice, job_type (a list), salary, date (the ISO day of the time element, which says 'vor 3 Tagen').

Run ``uv run python tests/sites/corpus/generate_fifteenth.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import re
import sys
import unicodedata
import zlib
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

FIFTEENTH: dict[str, Callable[[], None]] = {}
NNBSP = "\u202f"
NBSP = "\u00a0"


def fifteenth(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    FIFTEENTH[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hash(text: str, length: int = 5) -> str:
    """A stable mixed-case token, as CSS-module and emotion class hashes are."""
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    number = zlib.crc32(text.encode()) * 7919 + zlib.crc32(text[::-1].encode())
    out = ""
    for _ in range(length):
        number, digit = divmod(number, len(letters))
        out += letters[digit]
    return out


def _m(block: str) -> str:
    """A CSS-module class: ``styles_adCard__xYz12`` (leboncoin) or ``sr-resultList__item_xYz12`` (idealo)."""
    return f"{block}__{_hash(block)}" if block.startswith("styles_") else f"{block}_{_hash(block)}"


def _fr_thousands(value: int) -> str:
    """``285000`` → ``285 000`` with narrow no-break spaces."""
    return f"{value:,}".replace(",", NNBSP)


def _de_money(value: float) -> str:
    """``1299.0`` → ``1.299,00``."""
    whole, cents = f"{value:,.2f}".split(".")
    return f"{whole.replace(',', '.')},{cents}"


# ---------------------------------------------------------------------------------------------------
# petitesannonces: a leboncoin real-estate search (2024–2025).
# ---------------------------------------------------------------------------------------------------

PA_START = "recherche?category=9&locations=Paris&real_estate_type=2"

# (id, title, rooms, size, price, zip, date shown, date written, pro store or None)
PA_ADS: list[tuple[Any, ...]] = [
    (
        2874512345,
        "Appartement 3 pièces 68 m²",
        3,
        68,
        685000,
        "75011",
        "Aujourd'hui, 14:32",
        "Aujourd'hui, 14:32",
        "Guy Hoquet Paris 11 Voltaire",
    ),
    (
        2874498812,
        "Studio lumineux proche Canal Saint-Martin",
        1,
        21,
        229000,
        "75010",
        "Aujourd'hui, 13:58",
        "Aujourd'hui, 13:58",
        None,
    ),
    (
        2874477630,
        "Appartement 2 pièces 42 m²",
        2,
        42,
        415000,
        "75018",
        "Aujourd'hui, 12:11",
        "Aujourd'hui, 12:11",
        "Century 21 Lamarck Immobilier",
    ),
    (
        2874460019,
        "Bel appartement familial avec balcon",
        4,
        87,
        899000,
        "75015",
        "Aujourd'hui, 11:47",
        "Aujourd'hui, 11:47",
        None,
    ),
    (
        2874431177,
        "Appartement 2 pièces 38 m²",
        2,
        38,
        352000,
        "75020",
        "Aujourd'hui, 10:05",
        "Aujourd'hui, 10:05",
        "Laforêt Paris 20 Gambetta",
    ),
    (
        2874402268,
        "Duplex dernier étage vue dégagée",
        3,
        74,
        795000,
        "75019",
        "Aujourd'hui, 08:39",
        "Aujourd'hui, 08:39",
        None,
    ),
    (
        2874385541,
        "Appartement 5 pièces 112 m²",
        5,
        112,
        1390000,
        "75016",
        "Aujourd'hui, 07:52",
        "Aujourd'hui, 07:52",
        "Barnes Paris Ouest",
    ),
    (2874120034, "Charmant 2 pièces au calme sur cour", 2, 35, 369000, "75012", "Hier, 21:05", "Hier, 21:05", None),
    (
        2874098876,
        "Appartement 3 pièces 59 m²",
        3,
        59,
        545000,
        "75014",
        "Hier, 18:20",
        "Hier, 18:20",
        "Orpi Alésia Immobilier",
    ),
    (2874071125, "Studio 18 m² idéal investisseur", 1, 18, 189000, "75013", "Hier, 16:44", "Hier, 16:44", None),
    (
        2873990458,
        "Appartement 4 pièces 81 m²",
        4,
        81,
        742000,
        "75017",
        "Hier, 11:02",
        "Hier, 11:02",
        "Stéphane Plaza Immobilier Paris 17",
    ),
    (2873945512, "Loft atypique ancien atelier", 3, 96, 1050000, "75011", "Hier, 09:31", "Hier, 09:31", None),
    (
        2873611873,
        "Appartement 2 pièces 47 m²",
        2,
        47,
        468000,
        "75009",
        "12 mars",
        "--03-12",
        "Foncia Transaction Paris 9",
    ),
    (2873580024, "T3 refait à neuf métro Jourdain", 3, 63, 598000, "75019", "12 mars", "--03-12", None),
    (2873512290, "Appartement 1 pièce 26 m²", 1, 26, 262000, "75005", "12 mars", "--03-12", "Nestenn Paris Panthéon"),
    (2873487705, "Grand 3 pièces traversant avec parking", 3, 71, 649000, "75020", "11 mars", "--03-11", None),
    (
        2873401136,
        "Appartement 6 pièces 145 m²",
        6,
        145,
        1985000,
        "75007",
        "11 mars",
        "--03-11",
        "Daniel Féau Saint-Germain",
    ),
    (2873377462, "Petit 2 pièces à rafraîchir", 2, 31, 289000, "75018", "11 mars", "--03-11", None),
    (
        2873298811,
        "Appartement 3 pièces 64 m²",
        3,
        64,
        620000,
        "75012",
        "10 mars",
        "--03-10",
        "ERA Immobilier Daumesnil",
    ),
    (2873240093, "Studio avec mezzanine Montmartre", 1, 24, 248000, "75018", "10 mars", "--03-10", None),
    (
        2873187754,
        "Appartement 4 pièces 92 m²",
        4,
        92,
        1120000,
        "75006",
        "10 mars",
        "--03-10",
        "Émile Garcin Rive Gauche",
    ),
    (2873102287, "2 pièces avec terrasse plein sud", 2, 45, 510000, "75015", "9 mars", "--03-09", None),
    (
        2873055410,
        "Appartement 3 pièces 66 m²",
        3,
        66,
        579000,
        "75013",
        "9 mars",
        "--03-09",
        "Guy Hoquet Paris 13 Tolbiac",
    ),
    (2872998345, "Maison de ville avec jardin", 5, 118, 1450000, "75020", "9 mars", "--03-09", None),
    (2872941178, "Appartement 2 pièces 40 m²", 2, 40, 399000, "75010", "8 mars", "--03-08", "Orpi Gare de l'Est"),
    (2872890066, "Studio meublé vendu loué", 1, 20, 205000, "75015", "8 mars", "--03-08", None),
]
PA_PER_PAGE = 10
PA_BOOSTED = [3, 14]  # indexes of the two "À la une" ads (listed again in the normal list)


def _pa_href(number: int) -> str:
    return PA_START + (f"&page={number}" if number > 1 else "")


def _pa_url(ad: tuple[Any, ...]) -> str:
    return f"/ad/ventes_immobilieres/{ad[0]}"


def _pa_price(value: int) -> str:
    return f"{_fr_thousands(value)}{NBSP}€"


def _pa_card(ad: tuple[Any, ...], *, boosted: bool = False) -> str:
    ad_id, title, rooms, size, price, zipcode, shown, _written, store = ad
    per_m2 = round(price / size)
    pro = (
        f'<div class="{_m("styles_storeInfo")}"><img class="{_m("styles_storeLogo")}" alt="" src="/img/stores/{ad_id % 997}.png" loading="lazy"><p class="text-body-2 font-semi-bold" data-test-id="adcard-store-name">{esc(store)}</p><span class="{_m("styles_badge")} sc-9ee3a3f3-0 jkXqVY" data-test-id="pro-badge">Pro</span></div>'
        if store
        else ""
    )
    badge = (
        f'<span class="{_m("styles_boostBadge")} sc-9ee3a3f3-0 gHqTzP" data-test-id="adcard-boost">À la une</span>'
        if boosted
        else ""
    )
    rooms_text = "1 pièce" if rooms == 1 else f"{rooms} pièces"
    return f"""<div class="{_m("styles_classifiedColumn")}" data-test-id="adcard-container">
<a data-qa-id="aditem_container" data-test-id="ad" class="{_m("styles_adCard")} sc-a5fd3a8b-0 dwQDpc" href="{_pa_url(ad)}" title="{esc(title)}" rel="nofollow">
 {pro}
 <div class="{_m("styles_adCardImage")}"><div class="{_m("styles_imageContainer")}"><img alt="{esc(title)}" src="https://img.leboncoin.example/api/v1/lbcpb1/images/{ad_id:x}.jpg?rule=ad-listing" loading="lazy"></div><span class="{_m("styles_photoCount")}"><svg aria-hidden="true" viewBox="0 0 24 24"></svg>{(ad_id % 9) + 3}</span>{badge}</div>
 <div class="{_m("styles_adCardContent")}">
  <p data-test-id="adcard-title" class="text-body-1 text-on-surface font-semi-bold line-clamp-2" title="{esc(title)}">{esc(title)}</p>
  <div class="{_m("styles_priceWrapper")}"><p data-test-id="price" aria-label="Prix: {_pa_price(price)}" class="text-callout text-on-surface font-semi-bold"><span class="{_m("styles_price")}">{_pa_price(price)}</span></p><p class="text-caption text-neutral" data-test-id="price-per-square-meter">{_fr_thousands(per_m2)}{NBSP}€/m²</p></div>
  <p class="text-caption text-neutral {_m("styles_params")}" data-test-id="ad-params-light">{rooms_text} · {size} m²</p>
  <div class="{_m("styles_adCardFooter")}"><p class="text-caption text-neutral" aria-label="Située à Paris {zipcode}">Paris {zipcode}</p><p class="text-caption text-neutral" aria-label="Date de dépôt : {esc(shown)}">{esc(shown)}</p></div>
 </div>
</a>
<button type="button" class="{_m("styles_favorite")} sc-c5f3e1a8-0 hQrKpB" data-test-id="adcard_favorite_button" aria-label="Ajouter l'annonce aux favoris" title="Ajouter l'annonce aux favoris"><svg aria-hidden="true" viewBox="0 0 24 24"></svg></button>
</div>"""


def _pa_gad(slot: str) -> str:
    return f'<div class="{_m("styles_adSlot")}" data-test-id="ad-slot"><p class="text-caption text-neutral">Publicité</p><div id="google_ads_iframe_/1014/lbc/immo/{slot}_0__container__" style="min-height:250px"><iframe id="google_ads_iframe_/1014/lbc/immo/{slot}_0" title="3rd party ad content" width="300" height="250" frameborder="0" scrolling="no"></iframe></div></div>'


def _pa_native() -> str:
    return f"""<div class="{_m("styles_classifiedColumn")}" data-test-id="native-ad"><a class="{_m("styles_nativeAd")}" href="https://adclick.g.doubleclick.example/pcs/click?xai=AKAOjs" rel="sponsored noopener" target="_blank">
 <div class="{_m("styles_adCardImage")}"><img alt="" src="https://tpc.googlesyndication.example/simgad/8812731"></div>
 <div class="{_m("styles_adCardContent")}"><p class="text-body-1 font-semi-bold">Estimez votre bien gratuitement en 2 minutes</p><p class="text-caption text-neutral">Meilleurs Agents · Sponsorisé</p><p class="text-caption">Publicité</p></div></a></div>"""


def _pa_page(number: int, total: int, ads: list[tuple[Any, ...]]) -> str:
    cards = [_pa_card(ad) for ad in ads]
    cards.insert(4, _pa_gad(f"liste_native_{number}"))
    if number == 1:
        cards.insert(8, _pa_native())
    boosted = ""
    if number == 1:
        boosted = f"""<section class="{_m("styles_boostedAds")}" aria-label="Annonces à la une"><h2 class="text-headline-2">À la une</h2><div class="{_m("styles_carousel")}">{"".join(_pa_card(PA_ADS[i], boosted=True) for i in PA_BOOSTED)}</div></section>"""
    pages = "".join(
        f'<a href="/{_pa_href(n)}" class="{_m("styles_pageNumber")}"{" aria-current=page" if n == number else ""} title="Page {n}">{n}</a>'
        for n in range(1, total + 1)
    )
    prev_link = (
        f'<a href="/{_pa_href(number - 1)}" class="{_m("styles_pageChevron")}" title="Page précédente" aria-label="Page précédente">‹</a>'
        if number > 1
        else ""
    )
    next_link = (
        f'<a href="/{_pa_href(number + 1)}" class="{_m("styles_pageChevron")}" title="Page suivante" aria-label="Page suivante">›</a>'
        if number < total
        else ""
    )
    next_data = {
        "props": {
            "pageProps": {
                "searchData": {
                    "total": 1842,
                    "ads": [
                        {
                            "list_id": ad[0],
                            "subject": ad[1],
                            "price": [ad[4]],
                            "category_name": "Ventes immobilières",
                            "location": {"city": "Paris", "zipcode": ad[5]},
                            "owner": {"type": "pro" if ad[8] else "private"},
                        }
                        for ad in ads
                    ],
                }
            }
        },
        "page": "/recherche",
        "query": {"category": "9", "locations": "Paris", "real_estate_type": "2", "page": str(number)},
        "buildId": "Yt9y3h0Pl5cQ2n1t8x7wK",
    }
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Ventes immobilières Appartement Paris - leboncoin{" - page " + str(number) if number > 1 else ""}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Ventes immobilières Appartement à Paris : 1842 annonces sur petitesannonces, le site de petites annonces gratuites.">
<link rel="canonical" href="/{_pa_href(number)}"><link rel="stylesheet" href="/_next/static/css/6f1a2e9b5c3d.css"></head>
<body><div id="__next">
<header class="{_m("styles_header")}" data-test-id="header"><a href="/" class="{_m("styles_logo")}" title="petitesannonces"><svg aria-label="petitesannonces" viewBox="0 0 144 32"></svg></a>
 <a href="/deposer-une-annonce" class="{_m("styles_depositButton")} sc-b4f5c8d1-0 bFqXzL">Déposer une annonce</a>
 <form class="{_m("styles_searchBar")}" role="search" action="/recherche"><input type="search" name="text" placeholder="Rechercher sur petitesannonces" aria-label="Rechercher"><button type="submit" aria-label="Rechercher"></button></form>
 <nav aria-label="Mon compte"><a href="/mes-recherches">Mes recherches</a><a href="/favoris">Favoris</a><a href="/messages">Messages</a><a href="/compte/connexion">Se connecter</a></nav>
 <nav class="{_m("styles_categories")}" aria-label="Catégories"><a href="/c/immobilier">Immobilier</a><a href="/c/vehicules">Véhicules</a><a href="/c/locations_saisonnieres">Locations de vacances</a><a href="/c/emploi">Emploi</a><a href="/c/mode">Mode</a><a href="/c/maison_jardin">Maison &amp; Jardin</a><a href="/c/electronique">Électronique</a><a href="/c/loisirs">Loisirs</a><a href="/c/autres">Autres</a></nav>
</header>
<main class="{_m("styles_main")}">
 <nav aria-label="Fil d'Ariane" class="{_m("styles_breadcrumb")}"><ol><li><a href="/">Accueil</a></li><li><a href="/c/ventes_immobilieres">Ventes immobilières</a></li><li><a href="/c/ventes_immobilieres/l/paris">Paris</a></li></ol></nav>
 <h1 class="text-headline-1">Ventes immobilières Appartement : Paris</h1>
 <div class="{_m("styles_filters")}" data-test-id="filters"><button>Catégorie</button><button>Paris (75000)</button><button>Type de bien : Appartement</button><button>Prix</button><button>Surface habitable</button><button>Nombre de pièces</button><button>Tous les filtres</button><button>Sauvegarder la recherche</button></div>
 <div class="{_m("styles_listingHeader")}"><p class="text-body-1" data-test-id="search-results-count">1{NNBSP}842 annonces</p><label>Trier : <select name="sort"><option>Plus récentes</option><option>Plus anciennes</option><option>Prix croissants</option><option>Prix décroissants</option><option>Pertinence</option></select></label></div>
 {boosted}
 <div class="{_m("styles_classifiedsList")}" data-test-id="listing-column">
 {"".join(cards)}
 </div>
 <nav class="{_m("styles_pagination")}" aria-label="pagination" data-test-id="pagination">{prev_link}{pages}{next_link}</nav>
 <section class="{_m("styles_seoLinks")}"><h2>Recherches associées</h2><ul><li><a href="/c/ventes_immobilieres/l/paris-11eme">Appartement Paris 11e</a></li><li><a href="/c/ventes_immobilieres/l/paris-15eme">Appartement Paris 15e</a></li><li><a href="/c/locations/l/paris">Location Paris</a></li></ul></section>
</main>
<footer class="{_m("styles_footer")}"><div><h3>À propos</h3><ul><li><a href="/qui-sommes-nous">Qui sommes-nous ?</a></li><li><a href="/recrutement">Nous rejoindre</a></li></ul></div><div><h3>Informations légales</h3><ul><li><a href="/cgu">Conditions générales d'utilisation</a></li><li><a href="/vie-privee">Vie privée / cookies</a></li></ul></div><p>petitesannonces 2006 - 2025</p></footer>
<div id="didomi-host" class="didomi-host"><div class="didomi-popup-container" role="dialog" aria-label="Consentement"><p class="didomi-popup-notice-text">Avec votre accord, nous et nos 812 partenaires utilisons des cookies ou technologies similaires pour stocker, consulter et traiter des données personnelles telles que votre visite sur ce site internet.</p><button id="didomi-notice-agree-button">Accepter &amp; Fermer</button><button id="didomi-notice-disagree-button">Continuer sans accepter →</button><button>Personnaliser</button></div></div>
</div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps(next_data, ensure_ascii=False)}</script>
</body></html>"""


@fifteenth
def build_petitesannonces() -> None:
    s = Site(
        "petitesannonces",
        kind="classifieds real-estate search (leboncoin 2024–25: Next.js, hashed styles_ / sc- classes, a[data-test-id=ad][data-qa-id=aditem_container] cards as one link, '285 000 €' with narrow no-break spaces and '4 191 €/m²', '3 pièces · 68 m²', 'Paris 75011', 'Aujourd'hui, 14:32' / 'Hier' / '12 mars' dates, pro store names with 'Pro' badges, an 'À la une' carousel repeating two ads, Google ad slots and a native ad, &page=N, __NEXT_DATA__)",
        start=PA_START,
        description="A leboncoin real-estate search /recherche?category=9&locations=Paris&real_estate_type=2 as served in 2024–2025 (Next.js, CSS-module classes 'styles_adCard__xYz12' and 'sc-' pairs, data-test-id / data-qa-id hooks): header (logo, 'Déposer une annonce', search, Mes recherches / Favoris / Messages / Se connecter, category nav), breadcrumbs, h1, filter buttons, '1 842 annonces' and a sort select, an 'À la une' carousel on page 1 of two boosted ads listed again below (same card markup plus an 'À la une' badge), then div[data-test-id=adcard-container] columns, each an a[data-test-id=ad][data-qa-id=aditem_container] link (/ad/ventes_immobilieres/<id>, title attribute): a store block with name and 'Pro' badge on pro ads, the image and photo count, p[data-test-id=adcard-title], p[data-test-id=price] '685 000 €' (narrow no-break thousands, no-break before €) and '10 074 €/m²', '3 pièces · 68 m²', 'Paris 75011' and the date 'Aujourd'hui, 14:32' / 'Hier, 21:05' / '12 mars'; a favourite button beside the link. A Google ad slot per page and a native 'Publicité' card on page 1 in the list; a pagination nav over &page=N; SEO links, footer, Didomi consent dialog, __NEXT_DATA__. Ten, ten and six ads. Written down: title, url, price, currency, price_per_m2, rooms, size, location, date (the text for today / yesterday, --MM-DD for '12 mars'), seller (the store name, pros only).",
    )
    pages = chunks(PA_ADS, [PA_PER_PAGE, PA_PER_PAGE, len(PA_ADS) - 2 * PA_PER_PAGE])
    for number, ads in enumerate(pages, 1):
        s.list_page(_pa_href(number).replace("?", "@"), _pa_page(number, len(pages), ads))
    for ad in PA_ADS:
        _ad_id, title, rooms, size, price, zipcode, _shown, written, store = ad
        s.expect(
            {
                "title": title,
                "url": _pa_url(ad),
                "price": price,
                "currency": "EUR",
                "price_per_m2": round(price / size),
                "rooms": rooms,
                "size": size,
                "location": f"Paris {zipcode}",
                "date": written,
                "seller": store,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# preisblick: an idealo category page (2024–2025).
# ---------------------------------------------------------------------------------------------------

PB_CAT = 19116
PB_START = f"preisvergleich/ProductCategory/{PB_CAT}.html"
PB_PER_PAGE = 10

# (id, name, price, offers, grade or None, rating or None, reviews, facts)
PB_PRODUCTS: list[tuple[Any, ...]] = [
    (
        201823456,
        "Sony WH-1000XM5",
        269.00,
        58,
        1.5,
        4.6,
        1284,
        ["Over-Ear", "Bluetooth 5.2", "Active Noise Cancelling", "30 h Akkulaufzeit"],
    ),
    (
        202214587,
        "Bose QuietComfort Ultra Headphones",
        329.95,
        41,
        1.6,
        4.5,
        612,
        ["Over-Ear", "Bluetooth 5.3", "Active Noise Cancelling", "24 h Akkulaufzeit"],
    ),
    (
        200954123,
        "Apple AirPods Max",
        479.00,
        37,
        1.8,
        4.4,
        903,
        ["Over-Ear", "Bluetooth 5.0", "Active Noise Cancelling", "20 h Akkulaufzeit"],
    ),
    (
        202398812,
        "Sennheiser Momentum 4 Wireless",
        199.00,
        64,
        1.4,
        4.5,
        877,
        ["Over-Ear", "Bluetooth 5.2", "Active Noise Cancelling", "60 h Akkulaufzeit"],
    ),
    (
        201577301,
        "JBL Tune 760NC",
        59.99,
        49,
        2.1,
        4.3,
        2310,
        ["Over-Ear", "Bluetooth 5.0", "Active Noise Cancelling", "35 h Akkulaufzeit"],
    ),
    (
        202455190,
        "Sony WH-CH720N",
        84.90,
        52,
        1.9,
        4.4,
        745,
        ["Over-Ear", "Bluetooth 5.2", "Active Noise Cancelling", "35 h Akkulaufzeit"],
    ),
    (
        202167744,
        "Bose QuietComfort 45",
        199.00,
        23,
        1.7,
        4.6,
        1518,
        ["Over-Ear", "Bluetooth 5.1", "Active Noise Cancelling", "24 h Akkulaufzeit"],
    ),
    (
        202511036,
        "Soundcore Space Q45",
        99.99,
        18,
        None,
        4.4,
        356,
        ["Over-Ear", "Bluetooth 5.3", "Active Noise Cancelling", "50 h Akkulaufzeit"],
    ),
    (
        202087654,
        "Beyerdynamic Amiron 100",
        149.00,
        12,
        2.0,
        4.2,
        44,
        ["Over-Ear", "Bluetooth 5.3", "Active Noise Cancelling", "50 h Akkulaufzeit"],
    ),
    (202330219, "Marshall Major V", 109.00, 35, 1.9, 4.5, 289, ["On-Ear", "Bluetooth 5.3", "100 h Akkulaufzeit"]),
    (
        202611842,
        "Sonos Ace",
        399.00,
        29,
        1.7,
        4.1,
        118,
        ["Over-Ear", "Bluetooth 5.4", "Active Noise Cancelling", "30 h Akkulaufzeit"],
    ),
    (
        201498735,
        "Jabra Elite 85h",
        129.00,
        8,
        2.2,
        4.3,
        1102,
        ["Over-Ear", "Bluetooth 5.0", "Active Noise Cancelling", "36 h Akkulaufzeit"],
    ),
    (
        202270048,
        "Teufel Real Blue NC 3",
        229.99,
        6,
        1.8,
        4.4,
        97,
        ["Over-Ear", "Bluetooth 5.3", "Active Noise Cancelling", "50 h Akkulaufzeit"],
    ),
    (
        202196637,
        "Sennheiser Accentum Wireless",
        119.00,
        47,
        2.0,
        4.3,
        402,
        ["Over-Ear", "Bluetooth 5.2", "Hybrid ANC", "50 h Akkulaufzeit"],
    ),
    (
        201933520,
        "AKG N700NC M2",
        89.00,
        9,
        2.4,
        4.0,
        211,
        ["Over-Ear", "Bluetooth 5.0", "Active Noise Cancelling", "23 h Akkulaufzeit"],
    ),
    (
        202544406,
        "Philips TAH8506BK",
        79.90,
        21,
        None,
        4.2,
        133,
        ["Over-Ear", "Bluetooth 5.0", "Active Noise Cancelling", "60 h Akkulaufzeit"],
    ),
    (
        202012378,
        "Bang & Olufsen Beoplay H95",
        649.00,
        14,
        1.6,
        4.5,
        86,
        ["Over-Ear", "Bluetooth 5.1", "Active Noise Cancelling", "38 h Akkulaufzeit"],
    ),
    (
        202478830,
        "Audio-Technica ATH-M50xBT2",
        169.00,
        26,
        1.9,
        4.6,
        512,
        ["Over-Ear", "Bluetooth 5.0", "50 h Akkulaufzeit"],
    ),
    (
        202633174,
        "Nothing Headphone (1)",
        299.00,
        11,
        None,
        None,
        0,
        ["Over-Ear", "Bluetooth 5.3", "Active Noise Cancelling", "35 h Akkulaufzeit"],
    ),
    (
        201766205,
        "Skullcandy Crusher Evo",
        119.99,
        19,
        2.5,
        4.2,
        640,
        ["Over-Ear", "Bluetooth 5.0", "40 h Akkulaufzeit"],
    ),
    (
        202389967,
        "Sony ULT Wear",
        139.00,
        44,
        1.9,
        4.4,
        268,
        ["Over-Ear", "Bluetooth 5.2", "Active Noise Cancelling", "30 h Akkulaufzeit"],
    ),
    (
        202157713,
        "Shure Aonic 50 Gen 2",
        279.00,
        15,
        1.7,
        4.3,
        58,
        ["Over-Ear", "Bluetooth 5.0", "Active Noise Cancelling", "45 h Akkulaufzeit"],
    ),
    (
        202290541,
        "JBL Live 770NC",
        129.00,
        38,
        2.0,
        4.4,
        377,
        ["Over-Ear", "Bluetooth 5.3", "Adaptive Noise Cancelling", "65 h Akkulaufzeit"],
    ),
    (
        201654489,
        "Urbanista Los Angeles",
        139.00,
        7,
        None,
        3.9,
        71,
        ["Over-Ear", "Bluetooth 5.0", "Solar-Ladung", "Active Noise Cancelling"],
    ),
    (
        202571120,
        "Edifier WH950NB",
        99.00,
        13,
        2.1,
        4.3,
        152,
        ["Over-Ear", "Bluetooth 5.3", "Active Noise Cancelling", "55 h Akkulaufzeit"],
    ),
    (
        201899356,
        "Panasonic RB-M700B",
        89.99,
        4,
        2.3,
        4.1,
        36,
        ["Over-Ear", "Bluetooth 5.0", "Active Noise Cancelling", "20 h Akkulaufzeit"],
    ),
    (
        202712458,
        "Bowers & Wilkins Px7 S2e",
        329.00,
        22,
        1.6,
        4.6,
        141,
        ["Over-Ear", "Bluetooth 5.2", "Active Noise Cancelling", "30 h Akkulaufzeit"],
    ),
]


def _pb_href(number: int) -> str:
    return (
        f"preisvergleich/ProductCategory/{PB_CAT}"
        + (f"I16-{(number - 1) * PB_PER_PAGE}" if number > 1 else "")
        + ".html"
    )


def _pb_url(product: tuple[Any, ...]) -> str:
    return f"/preisvergleich/OffersOfProduct/{product[0]}_-{slug(product[1])}.html"


def _grade_text(grade: float) -> str:
    return "sehr gut" if grade <= 1.5 else "gut" if grade <= 2.5 else "befriedigend"


def _pb_stars(rating: float) -> str:
    full = int(rating)
    half = rating - full >= 0.25
    icons = (
        '<i class="sr-stars__star--full"></i>' * full
        + ('<i class="sr-stars__star--half"></i>' if half else "")
        + '<i class="sr-stars__star--empty"></i>' * (5 - full - int(half))
    )
    return icons


def _pb_tile(product: tuple[Any, ...], *, sponsored: bool = False) -> str:
    pid, name, price, offers, grade, rating, reviews, facts = product
    grade_html = ""
    if grade is not None:
        tests = 3 + pid % 14
        grade_html = f'<div class="{_m("sr-productSummary__testReport")}" data-testid="testReport"><div class="{_m("sr-testReport__badge")}"><span class="{_m("sr-testReport__label")}">Note</span><span class="{_m("sr-testReport__score")}">{f"{grade:.1f}".replace(".", ",")}</span><span class="{_m("sr-testReport__rating")}">{_grade_text(grade)}</span></div><span class="{_m("sr-testReport__count")}">aus {tests} Tests</span></div>'
    rating_html = ""
    if rating is not None:
        r = f"{rating:.1f}".replace(".", ",")
        rating_html = f'<div class="{_m("sr-productSummary__rating")}" data-testid="productRating"><span class="{_m("sr-productRating__stars")}" role="img" aria-label="{r} von 5">{_pb_stars(rating)}</span><span class="{_m("sr-productRating__count")}">({f"{reviews:,}".replace(",", ".")} Bewertungen)</span></div>'
    facts_html = "".join(f'<li class="{_m("sr-productSummary__keyFacts-item")}">{esc(fact)}</li>' for fact in facts)
    link = (
        f"/relocator/relocate?categoryId={PB_CAT}&offerKey=9f{pid:x}&pos=1&type=offer"
        if sponsored
        else _pb_url(product)
    )
    ad = f'<span class="{_m("sr-resultItemTile__adLabel")}">Anzeige</span>' if sponsored else ""
    offers_text = "1 Angebot" if offers == 1 else f"{offers} Angebote"
    return f"""<div class="{_m("sr-resultList__item")}" data-testid="resultItem" data-wishlist-heart="{pid}">
<div class="{_m("sr-resultItemTile")}">{ad}
 <a class="{_m("sr-resultItemTile__link")}" href="{link}"{' rel="sponsored nofollow"' if sponsored else ""}>
  <div class="{_m("sr-resultItemTile__imageSection")}"><img class="{_m("sr-resultItemTile__image")}" src="https://cdn.idealo.example/folder/Product/{pid // 10000}/{pid % 10000}/s1_produktbild_mittelgross/{slug(name)}.jpg" alt="{esc(name)}" loading="lazy"></div>
  <div class="{_m("sr-productSummary")}">
   <div class="{_m("sr-productSummary__title")}" data-testid="productSummary__title">{esc(name)}</div>
   <div class="{_m("sr-productSummary__mainDetails")}"><ul class="{_m("sr-productSummary__keyFacts")}">{facts_html}</ul></div>
   {grade_html}
   {rating_html}
  </div>
  <div class="{_m("sr-detailedPriceInfo")}" data-testid="detailedPriceInfo">
   <div class="{_m("sr-detailedPriceInfo__price")}" data-testid="detailedPriceInfo__price"><span class="{_m("sr-detailedPriceInfo__prefix")}">ab</span> {_de_money(price)}{NBSP}€</div>
   <div class="{_m("sr-detailedPriceInfo__shipping")}">Preis inkl. Versand</div>
   <div class="{_m("sr-detailedPriceInfo__offerCount")}" data-testid="detailedPriceInfo__offerCount">{offers_text}</div>
  </div>
 </a>
 <div class="{_m("sr-resultItemTile__actions")}"><a class="{_m("sr-resultItemTile__datasheet")}" href="{_pb_url(product)}#datasheet">Produktdatenblatt</a><label class="{_m("sr-compareCheckbox")}"><input type="checkbox" name="compare" value="{pid}"> Vergleichen</label><button class="{_m("sr-wishlistHeart")}" aria-label="Auf den Merkzettel"></button></div>
</div></div>"""


def _pb_adslot(n: int) -> str:
    return f'<div class="{_m("sr-resultList__adSlot")}" data-testid="adSlot"><div id="idealo-ad-slot-result-{n}" class="ad-slot" data-ad-unit="/idealo/de/category/result_{n}" style="min-height:90px"><span class="ad-slot__label">Anzeige</span></div></div>'


def _pb_page(number: int, total: int, products: list[tuple[Any, ...]]) -> str:
    tiles = [_pb_tile(p) for p in products]
    sponsor = PB_PRODUCTS[(number * 7) % len(PB_PRODUCTS)]
    tiles.insert(0, _pb_tile(sponsor, sponsored=True))
    tiles.insert(6, _pb_adslot(number))
    pages = "".join(
        f'<li><a class="{_m("sr-pagination__page")}{" sr-pagination__page--active" if n == number else ""}" href="/{_pb_href(n)}"{" aria-current=page" if n == number else ""}>{n}</a></li>'
        for n in range(1, total + 1)
    )
    nxt = (
        f'<li><a class="{_m("sr-pagination__next")}" href="/{_pb_href(number + 1)}" aria-label="Nächste Seite">›</a></li>'
        if number < total
        else ""
    )
    prv = (
        f'<li><a class="{_m("sr-pagination__prev")}" href="/{_pb_href(number - 1)}" aria-label="Vorherige Seite">‹</a></li>'
        if number > 1
        else ""
    )
    facets = "".join(
        f'<li><label><input type="checkbox"> {esc(name)} <span class="{_m("sr-filterItem__count")}">({count})</span></label></li>'
        for name, count in [
            ("Sony", 38),
            ("Bose", 17),
            ("JBL", 41),
            ("Sennheiser", 22),
            ("Apple", 4),
            ("Beyerdynamic", 9),
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Bluetooth-Kopfhörer Preisvergleich » Angebote bei preisblick.de{f" - Seite {number}" if number > 1 else ""}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="canonical" href="/{_pb_href(number)}"><link rel="stylesheet" href="/search-result/static/css/main.4f1c2a.css"></head>
<body class="sr-page">
<header class="i-header"><a class="i-header__logo" href="/" title="preisblick.de"><svg aria-label="preisblick" viewBox="0 0 100 24"></svg></a>
 <form class="i-header__search" action="/preisvergleich/MainSearchProductCategory.html" role="search"><input type="text" name="q" placeholder="Wonach suchst du?"><button type="submit">Suchen</button></form>
 <nav class="i-header__nav"><a href="/preisvergleich/Sparen.html">Deals</a><a href="/magazin/">Ratgeber</a><a href="/preisvergleich/Merkzettel.html">Merkzettel</a><a href="/account/login">Anmelden</a></nav>
 <nav class="i-header__categories"><a href="/preisvergleich/MainCategory/3932.html">Elektronik</a><a href="/preisvergleich/MainCategory/30311.html">Haushalt</a><a href="/preisvergleich/MainCategory/6512.html">Sport &amp; Outdoor</a><a href="/preisvergleich/MainCategory/22224.html">Auto &amp; Motorrad</a><a href="/preisvergleich/MainCategory/18567.html">Baby &amp; Kind</a></nav>
</header>
<main class="sr-main">
 <nav class="sr-breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/preisvergleich/MainCategory/3932.html">Elektronik</a></li><li><a href="/preisvergleich/ProductCategory/2520.html">Audio &amp; HiFi</a></li><li><a href="/preisvergleich/ProductCategory/2520F1442.html">Kopfhörer</a></li><li>Bluetooth-Kopfhörer</li></ol></nav>
 <h1 class="{_m("sr-headline")}">Bluetooth-Kopfhörer</h1><p class="{_m("sr-resultCount")}">274 Produkte</p>
 <aside class="{_m("sr-filters")}"><h2>Filter</h2><section><h3>Hersteller</h3><ul>{facets}</ul></section><section><h3>Preis</h3><input type="number" placeholder="von"> – <input type="number" placeholder="bis"> €</section><section><h3>Bauform</h3><ul><li><label><input type="checkbox"> Over-Ear <span>(188)</span></label></li><li><label><input type="checkbox"> On-Ear <span>(61)</span></label></li></ul></section></aside>
 <div class="{_m("sr-sortBar")}"><span>Sortieren:</span><button aria-pressed="true">Beliebtheit</button><button>Preis aufsteigend</button><button>Preis absteigend</button><button>Testnote</button><button>Neueste</button></div>
 <div class="{_m("sr-resultList")}" data-testid="resultList">
 {"".join(tiles)}
 </div>
 <nav class="{_m("sr-pagination")}" aria-label="Seitennavigation"><ul>{prv}{pages}{nxt}</ul></nav>
 <section class="{_m("sr-seoText")}"><h2>Bluetooth-Kopfhörer im Preisvergleich</h2><p>Bei preisblick vergleichst du Preise für 274 Bluetooth-Kopfhörer von über 300 Shops. Alle Preise inkl. MwSt., ggf. zzgl. Versand.</p></section>
</main>
<footer class="i-footer"><ul><li><a href="/unternehmen/">Über uns</a></li><li><a href="/unternehmen/karriere/">Jobs</a></li><li><a href="/legal/datenschutz">Datenschutz</a></li><li><a href="/legal/impressum">Impressum</a></li></ul><p>© 2025 preisblick internet GmbH</p><p>Alle Preisangaben in Euro inkl. MwSt., ggf. zzgl. Versandkosten. Zwischenzeitliche Änderungen sind möglich.</p></footer>
<div id="usercentrics-root" role="dialog" aria-label="Datenschutzeinstellungen"><p>Wir verwenden Cookies und ähnliche Technologien, um dir das beste Erlebnis zu bieten.</p><button>Alle akzeptieren</button><button>Einstellungen</button></div>
</body></html>"""


@fifteenth
def build_preisblick() -> None:
    s = Site(
        "preisblick",
        kind="price-comparison category page (idealo 2024–25: sr-resultList__item_xYz12 CSS-module tiles, one product link holding name / key facts / test grade 'Note 1,8 gut' / '4,5 von 5' stars with '(128 Bewertungen)' / 'ab 199,00 €' / 'Preis inkl. Versand' / '23 Angebote', Produktdatenblatt links, an 'Anzeige' tile per page repeating a product, ad slots, I16-N offset pages)",
        start=PB_START,
        description="An idealo category page /preisvergleich/ProductCategory/19116.html as served in 2024–2025 (CSS-module classes with hash suffixes: 'sr-resultList__item_m6xdA', 'sr-productSummary__title_f5flP', 'sr-detailedPriceInfo__price_sYVmx'): header, category nav, breadcrumbs, h1 'Bluetooth-Kopfhörer', '274 Produkte', a filter aside with counts, a sort bar, then div[data-testid=resultItem] tiles: a link around the image, the name div, a key-facts ul ('Over-Ear', 'Bluetooth 5.2', …), a test grade badge ('Note' '1,5' 'sehr gut' + 'aus 12 Tests') on most, span[role=img][aria-label='4,6 von 5'] stars with '(1.284 Bewertungen)' on all but one, 'ab 269,00 €', 'Preis inkl. Versand', '58 Angebote'; below the link 'Produktdatenblatt', 'Vergleichen' and a wishlist heart. An 'Anzeige' tile first on every page (a product from the list, linking to a /relocator/ shop redirect), an ad slot; pagination over 19116I16-10.html / 19116I16-20.html; SEO text, footer, consent dialog. Ten, ten and seven products. Written down: title, url, price, currency, offers, grade, grade_text, rating, review_count, features (a list).",
    )
    pages = chunks(PB_PRODUCTS, [PB_PER_PAGE, PB_PER_PAGE, len(PB_PRODUCTS) - 2 * PB_PER_PAGE])
    for number, products in enumerate(pages, 1):
        s.list_page(_pb_href(number), _pb_page(number, len(pages), products))
    for product in PB_PRODUCTS:
        _pid, name, price, offers, grade, rating, reviews, facts = product
        s.expect(
            {
                "title": name,
                "url": _pb_url(product),
                "price": price,
                "currency": "EUR",
                "offers": offers,
                "grade": grade,
                "grade_text": _grade_text(grade) if grade is not None else None,
                "rating": rating,
                "review_count": reviews if rating is not None else None,
                "features": facts,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# stellenwerk: a StepStone job search (2024–2025).
# ---------------------------------------------------------------------------------------------------

SW_START = "jobs/softwareentwickler/in-berlin?radius=30"
SW_PER_PAGE = 10

# (id, title, company, locations, homeoffice, types, salary, date shown, top job)
SW_JOBS: list[tuple[Any, ...]] = [
    (
        11874523,
        "Senior Softwareentwickler Java (m/w/d)",
        "Zalando SE",
        "Berlin",
        "Teilweise Home-Office",
        ["Feste Anstellung", "Vollzeit"],
        None,
        "vor 5 Stunden",
        True,
    ),
    (
        11873310,
        "Softwareentwickler C# / .NET (m/w/d)",
        "DB Systel GmbH",
        "Berlin, Frankfurt am Main",
        "Homeoffice möglich",
        ["Feste Anstellung", "Vollzeit"],
        "58.000 € – 72.000 € / Jahr",
        "vor 7 Stunden",
        False,
    ),
    (
        11872988,
        "Backend Developer Python (w/m/d)",
        "HelloFresh SE",
        "Berlin",
        "Homeoffice möglich",
        ["Feste Anstellung", "Vollzeit"],
        None,
        "vor 1 Tag",
        False,
    ),
    (
        11871456,
        "Fullstack Entwickler TypeScript / React (m/w/d)",
        "Trade Republic Bank GmbH",
        "Berlin",
        None,
        ["Feste Anstellung", "Vollzeit"],
        None,
        "vor 1 Tag",
        True,
    ),
    (
        11870092,
        "Junior Softwareentwickler (m/w/d)",
        "Bundesdruckerei GmbH",
        "Berlin",
        "Teilweise Home-Office",
        ["Feste Anstellung", "Vollzeit", "Berufseinstieg"],
        "45.000 € – 52.000 € / Jahr",
        "vor 2 Tagen",
        False,
    ),
    (
        11869734,
        "Softwareentwickler Embedded C++ (m/w/d)",
        "Siemens Mobility GmbH",
        "Berlin, Braunschweig",
        None,
        ["Feste Anstellung", "Vollzeit"],
        None,
        "vor 2 Tagen",
        False,
    ),
    (
        11868201,
        "Lead Software Engineer Kotlin (all genders)",
        "Delivery Hero SE",
        "Berlin",
        "Homeoffice möglich",
        ["Feste Anstellung", "Vollzeit"],
        "80.000 € – 95.000 € / Jahr",
        "vor 2 Tagen",
        False,
    ),
    (
        11867315,
        "Softwareentwickler SAP ABAP (m/w/d)",
        "Vattenfall GmbH",
        "Berlin, Hamburg",
        "Teilweise Home-Office",
        ["Feste Anstellung", "Vollzeit", "Teilzeit"],
        None,
        "vor 3 Tagen",
        False,
    ),
    (
        11866640,
        "Werkstudent Softwareentwicklung (m/w/d)",
        "N26 GmbH",
        "Berlin",
        "Homeoffice möglich",
        ["Studentenjobs, Werkstudent", "Teilzeit"],
        "18 € – 20 € / Stunde",
        "vor 3 Tagen",
        False,
    ),
    (
        11865512,
        "DevOps Engineer / Softwareentwickler (m/w/d)",
        "IONOS SE",
        "Berlin, Karlsruhe, Montabaur",
        "Homeoffice möglich",
        ["Feste Anstellung", "Vollzeit"],
        None,
        "vor 3 Tagen",
        False,
    ),
    (
        11864877,
        "Softwareentwickler Go (m/w/d)",
        "Scalable Capital GmbH",
        "Berlin",
        None,
        ["Feste Anstellung", "Vollzeit"],
        "65.000 € – 85.000 € / Jahr",
        "vor 4 Tagen",
        True,
    ),
    (
        11863209,
        "Software Engineer Frontend Angular (m/w/d)",
        "Allianz Technology SE",
        "Berlin, München",
        "Teilweise Home-Office",
        ["Feste Anstellung", "Vollzeit"],
        None,
        "vor 4 Tagen",
        False,
    ),
    (
        11862750,
        "Softwareentwickler Java / Spring Boot (m/w/d)",
        "Berliner Verkehrsbetriebe (BVG)",
        "Berlin",
        "Teilweise Home-Office",
        ["Feste Anstellung", "Vollzeit"],
        "E11 TV-N Berlin, 4.210 € – 5.680 € / Monat",
        "vor 5 Tagen",
        False,
    ),
    (
        11861988,
        "Senior Backend Engineer Node.js (m/w/d)",
        "Contentful GmbH",
        "Berlin",
        "Homeoffice möglich",
        ["Feste Anstellung", "Vollzeit"],
        None,
        "vor 5 Tagen",
        False,
    ),
    (
        11860417,
        "Softwareentwickler Medizintechnik (m/w/d)",
        "Charité – Universitätsmedizin Berlin",
        "Berlin",
        None,
        ["Befristeter Vertrag", "Vollzeit"],
        "TV-L E13",
        "vor 6 Tagen",
        False,
    ),
    (
        11859063,
        "PHP Entwickler Symfony (m/w/d)",
        "check24 Vergleichsportal GmbH",
        "Berlin, München, Leipzig",
        "Teilweise Home-Office",
        ["Feste Anstellung", "Vollzeit"],
        None,
        "vor 6 Tagen",
        False,
    ),
    (
        11858240,
        "Softwareentwickler Automotive (m/w/d)",
        "Bertrandt Technikum GmbH",
        "Berlin, Potsdam",
        None,
        ["Feste Anstellung", "Vollzeit", "Arbeitnehmerüberlassung"],
        "52.000 € – 64.000 € / Jahr",
        "vor 1 Woche",
        False,
    ),
    (
        11857533,
        "iOS Developer Swift (m/w/d)",
        "Flink SE",
        "Berlin",
        "Homeoffice möglich",
        ["Feste Anstellung", "Vollzeit"],
        None,
        "vor 1 Woche",
        False,
    ),
    (
        11856102,
        "Softwareentwickler Rust (m/w/d)",
        "Bosch Digital GmbH",
        "Berlin",
        "Teilweise Home-Office",
        ["Feste Anstellung", "Vollzeit"],
        None,
        "vor 1 Woche",
        False,
    ),
    (
        11855479,
        "Data Engineer / Softwareentwickler Scala (m/w/d)",
        "Deutsche Bahn AG",
        "Berlin, Frankfurt am Main, Köln",
        "Homeoffice möglich",
        ["Feste Anstellung", "Vollzeit"],
        "62.000 € – 78.000 € / Jahr",
        "vor 1 Woche",
        False,
    ),
    (
        11854016,
        "Softwareentwickler Microsoft Dynamics 365 (m/w/d)",
        "COSMO CONSULT GmbH",
        "Berlin, Dresden",
        "Homeoffice möglich",
        ["Feste Anstellung", "Vollzeit"],
        None,
        "vor 2 Wochen",
        True,
    ),
    (
        11853387,
        "Ausbildung Fachinformatiker Anwendungsentwicklung (m/w/d)",
        "Berliner Wasserbetriebe",
        "Berlin",
        None,
        ["Ausbildung, Studium", "Vollzeit"],
        "1.218 € – 1.314 € / Monat",
        "vor 2 Wochen",
        False,
    ),
    (
        11852944,
        "Softwareentwickler Python für Energiesysteme (m/w/d)",
        "50Hertz Transmission GmbH",
        "Berlin",
        "Teilweise Home-Office",
        ["Feste Anstellung", "Vollzeit"],
        None,
        "vor 2 Wochen",
        False,
    ),
    (
        11851205,
        "Principal Software Engineer (m/w/d)",
        "SumUp Services GmbH",
        "Berlin",
        "Homeoffice möglich",
        ["Feste Anstellung", "Vollzeit"],
        "95.000 € – 120.000 € / Jahr",
        "vor 3 Wochen",
        False,
    ),
    (
        11850638,
        "Softwareentwickler Qualitätssicherung (m/w/d)",
        "Deutsche Rentenversicherung Bund",
        "Berlin",
        "Teilweise Home-Office",
        ["Feste Anstellung", "Vollzeit", "Teilzeit"],
        None,
        "vor 3 Wochen",
        False,
    ),
    (
        11849170,
        "Freelance Softwareentwickler Java (m/w/d)",
        "Hays AG",
        "Berlin",
        "Homeoffice möglich",
        ["Freie Mitarbeit/Projektmitarbeit", "Vollzeit"],
        None,
        "vor 4 Wochen",
        False,
    ),
]


SW_NOW = date(2025, 3, 14)  # the day the page was captured (17:30 CET)


def _sw_posted(job: tuple[Any, ...]) -> str:
    """The ISO moment behind the shown age ("vor 5 Stunden", "vor 3 Tagen", "vor 2 Wochen")."""
    jid, shown = job[0], job[7]
    count = int(shown.split()[1])
    if "Stunde" in shown:
        return f"{SW_NOW.isoformat()}T{17 - count:02d}:{jid % 60:02d}:00+01:00"
    days = count if "Tag" in shown else 7 * count + jid % 4
    return f"{(SW_NOW - timedelta(days=days)).isoformat()}T{8 + jid % 5:02d}:{jid % 60:02d}:00+01:00"


def _sw_href(number: int) -> str:
    return SW_START + (f"&page={number}" if number > 1 else "")


def _sw_url(job: tuple[Any, ...]) -> str:
    """StepStone's job URL: title, first city and company in ASCII words joined by hyphens."""

    def words(text: str) -> str:
        text = unicodedata.normalize("NFKD", text.replace("ß", "ss")).encode("ascii", "ignore").decode()
        return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")

    jid, title, company, locations = job[0], job[1], job[2], job[3]
    return f"/stellenangebote--{words(title)}-{words(locations.split(',')[0])}-{words(company)}--{jid}-inline.html"


def _c(name: str) -> str:
    """An emotion class: ``res-1p8f8en``."""
    return "res-" + _hash(name, 7).lower()


def _sw_card(job: tuple[Any, ...]) -> str:
    jid, title, company, locations, homeoffice, types, salary, shown, top = job
    fresh = "Stunde" in shown
    top_html = f'<span class="{_c("topjob")}" data-at="job-item-top-job">Top Job</span>' if top else ""
    new_html = f'<span class="{_c("new")}" data-at="job-item-new-badge">Neu</span>' if fresh else ""
    home_html = (
        f'<div class="{_c("meta-item")}"><svg aria-hidden="true" class="{_c("icon")}"></svg><span class="{_c("meta-text")}" data-at="job-item-work-from-home">{esc(homeoffice)}</span></div>'
        if homeoffice
        else ""
    )
    salary_html = (
        f'<div class="{_c("meta-item")}"><svg aria-hidden="true" class="{_c("icon")}"></svg><span class="{_c("meta-text")}" data-at="job-item-salary-info">{esc(salary)}</span></div>'
        if salary
        else f'<div class="{_c("meta-item")}"><button type="button" class="{_c("salary-button")}" data-at="job-item-salary-button">Gehalt anzeigen</button></div>'
    )
    chips = "".join(f'<span class="{_c("chip")}" data-at="job-item-employment-type">{esc(t)}</span>' for t in types)
    quick = (
        f'<span class="{_c("quick")}" data-at="job-item-quick-apply">Schnellbewerbung</span>' if jid % 3 == 0 else ""
    )
    company_slug = slug(company)
    return f"""<article class="{_c("article")} {_c("article2")}" data-at="job-item" data-testid="job-item" id="job-item-{jid}" data-genesis-element="CARD">
<div class="{_c("card-inner")}">
 <div class="{_c("logo")}"><a href="/cmp/de/{company_slug}-{jid % 90000 + 10000}/jobs" data-at="company-logo" tabindex="-1"><img alt="{esc(company)} Logo" src="https://www.stepstone.example/upload_de/logo/{jid % 997}.gif" loading="lazy"></a></div>
 <div class="{_c("content")}">
  <div class="{_c("badges")}">{top_html}{new_html}</div>
  <h2 class="{_c("title")}"><a class="{_c("title-link")}" data-at="job-item-title" href="{_sw_url(job)}" target="_blank"><div class="{_c("title-a")}"><div class="{_c("title-b")}"><span class="{_c("title-text")}">{esc(title)}</span></div></div></a></h2>
  <div class="{_c("company")}"><span class="{_c("company-name")}" data-at="job-item-company-name"><span class="{_c("company-text")}">{esc(company)}</span></span></div>
  <div class="{_c("meta")}">
   <div class="{_c("meta-item")}"><svg aria-hidden="true" class="{_c("icon")}"></svg><span class="{_c("meta-text")}" data-at="job-item-location">{esc(locations)}</span></div>
   {home_html}
   {salary_html}
  </div>
  <div class="{_c("chips")}">{chips}</div>
  <div class="{_c("snippet")}" data-at="jobcard-content"><span>Wir suchen dich zur Verstärkung unseres Teams in {esc(locations.split(",")[0])}. Spannende Projekte, moderne Technologien und ein wertschätzendes Umfeld erwarten dich …</span></div>
  <div class="{_c("footer")}"><span class="{_c("date")}" data-at="job-item-timeago"><time datetime="{_sw_posted(job)}">{esc(shown)}</time></span>{quick}<button type="button" class="{_c("save")}" aria-label="Job merken" data-at="job-item-save"></button></div>
 </div>
</div>
</article>"""


def _sw_page(number: int, total: int, jobs: list[tuple[Any, ...]]) -> str:
    cards = [_sw_card(j) for j in jobs]
    cards.insert(
        3,
        f'<div class="{_c("ad")}" data-at="ad-slot"><div id="div-gpt-ad-srp-{number}" class="{_c("adbox")}" style="min-height:250px"></div><span class="{_c("adlabel")}">Anzeige</span></div>',
    )
    if number == 1:
        cards.insert(
            7,
            f'<div class="{_c("promo")}" data-at="company-promotion"><a href="/cmp/de/otto-gmbh-co-kg-9123/jobs" class="{_c("promo-link")}"><img alt="OTTO Logo" src="/upload_de/logo/otto.gif"><p class="{_c("promo-title")}">OTTO sucht Softwareentwickler:innen</p><p class="{_c("promo-text")}">Entdecke 34 offene Stellen in Hamburg und remote</p><span class="{_c("promo-label")}">Gesponsert</span></a></div>',
        )
    pages = "".join(
        f'<li><a class="{_c("page")}" href="/{_sw_href(n)}"{" aria-current=page" if n == number else ""} data-at="pagination-page">{n}</a></li>'
        for n in range(1, total + 1)
    )
    nxt = (
        f'<li><a class="{_c("next")}" href="/{_sw_href(number + 1)}" aria-label="Nächste" data-at="pagination-next">Nächste</a></li>'
        if number < total
        else ""
    )
    prv = (
        f'<li><a class="{_c("prev")}" href="/{_sw_href(number - 1)}" aria-label="Vorherige" data-at="pagination-previous">Vorherige</a></li>'
        if number > 1
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Softwareentwickler Jobs in Berlin - Aktuelle Stellenangebote{f" - Seite {number}" if number > 1 else ""} | stellenwerk</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="canonical" href="/{_sw_href(number)}"></head>
<body>
<div id="app-unifiedResultlist">
<header class="{_c("header")}" data-at="header"><a href="/" class="{_c("logo-link")}" aria-label="stellenwerk Startseite"><svg viewBox="0 0 120 24"></svg></a><nav class="{_c("nav")}"><a href="/jobs">Jobs finden</a><a href="/gehalt/">Gehalt</a><a href="/magazin/">Karriere-Ratgeber</a><a href="/5/index.cfm?event=offerView.dspOfferInit">Für Arbeitgeber</a></nav><div class="{_c("account")}"><a href="/de-DE/candidate/login">Anmelden</a><a href="/de-DE/candidate/register">Registrieren</a></div></header>
<section class="{_c("search")}" data-at="searchbar"><form action="/jobs" role="search"><input name="what" value="Softwareentwickler" aria-label="Jobtitel, Kompetenz oder Firmenname"><input name="where" value="Berlin" aria-label="Ort"><select name="radius"><option>30 km</option></select><button type="submit" data-at="searchbar-search-button">Jobs finden</button></form></section>
<main class="{_c("main")}">
 <div class="{_c("filters")}" data-at="filters"><button>Veröffentlichung</button><button>Homeoffice</button><button>Vertragsart</button><button>Arbeitszeit</button><button>Berufsfeld</button><button>Branche</button><button>Gehalt</button></div>
 <div class="{_c("results-header")}"><h1 class="{_c("h1")}" data-at="resultlist-header">412 Softwareentwickler Jobs in Berlin</h1><label>Sortieren nach <select><option>Relevanz</option><option>Datum</option></select></label><button data-at="job-alert">Jobagent erstellen</button></div>
 <div class="{_c("resultlist")}" data-at="resultlist" data-resultlist-offers-numbers="{",".join(str(j[0]) for j in jobs)}">
 {"".join(cards)}
 </div>
 <nav class="{_c("pagination")}" aria-label="Seitennummerierung" data-at="pagination"><ul>{prv}{pages}{nxt}</ul></nav>
 <section class="{_c("seo")}"><h2>Ähnliche Suchen</h2><ul><li><a href="/jobs/java-entwickler/in-berlin">Java Entwickler Jobs in Berlin</a></li><li><a href="/jobs/softwareentwickler/in-hamburg">Softwareentwickler Jobs in Hamburg</a></li><li><a href="/jobs/softwareentwickler/homeoffice">Softwareentwickler Homeoffice Jobs</a></li></ul></section>
</main>
<footer class="{_c("site-footer")}"><ul><li><a href="/ueber-uns/">Über uns</a></li><li><a href="/agb/">AGB</a></li><li><a href="/datenschutz/">Datenschutz</a></li><li><a href="/impressum/">Impressum</a></li></ul><p>© 1996 - 2025 stellenwerk GmbH</p></footer>
</div>
<div id="ccmgt_explicit_preferences" role="dialog" aria-label="Cookie-Einstellungen" class="privacy-prompt"><p>Wir und unsere Partner verwenden Cookies, um dir ein optimales Nutzungserlebnis zu bieten.</p><button id="ccmgt_explicit_accept">Alle akzeptieren</button><button id="ccmgt_explicit_preferences_button">Einstellungen</button></div>
<script>window.__PRELOADED_STATE__ = window.__PRELOADED_STATE__ || {{}}; window.__PRELOADED_STATE__["app-unifiedResultlist"] = {json.dumps({"searchQuery": {"what": "Softwareentwickler", "where": "Berlin", "page": number}, "totalCount": 412}, ensure_ascii=False)};</script>
</body></html>"""


@fifteenth
def build_stellenwerk() -> None:
    s = Site(
        "stellenwerk",
        kind="job board search (StepStone 2024–25: article[data-at=job-item] cards of hashed res- classes, title link, company, 'Berlin, Hamburg' locations, 'Homeoffice möglich' / 'Teilweise Home-Office', 'Feste Anstellung' / 'Vollzeit' chips, '45.000 € – 60.000 € / Jahr' on some and 'Gehalt anzeigen' buttons on others, time 'vor 3 Tagen', 'Neu' and 'Top Job' badges, a sponsored company banner and ad slots, &page=N)",
        start=SW_START,
        description="A StepStone search /jobs/softwareentwickler/in-berlin?radius=30 as served in 2024–2025 (hashed emotion classes 'res-1p8f8en', data-at hooks): header, search bar, filter buttons, h1 '412 Softwareentwickler Jobs in Berlin', a sort select, then div[data-at=resultlist] of article[data-at=job-item] cards: company logo link, 'Top Job' / 'Neu' badges on some, h2 > a[data-at=job-item-title] (/stellenangebote--…--<id>-inline.html) with the title in nested divs, span[data-at=job-item-company-name], span[data-at=job-item-location] 'Berlin, Hamburg', span[data-at=job-item-work-from-home] on most, span[data-at=job-item-salary-info] '58.000 € – 72.000 € / Jahr' on some ('Gehalt anzeigen' buttons otherwise), employment-type chips, a text snippet, time 'vor 3 Tagen' (datetime attribute), 'Schnellbewerbung' on some, a save button. An ad slot per page and a 'Gesponsert' company banner on page 1 in the list; pagination over &page=N; SEO links, footer, consent dialog, __PRELOADED_STATE__. Ten, ten and six jobs. Written down: title, url, company, location, homeoffice, job_type (a list of chips), salary, date (the ISO day of the time element's datetime).",
    )
    pages = chunks(SW_JOBS, [SW_PER_PAGE, SW_PER_PAGE, len(SW_JOBS) - 2 * SW_PER_PAGE])
    for number, jobs in enumerate(pages, 1):
        s.list_page(_sw_href(number).replace("?", "@"), _sw_page(number, len(pages), jobs))
    for job in SW_JOBS:
        _jid, title, company, locations, homeoffice, types, salary, _shown, _top = job
        s.expect(
            {
                "title": title,
                "url": _sw_url(job),
                "company": company,
                "location": locations,
                "homeoffice": homeoffice,
                "job_type": types,
                "salary": salary,
                "date": _sw_posted(job)[:10],  # the day of the time element's datetime, as the corpus writes them
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in FIFTEENTH.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
