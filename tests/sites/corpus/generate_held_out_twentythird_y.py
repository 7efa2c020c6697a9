"""Held-out wave twenty-three, part Y: three list pages a data engineer is asked to scrape, copied from their real
2024–25 platform markup with invented data, and frozen before any heuristic saw them.

* **wagenhalle** — a used-car search on AutoScout24 Germany (Next.js, CSS-module classes, ``article`` cards with
  ``data-*`` listing attributes, ``&page=N`` pages of 20). Written down: title, url, price, currency, year, mileage,
  fuel, location, dealer.
* **vellum-exchange** — an antiquarian and used-book marketplace search on Biblio.com (``search.php`` results,
  ``&page=N`` pages of 10). Written down: title, url, author, seller, condition, price, currency, shipping.
* **bricomaison** — a home-improvement store category grid on Leroy Merlin France (Mozaic ``mc-`` classes,
  split ``km-price`` faces, ``soit 9,96 € / L`` unit prices, ``?p=N`` pages). Written down: title, url, brand,
  price, currency, original_price, rating, review_count, unit_price, availability.

Run ``uv run python tests/sites/corpus/generate_held_out_twentythird_y.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **frozen**.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import FROZEN, ROOT, Site, chunks, esc, slug

FROZEN |= {"wagenhalle", "vellum-exchange", "bricomaison"}

HELD_OUT_TWENTYTHIRD_Y: dict[str, Callable[[], None]] = {}


def held_out(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    HELD_OUT_TWENTYTHIRD_Y[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hex(text: str, size: int = 10) -> str:
    """A stable id derived from ``text`` (the real sites use random ones)."""
    return hashlib.sha1(text.encode()).hexdigest()[:size]


def _uuid(text: str) -> str:
    """A stable UUID-shaped id."""
    h = hashlib.sha1(text.encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def _de_int(value: int) -> str:
    """``84500`` → ``84.500``."""
    return f"{value:,}".replace(",", ".")


def _fr_money(value: float) -> tuple[str, str]:
    """``1234.5`` → (``1 234``, ``,50``) with a narrow no-break space as the thousands separator."""
    whole, cents = f"{value:,.2f}".split(".")
    return whole.replace(",", "\u202f"), f",{cents}"


# ---------------------------------------------------------------------------------------------------
# wagenhalle: AutoScout24 Germany used-car search results (Next.js, CSS modules, data-* on the article).
# ---------------------------------------------------------------------------------------------------

AS24_BASE = "lst/volkswagen/golf"
AS24_QUERY = (
    "atype=C&cy=D&damaged_listing=exclude&desc=0&fregfrom=2018&powertype=kw&sort=standard&ustate=U&zip=Leipzig&zipr=100"
)
AS24_PAGE_QUERY = "atype=C&cy=D&damaged_listing=exclude&desc=0&fregfrom=2018&page={n}&powertype=kw&search_id=1x9q7tpw3kd&sort=standard&source=listpage_pagination&ustate=U&zip=Leipzig&zipr=100"

# version, subtitle, price, first registration (month, year) or None, mileage, fuel or None, kW, gearbox,
# owners or None, price label or None, seller (dealer name or None for private), zip + town, seller rating, tag
CARS: list[tuple] = [  # type: ignore[type-arg]
    (
        "1.5 TSI Life",
        "LED, Navi, ACC, Sitzheizung, App-Connect",
        21490,
        (3, 2021),
        38900,
        "Benzin",
        96,
        "Schaltgetriebe",
        1,
        "Guter Preis",
        "Autohaus Pleißental GmbH",
        "04109 Leipzig",
        4.7,
        "TOP",
    ),
    (
        "2.0 TDI Highline DSG",
        "Pano, AHK, Kamera, Standheizung",
        19980,
        (11, 2019),
        87400,
        "Diesel",
        110,
        "Automatik",
        2,
        "Fairer Preis",
        "Autozentrum Muldental",
        "04668 Grimma",
        4.5,
        None,
    ),
    (
        "GTI 2.0 TSI Performance",
        "DCC, Harman Kardon, 19 Zoll",
        32900,
        (6, 2021),
        24100,
        "Benzin",
        180,
        "Automatik",
        1,
        None,
        "Sportwagen Saalekreis e.K.",
        "06217 Merseburg",
        4.9,
        None,
    ),
    (
        "Variant 1.0 eTSI Active DSG",
        "Travel Assist, Rückfahrkamera",
        24750,
        (9, 2022),
        19800,
        "Benzin",
        81,
        "Automatik",
        1,
        "Sehr guter Preis",
        "Autohaus Pleißental GmbH",
        "04109 Leipzig",
        4.7,
        None,
    ),
    (
        "1.6 TDI Comfortline BMT",
        "Klima, PDC, Tempomat",
        12490,
        (4, 2018),
        131500,
        "Diesel",
        85,
        "Schaltgetriebe",
        3,
        "Guter Preis",
        None,
        "04315 Leipzig",
        None,
        None,
    ),
    (
        "e-Golf",
        "CCS, Wärmepumpe, LED-Scheinwerfer",
        15900,
        (2, 2020),
        46200,
        "Elektro",
        100,
        "Automatik",
        1,
        "Fairer Preis",
        "E-Mobil Center Halle",
        "06112 Halle (Saale)",
        4.3,
        None,
    ),
    (
        "GTE 1.4 TSI eHybrid DSG",
        "IQ.Light, Head-up, Keyless",
        27400,
        (5, 2021),
        41600,
        "Elektro/Benzin",
        180,
        "Automatik",
        1,
        None,
        "Autohaus Nordsachsen",
        "04838 Eilenburg",
        4.6,
        None,
    ),
    (
        "R 2.0 TSI 4Motion DSG",
        "Akrapovič, Pano, 360° Kamera",
        44890,
        (8, 2022),
        17900,
        "Benzin",
        235,
        "Automatik",
        1,
        "Erhöhter Preis",
        "Sportwagen Saalekreis e.K.",
        "06217 Merseburg",
        4.9,
        None,
    ),
    (
        "2.0 TDI Style",
        "Matrix-LED, Massage, IQ.Drive",
        26300,
        (1, 2021),
        63800,
        "Diesel",
        110,
        "Schaltgetriebe",
        1,
        "Guter Preis",
        "Autowelt Borna GmbH",
        "04552 Borna",
        4.4,
        None,
    ),
    (
        "1.0 TSI Trendline",
        "Klima, Bluetooth, Allwetter",
        11900,
        (7, 2018),
        72300,
        "Benzin",
        63,
        "Schaltgetriebe",
        2,
        None,
        None,
        "04229 Leipzig",
        None,
        None,
    ),
    (
        "Variant 2.0 TDI SCR Life",
        "AHK, Navi, Winterpaket",
        22980,
        (10, 2021),
        58100,
        "Diesel",
        85,
        "Schaltgetriebe",
        1,
        "Sehr guter Preis",
        "Autozentrum Muldental",
        "04668 Grimma",
        4.5,
        None,
    ),
    (
        "1.5 eTSI OPF DSG Move",
        "Sondermodell, Ergo-Active, Navi",
        25590,
        (12, 2023),
        9400,
        "Benzin",
        110,
        "Automatik",
        1,
        "Fairer Preis",
        "Autohaus Nordsachsen",
        "04838 Eilenburg",
        4.6,
        "TOP",
    ),
    (
        "GTD 2.0 TDI DSG",
        "ACC, Lane Assist, Sportsitze",
        28750,
        (3, 2021),
        54200,
        "Diesel",
        147,
        "Automatik",
        1,
        "Guter Preis",
        "Autowelt Borna GmbH",
        "04552 Borna",
        4.4,
        None,
    ),
    (
        "1.4 TSI Highline",
        "ACC, Alcantara, Discover Pro",
        16480,
        (6, 2018),
        94100,
        "Benzin",
        110,
        "Schaltgetriebe",
        2,
        "Sehr guter Preis",
        "Fahrzeughandel Ritter",
        "04860 Torgau",
        3.9,
        None,
    ),
    (
        "Sportsvan 1.5 TSI Comfortline",
        "Sitzheizung, PDC, Klimaautomatik",
        17990,
        (9, 2019),
        49300,
        "Benzin",
        96,
        "Schaltgetriebe",
        1,
        None,
        "Fahrzeughandel Ritter",
        "04860 Torgau",
        3.9,
        None,
    ),
    (
        "e-Golf",
        "Wärmepumpe, Navi, Kamera",
        14250,
        (5, 2019),
        61800,
        None,
        100,
        "Automatik",
        2,
        "Guter Preis",
        None,
        "06667 Weißenfels",
        None,
        None,
    ),
    (
        "1.5 TSI ACT Join",
        "Navi, ACC, Sitzheizung",
        17400,
        (2, 2019),
        68500,
        "Benzin",
        110,
        "Schaltgetriebe",
        1,
        "Fairer Preis",
        "Autohaus am Kulkwitzer See",
        "04207 Leipzig",
        4.8,
        None,
    ),
    (
        "Variant 1.5 TSI R-Line DSG",
        "R-Line innen & außen, IQ.Light",
        29850,
        (4, 2022),
        31200,
        "Benzin",
        110,
        "Automatik",
        1,
        "Guter Preis",
        "Autohaus Pleißental GmbH",
        "04109 Leipzig",
        4.7,
        None,
    ),
    (
        "GTI Clubsport 2.0 TSI DSG",
        "Akrapovič, DCC, Black Style",
        39990,
        (7, 2021),
        22600,
        "Benzin",
        221,
        "Automatik",
        1,
        None,
        "Sportwagen Saalekreis e.K.",
        "06217 Merseburg",
        4.9,
        None,
    ),
    (
        "2.0 TDI Life",
        "LED, App-Connect, Lane Assist",
        20490,
        (11, 2020),
        77900,
        "Diesel",
        85,
        "Schaltgetriebe",
        1,
        "Sehr guter Preis",
        "Autozentrum Muldental",
        "04668 Grimma",
        4.5,
        None,
    ),
    (
        "1.0 eTSI Life DSG",
        "Navi, Klima, LED",
        22900,
        (8, 2022),
        21700,
        "Benzin",
        81,
        "Automatik",
        1,
        "Fairer Preis",
        "Autohaus Döbeln Süd",
        "04720 Döbeln",
        4.2,
        "TOP",
    ),
    (
        "GTE 1.4 TSI DSG",
        "Navi Pro, ACC, Keyless",
        18900,
        (3, 2019),
        83200,
        "Elektro/Benzin",
        150,
        "Automatik",
        2,
        "Guter Preis",
        "E-Mobil Center Halle",
        "06112 Halle (Saale)",
        4.3,
        None,
    ),
    (
        "1.6 TDI IQ.DRIVE",
        "Sondermodell, ACC, Travel Assist",
        15950,
        (5, 2019),
        109800,
        "Diesel",
        85,
        "Schaltgetriebe",
        2,
        None,
        "Autowelt Borna GmbH",
        "04552 Borna",
        4.4,
        None,
    ),
    (
        "Alltrack 2.0 TDI 4Motion DSG",
        "AHK, Pano, Dynaudio",
        23900,
        (10, 2019),
        98700,
        "Diesel",
        135,
        "Automatik",
        2,
        "Guter Preis",
        None,
        "04683 Naunhof",
        None,
        None,
    ),
    (
        "1.5 TSI United",
        "Sondermodell, Navi, Kamera",
        19450,
        (1, 2021),
        44800,
        "Benzin",
        96,
        "Schaltgetriebe",
        1,
        "Fairer Preis",
        "Autohaus am Kulkwitzer See",
        "04207 Leipzig",
        4.8,
        None,
    ),
    (
        "R 2.0 TSI 4Motion",
        "Performance-Paket, Pano",
        31990,
        (2, 2020),
        56400,
        "Benzin",
        221,
        "Automatik",
        2,
        "Sehr guter Preis",
        "Sportwagen Saalekreis e.K.",
        "06217 Merseburg",
        4.9,
        None,
    ),
    (
        "Variant 2.0 TDI Comfortline",
        "AHK, Navi, Ergo-Active",
        16890,
        (6, 2019),
        126300,
        "Diesel",
        110,
        "Schaltgetriebe",
        2,
        "Guter Preis",
        "Fahrzeughandel Ritter",
        "04860 Torgau",
        3.9,
        None,
    ),
    (
        "1.5 TSI Style",
        "Matrix-LED, Harman Kardon, Pano",
        27900,
        (4, 2022),
        26900,
        "Benzin",
        110,
        "Schaltgetriebe",
        1,
        None,
        "Autohaus Döbeln Süd",
        "04720 Döbeln",
        4.2,
        None,
    ),
    (
        "1.0 TSI OPF",
        "Klima, Radio Composition",
        13400,
        (9, 2019),
        58200,
        "Benzin",
        81,
        "Schaltgetriebe",
        2,
        "Fairer Preis",
        None,
        "04416 Markkleeberg",
        None,
        None,
    ),
    (
        "GTI 2.0 TSI DSG",
        "IQ.Light, DCC, Kamera",
        34480,
        (3, 2023),
        15400,
        "Benzin",
        180,
        "Automatik",
        1,
        "Fairer Preis",
        "Autohaus Nordsachsen",
        "04838 Eilenburg",
        4.6,
        None,
    ),
    (
        "2.0 TDI DSG Active",
        "Travel Assist, Sitzheizung",
        25980,
        (11, 2022),
        39700,
        "Diesel",
        110,
        "Automatik",
        1,
        "Guter Preis",
        "Autohaus Pleißental GmbH",
        "04109 Leipzig",
        4.7,
        None,
    ),
    (
        "1.5 eHybrid DSG Style",
        "Plug-in-Hybrid, Wallbox-Paket",
        36900,
        (5, 2024),
        6800,
        "Elektro/Benzin",
        150,
        "Automatik",
        1,
        None,
        "E-Mobil Center Halle",
        "06112 Halle (Saale)",
        4.3,
        None,
    ),
    (
        "Variant 1.5 TSI Life",
        "Navi, ACC, AHK",
        21980,
        (7, 2021),
        47300,
        "Benzin",
        96,
        "Schaltgetriebe",
        1,
        "Sehr guter Preis",
        "Autozentrum Muldental",
        "04668 Grimma",
        4.5,
        None,
    ),
    (
        "1.6 TDI Highline",
        "Navi, Xenon, Sitzheizung",
        14980,
        None,
        118600,
        "Diesel",
        85,
        "Schaltgetriebe",
        None,
        "Guter Preis",
        "Autohandel Kranich",
        "06618 Naumburg (Saale)",
        3.6,
        None,
    ),
    (
        "2.0 TSI GTI TCR",
        "Limitiert, 290 PS, Dach schwarz",
        37890,
        (10, 2019),
        41900,
        "Benzin",
        213,
        "Automatik",
        2,
        None,
        "Sportwagen Saalekreis e.K.",
        "06217 Merseburg",
        4.9,
        None,
    ),
    (
        "1.0 TSI Comfortline",
        "Klima, PDC, Tempomat",
        14490,
        (3, 2020),
        52800,
        "Benzin",
        85,
        "Schaltgetriebe",
        1,
        "Fairer Preis",
        "Autohaus am Kulkwitzer See",
        "04207 Leipzig",
        4.8,
        None,
    ),
    (
        "e-Golf Comfortline",
        "CCS, Navi Pro, Kamera",
        13980,
        (8, 2018),
        72400,
        "Elektro",
        100,
        "Automatik",
        2,
        "Sehr guter Preis",
        "E-Mobil Center Halle",
        "06112 Halle (Saale)",
        4.3,
        None,
    ),
    (
        "Variant 2.0 TDI Style DSG",
        "IQ.Light, Pano, AHK",
        31450,
        (2, 2023),
        28800,
        "Diesel",
        110,
        "Automatik",
        1,
        "Fairer Preis",
        "Autowelt Borna GmbH",
        "04552 Borna",
        4.4,
        None,
    ),
    (
        "1.5 TSI Highline",
        "ACC, Active Info Display",
        18490,
        (11, 2018),
        71200,
        None,
        110,
        "Schaltgetriebe",
        2,
        None,
        None,
        "04177 Leipzig",
        None,
        None,
    ),
    (
        "2.0 TDI R-Line",
        "R-Line, Navi, Matrix-LED",
        27480,
        (6, 2022),
        35100,
        "Diesel",
        110,
        "Schaltgetriebe",
        1,
        "Guter Preis",
        "Autohaus Döbeln Süd",
        "04720 Döbeln",
        4.2,
        None,
    ),
    (
        "1.5 TSI Life",
        "Winterpaket, Navi",
        20980,
        (9, 2021),
        40500,
        "Benzin",
        96,
        "Schaltgetriebe",
        1,
        "Guter Preis",
        "Autohandel Kranich",
        "06618 Naumburg (Saale)",
        3.6,
        None,
    ),
    (
        "GTD 2.0 TDI DSG Clubsport-Paket",
        "DCC, Harman Kardon, Head-up",
        33990,
        (4, 2023),
        21900,
        "Diesel",
        147,
        "Automatik",
        1,
        None,
        "Autohaus Nordsachsen",
        "04838 Eilenburg",
        4.6,
        None,
    ),
]

COLOURS = ["Grau", "Weiß", "Schwarz", "Blau", "Silber", "Rot", "Grün"]
FUEL_CODE = {"Benzin": "b", "Diesel": "d", "Elektro": "e", "Elektro/Benzin": "2"}


def _as24_title(car: tuple) -> str:  # type: ignore[type-arg]
    return f"Volkswagen Golf {car[0]}"


def _as24_url(index: int, car: tuple) -> str:  # type: ignore[type-arg]
    fuel = (car[5] or "sonstige").lower().replace("/", "-")
    colour = COLOURS[index % len(COLOURS)].lower().replace("ß", "ss")
    return f"/angebote/{slug('volkswagen golf ' + car[0])}-{slug(fuel)}-{colour}-{_uuid(f'as24-{index}')}"


def _as24_price_label(label: str | None) -> str:
    if label is None:
        return ""
    level = {"Sehr guter Preis": "1", "Guter Preis": "2", "Fairer Preis": "3", "Erhöhter Preis": "4"}[label]
    return f"""<div class="scr-price-label PriceLabel_container__X0vR4" data-testid="price-label" data-price-label="{level}"><span class="scr-price-label__bar PriceLabel_bar__dUo9c PriceLabel_bar{level}__mJ8yI" aria-hidden="true"></span><p class="scr-price-label__text PriceLabel_text__3sB5X">{esc(label)}</p></div>"""


def _as24_detail(testid: str, icon: str, value: str | None, label: str) -> str:
    shown = (
        esc(value)
        if value is not None
        else f'- <span class="VehicleDetailTable_placeholder__Uuj7C">({esc(label)})</span>'
    )
    return f"""<span class="VehicleDetailTable_item__4n35N" data-testid="VehicleDetails-{testid}"><svg class="VehicleDetailTable_icon__iUVeA" width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><use xlink:href="#icon-{icon}"></use></svg><span class="sr-only">{esc(label)}:</span>{shown}</span>"""


def _as24_card(index: int, car: tuple, position: int) -> str:  # type: ignore[type-arg]
    version, subtitle, price, reg, km, fuel, kw, gear, owners, label, dealer, place, stars, tag = car
    guid = _uuid(f"as24-{index}")
    url = _as24_url(index, car)
    reg_attr = f"{reg[0]:02d}-{reg[1]}" if reg else "new"
    reg_text = f"{reg[0]:02d}/{reg[1]}" if reg else None
    ps = round(kw * 1.35962)
    photos = 8 + (index * 7) % 23
    seller_type = "d" if dealer else "p"
    zip_code, town = place.split(" ", 1)
    top = ""
    if tag == "TOP":
        top = """<span class="scr-tag ListItem_top__pM8mB" data-testid="top-listing-tag">TOP</span>"""
    if dealer:
        rating = ""
        if stars is not None:
            count = 12 + (index * 37) % 260
            rating = f"""<div class="SellerInfo_rating__tLKpw" aria-label="{str(stars).replace(".", ",")} von 5 Sternen"><span class="scr-star-rating" style="--rating:{stars}"></span><span class="SellerInfo_ratingValue__JTEbB">{str(stars).replace(".", ",")}</span><span class="SellerInfo_ratingCount__Wq0ko">({count})</span></div>"""
        seller = f"""<div class="SellerInfo_wrapper__s7mbk" data-testid="sellerinfo-wrapper">
							<div class="SellerInfo_dealerLogo__HuA2e"><img src="https://prod.pictures.autoscout24.net/dealer-info/{_hex(dealer, 8)}-logo.jpg" alt="" loading="lazy" width="80" height="40"></div>
							<div class="SellerInfo_details__a9dN6">
								<span class="SellerInfo_name__nR9JH">{esc(dealer)}</span>
								{rating}
								<span class="SellerInfo_address__leRMu">DE-{zip_code} {esc(town)}</span>
							</div>
						</div>"""
    else:
        seller = f"""<div class="SellerInfo_wrapper__s7mbk SellerInfo_private__Bzm2B" data-testid="sellerinfo-wrapper">
							<div class="SellerInfo_details__a9dN6">
								<span class="SellerInfo_private__THzvQ">Privatanbieter</span>
								<span class="SellerInfo_address__leRMu">DE-{zip_code} {esc(town)}</span>
							</div>
						</div>"""
    return f"""
				<article class="cldt-summary-full-item listing-impressions-tracking list-page-item ListItem_article__qyYw7" id="{guid}" data-guid="{guid}" data-tracking-type="{"topspot" if tag else "standard"}" data-source="listpage_search-results" data-position="{position}" data-customer-id="{"" if not dealer else 2000000 + index * 311}" data-seller-type="{seller_type}" data-listing-zip-code="{zip_code}" data-mileage="{km}" data-make="volkswagen" data-model="golf" data-fuel-type="{FUEL_CODE.get(fuel or "", "o")}" data-first-registration="{reg_attr}" data-price="{price}" data-price-label="{"" if label is None else slug(label)}" data-vehicle-type="c" data-boost_level="{"t60" if tag else "0"}" data-applied_boost_level="{"t60" if tag else "0"}" data-relevance_adjustment="{"boost" if tag else "none"}" data-boosting_product="{"topspot" if tag else "none"}" data-otp="nfm" data-order-bucket="{position}" data-position-in-bucket="0">
					<section class="ListItem_wrapper__TxHWu">
						<div class="ListItem_header__J6xlG ListItem_header_new_design__Rvyv_">
							<a href="{esc(url)}" class="ListItem_title__ndA4s ListItem_title_new_design__QIU2b Link_link__Ajn7I"><h2>Volkswagen Golf <span class="ListItem_version__5EWfi">{esc(version)}</span></h2></a>
							<span class="ListItem_subtitle__VEw08">{esc(subtitle)}</span>
							{top}
							<button type="button" class="ListItem_watchlistButton__e6Lqb" aria-label="Zu Favoriten hinzufügen" data-testid="watchlist-button"><svg width="24" height="24" aria-hidden="true"><use xlink:href="#icon-heart"></use></svg></button>
						</div>
						<div class="ListItem_gallery__dkQ5P">
							<div class="NewGallery_container__1Uxoq" data-testid="gallery-container">
								<picture class="NewGallery_picture__fNsZr"><source type="image/webp" srcset="https://prod.pictures.autoscout24.net/listing-images/{guid}_{_uuid(f"img{index}")}.jpg/250x188.webp"><img class="NewGallery_img__bi92g" src="https://prod.pictures.autoscout24.net/listing-images/{guid}_{_uuid(f"img{index}")}.jpg/250x188.webp" alt="Volkswagen Golf {esc(version)}" loading="{"eager" if position < 3 else "lazy"}" width="250" height="188"></picture>
								<span class="NewGallery_counter__hU8Sw"><svg width="16" height="16" aria-hidden="true"><use xlink:href="#icon-camera"></use></svg>{photos}</span>
							</div>
						</div>
						<div class="ListItem_listing__Hz5_W">
							<div class="PriceAndSeals_wrapper__BMNaJ">
								<div class="PriceAndSeals_current_price__ykUpQ"><p class="Price_price__APlgs PriceAndSeals_current_price__ykUpQ" data-testid="regular-price">€ {_de_int(price)},-</p><sup class="Price_superscript__jFeY_">1</sup></div>
								{_as24_price_label(label)}
							</div>
							<div class="VehicleDetailTable_container__XhfV1" data-testid="VehicleDetailTable-container">
								{_as24_detail("mileage_road", "mileage", f"{_de_int(km)} km", "Kilometerstand")}
								{_as24_detail("transmission", "transmission", gear, "Getriebe")}
								{_as24_detail("calendar", "calendar", reg_text, "Erstzulassung")}
								{_as24_detail("gas_pump", "fuel", fuel, "Kraftstoff")}
								{_as24_detail("speedometer", "power", f"{kw} kW ({ps} PS)", "Leistung")}
								{_as24_detail("seller", "owner", None if owners is None else f"{owners} Fahrzeughalter", "Fahrzeughalter")}
							</div>
						</div>
						<div class="ListItem_footer__h9D4g">
							{seller}
							<div class="ListItem_actions__Dh1Xb"><a class="scr-button scr-button--secondary ListItem_contactButton__jLzFr" href="{esc(url)}#contact" rel="nofollow">Kontakt</a></div>
						</div>
						<p class="ListItem_emissions__HnIL4"><span>{"0 g CO₂/km (komb.)" if fuel == "Elektro" else f"{98 + (index * 13) % 60} g CO₂/km (komb.)"}</span></p>
					</section>
				</article>"""


def _as24_ad(slot: str) -> str:
    return f"""
				<div class="ListPage_ad__wgR8Q" data-testid="list-ad-{slot}"><div class="as24-ad-slot" id="as24-ad-{slot}" data-ad-slot="{slot}" data-ad-sizes="[[728,90],[970,250]]"><span class="as24-ad-label">Anzeige</span></div></div>"""


def _as24_href(number: int) -> str:
    if number == 1:
        return f"/{AS24_BASE}?{AS24_QUERY}"
    return f"/{AS24_BASE}?{AS24_PAGE_QUERY.format(n=number)}"


def _as24_pager(number: int, total: int) -> str:
    items = []
    prev_disabled = number == 1
    items.append(
        f"""<li class="prev-btn"><a class="FilteredListPagination_button__41hHM" aria-label="Zur vorherigen Seite"{' aria-disabled="true" tabindex="-1"' if prev_disabled else f' href="{esc(_as24_href(number - 1))}"'}><svg width="16" height="16" aria-hidden="true"><use xlink:href="#icon-arrow-left"></use></svg></a></li>"""
    )
    for n in range(1, total + 1):
        if n == number:
            items.append(
                f"""<li class="pagination-item pagination-item--active"><span class="FilteredListPagination_button__41hHM FilteredListPagination_button--active__pGwsK" aria-current="page">{n}</span></li>"""
            )
        else:
            items.append(
                f"""<li class="pagination-item"><a class="FilteredListPagination_button__41hHM" href="{esc(_as24_href(n))}" aria-label="Gehe zu Seite {n}">{n}</a></li>"""
            )
    if number < total:
        items.append(
            f"""<li class="next-btn"><a class="FilteredListPagination_button__41hHM" aria-label="Zur nächsten Seite" href="{esc(_as24_href(number + 1))}"><svg width="16" height="16" aria-hidden="true"><use xlink:href="#icon-arrow-right"></use></svg></a></li>"""
        )
    else:
        items.append(
            """<li class="next-btn"><a class="FilteredListPagination_button__41hHM" aria-label="Zur nächsten Seite" aria-disabled="true" tabindex="-1"><svg width="16" height="16" aria-hidden="true"><use xlink:href="#icon-arrow-right"></use></svg></a></li>"""
        )
    body = "\n\t\t\t\t\t".join(items)
    return f"""<nav class="FilteredListPagination_container__f6V_5" aria-label="Paginierung" data-testid="list-pagination">
				<ul class="pagination FilteredListPagination_list__xqz2J">
					{body}
				</ul>
				<p class="FilteredListPagination_info__dmw1K">Seite {number} von {total}</p>
			</nav>"""


def _as24_filters() -> str:
    def checks(name: str, options: list[tuple[str, int]]) -> str:
        rows = "".join(
            f"""<li><label class="scr-checkbox"><input type="checkbox" name="{name}" value="{slug(o)}"><span class="scr-checkbox__label">{esc(o)}</span><span class="scr-checkbox__count">({c})</span></label></li>"""
            for o, c in options
        )
        return f'<ul class="DetailedFilter_checkboxList__lV7QZ">{rows}</ul>'

    return f"""<aside class="ListPage_filters__ZYlZk" data-testid="filters-sidebar">
			<div class="DetailedFilter_header__sK72F"><h2 class="DetailedFilter_title__rT4fD">Filter</h2><button type="button" class="scr-link DetailedFilter_reset__lhJpz">Zurücksetzen</button></div>
			<div class="DetailedFilter_section__Ue0mO"><h3>Marke &amp; Modell</h3><div class="scr-chip">Volkswagen <button type="button" aria-label="Volkswagen entfernen">×</button></div><div class="scr-chip">Golf <button type="button" aria-label="Golf entfernen">×</button></div><button type="button" class="scr-link">+ Weitere Marke hinzufügen</button></div>
			<div class="DetailedFilter_section__Ue0mO"><h3>Preis</h3><div class="DetailedFilter_range__VmPb3"><select name="pricefrom" aria-label="Preis von"><option>von</option><option>5.000 €</option><option>10.000 €</option><option>15.000 €</option><option>20.000 €</option></select><select name="priceto" aria-label="Preis bis"><option>bis</option><option>20.000 €</option><option>30.000 €</option><option>40.000 €</option><option>50.000 €</option></select></div><label class="scr-toggle"><input type="checkbox" name="financing"> Nur Angebote mit Finanzierung</label></div>
			<div class="DetailedFilter_section__Ue0mO"><h3>Erstzulassung</h3><div class="DetailedFilter_range__VmPb3"><select name="fregfrom" aria-label="Erstzulassung von"><option>2017</option><option selected>2018</option><option>2019</option><option>2020</option></select><select name="fregto" aria-label="Erstzulassung bis"><option>bis</option><option>2022</option><option>2023</option><option>2024</option></select></div></div>
			<div class="DetailedFilter_section__Ue0mO"><h3>Kilometerstand</h3><div class="DetailedFilter_range__VmPb3"><select name="kmfrom" aria-label="Kilometer von"><option>von</option><option>10.000 km</option><option>50.000 km</option></select><select name="kmto" aria-label="Kilometer bis"><option>bis</option><option>50.000 km</option><option>100.000 km</option><option>150.000 km</option></select></div></div>
			<div class="DetailedFilter_section__Ue0mO"><h3>Kraftstoffart</h3>{checks("fuel", [("Benzin", 24), ("Diesel", 12), ("Elektro", 3), ("Elektro/Benzin", 3)])}</div>
			<div class="DetailedFilter_section__Ue0mO"><h3>Getriebe</h3>{checks("gear", [("Automatik", 22), ("Schaltgetriebe", 20)])}</div>
			<div class="DetailedFilter_section__Ue0mO"><h3>Anbieter</h3>{checks("custtype", [("Händler", 36), ("Privat", 6)])}</div>
			<div class="DetailedFilter_section__Ue0mO"><h3>Standort</h3><input type="text" name="zip" value="Leipzig" aria-label="PLZ oder Ort"><select name="zipr" aria-label="Umkreis"><option>50 km</option><option selected>100 km</option><option>200 km</option></select></div>
			<div class="DetailedFilter_section__Ue0mO"><h3>Fahrzeugzustand</h3>{checks("ustate", [("Gebraucht", 42), ("Neu", 0), ("Jahreswagen", 4)])}</div>
			<button type="button" class="scr-button scr-button--primary DetailedFilter_submit__yY3Zf">42 Angebote</button>
		</aside>"""


def _as24_page(number: int, total: int, cards: str, page_cars: list[tuple[int, tuple]]) -> str:  # type: ignore[type-arg]
    next_data = {
        "props": {
            "pageProps": {
                "numberOfResults": 42,
                "numberOfPages": total,
                "listings": [
                    {
                        "id": _uuid(f"as24-{i}"),
                        "url": _as24_url(i, c),
                        "price": {"priceFormatted": f"€ {_de_int(c[2])},-", "priceEvaluation": c[9]},
                        "vehicle": {
                            "make": "Volkswagen",
                            "model": "Golf",
                            "modelVersionInput": c[0],
                            "mileageInKm": f"{_de_int(c[4])} km",
                            "fuel": c[5],
                        },
                        "location": {
                            "zip": c[11].split(" ", 1)[0],
                            "city": c[11].split(" ", 1)[1],
                            "countryCode": "DE",
                        },
                        "seller": {"type": "Dealer" if c[10] else "Private", "companyName": c[10]},
                    }
                    for i, c in page_cars
                ],
                "pageQuery": {
                    "page": str(number),
                    "sort": "standard",
                    "desc": "0",
                    "ustate": "U",
                    "atype": "C",
                    "cy": "D",
                },
            },
            "__N_SSP": True,
        },
        "page": "/lst/[...slug]",
        "query": {"slug": ["volkswagen", "golf"]},
        "buildId": "as24-search-list-2025.03.12-1042",
        "isFallback": False,
        "gssp": True,
        "locale": "de-DE",
        "scriptLoader": [],
    }
    canonical = "https://www.autoscout24.de/lst/volkswagen/golf" + ("" if number == 1 else f"?page={number}")
    rel_prev = f'<link rel="prev" href="{esc(_as24_href(number - 1))}">' if number > 1 else ""
    rel_next = f'<link rel="next" href="{esc(_as24_href(number + 1))}">' if number < total else ""
    return f"""<!DOCTYPE html><html lang="de-DE"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>VW Golf gebraucht kaufen bei AutoScout24</title>
