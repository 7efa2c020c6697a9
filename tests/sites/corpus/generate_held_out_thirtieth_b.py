"""Held-out wave thirty (b): three commerce and classifieds list pages from outside the English-speaking web, each
copied from its real 2024–25 platform markup with invented data, and frozen before any heuristic saw them.

* **koopjeshoek** — a Dutch second-hand marketplace's category 'Damesfietsen' on Marktplaats' 2024–25 listing page
  (``/l/fietsen-en-brommers/fietsen-dames-damesfietsen/``, then ``p/2/`` and ``p/3/``): a Sourcepoint-style consent
  message, the Hydra (``hz-``) header with search, postcode and 'Plaats advertentie', breadcrumbs, a filter column
  (Conditie, Merk, Framemaat, Prijs, Afstand, Levering, Advertentie type), '73 resultaten', a sort select,
  ``ul.hz-Listings`` of ``li.hz-Listing.hz-Listing--list-item``: cover link to ``/v/…/m<id>-<slug>``,
  ``h3.hz-Listing-title``, ``p.hz-Listing-description``, attribute chips (condition, 'Framemaat: 53 cm'),
  ``span.hz-Listing-price`` '€ 325,00' / 'Bieden' / 'Gratis' / 'Zie omschrijving', ``span.hz-Listing-date``
  'Vandaag' / 'Gisteren' / '12 mrt 25', 'Topadvertentie' priority labels, the seller name link, the city and
  'Ophalen' / 'Verzenden' / 'Ophalen of Verzenden'; two banner slots in the list, the Hydra pagination and
  ``__NEXT_DATA__`` listings. 30 + 30 + 13 ads. Written down: title, url, description, condition, frame_size, price,
  currency, date, seller, location, delivery.
* **otoilan** — a Turkish vehicle classifieds search 'Volkswagen Passat' on sahibinden.com's 2024–25 list view
  (``/volkswagen-passat``, then ``?pagingOffset=20`` / ``40``): a OneTrust 'Çerez Tercihleri' banner, the header,
  the category tree with counts, the filter column (Adres, Fiyat, Yıl, Yakıt, Vites, KM, Kasa Tipi, Renk, Kimden,
  Takaslı, Ağır Hasar Kayıtlı), '“Volkswagen Passat” aramanızda 49 ilan bulundu.', sort and view controls,
  ``table#searchResultsTable`` with ``tr.searchResultsItem[data-id]`` rows: thumbnail link, model cell
  '1.6 TDI BlueMotion Comfortline', ``a.classifiedTitle``, year, KM '148.000', colour, '1.125.000 TL',
  '14 Mart<br>2025', 'İstanbul<br>Kadıköy'; highlighted / bold paid rows (records), native ad rows, a dealer
  showcase, ``ul.pageNaviButtons`` and 'Toplam 3 sayfa içerisinde 1. sayfayı görmektesiniz.'. 20 + 20 + 9 ads.
  Written down: title, url, model, year, mileage_km, color, price, currency, date, city, district.
* **jangteo** — a Korean open market's search '텀블러' on Gmarket's 2024–25 search page
  (``/search?keyword=%ED%85%80…``, then ``&p=2`` / ``&p=3``): the header with the search box and category menu, sort
  tabs (장터 랭크순…), filter column (카테고리, 브랜드, 가격, 혜택·배송), '전체 71', a '파워클릭 AD' module of
  four ads on top of every page, then ``div.box__component-itemcard`` cards: image link and title link to
  ``item.jangteo.test/Item?goodscode=…``, optional ``span.text__brand``, ``div.box__price-original`` '39,900원',
  ``strong.text__value`` '29,900' + '원', discount '25%', tag chips (무료배송, 스마일배송, 쿠폰적용가), screen-reader
  '평점 4.8' star widths, '(1,234)' reviews, '구매 5,678', seller link; ``div.box__pagination``. 30 + 30 + 11
  products. Written down: title, url, brand, price, currency, original_price, discount, rating, review_count,
  purchases, seller, tags.

Run ``uv run python tests/sites/corpus/generate_held_out_thirtieth_b.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **frozen**.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import random
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import FROZEN, ROOT, Site, chunks, esc, slug

FROZEN |= {"koopjeshoek", "otoilan", "jangteo"}

THIRTIETH_B: dict[str, Callable[[], None]] = {}


def thirtieth_b(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    THIRTIETH_B[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hex(seed: str, length: int) -> str:
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:length]


def _grouped(amount: int, sep: str) -> str:
    return f"{amount:,}".replace(",", sep)


# ---------------------------------------------------------------------------------------------------
# koopjeshoek: a Dutch marketplace category (Marktplaats 2024–25 listing page), Damesfietsen, 30 a page.
# ---------------------------------------------------------------------------------------------------

KH_CATEGORY = "l/fietsen-en-brommers/fietsen-dames-damesfietsen/"
KH_VIP = "/v/fietsen-en-brommers/fietsen-dames-damesfietsen"
KH_PER_PAGE = 30
KH_MONTHS = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
#: (title, description, condition, frame size cm or None, price (float, or 'Bieden' / 'Gratis' / 'Zie omschrijving'),
#:  day (ISO, or 'Vandaag' / 'Gisteren'), seller, city, delivery, top ad)
KhAd = tuple[str, str, str | None, int | None, float | str, str, str, str, str, bool]
KH_ADS: list[KhAd] = [
    (
        "Gazelle Orange C7 damesfiets 53 cm",
        "Nette Gazelle Orange met 7 versnellingen, nieuwe banden en remmen net nagekeken. Inclusief ART-slot.",
        "Gebruikt",
        53,
        325.0,
        "Vandaag",
        "Marieke",
        "Utrecht",
        "Ophalen",
        True,
    ),
    (
        "Batavus Finez E-go Power elektrische damesfiets",
        "Accu 500 Wh, ca. 4.200 km gereden. Middenmotor, 8 versnellingen, lader en twee sleutels aanwezig.",
        "Zo goed als nieuw",
        53,
        1650.0,
        "Vandaag",
        "Tweewielers Van Dijk",
        "Amersfoort",
        "Ophalen",
        True,
    ),
    (
        "Cortina U4 transportfiets mat zwart",
        "Stevige transportfiets met voordrager, 3 versnellingen en terugtraprem. Kleine krasjes op het spatbord.",
        "Gebruikt",
        57,
        275.0,
        "Gisteren",
        "Joost",
        "Zwolle",
        "Ophalen",
        True,
    ),
    (
        "Omafiets Sparta Pick-Up 3 versnellingen",
        "Klassieke omafiets, rijdt prima. Verlichting werkt op dynamo. Bel en jassenbeschermer zitten erop.",
        "Gebruikt",
        56,
        140.0,
        "Vandaag",
        "Anouk",
        "Haarlem",
        "Ophalen",
        False,
    ),
    (
        "Meisjesfiets 24 inch Alpina Cargo roze",
        "Mijn dochter is eruit gegroeid. Met krat voorop en handremmen. Banden zijn vorig jaar vervangen.",
        "Gebruikt",
        None,
        95.0,
        "Vandaag",
        "Fam. Bakker",
        "Leiden",
        "Ophalen",
        False,
    ),
    (
        "Damesfiets gratis af te halen, wel opknappen",
        "Oude damesfiets, achterband lek en ketting roestig. Gratis voor wie hem komt halen.",
        "Gebruikt",
        None,
        "Gratis",
        "Vandaag",
        "Henk",
        "Delft",
        "Ophalen",
        False,
    ),
    (
        "Qwic Premium MN7 elektrische fiets dames",
        "Frame M, 7 versnellingen Nexus, accu houdt nog ruim 60 km. Onderhoudsboekje erbij.",
        "Gebruikt",
        50,
        1195.0,
        "Vandaag",
        "Sandra",
        "Nijmegen",
        "Ophalen",
        False,
    ),
    (
        "Union Phoenix damesfiets zwart 7 versnellingen",
        "In goede staat, recent onderhoud gehad. Handremmen en terugtraprem.",
        "Gebruikt",
        53,
        210.0,
        "Vandaag",
        "Tim",
        "Arnhem",
        "Ophalen",
        False,
    ),
    (
        "Trek FX 2 dames hybride fiets maat S",
        "Lichte hybride met schijfremmen, Shimano 2x9. Ideaal voor woon-werk.",
        "Zo goed als nieuw",
        45,
        495.0,
        "Vandaag",
        "Lotte",
        "Groningen",
        "Ophalen of Verzenden",
        False,
    ),
    (
        "Stella Livorno Superior E-bike",
        "Voorwielmotor, accu 2023 vervangen. Kleine beschadiging aan de standaard.",
        "Gebruikt",
        53,
        "Bieden",
        "Vandaag",
        "Peter",
        "Eindhoven",
        "Ophalen",
        False,
    ),
    (
        "Gazelle Chamonix C7 HMB damesfiets",
        "Lage instap, hydraulische remmen, 7 versnellingen. Zeer weinig gereden, altijd binnen gestaan.",
        "Zo goed als nieuw",
        49,
        450.0,
        "Vandaag",
        "Ingrid",
        "Tilburg",
        "Ophalen",
        False,
    ),
    (
        "Vintage Batavus damesrace fiets jaren 80",
        "Mooie klassieker in originele lak. Remmen nieuw, derailleur afgesteld.",
        "Gebruikt",
        54,
        185.0,
        "Vandaag",
        "Ruben",
        "Breda",
        "Ophalen of Verzenden",
        False,
    ),
    (
        "Cube Touring Hybrid Pro 500 Trapeze",
        "Bosch Performance Line, 500 Wh. Bagagedrager, spatborden en verlichting. Factuur aanwezig.",
        "Gebruikt",
        50,
        1850.0,
        "Vandaag",
        "Fietsenhuis Oost",
        "'s-Hertogenbosch",
        "Ophalen",
        False,
    ),
    (
        "RIH Omega damesfiets bordeaux",
        "Handgebouwd frame, Sturmey Archer 5 versnellingen. Wat gebruikssporen.",
        "Gebruikt",
        57,
        360.0,
        "Vandaag",
        "Floor",
        "Amsterdam",
        "Ophalen",
        False,
    ),
    (
        "Kinderzitje + damesfiets Pointer Vita",
        "Fiets met Qibbel achterzitje. Samen te koop, zitje eventueel los voor 20 euro.",
        "Gebruikt",
        52,
        120.0,
        "Vandaag",
        "Yasmina",
        "Rotterdam",
        "Ophalen",
        False,
    ),
    (
        "Sparta Amazone M7b dames",
        "Robuuste Sparta met Shimano Nexus 7 en rollerbrakes. Slot met ketting erbij.",
        "Gebruikt",
        57,
        240.0,
        "Vandaag",
        "Wim",
        "Deventer",
        "Ophalen",
        False,
    ),
    (
        "Giant Expression dames N7 lichtblauw",
        "Lichtgewicht aluminium frame. Banden nieuw. Kleine kras op de stang.",
        "Gebruikt",
        48,
        260.0,
        "Gisteren",
        "Eva",
        "Apeldoorn",
        "Ophalen",
        False,
    ),
    (
        "Elektrische fiets dames Amslod Harrison",
        "Achterwielmotor, 3 ondersteuningsstanden. Accu gaat ongeveer 45 km mee.",
        "Gebruikt",
        53,
        "Zie omschrijving",
        "Gisteren",
        "Hans",
        "Enschede",
        "Ophalen",
        False,
    ),
    (
        "Multicycle Solo EMB damesfiets",
        "Middenmotor, 8 versnellingen, compleet onderhouden. Twee sleutels.",
        "Zo goed als nieuw",
        50,
        1395.0,
        "Gisteren",
        "Bikeshop Westland",
        "Naaldwijk",
        "Ophalen",
        False,
    ),
    (
        "Koga F3 3.0 dames",
        "Snelle stadsfiets, 8 versnellingen, hydraulische remmen. Gekocht in 2021.",
        "Gebruikt",
        50,
        575.0,
        "Gisteren",
        "Noor",
        "Maastricht",
        "Ophalen of Verzenden",
        False,
    ),
    (
        "Gazelle Esprit C3 Glans Zwart",
        "Nieuw in doos, verkeerde framemaat besteld. Nooit gereden.",
        "Nieuw",
        53,
        479.0,
        "Gisteren",
        "Daan",
        "Alkmaar",
        "Ophalen",
        False,
    ),
    (
        "Stadsfiets Popal Daily Dutch Basic",
        "Simpele stadsfiets, terugtraprem, geen versnellingen. Prima voor station.",
        "Gebruikt",
        50,
        75.0,
        "Gisteren",
        "Sem",
        "Den Haag",
        "Ophalen",
        False,
    ),
    (
        "Batavus Diva Plus 3 versnellingen",
        "Met voorrek en achterrek, dynamoverlichting. Zadel licht gescheurd.",
        "Gebruikt",
        56,
        155.0,
        "Gisteren",
        "Julia",
        "Zoetermeer",
        "Ophalen",
        False,
    ),
    (
        "Damesfiets 28 inch met mand",
        "Zwarte damesfiets met rieten mand. Remmen werken goed.",
        "Gebruikt",
        None,
        60.0,
        "Gisteren",
        "Ellen",
        "Gouda",
        "Ophalen",
        False,
    ),
    (
        "VanMoof S3 donkergrijs",
        "Software bijgewerkt, app werkt. Kleine deuk in het spatbord achter. Lader erbij.",
        "Gebruikt",
        None,
        850.0,
        "Gisteren",
        "Max",
        "Amsterdam",
        "Ophalen of Verzenden",
        False,
    ),
    (
        "Cortina E-U4 Transport elektrisch",
        "Frontmotor, accu 400 Wh, voordrager. Ideaal voor boodschappen.",
        "Gebruikt",
        50,
        925.0,
        "Gisteren",
        "Iris",
        "Haarlem",
        "Ophalen",
        False,
    ),
    (
        "Gazelle Miss Grace C7+ HMB",
        "Mooie Miss Grace in parelmoer, 7 versnellingen en hydraulische remmen.",
        "Gebruikt",
        46,
        395.0,
        "Gisteren",
        "Marloes",
        "Hilversum",
        "Ophalen",
        False,
    ),
    (
        "Oma fiets oud model, Fongers",
        "Echte Fongers uit de jaren 60, origineel. Voor de liefhebber.",
        "Gebruikt",
        60,
        "Bieden",
        "Gisteren",
        "Gerrit",
        "Leeuwarden",
        "Ophalen",
        False,
    ),
    (
        "Sparta E-Grid M7Tb dames elektrisch",
        "Topfiets, slechts 1.800 km. Trapsensor, lage instap, ringslot met insteekketting.",
        "Zo goed als nieuw",
        49,
        1475.0,
        "Gisteren",
        "Tweewielers Van Dijk",
        "Amersfoort",
        "Ophalen",
        False,
    ),
    (
        "Achterwiel damesfiets 28 inch Nexus 7",
        "Los achterwiel met Nexus 7 naaf, band en binnenband. Past op de meeste damesfietsen.",
        "Gebruikt",
        None,
        45.0,
        "Gisteren",
        "Kees",
        "Dordrecht",
        "Ophalen of Verzenden",
        False,
    ),
    (
        "Batavus Mambo damesfiets 7 versnellingen",
        "Goed onderhouden Mambo, alleen wat krasjes. Kettingkast is compleet.",
        "Gebruikt",
        53,
        230.0,
        "2025-03-12",
        "Laura",
        "Utrecht",
        "Ophalen",
        False,
    ),
    (
        "Trek Verve+ 2 Lowstep elektrisch",
        "Bosch Active Line Plus, 400 Wh. Inclusief slot en spatborden.",
        "Gebruikt",
        45,
        1290.0,
        "2025-03-12",
        "Bas",
        "Amstelveen",
        "Ophalen",
        False,
    ),
    (
        "Fietsmand + damesfiets Giant Tourer",
        "Stevige touring fiets met voorrek en mand. Hoge instap.",
        "Gebruikt",
        55,
        190.0,
        "2025-03-12",
        "Pien",
        "Wageningen",
        "Ophalen",
        False,
    ),
    (
        "Gazelle Ultimate C8 HMB dames",
        "Belt drive, nauwelijks onderhoud nodig. Zeer nette staat, 2022.",
        "Zo goed als nieuw",
        53,
        1595.0,
        "2025-03-12",
        "Monique",
        "Ede",
        "Ophalen",
        False,
    ),
    (
        "Damesfiets zwart, 3 versnellingen",
        "Prima fiets, moet weg wegens verhuizing. Slot niet aanwezig.",
        "Gebruikt",
        53,
        85.0,
        "2025-03-12",
        "Ahmed",
        "Rotterdam",
        "Ophalen",
        False,
    ),
    (
        "Cube Ella Ride 400 trapeze",
        "Bosch middenmotor, schijfremmen, 2020. Accu 85% capaciteit.",
        "Gebruikt",
        50,
        1150.0,
        "2025-03-11",
        "Femke",
        "Zeist",
        "Ophalen",
        False,
    ),
    (
        "Omafiets groen met voordrager",
        "Leuke omafiets, mintgroen. Terugtraprem en handrem voor.",
        "Gebruikt",
        57,
        110.0,
        "2025-03-11",
        "Sophie",
        "Utrecht",
        "Ophalen",
        False,
    ),
    (
        "Kettingkast en spatborden Gazelle",
        "Onderdelen van Gazelle Orange, passend op 28 inch. Alleen ophalen.",
        "Gebruikt",
        None,
        15.0,
        "2025-03-11",
        "Jeroen",
        "Woerden",
        "Ophalen",
        False,
    ),
    (
        "Stella Vicenza Superior MDB",
        "Middenmotor, 7 versnellingen, 2021. Accu nieuw in 2024.",
        "Gebruikt",
        53,
        1050.0,
        "2025-03-11",
        "Ria",
        "Veenendaal",
        "Ophalen",
        False,
    ),
    (
        "Union Jubilee damesfiets wit",
        "Stijlvolle witte damesfiets met bruine handvatten en zadel.",
        "Gebruikt",
        50,
        175.0,
        "2025-03-11",
        "Nina",
        "Leiden",
        "Ophalen",
        False,
    ),
    (
        "Gazelle Paris C7 HMB",
        "Rijdt heerlijk, recent nieuwe ketting. Voordrager erbij.",
        "Gebruikt",
        53,
        345.0,
        "2025-03-10",
        "Dirk",
        "Schiedam",
        "Ophalen",
        False,
    ),
    (
        "Damesfiets voor onderdelen",
        "Frame is goed, wielen krom. Ideaal voor onderdelen.",
        "Gebruikt",
        None,
        "Gratis",
        "2025-03-10",
        "Bram",
        "Delft",
        "Ophalen",
        False,
    ),
    (
        "Batavus Finez E-go Exclusive 2022",
        "Bosch Performance, 625 Wh, riem. Onderhoud bij dealer.",
        "Zo goed als nieuw",
        57,
        2195.0,
        "2025-03-10",
        "E-Bike Centrum Noord",
        "Groningen",
        "Ophalen",
        False,
    ),
    (
        "Giant Liv Alight 2 maat M",
        "Sportieve dames hybride, 2x8 Shimano Claris. Licht en snel.",
        "Gebruikt",
        45,
        390.0,
        "2025-03-10",
        "Merel",
        "Nijmegen",
        "Ophalen of Verzenden",
        False,
    ),
    (
        "Koga E-Inspire dames",
        "Hoogwaardige e-bike, 2019, Bosch Performance. Prijs in overleg.",
        "Gebruikt",
        54,
        "Zie omschrijving",
        "2025-03-09",
        "Rob",
        "Zwolle",
        "Ophalen",
        False,
    ),
    (
        "Pointer Oldtimer damesfiets creme",
        "Klassieke look, 3 versnellingen. Voorlicht op batterij.",
        "Gebruikt",
        53,
        135.0,
        "2025-03-09",
        "Annelies",
        "Assen",
        "Ophalen",
        False,
    ),
    (
        "Sparta Pick-Up N3 dames",
        "Bekend degelijk model. Snelbinders en slot erbij.",
        "Gebruikt",
        53,
        165.0,
        "2025-03-09",
        "Jan",
        "Harderwijk",
        "Ophalen",
        False,
    ),
    (
        "Elektrische damesfiets QWIC Premium i MN7+",
        "Nieuwe accu vorige maand, ca 70 km bereik. Ringslot.",
        "Gebruikt",
        50,
        1350.0,
        "2025-03-09",
        "Tamara",
        "Almere",
        "Ophalen",
        False,
    ),
    (
        "Damesfiets Cortina Octa 3 versnellingen",
        "In prima staat. Met achterrek en voordrager.",
        "Gebruikt",
        50,
        215.0,
        "2025-03-08",
        "Lisa",
        "Arnhem",
        "Ophalen",
        False,
    ),
    (
        "Alpina Clubb 26 inch meisjesfiets",
        "Handremmen, 3 versnellingen, wit met roze. Weinig gebruikt.",
        "Zo goed als nieuw",
        46,
        180.0,
        "2025-03-08",
        "Fam. de Wit",
        "Purmerend",
        "Ophalen",
        False,
    ),
    (
        "Trek District 4 Equinox",
        "Carbon riem, Nexus 8. Lichte gebruikssporen. Gekocht in 2020.",
        "Gebruikt",
        48,
        525.0,
        "2025-03-08",
        "Charlotte",
        "Utrecht",
        "Ophalen of Verzenden",
        False,
    ),
    (
        "Gazelle Orange C8 HMB 2021",
        "8 versnellingen, hydraulische remmen, veerpen. Topstaat.",
        "Zo goed als nieuw",
        57,
        595.0,
        "2025-03-08",
        "Martin",
        "Leusden",
        "Ophalen",
        False,
    ),
    (
        "Batavus Weekend damesfiets",
        "Sportieve stadsfiets, 7 versnellingen, rijdt goed.",
        "Gebruikt",
        53,
        190.0,
        "2025-03-07",
        "Esther",
        "Lelystad",
        "Ophalen",
        False,
    ),
    (
        "Damesfiets met kinderzitjes voor en achter",
        "Twee zitjes (Bobike), fiets met 3 versnellingen. Goed voor jong gezin.",
        "Gebruikt",
        50,
        150.0,
        "2025-03-07",
        "Mark",
        "Haarlem",
        "Ophalen",
        False,
    ),
    (
        "Amslod Cambridge Pro elektrisch",
        "Middenmotor, 10 versnellingen. Weinig gebruikt. Bieden vanaf 900.",
        "Gebruikt",
        50,
        "Bieden",
        "2025-03-07",
        "Willem",
        "Heerenveen",
        "Ophalen",
        False,
    ),
    (
        "Gazelle Tour Populair T7 dames",
        "Het Nederlandse icoon. Zwart, 7 versnellingen, inclusief AXA slot.",
        "Gebruikt",
        61,
        395.0,
        "2025-03-07",
        "Hanneke",
        "Zutphen",
        "Ophalen",
        False,
    ),
    (
        "Union Mayfair damesfiets",
        "Licht gebruikt, wegens aanschaf e-bike te koop.",
        "Gebruikt",
        53,
        200.0,
        "2025-03-06",
        "Irene",
        "Bussum",
        "Ophalen",
        False,
    ),
    (
        "Cube Nature EXC Allroad Trapeze",
        "Hybride met 1x10 en luchtvering voor. Goede staat.",
        "Gebruikt",
        46,
        475.0,
        "2025-03-06",
        "Kim",
        "Enschede",
        "Ophalen of Verzenden",
        False,
    ),
    (
        "Stadsfiets mat groen Popal Prestige",
        "Nexus 3, terugtraprem. Nieuw zadel.",
        "Gebruikt",
        53,
        145.0,
        "2025-03-06",
        "Thijs",
        "Groningen",
        "Ophalen",
        False,
    ),
    (
        "Sparta C-Grid Energy dames",
        "Middenmotor, 2022, 2.600 km. Inclusief onderhoudsbeurt.",
        "Zo goed als nieuw",
        53,
        1695.0,
        "2025-03-06",
        "Fietsenhuis Oost",
        "'s-Hertogenbosch",
        "Ophalen",
        False,
    ),
    (
        "Damesfiets Gazelle voor opknapper",
        "Remmen moeten worden afgesteld, verder rijdbaar.",
        "Gebruikt",
        57,
        40.0,
        "2025-03-05",
        "Frank",
        "Vlaardingen",
        "Ophalen",
        False,
    ),
    (
        "RIH Sport damesracer 1978",
        "Columbus buizen, deels origineel. Mooi project.",
        "Gebruikt",
        53,
        "Bieden",
        "2025-03-05",
        "Kees",
        "Dordrecht",
        "Ophalen of Verzenden",
        False,
    ),
    (
        "Batavus Fuego dames 2020",
        "Prima staat, 7 versnellingen met rollerbrake.",
        "Gebruikt",
        53,
        255.0,
        "2025-03-05",
        "Sanne",
        "Amersfoort",
        "Ophalen",
        False,
    ),
    (
        "Giant Tourer GTS dames e-bike",
        "SyncDrive motor, accu 2023. Inclusief lader en sleutels.",
        "Gebruikt",
        50,
        895.0,
        "2025-03-05",
        "Gerda",
        "Emmen",
        "Ophalen",
        False,
    ),
    (
        "Oma fiets Cortina Roots",
        "Hele mooie omafiets, petrol blauw. Nieuwe banden.",
        "Gebruikt",
        57,
        245.0,
        "2025-03-04",
        "Fleur",
        "Amsterdam",
        "Ophalen",
        False,
    ),
    (
        "Gazelle Grenoble C7+ dames",
        "Lage instap, veerpen en verende voorvork. Comfortabel.",
        "Gebruikt",
        49,
        365.0,
        "2025-03-04",
        "Corrie",
        "Doetinchem",
        "Ophalen",
        False,
    ),
    (
        "Kinderfiets meisjes 20 inch Popal",
        "Turquoise kinderfiets met zijwieltjes (los). Weinig gebruikt.",
        "Zo goed als nieuw",
        None,
        65.0,
        "2025-03-04",
        "Naomi",
        "Spijkenisse",
        "Ophalen",
        False,
    ),
    (
        "Multicycle Legacy EMB",
        "Bosch Performance, 625 Wh, remmen nieuw. 2023 model.",
        "Zo goed als nieuw",
        53,
        2350.0,
        "2025-03-03",
        "Bikeshop Westland",
        "Naaldwijk",
        "Ophalen",
        False,
    ),
    (
        "Damesfiets blauw 7 versnellingen Trek",
        "Mooie blauwe fiets, alles werkt. Nieuwe ketting en cassette.",
        "Gebruikt",
        50,
        230.0,
        "2025-03-03",
        "Tom",
        "Zeist",
        "Ophalen",
        False,
    ),
    (
        "Fietsstoeltje en damesfiets Batavus",
        "Batavus Mambo met Thule Yepp stoeltje. Samen te koop.",
        "Gebruikt",
        53,
        210.0,
        "2025-03-03",
        "Saskia",
        "Houten",
        "Ophalen",
        False,
    ),
    (
        "Vintage Fongers damesfiets jaren 50",
        "Volledig gerestaureerd, nieuwe lak. Voor verzamelaars.",
        "Gebruikt",
        58,
        475.0,
        "2025-03-02",
        "Gerrit",
        "Leeuwarden",
        "Ophalen",
        False,
    ),
    (
        "Stella Livorno Gold N7",
        "Voorwielmotor, 2022, nette staat. Verkoop wegens verhuizing.",
        "Gebruikt",
        53,
        780.0,
        "2025-03-02",
        "Mirjam",
        "Oss",
        "Ophalen",
        False,
    ),
    (
        "Gazelle Arroyo C7+ HMB Elite",
        "Bosch middenmotor, 2021, 500 Wh. Nieuwe banden.",
        "Gebruikt",
        53,
        1450.0,
        "2025-03-02",
        "Erik",
        "Venlo",
        "Ophalen",
        False,
    ),
]
#: The seller's pages: name → (slug, id, 'sinds' year).
KH_SHOPS = {"Tweewielers Van Dijk", "Fietsenhuis Oost", "Bikeshop Westland", "E-Bike Centrum Noord"}


def _kh_id(index: int) -> int:
    return 2214563870 - index * 7919 - (index * index) % 113


def _kh_url(index: int, ad: KhAd) -> str:
    return f"{KH_VIP}/m{_kh_id(index)}-{slug(ad[0])}"


def _kh_seller_href(name: str) -> str:
    number = int(_hex(name, 6), 16) % 90000000 + 10000000
    return f"/u/{slug(name)}/{number}/"


def _kh_date_shown(day: str) -> str:
    if not day[:1].isdigit():
        return day
    moment = date.fromisoformat(day)
    return f"{moment.day} {KH_MONTHS[moment.month - 1]} {moment.year % 100}"


def _kh_price_shown(price: float | str) -> str:
    if isinstance(price, str):
        return price
    euros, cents = divmod(round(price * 100), 100)
    return f"€ {_grouped(euros, '.')},{cents:02d}"


def _kh_price_type(price: float | str) -> str:
    return {"Bieden": "MIN_BID", "Gratis": "FREE", "Zie omschrijving": "SEE_DESCRIPTION"}.get(str(price), "FIXED")


def _kh_item(index: int, ad: KhAd) -> str:
    title, description, condition, frame, price, day, seller, city, delivery, top = ad
    url = _kh_url(index, ad)
    chips = []
    if condition:
        chips.append(f'<span class="hz-Attribute hz-Attribute--default">{condition}</span>')
    if frame:
        chips.append(f'<span class="hz-Attribute hz-Attribute--default">Framemaat: {frame} cm</span>')
    image = f"https://images.koopjeshoek.test/api/v1/listing-mp-p/images/{_hex(title, 2)}/{_hex(title + 'img', 8)}-{_hex(title, 4)}-4{_hex(title, 3)}-9{_hex(title + 'x', 3)}-{_hex(title + 'y', 12)}?rule=ecg_mp_eps$_82"
    priority = (
        '<span class="hz-Listing-priority hz-Listing-priority--all-devices"><span class="hz-Listing-priority-label">Topadvertentie</span></span>'
        if top
        else ""
    )
    shop = (
        '<span class="hz-Listing-seller-badge"><i class="hz-Icon hz-Icon--backgroundDefault hz-SvgIcon hz-SvgIconCheckCircle" aria-hidden="true"></i>Bedrijf</span>'
        if seller in KH_SHOPS
        else ""
    )
    return f"""<li class="hz-Listing hz-Listing--list-item{" hz-Listing--topAd" if top else ""}" data-item-id="m{_kh_id(index)}">
  <a class="hz-Listing-coverLink" href="{url}" tabindex="-1" aria-hidden="true"><figure class="hz-Listing-image-container"><div class="hz-Listing-image-item hz-Listing-image-item--main"><img src="{image}" alt="{esc(title)}" title="{esc(title)}" loading="lazy"></div><div class="hz-Listing-image-count"><i class="hz-Icon hz-Icon--textSecondary hz-SvgIcon hz-SvgIconCamera"></i>{len(title) % 6 + 2}</div></figure></a>
  <div class="hz-Listing-listview-content">
    <div class="hz-Listing-group">
      <a class="hz-Link hz-Link--block hz-Listing-coverLink" href="{url}"><div class="hz-Listing-title-wrapper"><h3 class="hz-Listing-title">{esc(title)}</h3></div></a>
      <p class="hz-Listing-description hz-text-paragraph">{esc(description)}</p>
      <div class="hz-Listing-attributes">{"".join(chips)}</div>
    </div>
    <div class="hz-Listing-group--price-date-feature">
      <span class="hz-Listing-price hz-Listing-price--mobile hz-text-price-label">{_kh_price_shown(price)}</span>
      <span class="hz-Listing-date hz-Listing-date--desktop">{_kh_date_shown(day)}</span>
      {priority}
    </div>
  </div>
  <div class="hz-Listing--sellerInfo">
    <span class="hz-Listing-seller-name-container"><a class="hz-Link hz-Link--isolated" href="{_kh_seller_href(seller)}"><span class="hz-Listing-seller-name">{esc(seller)}</span></a>{shop}</span>
    <span class="hz-Listing-seller-location"><span class="hz-Listing-location"><span class="hz-Listing-distance-label">{esc(city)}</span></span></span>
    <span class="hz-Listing-delivery"><i class="hz-Icon hz-SvgIcon hz-SvgIconDelivery" aria-hidden="true"></i><span class="hz-Listing-delivery-label">{delivery}</span></span>
  </div>
  <div class="hz-Listing-extended-content"><button type="button" class="hz-Button hz-Button--tertiary hz-Listing-favorite" aria-label="Bewaren"><i class="hz-Icon hz-SvgIcon hz-SvgIconHeart"></i></button></div>