<meta name="description" content="VW Golf gebraucht in Leipzig und Umgebung: 42 Angebote ab Erstzulassung 2018. Jetzt günstige Gebrauchtwagen von Händlern und privat finden bei AutoScout24, Europas größtem Online-Automarkt."/>
<meta name="robots" content="{"index,follow" if number == 1 else "noindex,follow"}"/>
<link rel="canonical" href="{canonical}"/>{rel_prev}{rel_next}
<meta property="og:title" content="VW Golf gebraucht kaufen bei AutoScout24"/><meta property="og:type" content="website"/><meta property="og:image" content="https://www.autoscout24.de/assets/as24-search-funnel/images/og-image.png"/>
<link rel="preconnect" href="https://prod.pictures.autoscout24.net"/><link rel="preload" href="/assets/as24-search-funnel/fonts/MarkForAutoScout-Regular.woff2" as="font" type="font/woff2" crossorigin="anonymous"/>
<link rel="stylesheet" href="/assets/as24-search-funnel/_next/static/css/4f2b9a1c7e3d0b65.css" data-n-g=""/><link rel="stylesheet" href="/assets/as24-search-funnel/_next/static/css/a8d17c02e9f4b3a1.css" data-n-p=""/>
<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({{"page_type":"list","list_page_number":"{number}","results_count":"42","make":"volkswagen","model":"golf","country":"D"}});</script>
<script async src="https://www.autoscout24.de/assets/as24-gdpr-consent/sourcepoint-loader.js"></script>
</head><body class="as24-body"><svg xmlns="http://www.w3.org/2000/svg" style="display:none"><symbol id="icon-mileage" viewBox="0 0 24 24"><path d="M12 4a9 9 0 1 0 9 9"/></symbol><symbol id="icon-transmission" viewBox="0 0 24 24"><path d="M5 4v16M12 4v16M19 4v8H5"/></symbol><symbol id="icon-calendar" viewBox="0 0 24 24"><path d="M4 6h16v14H4zM8 3v4M16 3v4"/></symbol><symbol id="icon-fuel" viewBox="0 0 24 24"><path d="M5 20V5h9v15M14 9h3l2 2v7"/></symbol><symbol id="icon-power" viewBox="0 0 24 24"><path d="M12 12l5-5M4 16a8 8 0 1 1 16 0"/></symbol><symbol id="icon-owner" viewBox="0 0 24 24"><circle cx="12" cy="8" r="4"/><path d="M4 21c1-4 4-6 8-6s7 2 8 6"/></symbol><symbol id="icon-heart" viewBox="0 0 24 24"><path d="M12 21l-8-8a5 5 0 0 1 8-6 5 5 0 0 1 8 6z"/></symbol><symbol id="icon-camera" viewBox="0 0 24 24"><path d="M4 7h4l2-2h4l2 2h4v12H4z"/></symbol><symbol id="icon-arrow-left" viewBox="0 0 24 24"><path d="M15 5l-7 7 7 7"/></symbol><symbol id="icon-arrow-right" viewBox="0 0 24 24"><path d="M9 5l7 7-7 7"/></symbol></svg>
<div id="__next">
	<div id="as24-header" class="hfo-header" data-testid="as24-header">
		<header class="hfo-header__bar">
			<a class="hfo-header__logo" href="/" aria-label="AutoScout24 Startseite"><img src="/assets/as24-header/images/logo-as24.svg" alt="AutoScout24" width="152" height="32"></a>
			<nav class="hfo-nav" aria-label="Hauptnavigation">
				<ul class="hfo-nav__list">
					<li class="hfo-nav__item"><button type="button" class="hfo-nav__topic" aria-expanded="false">Kaufen</button><ul class="hfo-nav__dropdown"><li><a href="/lst">Auto kaufen</a></li><li><a href="/lst-moto">Motorrad kaufen</a></li><li><a href="/lst-wohnmobil">Wohnmobil kaufen</a></li><li><a href="/lst-nutzfahrzeuge">Nutzfahrzeug kaufen</a></li><li><a href="/e-autos">Elektroautos</a></li><li><a href="/finanzierung">Finanzierung</a></li></ul></li>
					<li class="hfo-nav__item"><button type="button" class="hfo-nav__topic" aria-expanded="false">Verkaufen</button><ul class="hfo-nav__dropdown"><li><a href="/auto-verkaufen">Auto verkaufen</a></li><li><a href="/fahrzeugbewertung">Fahrzeug bewerten</a></li><li><a href="/inserieren">Privat inserieren</a></li></ul></li>
					<li class="hfo-nav__item"><button type="button" class="hfo-nav__topic" aria-expanded="false">Leasing</button><ul class="hfo-nav__dropdown"><li><a href="/leasing">Leasing-Angebote</a></li><li><a href="/auto-abo">Auto-Abo</a></li></ul></li>
					<li class="hfo-nav__item"><button type="button" class="hfo-nav__topic" aria-expanded="false">Services</button><ul class="hfo-nav__dropdown"><li><a href="/versicherung">Kfz-Versicherung</a></li><li><a href="/werkstatt">Werkstatt finden</a></li><li><a href="/auto-news">Magazin</a></li><li><a href="/haendler">Händlersuche</a></li></ul></li>
				</ul>
			</nav>
			<div class="hfo-header__user"><a class="hfo-header__watchlist" href="/favoriten" aria-label="Favoriten"><svg width="24" height="24" aria-hidden="true"><use xlink:href="#icon-heart"></use></svg></a><a class="hfo-header__login" href="/account/login" rel="nofollow">Anmelden</a><a class="hfo-header__cta" href="/inserieren">Inserieren</a></div>
		</header>
	</div>
	<main class="ListPage_main__L0gsf" id="main-content">
		<div class="ListPage_breadcrumbs__vM3sE"><nav aria-label="Breadcrumb"><ol class="scr-breadcrumb"><li><a href="/">AutoScout24</a></li><li><a href="/lst">Auto</a></li><li><a href="/lst/volkswagen">Volkswagen</a></li><li aria-current="page">Golf</li></ol></nav></div>
		<div class="ListPage_container__Optya">
		{_as24_filters()}
		<div class="ListPage_content__yUuEB">
			<header class="ListHeader_header__gA2Iu">
				<h1 class="ListHeader_title__T0uvn" data-testid="list-header-title"><span>42</span> Angebote für VW Golf gebraucht in Leipzig (100 km)</h1>
				<div class="ListHeader_chips__VSVHG"><span class="scr-chip">ab EZ 2018</span><span class="scr-chip">Gebraucht</span><span class="scr-chip">Unfallfrei</span></div>
				<div class="ListHeader_actions__Ng4tF"><label class="SortDropdown_label__Y7c1U" for="sort-dropdown">Sortieren</label><select id="sort-dropdown" class="scr-select SortDropdown_select__fR1t6"><option value="standard" selected>Empfohlene Ergebnisse</option><option value="price">Preis aufsteigend</option><option value="price-desc">Preis absteigend</option><option value="age">Neueste Angebote zuerst</option><option value="mileage">Kilometer aufsteigend</option><option value="year">Erstzulassung absteigend</option></select><button type="button" class="scr-button scr-button--secondary ListHeader_saveSearch__wqV1H"><svg width="16" height="16" aria-hidden="true"><use xlink:href="#icon-heart"></use></svg>Suche speichern</button></div>
			</header>
			<div class="ListPage_list__Jhe3S" data-testid="list-items">
{cards}
			</div>
			{_as24_pager(number, total)}
			<p class="ListPage_footnote__pL3D9"><sup>1</sup> Alle Preise inkl. MwSt., sofern ausweisbar. Die Preisbewertung basiert auf dem Vergleich mit ähnlichen Fahrzeugen auf AutoScout24 und ist keine Zusicherung.</p>
			<section class="SeoLinks_container__mPq3e"><h2>Beliebte Suchen</h2><ul class="SeoLinks_list__b2EoR"><li><a href="/lst/volkswagen/golf-variant">VW Golf Variant gebraucht</a></li><li><a href="/lst/volkswagen/golf-gti">VW Golf GTI gebraucht</a></li><li><a href="/lst/volkswagen/polo">VW Polo gebraucht</a></li><li><a href="/lst/volkswagen/t-roc">VW T-Roc gebraucht</a></li><li><a href="/lst/volkswagen/tiguan">VW Tiguan gebraucht</a></li><li><a href="/lst/skoda/octavia">Skoda Octavia gebraucht</a></li><li><a href="/lst/seat/leon">Seat Leon gebraucht</a></li><li><a href="/lst/volkswagen/golf/ve_leipzig">VW Golf Leipzig</a></li><li><a href="/lst/volkswagen/golf/ve_dresden">VW Golf Dresden</a></li><li><a href="/lst/volkswagen/golf/ve_halle">VW Golf Halle</a></li></ul></section>
		</div>
		</div>
	</main>
	<footer class="hfo-footer" data-testid="as24-footer">
		<div class="hfo-footer__columns">
			<div class="hfo-footer__col"><h3>AutoScout24</h3><ul><li><a href="/unternehmen">Über uns</a></li><li><a href="/karriere">Karriere</a></li><li><a href="/presse">Presse</a></li><li><a href="/hilfe">Hilfe &amp; Kontakt</a></li></ul></div>
			<div class="hfo-footer__col"><h3>Für Händler</h3><ul><li><a href="/haendlerbereich">Händlerbereich</a></li><li><a href="/werbung">Werbung</a></li><li><a href="/produkte">Produkte für Händler</a></li></ul></div>
			<div class="hfo-footer__col"><h3>Rechtliches</h3><ul><li><a href="/impressum">Impressum</a></li><li><a href="/agb">AGB</a></li><li><a href="/datenschutz">Datenschutz</a></li><li><a href="#" data-cmp-open="true">Datenschutz-Einstellungen</a></li><li><a href="/barrierefreiheit">Barrierefreiheit</a></li></ul></div>
			<div class="hfo-footer__col"><h3>Länder</h3><ul><li><a href="https://www.autoscout24.at">Österreich</a></li><li><a href="https://www.autoscout24.ch">Schweiz</a></li><li><a href="https://www.autoscout24.it">Italien</a></li><li><a href="https://www.autoscout24.nl">Niederlande</a></li><li><a href="https://www.autoscout24.com">International</a></li></ul></div>
		</div>
		<p class="hfo-footer__copyright">© Copyright 2025 by AutoScout24 GmbH. Alle Rechte vorbehalten.</p>
	</footer>