</li>"""


def _kh_banner(slot: str) -> str:
    return f"""<li class="hz-Listing hz-Listing--list-item hz-Listing--banner bannerContainerLoading"><div class="hz-Banner hz-Banner--fluid" id="banner-{slot}-dt" data-banner-position="{slot}"><div class="hz-Banner-label">Advertentie</div><div id="div-gpt-ad-lrp-{slot}"></div></div></li>"""


def _kh_href(page: int) -> str:
    return f"/{KH_CATEGORY}" if page == 1 else f"/{KH_CATEGORY}p/{page}/"


def _kh_pager(number: int, total: int) -> str:
    prev = (
        f'<a class="hz-Button hz-Button--secondary hz-PaginationControls-pagination-prev" href="{_kh_href(number - 1)}" rel="prev"><i class="hz-Icon hz-SvgIcon hz-SvgIconArrowLeft" aria-hidden="true"></i><span class="hz-PaginationControls-pagination-label">Vorige</span></a>'
        if number > 1
        else '<button class="hz-Button hz-Button--secondary hz-PaginationControls-pagination-prev" disabled><i class="hz-Icon hz-SvgIcon hz-SvgIconArrowLeft" aria-hidden="true"></i><span class="hz-PaginationControls-pagination-label">Vorige</span></button>'
    )
    nxt = (
        f'<a class="hz-Button hz-Button--secondary hz-PaginationControls-pagination-next" href="{_kh_href(number + 1)}" rel="next"><span class="hz-PaginationControls-pagination-label">Volgende</span><i class="hz-Icon hz-SvgIcon hz-SvgIconArrowRight" aria-hidden="true"></i></a>'
        if number < total
        else '<button class="hz-Button hz-Button--secondary hz-PaginationControls-pagination-next" disabled><span class="hz-PaginationControls-pagination-label">Volgende</span><i class="hz-Icon hz-SvgIcon hz-SvgIconArrowRight" aria-hidden="true"></i></button>'
    )
    pages = "".join(
        f'<span class="hz-PaginationControls-pagination-pageNumber hz-PaginationControls-pagination-pageNumber--current" aria-current="page">{page}</span>'
        if page == number
        else f'<a class="hz-Link hz-Link--isolated hz-PaginationControls-pagination-pageNumber" href="{_kh_href(page)}">{page}</a>'
        for page in range(1, total + 1)
    )
    return f"""<nav class="hz-PaginationControls" aria-label="Paginering">
  <div class="hz-PaginationControls-pagination">{prev}<span class="hz-PaginationControls-pagination-amountOfPages">{pages}</span>{nxt}</div>
  <div class="hz-PaginationControls-pageSize"><label for="pageSize">Advertenties per pagina</label><select id="pageSize" class="hz-Dropdown-select"><option value="30" selected>30</option><option value="50">50</option><option value="100">100</option></select></div>
</nav>"""


def _kh_filter(title: str, options: list[tuple[str, int]], name: str) -> str:
    rows = "".join(
        f'<li class="hz-Filter-item"><label class="hz-Checkbox"><input type="checkbox" name="{name}" value="{esc(slug(label))}"><span class="hz-Checkbox-label">{esc(label)}</span><span class="hz-Filter-count">({_grouped(count, ".")})</span></label></li>'
        for label, count in options
    )
    return f'<section class="hz-Filter"><h4 class="hz-Filter-title">{title}</h4><ul class="hz-Filter-list">{rows}</ul></section>'


def _kh_next_data(number: int, ads: list[tuple[int, KhAd]]) -> str:
    listings = []
    for index, ad in ads:
        title, description, condition, _, price, day, seller, city, delivery, top = ad
        listings.append(
            {
                "itemId": f"m{_kh_id(index)}",
                "title": title,
                "description": description,
                "categorySpecificDescription": description[:80],
                "thinContent": False,
                "priceInfo": {
                    "priceCents": 0 if isinstance(price, str) else round(price * 100),
                    "priceType": _kh_price_type(price),
                },
                "location": {
                    "cityName": city,
                    "countryName": "Nederland",
                    "countryAbbreviation": "NL",
                    "distanceMeters": -1000,
                    "isBuyerLocation": False,
                    "onCountryLevel": False,
                    "abroad": False,
                },
                "date": _kh_date_shown(day),
                "imageUrls": [
                    f"//images.koopjeshoek.test/api/v1/listing-mp-p/images/{_hex(title, 2)}/{_hex(title + 'img', 8)}?rule=ecg_mp_eps$_#"
                ],
                "sellerInformation": {
                    "sellerId": int(_kh_seller_href(seller).split("/")[3]),
                    "sellerName": seller,
                    "showSoiUrl": True,
                    "showWebsiteUrl": seller in KH_SHOPS,
                    "isVerified": seller in KH_SHOPS,
                },
                "categoryId": 447,
                "priorityProduct": "TOP_AD" if top else "NONE",
                "videoOnVip": False,
                "urgencyFeatureActive": False,
                "napAvailable": False,
                "attributes": [{"key": "condition", "value": condition}] if condition else [],
                "extendedAttributes": [{"key": "delivery", "value": delivery}],
                "traits": ["PACKAGE_FREE"] if "Verzenden" in delivery else [],
                "verticals": ["bikes", "women_bikes"],
                "vipUrl": _kh_url(index, ad),
                "pictures": [],
            }
        )
    data = {
        "props": {
            "pageProps": {
                "searchRequestAndResponse": {
                    "listings": listings,
                    "topBlock": [],
                    "totalResultCount": len(KH_ADS),
                    "maxAllowedPageNumber": 3,
                    "correlationId": _hex(f"corr{number}", 32),
                    "searchRequest": {
                        "searchRequestObject": {
                            "offset": (number - 1) * KH_PER_PAGE,
                            "limit": KH_PER_PAGE,
                            "categories": {
                                "l1Category": {"id": 445, "key": "fietsen-en-brommers"},
                                "l2Category": {"id": 447, "key": "fietsen-dames-damesfietsen"},
                            },
                            "sortOptions": {"sortBy": "OPTIMIZED", "sortOrder": "DECREASING"},
                        }
                    },
                },
                "seoFriendlyTextAttributes": {"h1": "Damesfietsen"},
                "isMobile": False,
            },
            "__N_SSP": True,
        },
        "page": "/lrp/[[...query]]",
        "query": {
            "query": ["fietsen-en-brommers", "fietsen-dames-damesfietsen"] + (["p", str(number)] if number > 1 else [])
        },
        "buildId": f"lrp-{_hex('build', 8)}",
        "isFallback": False,
        "gssp": True,
        "scriptLoader": [],
    }
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")


def _kh_page(number: int, total: int, ads: list[tuple[int, KhAd]]) -> str:
    items = [_kh_item(index, ad) for index, ad in ads]
    items.insert(min(4, len(items)), _kh_banner("top"))
    if len(items) > 20:
        items.insert(20, _kh_banner("middle"))
    filters = "".join(
        [
            _kh_filter("Conditie", [("Nieuw", 312), ("Zo goed als nieuw", 1874), ("Gebruikt", 9421)], "conditie"),
            _kh_filter(
                "Merk fiets",
                [
                    ("Batavus", 1612),
                    ("Cortina", 604),
                    ("Gazelle", 3320),
                    ("Giant", 415),
                    ("Sparta", 987),
                    ("Trek", 388),
                    ("Union", 271),
                    ("Overige merken", 2210),
                ],
                "merk",
            ),
            _kh_filter(
                "Framemaat",
                [("46 t/m 49 cm", 1105), ("50 t/m 53 cm", 4210), ("54 t/m 57 cm", 3366), ("58 cm of groter", 902)],
                "framemaat",
            ),
            _kh_filter(
                "Aantal versnellingen",
                [
                    ("Geen versnellingen", 1530),
                    ("3 versnellingen", 2644),
                    ("7 versnellingen", 3981),
                    ("8 of meer", 1690),
                ],
                "versnellingen",
            ),
            _kh_filter("Levering", [("Ophalen", 10840), ("Verzenden", 1455)], "levering"),
            _kh_filter("Advertentie type", [("Particulier", 9870), ("Bedrijf", 1737)], "aanbieder"),
        ]
    )
    canonical = f"https://www.koopjeshoek.test{_kh_href(number)}"
    links = (f'<link rel="prev" href="https://www.koopjeshoek.test{_kh_href(number - 1)}">' if number > 1 else "") + (
        f'<link rel="next" href="https://www.koopjeshoek.test{_kh_href(number + 1)}">' if number < total else ""
    )
    first = (number - 1) * KH_PER_PAGE + 1
    return f"""<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>≥ Vind damesfietsen op Koopjeshoek - {"" if number == 1 else f"pagina {number} - "}maart 2025</title>