</div>
<div id="sp_message_container_1043211" class="sp_message_container" role="dialog" aria-modal="true" aria-label="Datenschutz-Hinweis"><div class="message-component"><p>Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um dir ein optimales Nutzungserlebnis zu bieten, Anzeigen zu personalisieren und die Reichweite zu messen.</p><button type="button" class="message-button sp_choice_type_11">Alle akzeptieren</button><button type="button" class="message-button sp_choice_type_12">Einstellungen</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps(next_data, ensure_ascii=False)}</script>
<script src="/assets/as24-search-funnel/_next/static/chunks/webpack-3b1f9d8c0a7e2f45.js" defer=""></script><script src="/assets/as24-search-funnel/_next/static/chunks/framework-5429a50ba5373c56.js" defer=""></script><script src="/assets/as24-search-funnel/_next/static/chunks/main-e6c1a90fdf3b2d77.js" defer=""></script><script src="/assets/as24-search-funnel/_next/static/chunks/pages/lst/%5B...slug%5D-8b21c4ef90d3a6b5.js" defer=""></script>
</body></html>"""


@held_out
def build_wagenhalle() -> None:
    s = Site(
        "wagenhalle",
        kind="used-car search results (AutoScout24 Germany 2024–25 Next.js: CSS-module classes, article cards with data-* listing attributes, &page=N)",
        start=f"{AS24_BASE}?{AS24_QUERY}",
        description=(
            "A used VW Golf search on AutoScout24.de (2024–25 Next.js search funnel): article.cldt-summary-full-item "
            "cards whose data-* attributes repeat price, mileage, fuel code and 'MM-YYYY' registration, an a > h2 "
            "'Volkswagen Golf' + version span title, an equipment subtitle, a TOP tag on boosted cards, '€ 21.490,-' "
            "prices with a footnote superscript, price-evaluation bars ('Guter Preis'), a VehicleDetailTable of "
            "icon + sr-only label spans ('38.900 km', 'Schaltgetriebe', '03/2019', 'Benzin', '96 kW (131 PS)', "
            "'1 Fahrzeughalter') with '- (Kraftstoff)' placeholders when unknown, dealer name + star rating + "
            "'DE-04109 Leipzig' or 'Privatanbieter'; filters sidebar, ad slots between cards, a consent dialog, "
            "__NEXT_DATA__ and a numbered pager over &page=N (20 per page). Written down: title, url, price, "
            "currency, year, mileage, fuel, location, dealer."
        ),
    )
    indexed = list(enumerate(CARS))
    pages = chunks(indexed, [20, 20, 2])
    for number, page in enumerate(pages, start=1):
        parts = []
        for p, (i, c) in enumerate(page):
            parts.append(_as24_card(i, c, p + 1))
            if p in (4, 12):
                parts.append(_as24_ad(f"list-{number}-{p}"))
        html = _as24_page(number, len(pages), "".join(parts), page)
        path = f"{AS24_BASE}@{AS24_QUERY}" if number == 1 else f"{AS24_BASE}@{AS24_PAGE_QUERY.format(n=number)}"
        s.list_page(path, html)
        for i, c in page:
            _version, _sub, price, reg, km, fuel, _kw, _gear, _own, _label, dealer, place, _stars, _tag = c
            s.expect(
                {
                    "title": _as24_title(c),
                    "url": _as24_url(i, c),
                    "price": price,
                    "currency": "EUR",
                    "year": reg[1] if reg else None,
                    "mileage": km,
                    "fuel": fuel,
                    "location": f"DE-{place}",
                    "dealer": dealer,
                }
            )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# vellum-exchange: Biblio.com search results (jQuery + Bootstrap 3 era markup, item divs, &page=N).
# ---------------------------------------------------------------------------------------------------

BIBLIO_QUERY = "keyisbn=polar+exploration&stage=1"

# title, author or None, publisher line, binding, condition or None, edition, description, seller, location,
# price, shipping (None: calculated at checkout, 0: free), seller stars (1-5) or None
BOOKS: list[tuple] = [  # type: ignore[type-arg]
    (
        "The Voyage of the Skerryvore to the Weddell Sea",
        "Halloran, Matthew",
        "London: Sidgwick & Hale, 1914",
        "Hardcover",
        "Very Good",
        "First Edition",
        "Original blue cloth stamped in silver, some rubbing to the extremities. Folding map in rear pocket present. Previous owner's bookplate to front pastedown.",
        "Quarto & Quill Antiquarian",
        "Bath, Somerset, United Kingdom",
        385.00,
        18.50,
        5,
    ),
    (
        "South with the Whalers: A Season in the Ice",
        "Brandvik, Olaf",
        "New York: Harbor Lane Press, 1931",
        "Hardcover",
        "Good",
        None,
        "Ex-library with the usual stamps and pocket; binding sound, text clean. Photographic plates throughout.",
        "Caribou Books",
        "Portland, Maine, United States",
        42.00,
        4.95,
        4,
    ),
    (
        "Farthest North Again: Letters from the Fram Expedition",
        "Lindqvist, Ingrid (editor)",
        "Oxford: Clarendon, 1962",
        "Hardcover",
        "Fine",
        None,
        "A bright, tight copy in the price-clipped dust jacket, jacket with a short closed tear at the head of the spine.",
        "Longitude Rare Books",
        "Edinburgh, United Kingdom",
        68.00,
        14.00,
        5,
    ),
    (
        "Antarctic Pilot: Comprising the Coasts of Antarctica and All Islands Southward of the Usual Route of Vessels",
        None,
        "London: Hydrographic Department, Admiralty, 1948",
        "Hardcover",
        "Good",
        "Second Edition",
        "Publisher's cloth, corrections slips tipped in; a working copy with pencil annotations.",
        "The Chart Room",
        "Falmouth, Cornwall, United Kingdom",
        120.00,
        22.00,
        4,
    ),
    (
        "The Worst Winter: Diaries of the Northern Sledge Party",
        "Pemberton-Ash, George",
        "Cambridge: University Press, 1923",
        "Hardcover",
        "Very Good",
        "First Edition",
        "Two volumes. Green cloth, gilt titles; spines slightly sunned. Numerous maps and panoramas, complete.",
        "Quarto & Quill Antiquarian",
        "Bath, Somerset, United Kingdom",
        1250.00,
        0,
        5,
    ),
    (
        "Icebound: The Loss of the Aurora Borealis",
        "Carrow, Delia",
        "Boston: Little, Brown, 1997",
        "Softcover",
        "Good",
        None,
        "Trade paperback; reading crease to spine, pages lightly toned.",
        "Second Story Books & Prints",
        "Rockville, Maryland, United States",
        6.50,
        3.99,
        3,
    ),
    (
        "Men Against the Pack: The Story of the Polar Relief Voyages",
        "Strand, Harald",
        "London: Hodder and Stoughton, 1938",
        "Hardcover",
        None,
        None,
        "Red cloth, lettered in black. No dust jacket. Frontispiece portrait.",
        "Bibliotheca Borealis",
        "Tromsø, Norway",
        55.00,
        26.00,
        None,
    ),
    (
        "With Dogs to the Pole: A Handbook for Sledge Travellers",
        "Whitcombe, R. E.",
        "London: Royal Geographical Society, 1911",
        "Softcover",
        "Fair",
        None,
        "Original printed wrappers, chipped and detached at the rear; contents complete. Scarce survival.",
        "Longitude Rare Books",
        "Edinburgh, United Kingdom",
        210.00,
        14.00,
        5,
    ),
    (
        "The Northwest Passage by Canoe",
        "Devereaux, Claire",
        "Toronto: McClelland & Stewart, 1988",
        "Hardcover",
        "Near Fine",
        "First Edition",
        "Signed by the author on the title page. Dust jacket in protective mylar.",
        "Caribou Books",
        "Portland, Maine, United States",
        35.00,
        4.95,
        4,
    ),
    (
        "Sea Ice Atlas of the Barents Sea, 1850–1950",
        None,
        "Washington: U.S. Navy Hydrographic Office, 1958",
        "Softcover",
        "Good",
        None,
        "Large folio in card covers, 48 charts. Covers dust-soiled, library stamp to front.",
        "The Chart Room",
        "Falmouth, Cornwall, United Kingdom",
        95.00,
        22.00,
        4,
    ),
    (
        "Endurance of the Heart: A Memoir of Two Antarctic Winters",
        "Ferrer, Lucía",
        "London: Faber & Faber, 2004",
        "Hardcover",
        "As New",
        None,
        "Unread copy, jacket fresh.",
        "Little Harbour Books",
        "Hobart, Tasmania, Australia",
        24.00,
        19.00,
        4,
    ),
    (
        "Kayak to Kap Farvel: Greenland Journeys 1936–37",
        "Munck, Peder",
        "Copenhagen: Gyldendal, 1939",
        "Hardcover",
        "Very Good",
        "First Edition",
        "Danish text. Quarter cloth with illustrated boards, light wear. Map endpapers.",
        "Bibliotheca Borealis",
        "Tromsø, Norway",
        140.00,
        26.00,
        None,
    ),
    (
        "The Frozen Frontier: Exploring the Arctic Archipelago",
        "Ashdown, Timothy",
        "Vancouver: Douglas & McIntyre, 1979",
        "Hardcover",
        "Good",
        None,
        "Dust jacket worn with chips at the spine ends; book clean.",
        "Second Story Books & Prints",
        "Rockville, Maryland, United States",
        12.00,
        3.99,
        3,
    ),
    (
        "Instructions for the Polar Expedition of 1882–83",
        None,
        "Washington: Government Printing Office, 1881",
        "Softcover",
        "Fair",
        None,
        "Disbound pamphlet, 36 pp., foxing throughout.",
        "Americana Ephemera",
        "Albany, New York, United States",
        75.00,
        None,
        4,
    ),
    (
        "The Last Ship to Herschel Island",
        "Okpik, Nora",
        "Whitehorse: Yukon Heritage Press, 2011",
        "Softcover",
        "Like New",
        None,
        None,
        "Caribou Books",
        "Portland, Maine, United States",
        18.00,
        4.95,
        4,
    ),
    (
        "Under Sail to the Ross Sea: The Log of the Terra Nova's Relief Voyage",
        "Thackeray, James",
        "London: John Murray, 1913",
        "Hardcover",
        "Very Good",
        "First Edition",
        "Blue cloth, gilt; a few spots to the fore-edge. With the scarce folding panorama.",
        "Quarto & Quill Antiquarian",
        "Bath, Somerset, United Kingdom",
        640.00,
        18.50,
        5,
    ),
    (
        "Polar Cookery: Rations and Recipes of the Heroic Age",
        "Bellweather, Anne",
        "Edinburgh: Birlinn, 2015",
        "Hardcover",
        "New",
        None,
        "New, publisher's stock.",
        "Little Harbour Books",
        "Hobart, Tasmania, Australia",
        29.95,
        19.00,
        4,
    ),
    (
        "A Winter Among the Inuit of Baffin Land",
        "Kerr, Duncan",
        "Glasgow: Blackie & Son, 1896",
        "Hardcover",
        "Good",
        None,
        "Pictorial cloth, spine faded, hinges cracked but holding. Prize label to front pastedown.",
        "Longitude Rare Books",
        "Edinburgh, United Kingdom",
        165.00,
        14.00,
        5,
    ),
    (
        "The Glaciers of Spitsbergen",
        "Holm, Astrid & Rasmussen, Erik",
        "Oslo: Norsk Polarinstitutt, 1954",
        "Softcover",
        None,
        None,
        "Skrifter series, no. 101. Wrappers, with two folding maps.",
        "Bibliotheca Borealis",
        "Tromsø, Norway",
        38.00,
        26.00,
        None,
    ),
    (
        "Shackleton's Boat Carpenter",
        "Nolan, Patrick",
        "Dublin: Lilliput Press, 2008",
        "Hardcover",
        "Very Good",
        None,
        "Dust jacket; small remainder mark on bottom edge.",
        "Second Story Books & Prints",
        "Rockville, Maryland, United States",
        9.00,
        3.99,
        3,
    ),
    (
        "Arctic Air Routes: The Survey Flights of 1930",
        "Gatling, H. W.",
        "London: Methuen, 1932",
        "Hardcover",
        "Good",
        "First Edition",
        "No dust jacket. Plates and sketch maps.",
        "The Chart Room",
        "Falmouth, Cornwall, United Kingdom",
        48.00,
        0,
        4,
    ),
    (
        "Ice Pilots of the North Atlantic",
        "McAllister, Fiona",
        "Halifax: Nimbus Publishing, 1999",
        "Softcover",
        "Good",
        None,
        None,
        "Caribou Books",
        "Portland, Maine, United States",
        8.00,
        4.95,
        4,
    ),
    (
        "The Journal of the Discovery Hut, 1902",
        None,
        "Christchurch: Canterbury Museum, 1977",
        "Softcover",
        "Very Good",
        "Limited Edition",
        "Facsimile, number 212 of 500 copies.",
        "Little Harbour Books",
        "Hobart, Tasmania, Australia",
        44.00,
        19.00,
        4,
    ),
    (
        "Sledge Flags and Pennants of the British Polar Expeditions",
        "Ormsby, Clive",
        "London: Polar Heritage Trust, 1994",
        "Hardcover",
        "Fine",
        None,
        "Colour plates throughout. Fine in fine jacket.",
        "Quarto & Quill Antiquarian",
        "Bath, Somerset, United Kingdom",
        58.00,
        18.50,
        5,
    ),
    (
        "Aurora: Poems from the High Latitudes",
        "Skye, Morven",
        "Lerwick: Shetland Times, 2002",
        "Softcover",
        "Good",
        None,
        "Inscribed by the poet.",
        "Americana Ephemera",
        "Albany, New York, United States",
        15.00,
        None,
        4,
    ),
    (
        "Through the Kara Sea in the Steamship Vega",
        "Lindahl, Per",
        "Stockholm: Bonnier, 1881",
        "Hardcover",
        "Poor",
        None,
        "Heavily worn, spine perished, text block intact. Sold as a reading copy.",
        "Bibliotheca Borealis",
        "Tromsø, Norway",
        30.00,
        26.00,
        None,
    ),
]


def _biblio_url(index: int, book: tuple) -> str:  # type: ignore[type-arg]
    author = book[1] or ""
    words = slug(book[0]).split("-")[:6]
    tail = slug(author.split(",")[0]) if author else "anonymous"
    return f"/book/{'-'.join(words)}-{tail}/d/{1600000000 + index * 7919 + 1234}"


def _biblio_seller_url(name: str) -> str:
    return f"/bookseller_info.php?aid={100000 + int(_hex(name, 5), 16) % 800000}"


def _biblio_item(index: int, book: tuple, position: int) -> str:  # type: ignore[type-arg]
    title, author, pub, binding, cond, edition, desc, seller, place, price, ship, stars = book
    url = _biblio_url(index, book)
    book_id = url.rsplit("/", 1)[1]
    author_html = ""
    if author:
        author_html = f"""<h3 class="author">by <a href="/search.php?author={esc(author.split(",")[0].replace(" ", "+"))}&amp;stage=1" itemprop="author">{esc(author)}</a></h3>"""
    edition_html = (
        f'<li class="edition"><span class="label label-edition">{esc(edition)}</span></li>' if edition else ""
    )
    cond_html = (
        f'<li class="condition"><strong>Condition:</strong> <span class="condition-value">{esc(cond)}</span></li>'
        if cond
        else ""
    )
    desc_html = ""
    if desc:
        desc_html = f'<p class="description" itemprop="description">{esc(desc)} <a class="more-link" href="{esc(url)}">More&nbsp;info</a></p>'
    if ship is None:
        ship_html = '<p class="shipping text-muted">Shipping calculated at checkout</p>'
    elif ship == 0:
        ship_html = '<p class="shipping free-shipping"><span class="glyphicon glyphicon-ok" aria-hidden="true"></span> Free shipping</p>'
    else:
        ship_html = f'<p class="shipping">+ US$ {ship:,.2f} shipping <a class="shipping-rates" href="/shipping_rates.php?bid={book_id}" rel="nofollow">(rates)</a></p>'
    rating = ""
    if stars is not None:
        rating = f'<span class="seller-rating stars-{stars}" title="Seller rating: {stars} of 5 stars"><span class="sr-only">Seller rating: {stars} of 5 stars</span></span>'
    return f"""
			<div class="item-result row" id="item-{book_id}" data-bid="{book_id}" data-position="{position}" itemscope itemtype="http://schema.org/Book">
				<div class="col-xs-3 col-sm-2 item-image">
					<a href="{esc(url)}"><img class="img-responsive lazy" src="https://www.biblio.com/images/placeholder-book.png" data-src="https://d3525k1ryd2155.cloudfront.net/h/{index * 37 % 1000:03d}/{book_id}.{"jpg" if index % 4 else "0.m.jpg"}" alt="{esc(title)}" width="120" height="160"></a>
				</div>
				<div class="col-xs-9 col-sm-7 item-info">
					<h2 class="title" itemprop="name"><a href="{esc(url)}" itemprop="url">{esc(title)}</a></h2>
					{author_html}
					<ul class="item-meta list-unstyled">
						<li class="publisher"><span itemprop="publisher">{esc(pub)}</span></li>
						<li class="binding"><span itemprop="bookFormat">{esc(binding)}</span></li>
						{edition_html}
						{cond_html}
					</ul>
					{desc_html}
					<div class="seller-info">
						<span class="seller-label">Seller:</span> <a class="seller-name" href="{_biblio_seller_url(seller)}">{esc(seller)}</a>
						<span class="seller-location">({esc(place)})</span>
						{rating}
					</div>
				</div>
				<div class="col-xs-12 col-sm-3 item-pricing" itemprop="offers" itemscope itemtype="http://schema.org/Offer">
					<meta itemprop="priceCurrency" content="USD"><meta itemprop="price" content="{price:.2f}">
					<p class="price item-price"><span class="currency">US$</span> <span class="amount">{price:,.2f}</span></p>
					{ship_html}
					<form class="add-to-cart" method="post" action="/cart.php"><input type="hidden" name="bid" value="{book_id}"><input type="hidden" name="action" value="add"><button type="submit" class="btn btn-primary btn-block btn-add-to-cart">Add to cart</button></form>
					<a class="btn btn-link btn-block btn-wishlist" href="/wishlist.php?bid={book_id}" rel="nofollow"><span class="glyphicon glyphicon-heart-empty" aria-hidden="true"></span> Add to wishlist</a>
				</div>
			</div>"""


def _biblio_href(number: int) -> str:
    return f"/search.php?{BIBLIO_QUERY}" + ("" if number == 1 else f"&page={number}")


def _biblio_pager(number: int, total: int) -> str:
    items = []
    if number > 1:
        items.append(f'<li class="prev"><a href="{esc(_biblio_href(number - 1))}" rel="prev">&laquo; Previous</a></li>')
    else:
        items.append('<li class="prev disabled"><span>&laquo; Previous</span></li>')
    for n in range(1, total + 1):
        if n == number:
            items.append(f'<li class="active"><span>{n} <span class="sr-only">(current)</span></span></li>')
        else:
            items.append(f'<li><a href="{esc(_biblio_href(n))}">{n}</a></li>')
    if number < total:
        items.append(f'<li class="next"><a href="{esc(_biblio_href(number + 1))}" rel="next">Next &raquo;</a></li>')
    else:
        items.append('<li class="next disabled"><span>Next &raquo;</span></li>')
    return (
        '<nav class="search-pagination text-center" aria-label="Search results pages"><ul class="pagination">'
        + "".join(items)
        + "</ul></nav>"
    )


def _biblio_facets() -> str:
    def facet(title: str, param: str, rows: list[tuple[str, int]]) -> str:
        links = "".join(
            f'<li><a href="/search.php?{BIBLIO_QUERY}&amp;{param}={esc(slug(label))}">{esc(label)}</a> <span class="badge">{count}</span></li>'
            for label, count in rows
        )
        return f'<div class="panel panel-default facet"><div class="panel-heading"><h4 class="panel-title">{esc(title)}</h4></div><ul class="list-unstyled panel-body facet-list">{links}</ul></div>'

    return f"""<aside class="col-sm-3 search-refine" id="refine">
			<h3 class="refine-heading">Refine your search</h3>
			<form class="refine-price" action="/search.php" method="get"><input type="hidden" name="keyisbn" value="polar exploration"><input type="hidden" name="stage" value="1"><label for="minprice">Price (US$)</label><div class="input-group"><input class="form-control" id="minprice" name="minprice" placeholder="Min"><span class="input-group-addon">to</span><input class="form-control" name="maxprice" placeholder="Max"></div><button type="submit" class="btn btn-default btn-sm">Go</button></form>
			{facet("Format", "format", [("Hardcover", 17), ("Softcover", 9)])}
			{facet("Attributes", "attr", [("First Edition", 7), ("Signed", 1), ("Dust Jacket", 6), ("Limited Edition", 1)])}
			{facet("Condition", "cond", [("New", 1), ("Used", 25)])}
			{facet("Seller location", "country", [("United Kingdom", 10), ("United States", 9), ("Norway", 4), ("Australia", 3)])}
			{facet("Publication date", "pubdate", [("Before 1900", 3), ("1900–1949", 10), ("1950–1999", 8), ("2000 and later", 5)])}
		</aside>"""


def _biblio_page(number: int, total: int, items: str, first: int, last: int) -> str:
    rel = ""
    if number > 1:
        rel += f'<link rel="prev" href="{esc(_biblio_href(number - 1))}">'
    if number < total:
        rel += f'<link rel="next" href="{esc(_biblio_href(number + 1))}">'
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Polar Exploration - Rare, Used and New Books - Biblio</title>
<meta name="description" content="Find polar exploration books: 26 results from independent booksellers. Rare, used, antiquarian and out-of-print books for sale on Biblio.">
<meta name="robots" content="noindex, follow">
<link rel="canonical" href="https://www.biblio.com/search.php?keyisbn=polar+exploration">{rel}
<link rel="stylesheet" href="/css/bootstrap.min.css?v=3.4.1">
<link rel="stylesheet" href="/css/biblio-2024.min.css?v=20250211">
<link rel="icon" href="/favicon.ico">
<script>var BIBLIO = BIBLIO || {{}}; BIBLIO.currency = "USD"; BIBLIO.page = {{"type":"search","keyisbn":"polar exploration","page":{number},"per_page":10,"total":26}};</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-BIBLIO2024"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'G-BIBLIO2024');</script>
</head>
<body class="search-results-page">
<a class="sr-only sr-only-focusable" href="#main">Skip to main content</a>
<div class="top-banner text-center"><p>Every purchase supports independent booksellers and <a href="/biblio-gives">Biblio Gives</a>, our book-donation program.</p></div>
<header class="site-header">
	<nav class="navbar navbar-default navbar-static-top" role="navigation">
		<div class="container">
			<div class="navbar-header">
				<button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#main-nav" aria-expanded="false"><span class="sr-only">Toggle navigation</span><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button>
				<a class="navbar-brand" href="/"><img src="/images/biblio-logo.svg" alt="Biblio" width="120" height="36"></a>
			</div>
			<div class="collapse navbar-collapse" id="main-nav">
				<form class="navbar-form navbar-left site-search" action="/search.php" method="get" role="search"><div class="input-group"><input type="text" class="form-control" name="keyisbn" value="polar exploration" aria-label="Search by keyword, title, author or ISBN"><input type="hidden" name="stage" value="1"><span class="input-group-btn"><button class="btn btn-primary" type="submit"><span class="glyphicon glyphicon-search" aria-hidden="true"></span> Search</button></span></div><a class="advanced-search-link" href="/search.php?stage=0">Advanced search</a></form>
				<ul class="nav navbar-nav navbar-right">
					<li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown" role="button" aria-haspopup="true" aria-expanded="false">Browse <span class="caret"></span></a><ul class="dropdown-menu"><li><a href="/rare-books">Rare Books</a></li><li><a href="/first-editions">First Editions</a></li><li><a href="/signed-books">Signed Books</a></li><li><a href="/textbooks">Textbooks</a></li><li><a href="/collections">Collections</a></li><li><a href="/bookstores">Bookstores</a></li></ul></li>
					<li><a href="/sell-books">Sell Books</a></li>
					<li><a href="/wishlist.php" rel="nofollow"><span class="glyphicon glyphicon-heart" aria-hidden="true"></span> Wishlist</a></li>
					<li><a href="/login.php" rel="nofollow">Sign in</a></li>
					<li class="cart-link"><a href="/cart.php" rel="nofollow"><span class="glyphicon glyphicon-shopping-cart" aria-hidden="true"></span> Cart <span class="badge cart-count">0</span></a></li>
				</ul>
			</div>
		</div>
	</nav>
</header>
<main id="main" class="container search-container">
	<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/search.php?stage=0">Search</a></li><li class="active">polar exploration</li></ol>
	<div class="row">
		{_biblio_facets()}
		<section class="col-sm-9 search-results" aria-labelledby="results-heading">
			<div class="results-header clearfix">
				<h1 id="results-heading" class="results-title">Search results for <q>polar exploration</q></h1>
				<p class="results-count">Showing {first}–{last} of 26 results</p>
				<form class="form-inline sort-form pull-right" action="/search.php" method="get"><input type="hidden" name="keyisbn" value="polar exploration"><input type="hidden" name="stage" value="1"><label for="order">Sort by</label> <select id="order" name="order" class="form-control input-sm" onchange="this.form.submit()"><option value="relevance" selected>Relevance</option><option value="price_asc">Price: low to high</option><option value="price_desc">Price: high to low</option><option value="pubdate_asc">Publication date: oldest</option><option value="pubdate_desc">Publication date: newest</option><option value="newest_listed">Newly listed</option></select></form>
			</div>
			<div class="alert alert-info search-tip" role="note"><strong>Tip:</strong> Looking for a particular edition? Use <a href="/search.php?stage=0">Advanced search</a> to filter by publisher, year and first editions.</div>
			<div class="results-list" id="results">
{items}
			</div>
			{_biblio_pager(number, total)}
			<div class="want-ad panel panel-default"><div class="panel-body"><h4>Didn't find it?</h4><p>Add it to your <a href="/wishlist.php" rel="nofollow">Want List</a> and we'll email you when a bookseller lists a copy.</p></div></div>
		</section>
	</div>
</main>
<footer class="site-footer">
	<div class="container">
		<div class="row">
			<div class="col-sm-3"><h4>About Biblio</h4><ul class="list-unstyled"><li><a href="/about">About us</a></li><li><a href="/biblio-gives">Biblio Gives</a></li><li><a href="/careers">Careers</a></li><li><a href="/blog">Blog</a></li></ul></div>
			<div class="col-sm-3"><h4>Customer service</h4><ul class="list-unstyled"><li><a href="/help">Help</a></li><li><a href="/shipping">Shipping</a></li><li><a href="/returns">Returns</a></li><li><a href="/contact">Contact us</a></li></ul></div>
			<div class="col-sm-3"><h4>Booksellers</h4><ul class="list-unstyled"><li><a href="/sell-books">Sell on Biblio</a></li><li><a href="/bookseller-login">Bookseller login</a></li><li><a href="/bookstores">Find a bookstore</a></li></ul></div>
			<div class="col-sm-3"><h4>Follow us</h4><ul class="list-inline social"><li><a href="https://www.facebook.com/biblio" aria-label="Facebook">Facebook</a></li><li><a href="https://www.instagram.com/biblio" aria-label="Instagram">Instagram</a></li></ul></div>
		</div>
		<p class="copyright">Copyright © 2025 Biblio.com | Biblio, Inc. <a href="/privacy">Privacy policy</a> | <a href="/terms">Terms of use</a></p>
	</div>
</footer>
<div id="cookie-consent" class="cookie-consent" role="dialog" aria-live="polite" aria-label="Cookie notice"><p>We use cookies to give you the best possible experience. <a href="/privacy#cookies">Learn more</a></p><button type="button" class="btn btn-primary btn-sm js-accept-cookies">Accept</button></div>
<script src="/js/jquery-3.7.1.min.js"></script>
<script src="/js/bootstrap.min.js?v=3.4.1"></script>
<script src="/js/biblio-search.min.js?v=20250211"></script>
<script>$(function () {{ $('img.lazy').each(function () {{ $(this).attr('src', $(this).data('src')); }}); }});</script>
</body>
</html>"""