<meta name="description" content="Damesfietsen kopen? ✅ Bekijk het grootste aanbod nieuwe en tweedehands damesfietsen op Koopjeshoek. Vind jouw nieuwe fiets eenvoudig in jouw buurt.">
<meta name="robots" content="index, follow">
<link rel="canonical" href="{canonical}">
{links}
<link rel="preconnect" href="https://images.koopjeshoek.test">
<link rel="stylesheet" href="/hydra-assets/css/hydra-{_hex("hydra", 10)}.css">
<link rel="stylesheet" href="/_next/static/css/{_hex("lrpcss", 16)}.css">
<script>window.__CONFIG__ = {{"tenant": "kh", "locale": "nl-NL", "experiments": {{"KH-3122": "B", "KH-3390": "A"}}, "bannersEnabled": true, "gptAdUnit": "/1284/koopjeshoek/fietsen-en-brommers/fietsen-dames-damesfietsen", "userLoggedIn": false}};</script>
<script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','GTM-5K3TQ9');</script>
</head>
<body class="hz-Page">
<div id="sp_message_container_1075120" class="sp_message_container">
  <div class="message-container" role="dialog" aria-modal="true" aria-labelledby="sp-title">
    <h2 id="sp-title" class="message-title">Koopjeshoek gebruikt cookies</h2>
    <p class="message-text">Wij en onze 142 partners gebruiken cookies en vergelijkbare technieken om onze website te verbeteren, advertenties en content te personaliseren en het gebruik van de website te analyseren. Klik op ‘Accepteren’ om akkoord te gaan, of kies ‘Instellingen beheren’ om je voorkeuren aan te passen. Je kunt je keuze altijd wijzigen via ‘Cookie-instellingen’ onderaan de pagina.</p>
    <div class="message-buttons"><button class="message-button sp_choice_type_11" title="Accepteren">Accepteren</button><button class="message-button sp_choice_type_12" title="Instellingen beheren">Instellingen beheren</button><button class="message-button sp_choice_type_13" title="Weigeren">Weigeren</button></div>
  </div>
</div>
<div id="__next">
<header class="u-stickyHeader hz-Header">
  <div class="hz-Header-ribbon">
    <a class="hz-Header-logo" href="/" aria-label="Koopjeshoek"><img src="/hydra-assets/images/logo/kh-logo.svg" alt="Koopjeshoek" width="172" height="32"></a>
    <form class="hz-Header-search" action="/q/" method="get" role="search">
      <div class="hz-SearchField"><label class="hz-Nav-hidden" for="query">Zoeken</label><input id="query" name="query" type="search" class="hz-TextField-input" placeholder="Waar ben je naar op zoek?" autocomplete="off"></div>
      <div class="hz-SearchCategory"><select name="categoryId" class="hz-Dropdown-select" aria-label="Categorie"><option value="0">Alle categorieën…</option><option value="445" selected>Fietsen en Brommers</option><option value="91">Auto's</option><option value="504">Huis en Inrichting</option><option value="322">Computers en Software</option><option value="1099">Sport en Fitness</option></select></div>
      <div class="hz-PostcodeField"><input name="postcode" type="text" class="hz-TextField-input" placeholder="Postcode" maxlength="7"><select name="distanceMeters" class="hz-Dropdown-select" aria-label="Afstand"><option value="">Alle afstanden</option><option value="3000">&lt; 3 km</option><option value="10000">&lt; 10 km</option><option value="25000">&lt; 25 km</option><option value="50000">&lt; 50 km</option></select></div>
      <button type="submit" class="hz-Button hz-Button--primary"><i class="hz-Icon hz-SvgIcon hz-SvgIconSearch" aria-hidden="true"></i><span>Zoeken</span></button>
    </form>
    <nav class="hz-Header-menu" aria-label="Gebruikersmenu">
      <a class="hz-Link hz-Header-menuLink" href="/messages"><i class="hz-Icon hz-SvgIcon hz-SvgIconMessages"></i>Berichten</a>
      <a class="hz-Link hz-Header-menuLink" href="/my-account/favorites/"><i class="hz-Icon hz-SvgIcon hz-SvgIconHeart"></i>Bewaard</a>
      <a class="hz-Link hz-Header-menuLink" href="/account/login.html?target=%2F{KH_CATEGORY.replace("/", "%2F")}"><i class="hz-Icon hz-SvgIcon hz-SvgIconProfile"></i>Inloggen</a>
      <a class="hz-Button hz-Button--callToAction" href="/plaats">Plaats advertentie</a>
    </nav>
  </div>
</header>
<div class="hz-Banner hz-Banner--fluid" id="banner-top-dt"><div id="div-gpt-ad-lrp-leaderboard"></div></div>
<main class="hz-Page-body mp-Page-content">
  <nav class="hz-Breadcrumbs" aria-label="Kruimelpad">
    <ol><li class="hz-Breadcrumb"><a class="hz-Link" href="/">Koopjeshoek</a></li><li class="hz-Breadcrumb"><a class="hz-Link" href="/cp/445/fietsen-en-brommers/">Fietsen en Brommers</a></li><li class="hz-Breadcrumb" aria-current="page"><span>Fietsen | Dames | Damesfietsen</span></li></ol>
  </nav>
  <div class="hz-Page-container hz-Page-container--lrp">
    <aside class="hz-Page-element hz-Page-element--aside hz-Filters">
      <section class="hz-Filter hz-Filter--category"><h4 class="hz-Filter-title">Categorieën</h4><ul class="hz-Filter-list"><li><a class="hz-Link" href="/l/fietsen-en-brommers/">Fietsen en Brommers</a><ul><li><a class="hz-Link hz-Link--isActive" href="/{KH_CATEGORY}">Fietsen | Dames | Damesfietsen</a> <span class="hz-Filter-count">(11.607)</span></li><li><a class="hz-Link" href="/l/fietsen-en-brommers/fietsen-heren-herenfietsen/">Fietsen | Heren | Herenfietsen</a> <span class="hz-Filter-count">(9.842)</span></li><li><a class="hz-Link" href="/l/fietsen-en-brommers/elektrische-fietsen/">Elektrische fietsen</a> <span class="hz-Filter-count">(14.215)</span></li><li><a class="hz-Link" href="/l/fietsen-en-brommers/fietsen-meisjes/">Fietsen | Meisjes</a> <span class="hz-Filter-count">(3.118)</span></li><li><a class="hz-Link" href="/l/fietsen-en-brommers/fietsonderdelen/">Fietsonderdelen</a> <span class="hz-Filter-count">(21.904)</span></li></ul></li></ul></section>
      <section class="hz-Filter hz-Filter--price"><h4 class="hz-Filter-title">Prijs</h4><div class="hz-Filter-range"><input type="number" name="PriceCentsFrom" placeholder="Van" class="hz-TextField-input"><span>tot</span><input type="number" name="PriceCentsTo" placeholder="Tot" class="hz-TextField-input"><button class="hz-Button hz-Button--secondary">Toepassen</button></div></section>
      {filters}
      <section class="hz-Filter"><h4 class="hz-Filter-title">Aangeboden sinds</h4><select class="hz-Dropdown-select" name="offeredSince"><option>Altijd</option><option>Vandaag</option><option>Gisteren</option><option>Een week</option></select></section>
    </aside>
    <div class="hz-Page-element hz-Page-element--main">
      <div class="hz-Listings-header">
        <h1 class="hz-Listings-header-title">Damesfietsen</h1>
        <span class="hz-Listings-header-count">{len(KH_ADS)} resultaten</span>
        <div class="hz-Listings-header-controls">
          <label for="sortOrderDropdown">Sorteer op:</label>
          <select id="sortOrderDropdown" class="hz-Dropdown-select"><option value="OPTIMIZED" selected>Standaard</option><option value="SORT_INDEX|DECREASING">Datum (nieuw-oud)</option><option value="SORT_INDEX|INCREASING">Datum (oud-nieuw)</option><option value="PRICE|INCREASING">Prijs (laag-hoog)</option><option value="PRICE|DECREASING">Prijs (hoog-laag)</option><option value="LOCATION|INCREASING">Afstand</option></select>
          <div class="hz-ViewControl"><button class="hz-Button hz-Button--tertiary is-active" aria-label="Lijst"><i class="hz-Icon hz-SvgIcon hz-SvgIconList"></i></button><button class="hz-Button hz-Button--tertiary" aria-label="Galerij"><i class="hz-Icon hz-SvgIcon hz-SvgIconGrid"></i></button></div>
          <button class="hz-Button hz-Button--secondary hz-SaveSearch"><i class="hz-Icon hz-SvgIcon hz-SvgIconBell"></i>Zoekopdracht opslaan</button>
        </div>
        <p class="hz-Listings-header-range">Advertenties {first}–{first + len(ads) - 1}</p>
      </div>
      <ul class="hz-Listings hz-Listings--list-view">
{chr(10).join(items)}
      </ul>
      {_kh_pager(number, total)}
      <section class="hz-SeoLinks"><h3>Populair in Damesfietsen</h3><ul><li><a href="/l/fietsen-en-brommers/fietsen-dames-damesfietsen/f/gazelle/1137/">Gazelle damesfiets</a></li><li><a href="/l/fietsen-en-brommers/fietsen-dames-damesfietsen/f/batavus/1131/">Batavus damesfiets</a></li><li><a href="/l/fietsen-en-brommers/fietsen-dames-damesfietsen/f/omafiets/2210/">Omafiets</a></li><li><a href="/l/fietsen-en-brommers/fietsen-dames-damesfietsen/f/transportfiets/2211/">Transportfiets dames</a></li></ul></section>
    </div>
  </div>
</main>
<footer class="hz-Footer">
  <div class="hz-Footer-columns">
    <div class="hz-Footer-column"><h4>Koopjeshoek</h4><ul><li><a href="/i/help/over-koopjeshoek/">Over Koopjeshoek</a></li><li><a href="/i/help/vacatures/">Vacatures</a></li><li><a href="/i/help/pers/">Pers</a></li></ul></div>
    <div class="hz-Footer-column"><h4>Help &amp; Info</h4><ul><li><a href="/i/help/">Klantenservice</a></li><li><a href="/i/help/veilig-handelen/">Veilig handelen</a></li><li><a href="/i/help/betaalpakket/">Betaalpakket</a></li></ul></div>
    <div class="hz-Footer-column"><h4>Zakelijk</h4><ul><li><a href="/i/zakelijk/adverteren/">Adverteren</a></li><li><a href="/i/zakelijk/banners/">Bannerplaatsing</a></li></ul></div>
  </div>
  <div class="hz-Footer-legal"><a href="/i/help/gebruiksvoorwaarden/">Gebruiksvoorwaarden</a> <a href="/i/help/privacybeleid/">Privacybeleid</a> <a href="/i/help/cookies/">Cookie-instellingen</a> <span>© 2025 Koopjeshoek B.V.</span></div>
</footer>
</div>
<script id="__NEXT_DATA__" type="application/json">{_kh_next_data(number, ads)}</script>
<script src="/_next/static/chunks/pages/lrp/%5B%5B...query%5D%5D-{_hex("lrpjs", 16)}.js" defer></script>
</body>
</html>"""


@thirtieth_b
def build_koopjeshoek() -> None:
    s = Site(
        "koopjeshoek",
        kind="second-hand marketplace category in Dutch (Marktplaats 2024–25 listing page, Hydra hz- classes: Sourcepoint-style cookie message, hz-Header with search / category / postcode, breadcrumbs, filter column with counts, 'Damesfietsen' + '73 resultaten', sort select; ul.hz-Listings of li.hz-Listing.hz-Listing--list-item: cover link to /v/…/m<id>-<slug>, h3.hz-Listing-title, p.hz-Listing-description, hz-Attribute chips (condition, 'Framemaat: 53 cm'), span.hz-Listing-price '€ 325,00' / 'Bieden' / 'Gratis' / 'Zie omschrijving', span.hz-Listing-date 'Vandaag' / 'Gisteren' / '12 mrt 25', 'Topadvertentie' labels, seller link, city, 'Ophalen' / 'Ophalen of Verzenden'; 'Advertentie' banner slots in the list; hz-PaginationControls over /p/N/; __NEXT_DATA__ listings)",
        start=KH_CATEGORY,
        description="A Dutch classifieds site's category 'Fietsen | Dames | Damesfietsen', copied from Marktplaats' 2024–25 listing page as a logged-out visitor gets it (standard order, 30 a page): head with canonical + rel prev / next, window.__CONFIG__ and GTM; a Sourcepoint-style consent dialog ('Koopjeshoek gebruikt cookies', Accepteren / Instellingen beheren / Weigeren); the hz-Header (logo, search field, category select, postcode + distance, Berichten / Bewaard / Inloggen, 'Plaats advertentie'); a leaderboard banner; breadcrumbs; a filter column (category tree with counts, Prijs van / tot, Conditie, Merk fiets, Framemaat, Aantal versnellingen, Levering, Advertentie type, Aangeboden sinds); h1 'Damesfietsen', '73 resultaten', a Sorteer op select, list / gallery toggle, 'Zoekopdracht opslaan', 'Advertenties 1–30'; ul.hz-Listings of li.hz-Listing.hz-Listing--list-item[data-item-id]: an image cover link and a title cover link to /v/fietsen-en-brommers/fietsen-dames-damesfietsen/m<id>-<slug>, h3.hz-Listing-title, p.hz-Listing-description, hz-Attribute chips (condition; 'Framemaat: 53 cm' when given), span.hz-Listing-price ('€ 1.650,00', or 'Bieden' / 'Gratis' / 'Zie omschrijving'), span.hz-Listing-date ('Vandaag', 'Gisteren' or '12 mrt 25'), a 'Topadvertentie' priority label on three paid ads of page 1 (still records), the seller's /u/ link (+ a 'Bedrijf' badge for shops), the city and the delivery label; two 'Advertentie' banner li slots in each full page (not records); hz-PaginationControls (Vorige / Volgende, numbered links, page 1 as the bare category path, others /p/N/) and a page-size select; SEO links, footer, and a __NEXT_DATA__ script with the page's listings (priceCents, priceType, cityName, sellerName, vipUrl). 30 + 30 + 13 ads. Written down: title, url, description, condition, frame_size (cm, when shown), price + currency (absent for Bieden / Gratis / Zie omschrijving), date (ISO for '12 mrt 25'; 'Vandaag' / 'Gisteren' kept as shown, since the day depends on when the page is read), seller, location (city), delivery.",
    )
    indexed = list(enumerate(KH_ADS))
    pages = chunks(indexed, [KH_PER_PAGE, KH_PER_PAGE, len(KH_ADS) - 2 * KH_PER_PAGE])
    for number, batch in enumerate(pages, 1):
        html = _kh_page(number, len(pages), batch)
        s.list_page(f"{KH_CATEGORY}index.html" if number == 1 else f"{KH_CATEGORY}p/{number}/index.html", html)
    for index, ad in indexed:
        title, description, condition, frame, price, day, seller, city, delivery, _ = ad
        s.expect(
            {
                "title": title,
                "url": _kh_url(index, ad),
                "description": description,
                "condition": condition,
                "frame_size": frame,
                "price": None if isinstance(price, str) else price,
                "currency": None if isinstance(price, str) else "EUR",
                "date": day,
                "seller": seller,
                "location": city,
                "delivery": delivery,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# otoilan: a Turkish vehicle classifieds search (sahibinden.com list view 2024–25), Volkswagen Passat, 20 a page.
# ---------------------------------------------------------------------------------------------------

OI_PATH = "volkswagen-passat"
OI_PER_PAGE = 20
OI_MONTHS = (
    "Ocak",
    "Şubat",
    "Mart",
    "Nisan",
    "Mayıs",
    "Haziran",
    "Temmuz",
    "Ağustos",
    "Eylül",
    "Ekim",
    "Kasım",
    "Aralık",
)
#: (model, title, year, km, colour, price TL, day, city, district, promotion: 'highlight' / 'bold' / '')
OiCar = tuple[str, str, int, int, str, int, str, str, str, str]
OI_TRIMS = [
    ("1.6 TDI BlueMotion Comfortline", 2015, 2019),
    ("1.6 TDI BlueMotion Highline", 2015, 2019),
    ("1.4 TSI BlueMotion Comfortline", 2015, 2018),
    ("1.5 TSI Business", 2020, 2023),
    ("1.5 TSI Elegance", 2020, 2023),
    ("1.5 TSI Impression", 2021, 2023),
    ("2.0 TDI Highline", 2012, 2018),
    ("2.0 TDI R-Line", 2017, 2021),
    ("1.6 FSI Comfortline", 2006, 2010),
    ("1.4 TSI Trendline", 2011, 2014),
    ("1.6 TDI Comfortline", 2011, 2014),
    ("1.9 TDI Comfortline", 2005, 2008),
]
OI_COLOURS = ["Beyaz", "Siyah", "Gri", "Gümüş Gri", "Lacivert", "Füme", "Kahverengi", "Bej", "Mavi", "Kırmızı"]
OI_PLACES = [
    ("İstanbul", "Kadıköy"),
    ("İstanbul", "Ümraniye"),
    ("İstanbul", "Beylikdüzü"),
    ("İstanbul", "Pendik"),
    ("Ankara", "Çankaya"),
    ("Ankara", "Yenimahalle"),
    ("İzmir", "Bornova"),
    ("İzmir", "Karşıyaka"),
    ("Bursa", "Nilüfer"),
    ("Antalya", "Muratpaşa"),
    ("Konya", "Selçuklu"),
    ("Kocaeli", "İzmit"),
    ("Gaziantep", "Şahinbey"),
    ("Kayseri", "Melikgazi"),
    ("Eskişehir", "Tepebaşı"),
    ("Adana", "Seyhan"),
    ("Samsun", "Atakum"),
    ("Trabzon", "Ortahisar"),
    ("Denizli", "Pamukkale"),
    ("Sakarya", "Adapazarı"),
    ("Tekirdağ", "Çorlu"),
]
OI_TITLES = [
    "SAHİBİNDEN {year} PASSAT {trim_upper} HATASIZ",
    "{year} Passat {trim} Değişensiz Boyasız",
    "ACİL SATILIK TEMİZ PASSAT {engine}",
    "Galeriden {year} Model Passat {trim} {km_text} KM",
    "HATASIZ BOYASIZ TRAMERSİZ {year} PASSAT",
    "Passat {trim} - Bakımlı, Masrafsız",
    "{city_upper} {dealer} OTOMOTİV'DEN {year} PASSAT {package}",
    "Aile aracı {year} Passat, tüm bakımları yetkili serviste",
    "2 PARÇA BOYALI {year} VW PASSAT {engine} DSG",
    "Sahibinden Passat {package} Cam Tavan Masajlı Koltuk",
    "{year} PASSAT {package} {km_text} KM'DE İLK SAHİBİNDEN",
    "Temiz Passat {engine} {package}, takas olur",
]
OI_DEALERS = ["ÖZTÜRK", "KARADENİZ", "YILDIZ", "AKDENİZ", "ERDEM", "BAŞKENT", "EGE"]
OI_AD_ROWS = {5, 14}


def _oi_cars() -> list[OiCar]:
    rng = random.Random(3030)
    cars: list[OiCar] = []
    day = date(2025, 3, 14)
    for index in range(49):
        trim, first, last = OI_TRIMS[rng.randrange(len(OI_TRIMS))]
        year = rng.randint(first, last)
        age = max(1, 2025 - year)
        km = rng.randint(11, 24) * age * 1000 + rng.choice([0, 0, 0, 500, rng.randint(1, 999)])
        colour = rng.choice(OI_COLOURS)
        city, district = rng.choice(OI_PLACES)
        price = (2_450_000 - age * 118_000 + rng.randint(-12, 12) * 10_000) // 5000 * 5000
        price = max(price, 465_000)
        engine, package = trim.split(" ", 2)[0] + " " + trim.split(" ")[1], trim.split(" ")[-1]
        title = OI_TITLES[index % len(OI_TITLES)].format(
            year=year,
            trim=trim,
            trim_upper=trim.upper(),
            engine=engine,
            package=package.upper() if index % 2 else package,
            km_text=_grouped(km // 1000 * 1000, "."),
            city_upper=city.replace("i", "İ").upper(),
            dealer=OI_DEALERS[index % len(OI_DEALERS)],
        )
        if index and rng.random() < 0.45:
            day = date.fromordinal(day.toordinal() - 1)
        promotion = {0: "highlight", 1: "highlight", 3: "bold", 24: "bold"}.get(index, "")
        cars.append((trim, title, year, km, colour, price, day.isoformat(), city, district, promotion))
    return cars


OI_CARS = _oi_cars()


def _oi_id(index: int) -> int:
    return 1224810337 - index * 104729 - (index * 37) % 991


def _oi_slug(text: str) -> str:
    table = str.maketrans(
        {
            "ı": "i",
            "İ": "i",
            "ş": "s",
            "Ş": "s",
            "ğ": "g",
            "Ğ": "g",
            "ü": "u",
            "Ü": "u",
            "ö": "o",
            "Ö": "o",
            "ç": "c",
            "Ç": "c",
        }
    )
    return slug(text.translate(table))


def _oi_url(index: int, car: OiCar) -> str:
    return f"/ilan/vasita-otomobil-volkswagen-{_oi_slug(car[1])}-{_oi_id(index)}/detay"


def _oi_href(offset: int) -> str:
    return f"/{OI_PATH}" if offset == 0 else f"/{OI_PATH}?pagingOffset={offset}"


def _oi_row(index: int, car: OiCar) -> str:
    trim, title, year, km, colour, price, day, city, district, promotion = car
    url = _oi_url(index, car)
    moment = date.fromisoformat(day)
    classes = "searchResultsItem" + {
        "highlight": " searchResultsPromoHighlight",
        "bold": " searchResultsPromoBold",
    }.get(promotion, "")
    photo = f"https://i0.otoilan.test/photos/{str(_oi_id(index))[:3]}/{str(_oi_id(index))[3:6]}/{_oi_id(index)}/thmb_{_hex(title, 12)}.jpg"
    return f"""<tr data-id="{_oi_id(index)}" class="{classes}">
  <td class="searchResultsLargeThumbnail"><a href="{url}" title="{esc(title)}"><img src="{photo}" alt="{esc(title)} #{_oi_id(index)}" title="{esc(title)}"></a></td>
  <td class="searchResultsTagAttributeValue">{esc(trim)}</td>
  <td class="searchResultsTitleValue"><a class="classifiedTitle" title="{esc(title)}" href="{url}">{esc(title)}</a><div class="searchResultsClassifiedLabels">{'<span class="label-photo-video" title="Fotoğraf / Video">Video</span>' if index % 9 == 4 else ""}</div></td>
  <td class="searchResultsAttributeValue">{year}</td>
  <td class="searchResultsAttributeValue">{_grouped(km, ".")}</td>
  <td class="searchResultsAttributeValue">{esc(colour)}</td>
  <td class="searchResultsPriceValue"><div class="classified-price-container"><span class="classified-price">{_grouped(price, ".")} TL</span></div></td>
  <td class="searchResultsDateValue"><span>{moment.day} {OI_MONTHS[moment.month - 1]}</span><br><span>{moment.year}</span></td>
  <td class="searchResultsLocationValue">{esc(city)}<br>{esc(district)}</td>
  <td class="searchResultsFavoriteValue"><a class="classified-favorite-link" href="#" data-classified-id="{_oi_id(index)}" title="Favorilerime Ekle"><i class="icon-favorite"></i></a></td>