@held_out
def build_vellum_exchange() -> None:
    s = Site(
        "vellum-exchange",
        kind="antiquarian book marketplace search (Biblio.com 2024–25: Bootstrap 3 item-result rows with schema.org Book microdata, &page=N)",
        start=f"search.php?{BIBLIO_QUERY}",
        description=(
            "A keyword search on Biblio.com (2024–25 Bootstrap 3 theme): div.item-result rows with schema.org Book "
            "microdata, an image column, h2.title link to /book/…/d/N, an h3 'by Author' link on most, a meta list of "
            "publisher line, binding, a First Edition label on some and 'Condition:' on most, a description with 'More "
            "info', 'Seller: Name (Place)' with a star class, 'US$ 385.00' prices over '+ US$ 18.50 shipping' / 'Free "
            "shipping' / 'Shipping calculated at checkout', Add to cart forms; refine facets with count badges, a tip "
            "alert, a Bootstrap pagination with disabled Previous / Next, a cookie notice. Written down: title, url, "
            "author, seller, condition, price, currency, shipping (free as 0)."
        ),
    )
    indexed = list(enumerate(BOOKS))
    pages = chunks(indexed, [10, 10, 6])
    first = 1
    for number, page in enumerate(pages, start=1):
        last = first + len(page) - 1
        items = "".join(_biblio_item(i, b, first + p) for p, (i, b) in enumerate(page))
        html = _biblio_page(number, len(pages), items, first, last)
        path = f"search.php@{BIBLIO_QUERY}" + ("" if number == 1 else f"&page={number}")
        s.list_page(path, html)
        for i, b in page:
            title, author, _pub, _binding, cond, _ed, _desc, seller, _place, price, ship, _stars = b
            s.expect(
                {
                    "title": title,
                    "url": _biblio_url(i, b),
                    "author": author,
                    "seller": seller,
                    "condition": cond,
                    "price": price,
                    "currency": "USD",
                    "shipping": ship,
                }
            )
        first = last + 1
    s.finish()


# ---------------------------------------------------------------------------------------------------
# bricomaison: Leroy Merlin France category grid (Mozaic mc- classes, km-price split faces, ?p=N).
# ---------------------------------------------------------------------------------------------------

LM_CATEGORY = "produits/peinture/peinture-interieure/peinture-mur-plafond-et-boiserie/"

# brand, title, price, original price or None, rating or None, review count, volume in litres or None,
# availability line or None, badge or None
PAINTS: list[tuple] = [  # type: ignore[type-arg]
    (
        "LUXENS",
        "Peinture mur, plafond et boiserie Luxens blanc mat 10 L",
        54.90,
        None,
        4.4,
        1287,
        10,
        "Livraison à domicile",
        "Meilleure vente",
    ),
    (
        "DULUX VALENTINE",
        "Peinture mur, plafond et boiserie Crème de couleur Dulux Valentine blanc satiné 2,5 L",
        46.90,
        52.90,
        4.6,
        412,
        2.5,
        "Livraison à domicile",
        "Promo",
    ),
    (
        "TOLLENS",
        "Peinture mur et plafond Tollens Mat Pur blanc 10 L",
        89.90,
        None,
        4.5,
        238,
        10,
        "Retrait 2h en magasin",
        None,
    ),
    (
        "LUXENS",
        "Peinture mur, plafond et boiserie Luxens gris galet 4 mat 2,5 L",
        29.90,
        None,
        4.3,
        96,
        2.5,
        "Livraison à domicile",
        None,
    ),
    (
        "V33",
        "Peinture rénovation multi-supports V33 blanc satiné 0,75 L",
        27.50,
        None,
        4.1,
        57,
        0.75,
        "Livraison à domicile",
        None,
    ),
    (
        "RIPOLIN",
        "Peinture mur, plafond et boiserie Ripolin Expert Ultra Protect bleu de Prusse satiné 2 L",
        59.90,
        None,
        None,
        0,
        2,
        "Livraison à domicile",
        "Nouveauté",
    ),
    (
        "SEIGNEURIE",
        "Peinture acrylique mur et plafond Seigneurie Mur Mat blanc 15 L",
        139.00,
        159.00,
        4.7,
        41,
        15,
        "Retrait 2h en magasin",
        "Promo",
    ),
    (
        "LUXENS",
        "Peinture mur et plafond Luxens Sans sous-couche blanc velours 5 L",
        39.90,
        None,
        4.2,
        503,
        5,
        "Livraison à domicile",
        None,
    ),
    (
        "CIRCULAR & CO",
        "Peinture mur recyclée Circular & Co terracotta mat 2,5 L",
        34.90,
        None,
        3.9,
        18,
        2.5,
        None,
        "Éco-conçu",
    ),
    (
        "DULUX VALENTINE",
        "Peinture mur et plafond Dulux Valentine Color Resist vert sauge mat 2,5 L",
        49.90,
        None,
        4.5,
        167,
        2.5,
        "Livraison à domicile",
        None,
    ),
    (
        "LIBÉRON",
        "Peinture boiserie Libéron Laque Pure blanc brillant 0,5 L",
        24.90,
        None,
        None,
        0,
        0.5,
        "Livraison à domicile",
        None,
    ),
    (
        "LUXENS",
        "Peinture mur, plafond et boiserie Luxens beige lin 2 satiné 2,5 L",
        29.90,
        33.90,
        4.4,
        212,
        2.5,
        "Livraison à domicile",
        "Promo",
    ),
    (
        "ZOLPAN",
        "Peinture mur et plafond Zolpan Zolpafix blanc mat 3 L",
        64.90,
        None,
        4.0,
        12,
        3,
        "Retrait 2h en magasin",
        None,
    ),
    (
        "RESSOURCE",
        "Peinture à l'huile de lin Ressource mur et boiserie ocre jaune mat 1 L",
        42.50,
        None,
        4.8,
        9,
        1,
        "Disponible sous 5 jours",
        None,
    ),
    (
        "BLACKSTONE",
        "Kit pinceaux et rouleau peinture mur et plafond Blackstone 5 pièces",
        19.90,
        None,
        4.3,
        148,
        None,
        "Livraison à domicile",
        None,
    ),
    (
        "LUXENS",
        "Peinture mur, plafond et boiserie Luxens noir carbone mat 0,5 L",
        12.90,
        None,
        4.1,
        77,
        0.5,
        "Livraison à domicile",
        None,
    ),
    (
        "TOLLENS",
        "Peinture mur et plafond Tollens Cuisine & Bains blanc satiné 2,5 L",
        42.90,
        None,
        4.6,
        85,
        2.5,
        None,
        None,
    ),
    (
        "DULUX VALENTINE",
        "Peinture mur, plafond et boiserie Dulux Valentine Crème de couleur lin clair mat 5 L",
        79.90,
        89.90,
        4.5,
        324,
        5,
        "Livraison à domicile",
        "Promo",
    ),
    (
        "V33",
        "Peinture mur et plafond V33 Perfection bleu pétrole mat 2 L",
        38.90,
        None,
        None,
        0,
        2,
        "Livraison à domicile",
        "Nouveauté",
    ),
    (
        "LUXENS",
        "Sous-couche mur et plafond Luxens blanc mat 10 L",
        44.90,
        None,
        4.2,
        689,
        10,
        "Retrait 2h en magasin",
        "Meilleure vente",
    ),
    (
        "RIPOLIN",
        "Peinture mur et plafond Ripolin Xpro3 blanc mat 10 L",
        99.90,
        None,
        4.4,
        102,
        10,
        "Livraison à domicile",
        None,
    ),
    ("SEIGNEURIE", "Peinture laque boiserie Seigneurie Rénolac blanc satiné 1 L", 36.90, None, 4.0, 23, 1, None, None),
    (
        "LUXENS",
        "Peinture mur, plafond et boiserie Luxens rose poudré 3 velours 2,5 L",
        29.90,
        None,
        3.8,
        31,
        2.5,
        "Livraison à domicile",
        None,
    ),
    (
        "CIRCULAR & CO",
        "Peinture mur recyclée Circular & Co blanc cassé mat 10 L",
        79.00,
        89.00,
        None,
        0,
        10,
        "Livraison à domicile",
        "Promo",
    ),
    (
        "DULUX VALENTINE",
        "Peinture plafond Dulux Valentine Plafonds Parfaits blanc mat 5 L",
        59.90,
        None,
        4.3,
        276,
        5,
        "Livraison à domicile",
        None,
    ),
    (
        "LUXENS",
        "Peinture mur et plafond Luxens Cuisine et bain vert eucalyptus satiné 0,75 L",
        16.90,
        None,
        4.5,
        44,
        0.75,
        "Livraison à domicile",
        None,
    ),
    (
        "ZOLPAN",
        "Peinture mur et plafond Zolpan Zolpalux blanc satiné 3 L",
        72.90,
        None,
        None,
        0,
        3,
        "Disponible sous 5 jours",
        None,
    ),
    (
        "TOLLENS",
        "Peinture mur, plafond et boiserie Tollens Ma Couleur gris anthracite mat 2,5 L",
        46.90,
        None,
        4.2,
        58,
        2.5,
        "Livraison à domicile",
        None,
    ),
    (
        "LUXENS",
        "Peinture mur, plafond et boiserie Luxens bleu minéral 5 satiné 2,5 L",
        29.90,
        None,
        4.4,
        119,
        2.5,
        "Livraison à domicile",
        None,
    ),
    (
        "V33",
        "Peinture mur et plafond V33 Couleurs du Monde jaune safran mat 0,75 L",
        14.90,
        None,
        3.7,
        22,
        0.75,
        None,
        None,
    ),
]