</tr>"""


def _oi_native_ad(slot: int) -> str:
    return f"""<tr class="nativeAd"><td colspan="10"><div class="native-ad-container" id="div-gpt-ad-search-native-{slot}" data-ad-unit="/8641/otoilan/vasita/otomobil/search_native_{slot}"><span class="native-ad-label">Reklam</span></div></td></tr>"""


def _oi_pager(number: int, total: int) -> str:
    items = []
    if number > 1:
        items.append(
            f'<li><a class="prevNextBut" href="{_oi_href((number - 2) * OI_PER_PAGE)}" title="Önceki">« Önceki</a></li>'
        )
    for page in range(1, total + 1):
        if page == number:
            items.append(f'<li><span class="currentPage">{page}</span></li>')
        else:
            items.append(f'<li><a href="{_oi_href((page - 1) * OI_PER_PAGE)}">{page}</a></li>')
    if number < total:
        items.append(
            f'<li><a class="prevNextBut" href="{_oi_href(number * OI_PER_PAGE)}" title="Sonraki">Sonraki »</a></li>'
        )
    return f"""<div class="pageNavigator">
  <ul class="pageNaviButtons">{"".join(items)}</ul>
  <p class="mbdef">Toplam {total} sayfa içerisinde {number}. sayfayı görmektesiniz.</p>
  <div class="paging-size"><span>Her sayfada</span><ul class="faceted-paging-size"><li class="selected"><a href="/{OI_PATH}?pagingSize=20">20</a></li><li><a href="/{OI_PATH}?pagingSize=50">50</a></li></ul><span>sonuç göster</span></div>
</div>"""


def _oi_facet(title: str, options: list[str], name: str) -> str:
    rows = "".join(
        f'<li><a href="/{OI_PATH}?{name}={esc(_oi_slug(o))}" class="facetedCheckbox"><span class="checkbox"></span>{esc(o)}</a></li>'
        for o in options
    )
    return f'<dl class="search-filter-section"><dt class="collapseTitle"><a href="#">{title}</a></dt><dd class="collapseContent"><ul class="faceted-checkbox-list">{rows}</ul></dd></dl>'


def _oi_range(title: str, unit: str) -> str:
    return f'<dl class="search-filter-section"><dt class="collapseTitle"><a href="#">{title}</a></dt><dd class="collapseContent"><div class="min-max-input"><input type="text" placeholder="min" class="numeric"> <input type="text" placeholder="max" class="numeric"> {unit}</div></dd></dl>'


def _oi_page(number: int, total: int, cars: list[tuple[int, OiCar]]) -> str:
    rows = []
    for position, (index, car) in enumerate(cars):
        if position in OI_AD_ROWS:
            rows.append(_oi_native_ad(position))
        rows.append(_oi_row(index, car))
    series = [
        ("1.4 TSI", 1187),
        ("1.5 TSI", 962),
        ("1.6 FSI", 244),
        ("1.6 TDI", 2481),
        ("1.8 TSI", 118),
        ("1.9 TDI", 316),
        ("2.0 TDI", 1420),
        ("2.0 TSI", 87),
    ]
    tree = "".join(
        f'<li><a href="/{OI_PATH}-{slug(name)}" title="{name}">{name}</a><span>({_grouped(count, ".")})</span></li>'
        for name, count in series
    )
    facets = "".join(
        [
            _oi_range("Fiyat", "TL"),
            _oi_range("Yıl", ""),
            _oi_facet("Yakıt", ["Benzin", "Benzin & LPG", "Dizel", "Hibrit"], "a4"),
            _oi_facet("Vites", ["Düz", "Otomatik", "Yarı Otomatik"], "a5"),
            _oi_range("KM", ""),
            _oi_facet("Kasa Tipi", ["Sedan", "Station wagon"], "a6"),
            _oi_facet("Renk", OI_COLOURS, "a7"),
            _oi_facet("Kimden", ["Sahibinden", "Galeriden", "Yetkili Bayiden"], "a8"),
            _oi_facet("Takaslı", ["Evet", "Hayır"], "a9"),
            _oi_facet("Ağır Hasar Kayıtlı", ["Evet", "Hayır"], "a10"),
        ]
    )
    dealers = "".join(
        f'<li class="store-showcase-item"><a href="https://{slug(name)}.otoilan.test/" title="{esc(name)}"><img src="https://i0.otoilan.test/store/logo/{_hex(name, 10)}.png" alt="{esc(name)}"><span class="store-name">{esc(name)}</span><span class="store-count">{count} ilan</span></a></li>'
        for name, count in [("Öztürk Otomotiv", 38), ("Başkent Oto Plaza", 112), ("Ege Premium Araç", 57)]
    )
    canonical = f"https://www.otoilan.test{_oi_href((number - 1) * OI_PER_PAGE)}"
    return f"""<!DOCTYPE html>
<html lang="tr">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Satılık Volkswagen Passat Fiyatları &amp; Modelleri otoilan'da{"" if number == 1 else f" - Sayfa {number}"}</title>
<meta name="description" content="Satılık Volkswagen Passat ilanları ve fiyatları otoilan'da! İkinci el ve sıfır Volkswagen Passat modelleri için tıklayın.">
<link rel="canonical" href="{canonical}">
{f'<link rel="prev" href="https://www.otoilan.test{_oi_href((number - 2) * OI_PER_PAGE)}">' if number > 1 else ""}{f'<link rel="next" href="https://www.otoilan.test{_oi_href(number * OI_PER_PAGE)}">' if number < total else ""}
<link rel="stylesheet" href="https://s0.otoilan.test/assets/classifiedSearch:{_hex("css", 10)}.css">
<script>var pageTrackData = {{"pageName": "search_result", "categoryId": "3530", "categoryLevel0": "Vasıta", "categoryLevel1": "Otomobil", "categoryLevel2": "Volkswagen", "categoryLevel3": "Passat", "searchResultCount": "{len(OI_CARS)}", "pagingOffset": "{(number - 1) * OI_PER_PAGE}", "loginStatus": "false"}};</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</head>
<body class="search-page">
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Çerez banner'ı">
  <div class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container"><div id="onetrust-policy"><h2 id="onetrust-policy-title">Çerez Tercihleri</h2><div id="onetrust-policy-text">Sizlere daha iyi bir deneyim sunabilmek, sitemizin işleyişini analiz edebilmek ve ilgi alanlarınıza yönelik reklamlar gösterebilmek için çerezler kullanıyoruz. Detaylı bilgi için <a href="/kurumsal/cerez-politikasi">Çerez Politikası</a>'nı inceleyebilirsiniz.</div></div></div>
  <div id="onetrust-button-group-parent"><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Tercihleri Yönet</button><button id="onetrust-reject-all-handler">Reddet</button><button id="onetrust-accept-btn-handler">Tümünü Kabul Et</button></div></div></div></div>
</div></div>
<div class="header-container">
  <header class="header">
    <a class="logo" href="/" title="otoilan.test"><img src="https://s0.otoilan.test/assets/images/logo.svg" alt="otoilan" width="160" height="30"></a>
    <form class="search-form" action="/arama" method="get"><input type="text" id="searchText" name="query_text" placeholder="Kelime, ilan no veya mağaza adı ile ara" autocomplete="off"><button type="submit" class="search-submit">Ara</button><a href="/arama/detayli" class="detailed-search">Detaylı Arama</a></form>
    <ul class="header-links"><li><a href="/giris" class="login-link">Giriş Yap</a></li><li><a href="/kayit" class="register-link">Hesap Aç</a></li><li><a href="/ilan-ver" class="post-classified-btn">Ücretsiz* İlan Ver</a></li></ul>
  </header>
</div>
<div id="container" class="search-result-container">
  <div class="ad-top-banner"><div id="div-gpt-ad-search-top"></div></div>
  <ul class="breadcrumb"><li><a href="/">Anasayfa</a></li><li><a href="/vasita">Vasıta</a></li><li><a href="/otomobil">Otomobil</a></li><li><a href="/otomobil-volkswagen">Volkswagen</a></li><li class="last">Passat</li></ul>
  <div class="searchResultsLeft">
    <div class="searchResultsCategories">
      <h2 class="category-title">Kategori</h2>
      <ul class="categoryList"><li class="cl1"><a href="/vasita">Vasıta</a></li><li class="cl2"><a href="/otomobil">Otomobil</a></li><li class="cl3"><a href="/otomobil-volkswagen">Volkswagen</a></li><li class="cl4 selected"><h1>Passat</h1><span>({len(OI_CARS)})</span><ul class="sub-category-list">{tree}</ul></li></ul>
    </div>
    <form id="searchResultLeftFilters" class="search-filters" action="/{OI_PATH}" method="get">
      <dl class="search-filter-section"><dt class="collapseTitle"><a href="#">Adres</a></dt><dd class="collapseContent"><select name="address_city"><option value="">İl</option><option>İstanbul</option><option>Ankara</option><option>İzmir</option><option>Bursa</option><option>Antalya</option></select><select name="address_town" disabled><option>İlçe</option></select></dd></dl>
      {facets}
      <button type="submit" class="btn search-submit-btn">Ara</button>
    </form>
  </div>
  <div class="searchResultsRight">
    <div class="search-info-container">
      <div class="result-text"><h1>Volkswagen Passat</h1><span>“Volkswagen Passat” aramanızda <span>{len(OI_CARS)} ilan</span> bulundu.</span> <a href="#" class="save-search-link">Favori Aramalarıma Ekle</a></div>
      <div class="sort-order-menu"><a href="#" class="sort-link">Gelişmiş sıralama</a><ul class="sort-order-list"><li><a href="/{OI_PATH}?sorting=price_asc">Fiyat (Önce en düşük)</a></li><li><a href="/{OI_PATH}?sorting=price_desc">Fiyat (Önce en yüksek)</a></li><li class="selected"><a href="/{OI_PATH}?sorting=date_desc">Tarih (Önce en yeni ilan)</a></li><li><a href="/{OI_PATH}?sorting=date_asc">Tarih (Önce en eski ilan)</a></li><li><a href="/{OI_PATH}?sorting=km_asc">KM (Önce en düşük)</a></li><li><a href="/{OI_PATH}?sorting=year_desc">Yıl (Önce en yeni)</a></li></ul></div>
      <ul class="view-type-list"><li class="selected"><a href="/{OI_PATH}" title="Liste">Liste</a></li><li><a href="/{OI_PATH}?viewType=Classic" title="Büyük Liste">Büyük Liste</a></li><li><a href="/{OI_PATH}?viewType=Gallery" title="Galeri">Galeri</a></li></ul>
    </div>
    <div class="store-showcase"><h3>Passat satan galeriler</h3><ul>{dealers}</ul></div>
    <table id="searchResultsTable" class="searchResultsTable">
      <thead><tr><td class="searchResultsFirstColumn">&nbsp;</td><td class="searchResultsTagAttributeHeader"><a href="/{OI_PATH}?sorting=model">Model</a></td><td class="searchResultsTitleHeader"><a href="/{OI_PATH}?sorting=title">İlan Başlığı</a></td><td class="searchResultsAttributeHeader"><a href="/{OI_PATH}?sorting=year_desc">Yıl</a></td><td class="searchResultsAttributeHeader"><a href="/{OI_PATH}?sorting=km_asc">KM</a></td><td class="searchResultsAttributeHeader">Renk</td><td class="searchResultsPriceHeader"><a href="/{OI_PATH}?sorting=price_asc">Fiyat</a></td><td class="searchResultsDateHeader"><a href="/{OI_PATH}?sorting=date_desc">İlan Tarihi</a></td><td class="searchResultsLocationHeader">İl / İlçe</td><td></td></tr></thead>
      <tbody class="searchResultsRowClass">
{chr(10).join(rows)}
      </tbody>
    </table>
    {_oi_pager(number, total)}
    <div class="search-disclaimer"><p>otoilan.test'te yer alan kullanıcıların oluşturduğu tüm içerik, görüş ve bilgilerin doğruluğu, eksiksiz ve değişmez olduğu, yayınlanması ile ilgili yasal yükümlülükler içeriği oluşturan kullanıcıya aittir.</p></div>
  </div>
</div>
<footer class="footer"><ul class="footer-links"><li><a href="/kurumsal/hakkimizda">Hakkımızda</a></li><li><a href="/kurumsal/insan-kaynaklari">İnsan Kaynakları</a></li><li><a href="/yardim">Yardım Merkezi</a></li><li><a href="/kurumsal/kullanim-kosullari">Kullanım Koşulları</a></li><li><a href="/kurumsal/kisisel-verilerin-korunmasi">Kişisel Verilerin Korunması</a></li><li><a href="/kurumsal/cerez-politikasi">Çerez Politikası</a></li></ul><p class="copyright">Copyright © 2000-2025 otoilan.test</p></footer>
<script src="https://s0.otoilan.test/assets/classifiedSearch:{_hex("js", 10)}.js" defer></script>
</body>
</html>"""


@thirtieth_b
def build_otoilan() -> None:
    s = Site(
        "otoilan",
        kind="vehicle classifieds search in Turkish as a table (sahibinden.com 2024–25 list view: OneTrust 'Çerez Tercihleri' banner, header with search and 'Ücretsiz* İlan Ver', breadcrumb, category tree with counts and a facet column, '“Volkswagen Passat” aramanızda 49 ilan bulundu.', Gelişmiş sıralama menu, Liste / Büyük Liste / Galeri, a dealer showcase; table#searchResultsTable with tr.searchResultsItem[data-id] rows: thumbnail link, model cell, a.classifiedTitle, year, KM '148.000', colour, '1.125.000 TL', '14 Mart<br>2025', 'İstanbul<br>Kadıköy'; searchResultsPromoHighlight / PromoBold paid rows, tr.nativeAd 'Reklam' rows; ul.pageNaviButtons over ?pagingOffset=N and 'Toplam 3 sayfa içerisinde 1. sayfayı görmektesiniz.')",
        start=OI_PATH,
        description="A Turkish vehicle classifieds search for Volkswagen Passat (newest first, 20 a page), copied from sahibinden.com's 2024–25 search list view as a logged-out visitor gets it: head with canonical + rel prev / next, a pageTrackData object and GPT; a OneTrust banner ('Çerez Tercihleri', Tercihleri Yönet / Reddet / Tümünü Kabul Et); the header (logo, search form with 'Detaylı Arama', Giriş Yap / Hesap Aç / 'Ücretsiz* İlan Ver'); a top ad slot; breadcrumb Anasayfa › Vasıta › Otomobil › Volkswagen › Passat; the left column (category list whose last level is an h1 'Passat' with engine series links and counts, Adres selects, Fiyat / Yıl / KM min-max, Yakıt / Vites / Kasa Tipi / Renk / Kimden / Takaslı / Ağır Hasar Kayıtlı checkbox links, Ara); '“Volkswagen Passat” aramanızda 49 ilan bulundu.', Favori Aramalarıma Ekle, a 'Gelişmiş sıralama' menu, Liste / Büyük Liste / Galeri; a 'Passat satan galeriler' showcase of three dealers (not records); table#searchResultsTable with a header row (Model, İlan Başlığı, Yıl, KM, Renk, Fiyat, İlan Tarihi, İl / İlçe) and tr.searchResultsItem[data-id] rows: td.searchResultsLargeThumbnail link, td.searchResultsTagAttributeValue (trim '1.6 TDI BlueMotion Comfortline'), td.searchResultsTitleValue > a.classifiedTitle to /ilan/vasita-otomobil-volkswagen-<slug>-<id>/detay (a 'Video' label on some), three td.searchResultsAttributeValue (year, KM with dot thousands, colour), td.searchResultsPriceValue '1.125.000 TL', td.searchResultsDateValue '14 Mart' <br> '2025', td.searchResultsLocationValue 'İstanbul' <br> 'Kadıköy', a favourite link; two searchResultsPromoHighlight rows and bold rows (paid, still records); tr.nativeAd rows with a 'Reklam' GPT slot after the 5th and 14th row (not records); div.pageNavigator with ul.pageNaviButtons ('« Önceki', numbered links, current span, 'Sonraki »' over /volkswagen-passat?pagingOffset=20 / 40, page 1 as the bare path), 'Toplam 3 sayfa içerisinde N. sayfayı görmektesiniz.', a page-size choice; a disclaimer and the footer. 20 + 20 + 9 ads. Written down: title, url, model (the trim cell), year, mileage_km, color, price, currency, date (ISO), city, district.",
    )
    indexed = list(enumerate(OI_CARS))
    pages = chunks(indexed, [OI_PER_PAGE, OI_PER_PAGE, len(OI_CARS) - 2 * OI_PER_PAGE])
    for number, batch in enumerate(pages, 1):
        html = _oi_page(number, len(pages), batch)
        if number == 1:
            s.list_page(f"{OI_PATH}/index.html", html)
        else:
            s.list_page(f"{OI_PATH}@pagingOffset={(number - 1) * OI_PER_PAGE}", html)
    for index, car in indexed:
        trim, title, year, km, colour, price, day, city, district, _ = car
        s.expect(
            {
                "title": title,
                "url": _oi_url(index, car),
                "model": trim,
                "year": year,
                "mileage_km": km,
                "color": colour,
                "price": price,
                "currency": "TRY",
                "date": day,
                "city": city,
                "district": district,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# jangteo: a Korean open market's search (Gmarket search page 2024–25), '텀블러', 30 general items a page.
# ---------------------------------------------------------------------------------------------------

JT_KEYWORD = "%ED%85%80%EB%B8%94%EB%9F%AC"  # 텀블러
JT_QUERY = f"keyword={JT_KEYWORD}"
JT_PER_PAGE = 30
JT_ITEM_HOST = "https://item.jangteo.test/Item?goodscode="
#: (title, brand or None, price, original price or None, rating or None, reviews, purchases or None, seller, tags)
JtItem = tuple[str, str | None, int, int | None, float | None, int, int | None, str, list[str]]
JT_BRANDS = ["써모라인", "락킨", "보온명가", "코멧", "휴그린", "스텐리빙", "오슬로컵", None, None]
JT_KINDS = [
    ("진공 스텐 텀블러", [350, 473, 591, 750]),
    ("빨대 텀블러 손잡이형", [887, 1180]),
    ("차량용 보온보냉 텀블러", [500, 600]),
    ("원터치 보온병 텀블러", [350, 500]),
    ("대용량 아이스 텀블러", [900, 1200]),
    ("트라이탄 슬림 텀블러", [400, 550]),
    ("세라믹 코팅 텀블러", [360, 480]),
    ("캠핑 머그 텀블러", [350, 420]),
]
JT_EXTRAS = ["", " 각인 가능", " 1+1", " 선물포장", " 뚜껑 포함", " 세척솔 증정", " 2024 신상", ""]
JT_COLOURS = ["블랙", "화이트", "샌드베이지", "민트", "라벤더", "네이비", "코랄"]
JT_SELLERS = ["키친플러스", "살림공작소", "데일리하우스", "굿라이프몰", "생활명가", "홈앤쿡", "컵앤보틀", "리빙스토리"]
JT_ADS = [
    ("[파워클릭] 프리미엄 진공 텀블러 600ml 단독특가", 19900, "리빙스토리"),
    ("[AD] 대용량 손잡이 텀블러 1.2L 빨대증정", 15800, "컵앤보틀"),
    ("[AD] 회사 로고 인쇄 단체 텀블러 50개부터", 6900, "굿기프트"),
    ("[AD] 스텐 보온병 텀블러 500ml 2개 세트", 24900, "홈앤쿡"),
]


def _jt_items() -> list[JtItem]:
    rng = random.Random(7070)
    items: list[JtItem] = []
    for index in range(71):
        kind, sizes = JT_KINDS[index % len(JT_KINDS)]
        brand = JT_BRANDS[rng.randrange(len(JT_BRANDS))]
        size = rng.choice(sizes)
        volume = f"{size / 1000:g}L" if size >= 1000 else f"{size}ml"
        colour = rng.choice(JT_COLOURS)
        title = f"{kind} {volume} {colour}{JT_EXTRAS[rng.randrange(len(JT_EXTRAS))]}"
        if brand and rng.random() < 0.5:
            title = f"[{brand}] {title}"
        price = rng.randint(59, 389) * 100
        original = None
        if rng.random() < 0.4:
            original = (price * rng.choice([120, 125, 135, 150, 180]) // 100) // 100 * 100
        rating = None if rng.random() < 0.15 else round(rng.uniform(4.1, 5.0), 1)
        reviews = (
            0 if rating is None else rng.choice([rng.randint(1, 60), rng.randint(60, 900), rng.randint(900, 24000)])
        )
        purchases = (
            None
            if rng.random() < 0.2
            else rng.choice([rng.randint(3, 99), rng.randint(100, 2000), rng.randint(2000, 41000)])
        )
        tags = []
        if rng.random() < 0.6:
            tags.append("무료배송")
        if rng.random() < 0.35:
            tags.append("스마일배송")
        if original and rng.random() < 0.5:
            tags.append("쿠폰적용가")
        items.append((title, brand, price, original, rating, reviews, purchases, rng.choice(JT_SELLERS), tags))
    return items


JT_ITEMS = _jt_items()


def _jt_code(index: int) -> int:
    return 3812460177 - index * 15485863 % 999999 - index * 101


def _jt_url(index: int) -> str:
    return f"{JT_ITEM_HOST}{_jt_code(index)}"


def _jt_href(page: int) -> str:
    return f"/search?{JT_QUERY}&amp;p={page}"


def _jt_discount(price: int, original: int) -> int:
    return round((1 - price / original) * 100)


def _jt_card(index: int, item: JtItem, position: int) -> str:
    title, brand, price, original, rating, reviews, purchases, seller, tags = item
    url = _jt_url(index)
    code = _jt_code(index)
    montelena = (
        f'data-montelena-acode="200003529" data-montelena-goodscode="{code}" data-montelena-position="{position}"'
    )
    brand_html = f'<span class="text__brand"><span class="text">{esc(brand)}</span></span>' if brand else ""
    original_html = (
        f'<div class="box__price-original"><span class="for-a11y">정가</span><span class="text text__value">{price_fmt(original)}</span><span class="text__unit">원</span></div>'
        if original
        else ""
    )
    discount_html = (
        f'<div class="box__discount"><span class="for-a11y">할인율</span><span class="text__value">{_jt_discount(price, original)}</span><span class="text__unit">%</span></div>'
        if original
        else ""
    )
    tag_html = "".join(
        f'<li class="list-item"><span class="text__tag{" text__tag--smile" if t == "스마일배송" else ""}">{t}</span></li>'
        for t in tags
    )
    score = []
    if rating is not None:
        score.append(
            f'<li class="list-item list-item__awards"><span class="for-a11y">평점</span><span class="image__awards"><span class="image__awards-points" style="width:{round(rating * 20)}%"><span class="for-a11y">{rating}</span></span></span></li>'
        )
        score.append(
            f'<li class="list-item list-item__feedback-count"><span class="for-a11y">상품평</span><span class="text">({price_fmt(reviews)})</span></li>'
        )
    if purchases is not None:
        score.append(
            f'<li class="list-item list-item__pay-count"><span class="for-a11y">구매</span><span class="text">구매 {price_fmt(purchases)}</span></li>'
        )
    return f"""<div class="box__component box__component-itemcard box__component-itemcard--general">
  <div class="box__item-container">
    <div class="box__image"><a href="{url}" class="link__item" {montelena}><img class="image__item" src="//gdimg.jangteo.test/{code}/still/300?ver={_hex(title, 10)}" alt="{esc(title)}" loading="lazy"></a><button type="button" class="button__wish" data-goodscode="{code}"><span class="for-a11y">관심상품 추가</span></button></div>
    <div class="box__information">
      <div class="box__information-major">
        <div class="box__item-title">{brand_html}<span class="text__item-title text__item-title--ellipsis"><a href="{url}" class="link__item" title="{esc(title)}" {montelena}><span class="text__item">{esc(title)}</span></a></span></div>
        <div class="box__item-price">{original_html}<div class="box__price-seller"><span class="for-a11y">판매가</span><strong class="text text__value">{price_fmt(price)}</strong><span class="text__unit">원</span></div>{discount_html}</div>
      </div>
      <div class="box__information-tags"><ul class="list__tag">{tag_html}</ul></div>
      <div class="box__information-score"><ul class="list__score">{"".join(score)}</ul></div>
    </div>
    <div class="box__information-seller"><a class="link__shop" href="https://minishop.jangteo.test/{slug_ko(seller)}"><span class="for-a11y">판매자</span><span class="text__seller">{esc(seller)}</span></a></div>
  </div>
</div>"""


def price_fmt(amount: int) -> str:
    """'29,900': Korean prices group thousands with commas."""
    return f"{amount:,}"


def slug_ko(name: str) -> str:
    """A minishop id made from a seller name (ASCII only)."""
    return "shop" + _hex(name, 8)


def _jt_ad_card(position: int, ad: tuple[str, int, str]) -> str:
    title, price, seller = ad
    return f"""<div class="box__component box__component-itemcard box__component-itemcard--powerclick">
  <div class="box__item-container">
    <div class="box__image"><a href="https://ad.jangteo.test/click?adid={_hex(title, 16)}&amp;pos={position}" class="link__item" rel="sponsored"><img class="image__item" src="//gdimg.jangteo.test/ad/{_hex(title, 10)}/still/300" alt="{esc(title)}" loading="lazy"></a></div>
    <div class="box__information"><div class="box__information-major"><div class="box__item-title"><span class="text__item-title"><a href="https://ad.jangteo.test/click?adid={_hex(title, 16)}&amp;pos={position}" class="link__item" rel="sponsored"><span class="text__item">{esc(title)}</span></a></span></div><div class="box__item-price"><div class="box__price-seller"><strong class="text text__value">{price_fmt(price)}</strong><span class="text__unit">원</span></div></div></div></div>
    <div class="box__information-seller"><span class="text__seller">{esc(seller)}</span></div>
    <span class="box__ad-label"><span class="text__ad">AD</span></span>
  </div>