def _lm_ref(index: int) -> int:
    return 82100000 + (index * 48611) % 900000


def _lm_url(index: int, item: tuple) -> str:  # type: ignore[type-arg]
    return f"/produits/{slug(item[1])}-{_lm_ref(index)}.html"


def _lm_unit(item: tuple) -> str | None:  # type: ignore[type-arg]
    litres = item[6]
    if litres is None:
        return None
    whole, cents = _fr_money(item[2] / litres)
    return f"{whole}{cents} € / L"


def _lm_price(value: float, css: str) -> str:
    whole, cents = _fr_money(value)
    return f"""<div class="km-price {css}" aria-hidden="true"><span class="km-price__integer">{whole}</span><span class="km-price__decimal">{cents}</span><span class="km-price__currency">€</span></div>"""


def _lm_card(index: int, item: tuple, position: int) -> str:  # type: ignore[type-arg]
    brand, title, price, was, rating, count, _litres, avail, badge = item
    url = _lm_url(index, item)
    ref = _lm_ref(index)
    whole, cents = _fr_money(price)
    badge_html = ""
    if badge:
        tone = {"Promo": "danger", "Meilleure vente": "info", "Nouveauté": "accent", "Éco-conçu": "success"}[badge]
        badge_html = f'<span class="mc-flag mc-flag--{tone} m-product-card__flag">{esc(badge)}</span>'
    rating_html = ""
    if rating is not None:
        rating_html = f"""<div class="m-product-card__rating">
						<div class="mc-stars-result mc-stars-result--s mc-stars-result--{str(rating).replace(".", "-")}" role="img" aria-label="Note : {str(rating).replace(".", ",")} sur 5"></div>
						<span class="m-product-card__rating-count" aria-label="{count} avis">({count})</span>
					</div>"""
    was_html = ""
    if was is not None:
        ww, wc = _fr_money(was)
        off = round((was - price) / was * 100)
        was_html = f"""<div class="m-product-card__previous-price"><span class="mc-tag-discount">-{off}%</span><del class="km-price km-price--previous"><span class="km-price__integer">{ww}</span><span class="km-price__decimal">{wc}</span><span class="km-price__currency">€</span></del><span class="m-product-card__lowest-price-note">Prix le plus bas des 30 derniers jours</span></div>"""
    unit = _lm_unit(item)
    unit_html = f'<p class="m-product-card__unit-price mc-body-s">soit {esc(unit)}</p>' if unit else ""
    avail_html = ""
    if avail:
        icon = (
            "Store_Outline"
            if avail.startswith("Retrait")
            else ("Delivery_Outline" if avail.startswith("Livraison") else "Time_Outline")
        )
        avail_html = f'<li class="m-product-card__availability-item"><svg class="mc-icon mc-icon--s" aria-hidden="true"><use href="#{icon}"></use></svg><span>{esc(avail)}</span></li>'
    return f"""
				<li class="l-product-list__item" data-position="{position}">
					<div class="m-product-card" data-product-id="{ref}" data-cerberus="product-card" data-tracking='{{"product_id":"{ref}","product_brand":"{esc(brand)}","product_price":"{price:.2f}","list_position":{position}}}'>
						<div class="m-product-card__media">
							{badge_html}
							<a class="m-product-card__media-link" href="{esc(url)}" tabindex="-1" aria-hidden="true"><img class="m-product-card__image" src="https://media.adeo.com/media/{3100000 + index * 271}/media.jpeg?width=320&amp;height=320&amp;format=jpg&amp;quality=80&amp;fit=bounds" alt="" loading="{"eager" if position < 5 else "lazy"}" width="320" height="320"></a>
							<button type="button" class="mc-button mc-button--ghost m-product-card__wishlist" aria-label="Ajouter {esc(title)} à ma liste"><svg class="mc-icon" aria-hidden="true"><use href="#Favorite_Outline"></use></svg></button>
						</div>
						<div class="m-product-card__content">
							<p class="m-product-card__brand mc-body-s">{esc(brand)}</p>
							<h2 class="m-product-card__designation mc-body-m"><a class="m-product-card__link" href="{esc(url)}" data-cerberus="product-link">{esc(title)}</a></h2>
							{rating_html}
							<div class="m-product-card__price" data-cerberus="product-price">
								{was_html}
								<span class="mc-visually-hidden">Prix : {whole},{cents[1:]} €</span>
								{_lm_price(price, "km-price--current")}
								{unit_html}
							</div>
							<ul class="m-product-card__availability">{avail_html}</ul>
							<form class="m-product-card__add" method="post" action="/panier/ajouter"><input type="hidden" name="productId" value="{ref}"><button type="submit" class="mc-button mc-button--s mc-button--full m-product-card__cta"><svg class="mc-icon mc-icon--s" aria-hidden="true"><use href="#Cart_Outline"></use></svg>Ajouter au panier</button></form>
							<label class="mc-checkbox m-product-card__compare"><input type="checkbox" class="mc-checkbox__input" name="compare" value="{ref}"><span class="mc-checkbox__label">Comparer</span></label>
						</div>
					</div>
				</li>"""


def _lm_promo() -> str:
    return """
				<li class="l-product-list__item l-product-list__item--editorial" aria-hidden="false">
					<div class="m-editorial-card mc-card" data-cerberus="editorial-card">
						<img src="https://media.adeo.com/marketing/simulateur-peinture.jpeg?width=320" alt="" loading="lazy" width="320" height="320">
						<p class="m-editorial-card__title mc-heading-s">Combien de litres de peinture ?</p>
						<p class="mc-body-s">Calculez la quantité nécessaire pour votre pièce en 2 minutes.</p>
						<a class="mc-link mc-link--m" href="/simulateurs/calcul-quantite-peinture">Utiliser le simulateur</a>
					</div>
				</li>"""


def _lm_href(number: int) -> str:
    return f"/{LM_CATEGORY}" + ("" if number == 1 else f"?p={number}")


def _lm_pager(number: int, total: int) -> str:
    prev = (
        '<button type="button" class="mc-button mc-button--square mc-button--bordered mc-pagination__button" disabled aria-label="Page précédente"><svg class="mc-icon" aria-hidden="true"><use href="#ArrowBack"></use></svg></button>'
        if number == 1
        else f'<a class="mc-button mc-button--square mc-button--bordered mc-pagination__button" href="{esc(_lm_href(number - 1))}" aria-label="Page précédente" rel="prev"><svg class="mc-icon" aria-hidden="true"><use href="#ArrowBack"></use></svg></a>'
    )
    nxt = (
        '<button type="button" class="mc-button mc-button--square mc-button--bordered mc-pagination__button" disabled aria-label="Page suivante"><svg class="mc-icon" aria-hidden="true"><use href="#ArrowNext"></use></svg></button>'
        if number == total
        else f'<a class="mc-button mc-button--square mc-button--bordered mc-pagination__button" href="{esc(_lm_href(number + 1))}" aria-label="Page suivante" rel="next"><svg class="mc-icon" aria-hidden="true"><use href="#ArrowNext"></use></svg></a>'
    )
    options = "".join(
        f'<option value="{esc(_lm_href(n))}"{" selected" if n == number else ""}>Page {n} sur {total}</option>'
        for n in range(1, total + 1)
    )
    return f"""<nav class="mc-pagination" aria-label="Pagination" data-cerberus="pagination">
				<div class="mc-pagination__item">{prev}</div>
				<div class="mc-pagination__item mc-pagination__item--select"><div class="mc-select mc-pagination__select"><select class="mc-select__element" aria-label="Choisir une page" onchange="window.location.href=this.value">{options}</select></div></div>
				<div class="mc-pagination__item">{nxt}</div>
			</nav>"""


def _lm_filters() -> str:
    def group(title: str, rows: list[tuple[str, int]]) -> str:
        items = "".join(
            f'<li class="m-facet__option"><label class="mc-checkbox"><input class="mc-checkbox__input" type="checkbox" name="{slug(title)}" value="{slug(label)}"><span class="mc-checkbox__label">{esc(label)} <span class="m-facet__count">({count})</span></span></label></li>'
            for label, count in rows
        )
        return f'<div class="m-facet mc-accordion"><button type="button" class="mc-accordion__trigger" aria-expanded="true"><span class="mc-accordion__title">{esc(title)}</span></button><ul class="m-facet__options mc-accordion__content">{items}</ul></div>'

    return f"""<aside class="l-plp__filters" aria-label="Filtres">
			<p class="l-plp__filters-title mc-heading-s">Filtrer</p>
			{group("Marque", [("LUXENS", 10), ("DULUX VALENTINE", 4), ("TOLLENS", 3), ("V33", 3), ("RIPOLIN", 2), ("SEIGNEURIE", 2), ("ZOLPAN", 2), ("CIRCULAR & CO", 2)])}
			{group("Finition", [("Mat", 16), ("Satiné", 9), ("Velours", 2), ("Brillant", 1)])}
			{group("Contenance", [("0,5 L", 2), ("0,75 L", 3), ("2,5 L", 11), ("5 L", 4), ("10 L", 5)])}
			{group("Couleur", [("Blanc", 14), ("Gris", 2), ("Bleu", 3), ("Vert", 2), ("Beige", 2)])}
			{group("Disponibilité", [("Livraison à domicile", 19), ("Retrait 2h en magasin", 4)])}
			<div class="m-facet"><p class="mc-body-m">Prix</p><div class="mc-field-group"><input class="mc-text-input" type="number" name="priceMin" placeholder="Min" aria-label="Prix minimum"><input class="mc-text-input" type="number" name="priceMax" placeholder="Max" aria-label="Prix maximum"></div></div>
		</aside>"""