</div>"""


def _jt_pager(number: int, total: int) -> str:
    prev = (
        f'<a href="{_jt_href(number - 1)}" class="link__page-prev"><span class="for-a11y">이전 페이지</span></a>'
        if number > 1
        else '<span class="link__page-prev link__page-prev--disabled"><span class="for-a11y">이전 페이지</span></span>'
    )
    nxt = (
        f'<a href="{_jt_href(number + 1)}" class="link__page-next"><span class="for-a11y">다음 페이지</span></a>'
        if number < total
        else '<span class="link__page-next link__page-next--disabled"><span class="for-a11y">다음 페이지</span></span>'
    )
    pages = "".join(
        f'<strong class="link__page link__page--active" aria-current="page">{page}</strong>'
        if page == number
        else f'<a href="{_jt_href(page)}" class="link__page">{page}</a>'
        for page in range(1, total + 1)
    )
    return f'<div class="box__pagination">{prev}<div class="box__page-list">{pages}</div>{nxt}</div>'


def _jt_page(number: int, total: int, items: list[tuple[int, JtItem]], first: int) -> str:
    cards = "\n".join(_jt_card(index, item, first + position + 1) for position, (index, item) in enumerate(items))
    ads = "\n".join(_jt_ad_card(position + 1, ad) for position, ad in enumerate(JT_ADS))
    sorts = "".join(
        f'<li class="list-item{" list-item--active" if key == "8" else ""}"><a href="/search?{JT_QUERY}&amp;s={key}" class="link__sort">{label}</a></li>'
        for key, label in [
            ("8", "장터 랭크순"),
            ("7", "판매 인기순"),
            ("1", "낮은 가격순"),
            ("2", "높은 가격순"),
            ("13", "상품평 많은순"),
            ("3", "신규 상품순"),
        ]
    )
    brands = "".join(
        f'<li class="list-item"><a href="/search?{JT_QUERY}&amp;brandCode={_hex(b, 6)}" class="link__filter"><span class="text">{b}</span></a></li>'
        for b in JT_BRANDS
        if b
    )
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>장터 - 텀블러 검색결과</title>
<meta name="viewport" content="width=1280">
<meta name="format-detection" content="telephone=no">
<meta name="description" content="텀블러 검색결과 - 장터에서 다양한 텀블러 상품을 만나보세요. 스마일배송, 무료배송, 쿠폰 할인까지!">
<meta property="og:title" content="장터 - 텀블러 검색결과">
<link rel="canonical" href="https://browse.jangteo.test/search?{JT_QUERY}">
<link rel="stylesheet" href="//script.jangteo.test/pc/css/application/kr/srp/srp.{_hex("srpcss", 10)}.css">
<script>window.__SRP_CONFIG__ = {{"keyword": "텀블러", "page": {number}, "totalCount": {len(JT_ITEMS)}, "pageSize": {JT_PER_PAGE}, "sortType": "8", "isLogin": false, "abtest": {{"srp_card_v3": "B"}}}};</script>
<script async src="//script.jangteo.test/montelena/montelena.{_hex("mont", 8)}.js"></script>
</head>
<body>
<div id="skip-navigation"><a href="#container">본문 바로가기</a></div>
<div class="section__app-banner"><p class="text">장터 앱에서 더 많은 쿠폰 혜택을 받으세요!</p><a href="https://m.jangteo.test/app" class="link__app">앱으로 보기</a><button type="button" class="button__close"><span class="for-a11y">배너 닫기</span></button></div>
<div id="header" class="section__header">
  <div class="box__header-inner">
    <h1 class="box__logo"><a href="https://www.jangteo.test/" class="link__logo"><span class="for-a11y">장터</span></a></h1>
    <form class="box__search" action="/search" method="get" role="search"><label for="form__search-keyword" class="for-a11y">검색어 입력</label><input type="text" id="form__search-keyword" name="keyword" class="form__search-keyword" value="텀블러" autocomplete="off"><button type="submit" class="button__search"><span class="for-a11y">검색</span></button></form>
    <ul class="list__util"><li class="list-item"><a href="https://signin.jangteo.test/login" class="link__util">로그인</a></li><li class="list-item"><a href="https://signup.jangteo.test/" class="link__util">회원가입</a></li><li class="list-item"><a href="https://myg.jangteo.test/" class="link__util">나의 쇼핑정보</a></li><li class="list-item"><a href="https://cart.jangteo.test/" class="link__util">장바구니</a></li><li class="list-item"><a href="https://help.jangteo.test/" class="link__util">고객센터</a></li></ul>
  </div>
  <nav class="box__gnb"><button type="button" class="button__category">전체 카테고리</button><ul class="list__gnb"><li><a href="https://www.jangteo.test/n/best">베스트</a></li><li><a href="https://www.jangteo.test/n/superdeal">슈퍼딜</a></li><li><a href="https://www.jangteo.test/n/smiledelivery">스마일배송</a></li><li><a href="https://www.jangteo.test/n/coupon">쿠폰</a></li><li><a href="https://www.jangteo.test/n/event">이벤트</a></li><li><a href="https://www.jangteo.test/n/global">해외직구</a></li></ul></nav>
</div>
<div id="container" class="section__container">
  <div class="section__search-result-header"><h2 class="text__keyword"><span class="text__keyword-value">텀블러</span> 검색결과</h2><div class="box__related"><span class="text__title">연관검색어</span><ul><li><a href="/search?keyword=%EC%8A%A4%ED%85%90+%ED%85%80%EB%B8%94%EB%9F%AC">스텐 텀블러</a></li><li><a href="/search?keyword=%EB%B9%A8%EB%8C%80+%ED%85%80%EB%B8%94%EB%9F%AC">빨대 텀블러</a></li><li><a href="/search?keyword=%EB%B3%B4%EC%98%A8%EB%B3%91">보온병</a></li></ul></div></div>
  <div class="section__aside">
    <div class="box__filter box__filter--category"><h3 class="text__filter-title">카테고리</h3><ul class="list__filter"><li class="list-item"><a href="/search?{JT_QUERY}&amp;category=100000060" class="link__filter">주방용품 <span class="text__count">(1,284)</span></a></li><li class="list-item"><a href="/search?{JT_QUERY}&amp;category=100000061" class="link__filter">캠핑용품 <span class="text__count">(312)</span></a></li><li class="list-item"><a href="/search?{JT_QUERY}&amp;category=100000062" class="link__filter">유아용품 <span class="text__count">(96)</span></a></li></ul></div>
    <div class="box__filter box__filter--brand"><h3 class="text__filter-title">브랜드</h3><ul class="list__filter">{brands}</ul></div>
    <div class="box__filter box__filter--price"><h3 class="text__filter-title">가격</h3><div class="box__price-range"><input type="text" class="form__price" title="최소 가격" placeholder="최소"><span>~</span><input type="text" class="form__price" title="최대 가격" placeholder="최대"><button type="button" class="button__apply">적용</button></div></div>
    <div class="box__filter box__filter--benefit"><h3 class="text__filter-title">혜택·배송</h3><ul class="list__filter"><li><label><input type="checkbox" name="f" value="d:f"> 무료배송</label></li><li><label><input type="checkbox" name="f" value="d:s"> 스마일배송</label></li><li><label><input type="checkbox" name="f" value="c:c"> 쿠폰</label></li><li><label><input type="checkbox" name="f" value="g:g"> 해외직구 제외</label></li></ul></div>
  </div>
  <div class="section__content">
    <div class="box__sort-control"><ul class="list__sort">{sorts}</ul><span class="text__total">전체 <strong>{len(JT_ITEMS)}</strong></span><div class="box__view-type"><button type="button" class="button__view button__view--list is-active">리스트형</button><button type="button" class="button__view button__view--gallery">갤러리형</button></div></div>
    <div class="section__module-wrap" module-design-id="23"><div class="box__module-title"><h3 class="text__title">파워클릭</h3><span class="text__ad">AD</span><button type="button" class="button__ad-info"><span class="for-a11y">광고 안내</span></button></div>
{ads}
    </div>
    <div class="section__module-wrap" module-design-id="15"><div class="box__module-title"><h3 class="text__title">일반상품</h3><span class="text__count">({len(JT_ITEMS)})</span></div>
{cards}
    </div>
    {_jt_pager(number, total)}
  </div>
</div>
<div id="footer" class="section__footer"><ul class="list__footer-link"><li><a href="https://www.jangteo.test/company">회사소개</a></li><li><a href="https://www.jangteo.test/terms">이용약관</a></li><li><a href="https://www.jangteo.test/privacy"><strong>개인정보처리방침</strong></a></li><li><a href="https://www.jangteo.test/youth">청소년보호정책</a></li><li><a href="https://help.jangteo.test/">고객센터</a></li></ul><address class="text__address">(주)장터 | 서울특별시 강남구 테헤란로 000 | 대표이사 홍길동 | 사업자등록번호 000-00-00000 | 통신판매업신고 제2025-서울강남-0000호</address><p class="text__notice">장터는 통신판매중개자이며 통신판매의 당사자가 아닙니다. 따라서 장터는 상품·거래정보 및 거래에 대하여 책임을 지지 않습니다.</p><p class="text__copyright">Copyright © jangteo Co., Ltd. All rights reserved.</p></div>
<script src="//script.jangteo.test/pc/js/application/kr/srp/srp.{_hex("srpjs", 10)}.js" defer></script>
</body>
</html>"""


@thirtieth_b
def build_jangteo() -> None:
    s = Site(
        "jangteo",
        kind="open-market search results in Korean (Gmarket 2024–25 search page: app banner, header with search box and util links, GNB, related keywords, filter column (카테고리 / 브랜드 / 가격 / 혜택·배송), sort tabs '장터 랭크순…' + '전체 71', a '파워클릭' AD module of four sponsored cards on every page; div.box__component-itemcard cards: image + title links to an item host's Item?goodscode=…, optional span.text__brand, div.box__price-original '39,900' 원, strong.text__value '29,900' + '원', discount '25' '%', tag chips 무료배송 / 스마일배송 / 쿠폰적용가, star width with a screen-reader '4.8', '(1,234)' reviews, '구매 5,678', seller minishop link; div.box__pagination over &p=N)",
        start=f"search?{JT_QUERY}",
        description="A Korean open market's search for '텀블러' (tumblers), copied from Gmarket's 2024–25 search results page as a logged-out visitor gets it (rank order, 30 general items a page): head with a canonical, an __SRP_CONFIG__ object and the montelena tracker; an app banner ('앱으로 보기'), the header (logo, search box holding 텀블러, 로그인 / 회원가입 / 나의 쇼핑정보 / 장바구니 / 고객센터), the GNB (전체 카테고리, 베스트, 슈퍼딜, 스마일배송, 쿠폰, 이벤트, 해외직구); '텀블러 검색결과' with 연관검색어 links; an aside of filters (카테고리 with counts, 브랜드 links, 가격 range, 혜택·배송 checkboxes); sort tabs (장터 랭크순, 판매 인기순, 낮은 가격순, 높은 가격순, 상품평 많은순, 신규 상품순), '전체 71', list / gallery toggle; a '파워클릭' 'AD' module of four sponsored cards (ad-click links, '[AD]' titles, not records) on every page; then the '일반상품' module of div.box__component.box__component-itemcard--general cards: div.box__image link and a span.text__item-title > a.link__item[title] > span.text__item title link, both to https://item.jangteo.test/Item?goodscode=<code> (montelena data attributes), an optional span.text__brand, div.box__item-price (div.box__price-original '정가' '39,900' '원' on discounted items, div.box__price-seller '판매가' strong.text__value '29,900' + '원', div.box__discount '할인율' '25' '%'), ul.list__tag chips (무료배송, 스마일배송, 쿠폰적용가), ul.list__score (a star bar whose width is the rating ×20 with a screen-reader '4.8', '상품평' '(1,234)', '구매' '구매 5,678'; no score on new items, no purchase count on some), a seller minishop link; div.box__pagination (이전 / 다음 페이지, numbered links over /search?keyword=%ED%85%80%EB%B8%94%EB%9F%AC&p=N); the footer with the company address and the intermediary notice. 30 + 30 + 11 products. Written down: title, url (absolute item link), brand (when shown), price, currency, original_price, discount (%), rating, review_count, purchases, seller, tags (list; absent when none).",
    )
    indexed = list(enumerate(JT_ITEMS))
    pages = chunks(indexed, [JT_PER_PAGE, JT_PER_PAGE, len(JT_ITEMS) - 2 * JT_PER_PAGE])
    first = 0
    for number, batch in enumerate(pages, 1):
        html = _jt_page(number, len(pages), batch, first)
        first += len(batch)
        if number == 1:
            s.list_page(f"search@{JT_QUERY}", html)
            s.write(f"search@{JT_QUERY}&p=1", html)
        else:
            s.list_page(f"search@{JT_QUERY}&p={number}", html)
    for index, item in indexed:
        title, brand, price, original, rating, reviews, purchases, seller, tags = item
        s.expect(
            {
                "title": title,
                "url": _jt_url(index),
                "brand": brand,
                "price": price,
                "currency": "KRW",
                "original_price": original,
                "discount": _jt_discount(price, original) if original else None,
                "rating": rating,
                "review_count": reviews if rating is not None else None,
                "purchases": purchases,
                "seller": seller,
                "tags": tags or None,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in THIRTIETH_B.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