def _lm_page(number: int, total: int, cards: str, shown: int) -> str:
    rel = ""
    if number > 1:
        rel += f'<link rel="prev" href="https://www.leroymerlin.fr{esc(_lm_href(number - 1))}">'
    if number < total:
        rel += f'<link rel="next" href="https://www.leroymerlin.fr{esc(_lm_href(number + 1))}">'
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Peinture mur, plafond et boiserie | Leroy Merlin{"" if number == 1 else f" - Page {number}"}</title>
<meta name="description" content="Peinture mur, plafond et boiserie au meilleur prix : blanc, couleur, mat, satiné ou velours. Livraison à domicile ou retrait 2h en magasin.">
<link rel="canonical" href="https://www.leroymerlin.fr{esc(_lm_href(number))}">{rel}
<link rel="preconnect" href="https://media.adeo.com">
<link rel="stylesheet" href="/assets/kobi/css/mozaic-4f0c2a.css">
<link rel="stylesheet" href="/assets/kobi/css/plp-9b71de.css">
<script>window.tc_vars = {{"env_template":"product_list","env_work":"prod","page_name":"peinture-mur-plafond-et-boiserie","list_page_number":{number},"list_total_products":30,"list_products":[]}};</script>
<script src="https://cdn.tagcommander.com/5425/tc_LeroyMerlin_1.js" async></script>
</head>
<body class="l-body">
<svg xmlns="http://www.w3.org/2000/svg" style="display:none"><symbol id="Delivery_Outline" viewBox="0 0 24 24"><path d="M2 6h12v10H2zM14 10h4l3 3v3h-7"/></symbol><symbol id="Store_Outline" viewBox="0 0 24 24"><path d="M3 9l2-5h14l2 5v11H3z"/></symbol><symbol id="Time_Outline" viewBox="0 0 24 24"><circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 2"/></symbol><symbol id="Cart_Outline" viewBox="0 0 24 24"><path d="M3 4h2l3 11h10l2-8H6"/></symbol><symbol id="Favorite_Outline" viewBox="0 0 24 24"><path d="M12 21l-8-8a5 5 0 0 1 8-6 5 5 0 0 1 8 6z"/></symbol><symbol id="ArrowBack" viewBox="0 0 24 24"><path d="M15 5l-7 7 7 7"/></symbol><symbol id="ArrowNext" viewBox="0 0 24 24"><path d="M9 5l7 7-7 7"/></symbol></svg>
<div class="o-promo-banner" role="region" aria-label="Offre du moment"><p class="mc-body-s">Jusqu'à -20 % sur une sélection de peintures Luxens* <a class="mc-link mc-link--light" href="/operations/offre-peinture.html">J'en profite</a></p></div>
<header class="o-header" data-cerberus="header">
	<div class="o-header__main">
		<a class="o-header__logo" href="/" aria-label="Leroy Merlin, retour à l'accueil"><img src="/assets/kobi/img/logo-lm.svg" alt="Leroy Merlin" width="80" height="56"></a>
		<button type="button" class="o-header__menu mc-button mc-button--ghost" aria-controls="o-nav" aria-expanded="false">Menu</button>
		<form class="o-header__search" action="/resultats/" method="get" role="search"><label class="mc-visually-hidden" for="search-input">Rechercher un produit, une marque, une référence</label><input id="search-input" class="mc-text-input" type="search" name="q" placeholder="Rechercher un produit, une marque, une référence..."><button type="submit" class="mc-button mc-button--square" aria-label="Rechercher"><span>🔍</span></button></form>
		<ul class="o-header__tools">
			<li><a class="o-header__tool" href="/magasins/"><span>Choisir mon magasin</span></a></li>
			<li><a class="o-header__tool" href="/espace-perso/" rel="nofollow"><span>Se connecter</span></a></li>
			<li><a class="o-header__tool" href="/mes-listes/" rel="nofollow"><span>Mes listes</span></a></li>
			<li><a class="o-header__tool" href="/panier/" rel="nofollow"><span>Panier</span></a></li>
		</ul>
	</div>
	<nav id="o-nav" class="o-nav" aria-label="Univers">
		<ul class="o-nav__list">
			<li><a href="/produits/terrasse-jardin/">Jardin, terrasse</a></li><li><a href="/produits/salle-de-bains/">Salle de bains</a></li><li><a href="/produits/cuisine/">Cuisine</a></li><li><a href="/produits/carrelage-parquet-sol-souple/">Sol, carrelage</a></li><li><a href="/produits/peinture/" aria-current="true">Peinture, droguerie</a></li><li><a href="/produits/decoration-eclairage/">Décoration, luminaire</a></li><li><a href="/produits/outillage/">Outillage</a></li><li><a href="/produits/electricite-domotique/">Électricité</a></li><li><a href="/produits/chauffage-plomberie/">Chauffage, plomberie</a></li><li><a href="/produits/menuiserie/">Menuiserie</a></li><li><a href="/produits/materiaux/">Matériaux</a></li><li><a href="/services/">Services</a></li>
		</ul>
	</nav>
</header>
<main class="l-plp" id="main">
	<nav class="mc-breadcrumb" aria-label="Fil d'Ariane"><ol class="mc-breadcrumb__container"><li class="mc-breadcrumb__item"><a class="mc-breadcrumb__link" href="/">Accueil</a></li><li class="mc-breadcrumb__item"><a class="mc-breadcrumb__link" href="/produits/peinture/">Peinture, droguerie</a></li><li class="mc-breadcrumb__item"><a class="mc-breadcrumb__link" href="/produits/peinture/peinture-interieure/">Peinture intérieure</a></li><li class="mc-breadcrumb__item"><span class="mc-breadcrumb__current" aria-current="page">Peinture mur, plafond et boiserie</span></li></ol></nav>
	<div class="l-plp__header">
		<h1 class="l-plp__title mc-heading-l">Peinture mur, plafond et boiserie</h1>
		<p class="l-plp__count mc-body-m" data-cerberus="product-count">30 produits</p>
		<ul class="l-plp__subcategories"><li><a class="mc-tag mc-tag--link" href="/produits/peinture/peinture-interieure/peinture-blanche/">Peinture blanche</a></li><li><a class="mc-tag mc-tag--link" href="/produits/peinture/peinture-interieure/peinture-couleur/">Peinture couleur</a></li><li><a class="mc-tag mc-tag--link" href="/produits/peinture/peinture-interieure/sous-couche/">Sous-couche</a></li><li><a class="mc-tag mc-tag--link" href="/produits/peinture/peinture-interieure/peinture-cuisine-et-salle-de-bains/">Cuisine et salle de bains</a></li></ul>
	</div>
	<div class="l-plp__container">
		{_lm_filters()}
		<section class="l-plp__content" aria-label="Liste des produits">
			<div class="l-plp__toolbar"><p class="mc-body-s">{shown} produits affichés</p><div class="mc-select l-plp__sort"><label class="mc-visually-hidden" for="sort">Trier par</label><select id="sort" class="mc-select__element"><option selected>Pertinence</option><option>Prix croissant</option><option>Prix décroissant</option><option>Meilleures notes</option><option>Nouveautés</option></select></div></div>
			<ul class="l-product-list" data-cerberus="product-list">
{cards}
			</ul>
			{_lm_pager(number, total)}
			<p class="l-plp__legal mc-body-s">*Offre valable du 3 au 30 mars 2025 dans la limite des stocks disponibles. Les prix barrés correspondent au prix le plus bas pratiqué au cours des 30 derniers jours.</p>
		</section>
	</div>
	<section class="l-plp__seo mc-body-m"><h2 class="mc-heading-m">Bien choisir sa peinture intérieure</h2><p>Pour un mur ou un plafond, une peinture mate masque les petits défauts, tandis qu'une finition satinée se nettoie plus facilement : idéale dans une cuisine ou une entrée. Pensez à la sous-couche sur un support neuf ou poreux.</p><p><a class="mc-link" href="/conseils/peinture/comment-choisir-sa-peinture.html">Lire notre guide complet</a></p></section>
</main>
<footer class="o-footer" data-cerberus="footer">
	<div class="o-footer__reassurance"><ul><li>Livraison à domicile ou retrait en magasin</li><li>Paiement sécurisé</li><li>Retours gratuits en magasin sous 365 jours</li><li>Des conseillers à votre écoute</li></ul></div>
	<div class="o-footer__links">
		<div><p class="mc-heading-s">Leroy Merlin</p><ul><li><a href="/qui-sommes-nous/">Qui sommes-nous ?</a></li><li><a href="/recrutement/">Recrutement</a></li><li><a href="/engagements/">Nos engagements</a></li></ul></div>
		<div><p class="mc-heading-s">Aide</p><ul><li><a href="/aide/">Centre d'aide</a></li><li><a href="/aide/suivi-commande/">Suivre ma commande</a></li><li><a href="/aide/retours/">Retours et remboursements</a></li></ul></div>
		<div><p class="mc-heading-s">Services</p><ul><li><a href="/services/pose/">Pose par un professionnel</a></li><li><a href="/services/location-outils/">Location d'outils</a></li><li><a href="/services/cours-bricolage/">Cours de bricolage</a></li></ul></div>
	</div>
	<p class="o-footer__legal mc-body-s"><a href="/mentions-legales/">Mentions légales</a> · <a href="/cgv/">CGV</a> · <a href="/donnees-personnelles/">Données personnelles</a> · <a href="#" onclick="tC.privacyCenter.showPrivacyCenter();return false">Gestion des cookies</a> · © Leroy Merlin France 2025</p>
</footer>
<div id="privacy-iframe" class="tc-privacy-wrapper" role="dialog" aria-modal="true" aria-label="Vos préférences cookies"><div class="tc-privacy-banner"><p>Leroy Merlin et ses partenaires utilisent des cookies pour mesurer l'audience, personnaliser les contenus et vous proposer des publicités adaptées.</p><button type="button" id="popin_tc_privacy_button_3" class="mc-button mc-button--bordered">Continuer sans accepter</button><button type="button" id="popin_tc_privacy_button_2" class="mc-button">Accepter et fermer</button><button type="button" class="mc-link" id="popin_tc_privacy_button">Personnaliser</button></div></div>
<script src="/assets/kobi/js/vendor-2e81a4.js" defer></script>
<script src="/assets/kobi/js/plp-7c0d95.js" defer></script>
</body>
</html>"""


@held_out
def build_bricomaison() -> None:
    s = Site(
        "bricomaison",
        kind="home-improvement category grid (Leroy Merlin France 2024–25: Mozaic mc- classes, m-product-card tiles, split km-price faces, 'soit 9,96 € / L' unit prices, ?p=N)",
        start=LM_CATEGORY,
        description=(
            "An interior-paint category page on Leroy Merlin France (2024–25 Kobi front, Mozaic design system): "
            "ul.l-product-list > li tiles holding div.m-product-card with data-tracking JSON, a Promo / Meilleure "
            "vente / Nouveauté flag, an upper-case brand line above an h2 designation link, mc-stars-result "
            "aria-label 'Note : 4,4 sur 5' + '(1287)' on most, a struck previous price with '-10%' and the 30-day "
            "lowest-price note on promos, a visually hidden 'Prix : 54,90 €' beside the split km-price face "
            "'54' ',90' '€', 'soit 5,49 € / L' unit prices (none on a brush kit), availability lines ('Livraison à "
            "domicile', 'Retrait 2h en magasin', 'Disponible sous 5 jours') on most, an editorial simulator tile in "
            "the grid, facets with counts, a select pager with disabled arrow buttons over ?p=N, a TagCommander "
            "consent dialog. Written down: title, url, brand, price, currency, original_price, rating, review_count, "
            "unit_price, availability."
        ),
    )
    indexed = list(enumerate(PAINTS))
    pages = chunks(indexed, [12, 12, 6])
    for number, page in enumerate(pages, start=1):
        parts = []
        for p, (i, item) in enumerate(page):
            parts.append(_lm_card(i, item, (number - 1) * 12 + p + 1))
            if number == 1 and p == 5:
                parts.append(_lm_promo())
        html = _lm_page(number, len(pages), "".join(parts), len(page))
        path = LM_CATEGORY if number == 1 else f"{LM_CATEGORY}@p={number}"
        s.list_page(path + ("index.html" if number == 1 else ""), html)
        for i, item in page:
            brand, title, price, was, rating, count, _litres, avail, _badge = item
            s.expect(
                {
                    "title": title,
                    "url": _lm_url(i, item),
                    "brand": brand,
                    "price": price,
                    "currency": "EUR",
                    "original_price": was,
                    "rating": rating,
                    "review_count": count if rating is not None else None,
                    "unit_price": _lm_unit(item),
                    "availability": avail,
                }
            )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in HELD_OUT_TWENTYTHIRD_Y.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
