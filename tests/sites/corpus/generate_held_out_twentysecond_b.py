"""Held-out wave twenty-two, part B: three list pages a data engineer is asked to scrape, copied from their real
2024–25 platform markup with invented data, and frozen before any heuristic saw them.

* **larkfield-motors** — a franchised car dealer's used-vehicle inventory on Dealer.com (the ``ws-inv-listing``
  widget's server-rendered search results page ``/used-inventory/index.htm``, ``?start=N`` pages of 12).
  Written down: title, url, condition, price, currency, mileage, exterior_color, interior_color, engine,
  transmission, drivetrain, vin, stock_number.
* **grantwell** — a research funder's funding finder on the UKRI WordPress theme (GOV.UK Frontend classes,
  ``/opportunity/page/N/``). Written down: title, url, summary, status, funders, co_funders, funding_type,
  total_fund, currency, publication_date, opening_date, closing_date.
* **veilguard-psirt** — a network-security vendor's PSIRT advisories list on a FortiGuard-style Labs portal
  (Bootstrap rows with an ``onclick`` location, ``?page=N&date=&severity=&product=…`` pages of 10).
  Written down: title, url, ir_number, cve, summary, products, updated, published, component, severity.

Run ``uv run python tests/sites/corpus/generate_held_out_twentysecond_b.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **frozen**.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import FROZEN, ROOT, Site, chunks, esc, slug

FROZEN |= {"larkfield-motors", "grantwell", "veilguard-psirt"}

HELD_OUT_TWENTYSECOND_B: dict[str, Callable[[], None]] = {}


def held_out(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    HELD_OUT_TWENTYSECOND_B[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hex(text: str, size: int = 10) -> str:
    """A stable id derived from ``text`` (the real sites use random ones)."""
    return hashlib.sha1(text.encode()).hexdigest()[:size]


def _uuid(text: str) -> str:
    """A stable UUID-shaped id."""
    h = hashlib.sha1(text.encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _long_date(day: date) -> str:
    """``14 March 2025``."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _short_date(day: date) -> str:
    """``Mar 14, 2025``."""
    return f"{MONTHS[day.month - 1][:3]} {day.day:02d}, {day.year}"


# ---------------------------------------------------------------------------------------------------
# larkfield-motors: Dealer.com used-vehicle search results (ws-inv-listing), ?start=N pages of 12.
# ---------------------------------------------------------------------------------------------------

#: (condition, year, make, model, trim, body, retail price, sale price, miles, exterior, interior, engine,
#:  transmission, drivetrain, badges).
VEHICLES: list[tuple[str, int, str, str, str, str, int | None, int | None, int, str, str, str, str, str, list[str]]] = [
    (
        "Certified",
        2022,
        "Toyota",
        "RAV4",
        "XLE AWD",
        "SUV",
        31995,
        30488,
        24118,
        "Blueprint",
        "Black",
        "2.5L 4-Cylinder DOHC",
        "8-Speed Automatic",
        "AWD",
        ["CARFAX 1-Owner", "Toyota Certified"],
    ),
    (
        "Used",
        2019,
        "Honda",
        "Civic",
        "Sport",
        "Sedan",
        20995,
        None,
        48762,
        "Sonic Gray Pearl",
        "Black",
        "2.0L I-4 DOHC i-VTEC",
        "CVT",
        "FWD",
        ["Low Miles"],
    ),
    (
        "Certified",
        2021,
        "Toyota",
        "Camry",
        "SE",
        "Sedan",
        25750,
        None,
        33409,
        "Celestial Silver Metallic",
        "Black",
        "2.5L 4-Cylinder DOHC",
        "8-Speed Automatic",
        "FWD",
        ["Toyota Certified"],
    ),
    (
        "Used",
        2018,
        "Ford",
        "F-150",
        "XLT SuperCrew 4WD",
        "Truck",
        29900,
        28495,
        71250,
        "Magnetic Metallic",
        "Medium Earth Gray",
        "2.7L V6 EcoBoost",
        "10-Speed Automatic",
        "4WD",
        [],
    ),
    (
        "Used",
        2020,
        "Subaru",
        "Outback",
        "Premium",
        "SUV",
        24488,
        None,
        52031,
        "Crimson Red Pearl",
        "Slate Black",
        "2.5L Boxer 4-Cylinder",
        "CVT",
        "AWD",
        ["CARFAX 1-Owner"],
    ),
    (
        "Certified",
        2023,
        "Toyota",
        "Corolla",
        "LE",
        "Sedan",
        22995,
        22488,
        11872,
        "Super White",
        "Light Gray",
        "2.0L 4-Cylinder DOHC",
        "CVT",
        "FWD",
        ["Toyota Certified", "Low Miles"],
    ),
    (
        "Used",
        2017,
        "Jeep",
        "Grand Cherokee",
        "Limited 4x4",
        "SUV",
        21495,
        None,
        88340,
        "Diamond Black Crystal Pearlcoat",
        "Black",
        "3.6L V6 24V VVT",
        "8-Speed Automatic",
        "4WD",
        [],
    ),
    (
        "Used",
        2021,
        "Honda",
        "CR-V",
        "EX AWD",
        "SUV",
        28250,
        27490,
        39887,
        "Radiant Red Metallic",
        "Gray",
        "1.5L I-4 Turbo",
        "CVT",
        "AWD",
        ["CARFAX 1-Owner"],
    ),
    (
        "Used",
        2016,
        "Chevrolet",
        "Equinox",
        "LT",
        "SUV",
        11995,
        None,
        104227,
        "Silver Ice Metallic",
        "Jet Black",
        "2.4L 4-Cylinder",
        "6-Speed Automatic",
        "FWD",
        [],
    ),
    (
        "Certified",
        2022,
        "Toyota",
        "Highlander",
        "XLE AWD",
        "SUV",
        41495,
        None,
        28650,
        "Midnight Black Metallic",
        "Glazed Caramel",
        "3.5L V6 DOHC",
        "8-Speed Automatic",
        "AWD",
        ["Toyota Certified", "CARFAX 1-Owner"],
    ),
    (
        "Used",
        2020,
        "Nissan",
        "Rogue",
        "SV AWD",
        "SUV",
        19988,
        None,
        57314,
        "Gun Metallic",
        "Charcoal",
        "2.5L 4-Cylinder DOHC",
        "CVT",
        "AWD",
        [],
    ),
    (
        "Used",
        2015,
        "Toyota",
        "Tacoma",
        "TRD Off Road Double Cab",
        "Truck",
        None,
        None,
        96004,
        "Quicksand",
        "Graphite",
        "3.5L V6 DOHC",
        "6-Speed Automatic",
        "4WD",
        [],
    ),
    (
        "Used",
        2019,
        "Hyundai",
        "Tucson",
        "SEL",
        "SUV",
        17495,
        16990,
        61822,
        "Dazzling White",
        "Black",
        "2.4L 4-Cylinder",
        "6-Speed Automatic",
        "FWD",
        [],
    ),
    (
        "Certified",
        2020,
        "Honda",
        "Accord",
        "Sport 1.5T",
        "Sedan",
        24995,
        None,
        41306,
        "Still Night Pearl",
        "Black",
        "1.5L I-4 Turbo",
        "CVT",
        "FWD",
        ["Honda Certified"],
    ),
    (
        "Used",
        2021,
        "Ford",
        "Escape",
        "SE",
        "SUV",
        21295,
        None,
        37712,
        "Oxford White",
        "Ebony",
        "1.5L EcoBoost 3-Cylinder",
        "8-Speed Automatic",
        "FWD",
        ["CARFAX 1-Owner"],
    ),
    (
        "Used",
        2018,
        "Mazda",
        "CX-5",
        "Touring AWD",
        "SUV",
        19450,
        None,
        68119,
        "Soul Red Crystal Metallic",
        "Black",
        "2.5L 4-Cylinder SKYACTIV-G",
        "6-Speed Automatic",
        "AWD",
        [],
    ),
    (
        "Certified",
        2021,
        "Toyota",
        "Tacoma",
        "SR5 Double Cab 4x4",
        "Truck",
        35995,
        34875,
        30294,
        "Cement",
        "Cement Gray",
        "3.5L V6 DOHC",
        "6-Speed Automatic",
        "4WD",
        ["Toyota Certified"],
    ),
    (
        "Used",
        2014,
        "Honda",
        "Odyssey",
        "EX-L",
        "Van",
        12995,
        None,
        121580,
        "Modern Steel Metallic",
        "Gray",
        "3.5L V6 SOHC i-VTEC",
        "6-Speed Automatic",
        "FWD",
        [],
    ),
    (
        "Used",
        2022,
        "Kia",
        "Sportage",
        "LX AWD",
        "SUV",
        23988,
        None,
        22067,
        "Gravity Gray",
        "Black",
        "2.4L 4-Cylinder",
        "6-Speed Automatic",
        "AWD",
        ["Low Miles"],
    ),
    (
        "Used",
        2020,
        "Chevrolet",
        "Silverado 1500",
        "LT Crew Cab 4WD",
        "Truck",
        36495,
        35250,
        54870,
        "Northsky Blue Metallic",
        "Jet Black",
        "5.3L V8 EcoTec3",
        "8-Speed Automatic",
        "4WD",
        [],
    ),
    (
        "Certified",
        2023,
        "Toyota",
        "RAV4 Hybrid",
        "XSE",
        "SUV",
        37995,
        None,
        15440,
        "Cavalry Blue",
        "Black SofTex",
        "2.5L 4-Cylinder Hybrid",
        "CVT",
        "AWD",
        ["Toyota Certified", "Low Miles"],
    ),
    (
        "Used",
        2017,
        "Volkswagen",
        "Jetta",
        "1.4T SE",
        "Sedan",
        11490,
        None,
        79953,
        "Pure White",
        "Titan Black",
        "1.4L TSI 4-Cylinder Turbo",
        "6-Speed Automatic",
        "FWD",
        [],
    ),
    (
        "Used",
        2019,
        "Toyota",
        "4Runner",
        "SR5 Premium 4WD",
        "SUV",
        34995,
        None,
        63511,
        "Magnetic Gray Metallic",
        "Black",
        "4.0L V6 DOHC",
        "5-Speed Automatic",
        "4WD",
        ["CARFAX 1-Owner"],
    ),
    (
        "Used",
        2021,
        "Tesla",
        "Model 3",
        "Standard Range Plus",
        "Sedan",
        26750,
        25988,
        31206,
        "Pearl White Multi-Coat",
        "Black",
        "Electric",
        "1-Speed Automatic",
        "RWD",
        [],
    ),
    (
        "Certified",
        2022,
        "Honda",
        "Pilot",
        "EX-L AWD",
        "SUV",
        36488,
        None,
        27905,
        "Obsidian Blue Pearl",
        "Beige",
        "3.5L V6 SOHC i-VTEC",
        "9-Speed Automatic",
        "AWD",
        ["Honda Certified", "CARFAX 1-Owner"],
    ),
    (
        "Used",
        2016,
        "Ford",
        "Mustang",
        "GT Premium",
        "Coupe",
        24995,
        None,
        46220,
        "Race Red",
        "Ebony",
        "5.0L V8 Ti-VCT",
        "6-Speed Manual",
        "RWD",
        [],
    ),
    (
        "Used",
        2020,
        "Toyota",
        "Sienna",
        "XLE 8-Passenger",
        "Van",
        32495,
        None,
        58702,
        "Predawn Gray Mica",
        "Ash",
        "3.5L V6 DOHC",
        "8-Speed Automatic",
        "FWD",
        [],
    ),
    (
        "Used",
        2018,
        "BMW",
        "X3",
        "xDrive30i",
        "SUV",
        23995,
        22988,
        59436,
        "Alpine White",
        "Black SensaTec",
        "2.0L TwinPower Turbo 4-Cylinder",
        "8-Speed Automatic",
        "AWD",
        [],
    ),
    (
        "Used",
        2022,
        "Hyundai",
        "Elantra",
        "SEL",
        "Sedan",
        19995,
        None,
        20417,
        "Intense Blue",
        "Black",
        "2.0L 4-Cylinder",
        "CVT",
        "FWD",
        ["CARFAX 1-Owner", "Low Miles"],
    ),
    (
        "Certified",
        2021,
        "Toyota",
        "Tundra",
        "SR5 CrewMax 4WD",
        "Truck",
        42995,
        41750,
        36980,
        "Magnetic Gray Metallic",
        "Graphite",
        "5.7L V8 DOHC",
        "6-Speed Automatic",
        "4WD",
        ["Toyota Certified"],
    ),
    (
        "Used",
        2013,
        "Toyota",
        "Prius",
        "Two",
        "Hatchback",
        9995,
        None,
        142766,
        "Sea Glass Pearl",
        "Bisque",
        "1.8L 4-Cylinder Hybrid",
        "CVT",
        "FWD",
        [],
    ),
]

WMI = {
    "Toyota": "2T3",
    "Honda": "1HG",
    "Ford": "1FT",
    "Subaru": "4S4",
    "Jeep": "1C4",
    "Chevrolet": "2GN",
    "Nissan": "5N1",
    "Hyundai": "KM8",
    "Mazda": "JM3",
    "Kia": "KND",
    "Volkswagen": "3VW",
    "Tesla": "5YJ",
    "BMW": "5UX",
}
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
YEAR_CODE = {
    2013: "D",
    2014: "E",
    2015: "F",
    2016: "G",
    2017: "H",
    2018: "J",
    2019: "K",
    2020: "L",
    2021: "M",
    2022: "N",
    2023: "P",
}


def _vin(index: int, vehicle: tuple) -> str:  # type: ignore[type-arg]
    """A VIN-shaped id: the make's WMI, five letters, a check digit, the model-year code, plant and serial."""
    digest = hashlib.sha1(f"{index}{vehicle[2]}{vehicle[3]}".encode()).digest()
    vds = "".join(VIN_CHARS[b % len(VIN_CHARS)] for b in digest[:5])
    serial = "".join(str(b % 10) for b in digest[6:12])
    return f"{WMI[vehicle[2]]}{vds}{digest[5] % 10}{YEAR_CODE[vehicle[1]]}{'CUWAFSK'[digest[12] % 7]}{serial}"


def _stock(index: int, vehicle: tuple) -> str:  # type: ignore[type-arg]
    """Dealer stock numbers: P for certified/program cars, U for used, a trade-in letter suffix on some."""
    prefix = "P" if vehicle[0] == "Certified" else "U"
    return f"{prefix}{24817 + index * 37}{'A' if index % 4 == 1 else ''}"


def _vehicle_url(index: int, vehicle: tuple) -> str:  # type: ignore[type-arg]
    folder = "certified" if vehicle[0] == "Certified" else "used"
    model = vehicle[3].replace(" ", "-")
    return f"/{folder}/{vehicle[2]}/{vehicle[1]}-{vehicle[2]}-{model}-{_hex(f'veh{index}', 32)}.htm"


def _ddc_card(index: int, vehicle: tuple, position: int) -> str:  # type: ignore[type-arg]
    cond, year, make, model, trim, body, retail, sale, miles, ext, inner, engine, trans, drive, badges = vehicle
    url = _vehicle_url(index, vehicle)
    vin = _vin(index, vehicle)
    uuid = _hex(f"veh{index}", 32)
    title = f"{year} {make} {model} {trim}"
    badge_html = "".join(
        f'<li class="vehicle-badge d-inline-block mr-2"><span class="badge badge-{slug(b)} ddc-font-size-xsmall">{esc(b)}</span></li>'
        for b in badges
    )
    if retail is None:
        pricing = """<dl class="pricing-detail line-height-reset mb-0">
										<dd class="final-price ddc-font-size-large"><span class="price-value">Please Call</span></dd>
									</dl>
									<p class="ddc-font-size-xsmall text-muted mb-0">Contact us for our best price on this vehicle.</p>"""
    elif sale is None:
        pricing = f"""<dl class="pricing-detail line-height-reset mb-0">
										<dt class="final-price price-label ddc-font-size-small">Larkfield Price</dt>
										<dd class="final-price ddc-font-size-large"><span class="price-value">${retail:,}</span></dd>
									</dl>"""
    else:
        pricing = f"""<dl class="pricing-detail line-height-reset mb-0">
										<dt class="retailValue price-label ddc-font-size-small">Retail Price</dt>
										<dd class="retailValue ddc-font-size-small"><span class="price-value text-strike">${retail:,}</span></dd>
										<dt class="discount price-label ddc-font-size-small">Larkfield Discount</dt>
										<dd class="discount ddc-font-size-small"><span class="price-value">-${retail - sale:,}</span></dd>
										<dt class="final-price price-label ddc-font-size-small">Sale Price</dt>
										<dd class="final-price ddc-font-size-large"><span class="price-value">${sale:,}</span></dd>
									</dl>"""
    cond_label = "Certified Pre-Owned" if cond == "Certified" else "Used"
    return f"""
					<li class="box box-border vehicle-card vehicle-card-detailed vehicle-card-horizontal mb-4" data-uuid="{uuid}" data-vin="{vin}" data-index-position="{position}" data-vehicle-type="{cond.lower()}" data-make="{make}" data-model="{esc(model)}" data-year="{year}" data-bodystyle="{body}">
						<div class="vehicle-card-media-container position-relative">
							<div class="media-carousel ddc-carousel" data-photo-count="{24 + index % 9}">
								<a href="{esc(url)}" class="vehicle-card-media-link" tabindex="-1" aria-hidden="true">
									<img class="vehicle-image w-100" loading="{"eager" if position < 3 else "lazy"}" src="https://pictures.dealer.com/l/larkfieldmotorsllc/{index * 131 % 1000:04d}/{_hex(f"img{index}", 32)}x.jpg?impolicy=downsize_bkpt&amp;imdensity=1&amp;w=520" alt="{esc(f"{cond_label} {year} {make} {model} {trim} {ext}")}" width="520" height="390">
								</a>
								<span class="media-count ddc-font-size-xsmall"><i class="ddc-icon ddc-icon-camera" aria-hidden="true"></i> {24 + index % 9}</span>
							</div>
							<button type="button" class="btn btn-link btn-no-decoration vehicle-card-save" aria-label="Save {esc(title)}"><i class="ddc-icon ddc-icon-heart-outline" aria-hidden="true"></i></button>
						</div>
						<div class="vehicle-card-details-container">
							<div class="vehicle-card-title-container">
								<span class="vehicle-card-condition ddc-font-size-xsmall text-muted text-uppercase">{cond_label}</span>
								<h2 class="vehicle-card-title ddc-font-size-large font-weight-bold mt-0 mb-2"><a class="url" href="{esc(url)}">{esc(title)}</a></h2>
							</div>
							<ul class="vehicle-badges list-unstyled mb-2">{badge_html}</ul>
							<div class="vehicle-card-highlights">
								<ul class="list-unstyled d-flex flex-wrap mb-2">
									<li class="vehicle-card-highlight mr-4 highlight-odometer"><i class="ddc-icon ddc-icon-odometer" aria-hidden="true"></i> <span>{miles:,} miles</span></li>
									<li class="vehicle-card-highlight mr-4 highlight-drivetrain"><i class="ddc-icon ddc-icon-drivetrain" aria-hidden="true"></i> <span>{drive}</span></li>
								</ul>
							</div>
							<div class="row">
								<div class="col-xs-12 col-md-7">
									<dl class="vehicle-description ddc-font-size-small mb-0">
										<dt>Exterior Color:</dt><dd class="exteriorColor">{esc(ext)}</dd>
										<dt>Interior Color:</dt><dd class="interiorColor">{esc(inner)}</dd>
										<dt>Engine:</dt><dd class="engine">{esc(engine)}</dd>
										<dt>Transmission:</dt><dd class="transmission">{esc(trans)}</dd>
										<dt>Stock #:</dt><dd class="stockNumber">{_stock(index, vehicle)}</dd>
										<dt>VIN:</dt><dd class="vin">{vin}</dd>
									</dl>
								</div>
								<div class="col-xs-12 col-md-5 vehicle-card-pricing">
									{pricing}
									<div class="vehicle-card-ctas mt-3">
										<a class="btn btn-primary btn-block" href="{esc(url)}#confirm-availability" data-cta="confirm-availability">Confirm Availability</a>
										<a class="btn btn-default btn-block" href="/financing/application.htm?vin={vin}" data-cta="get-pre-approved">Get Pre-Approved</a>
										<a class="btn btn-link btn-block ddc-font-size-small" href="https://www.carfax.com/VehicleHistory/p/Report.cfx?partner=DEY_0&amp;vin={vin}" target="_blank" rel="noopener"><img src="https://static.dealer.com/v8/global/images/franchise/carfax/carfax-show-me.svg" alt="Show me the CARFAX for {esc(title)}" width="100" height="26"></a>
									</div>
								</div>
							</div>
						</div>
					</li>"""


def _ddc_pager(number: int, total_pages: int, size: int) -> str:
    def href(n: int) -> str:
        return "?start=0" if n == 1 else f"?start={(n - 1) * size}"

    items = []
    prev_cls = " disabled" if number == 1 else ""
    items.append(
        f'<li class="page-item{prev_cls}"><a class="page-link" href="{href(max(number - 1, 1))}" aria-label="Previous page" rel="prev"><i class="ddc-icon ddc-icon-arrow1-left" aria-hidden="true"></i><span class="sr-only">Previous</span></a></li>'
    )
    for n in range(1, total_pages + 1):
        if n == number:
            items.append(
                f'<li class="page-item active"><a class="page-link" href="{href(n)}" aria-current="page" aria-label="Page {n}">{n}</a></li>'
            )
        else:
            items.append(
                f'<li class="page-item"><a class="page-link" href="{href(n)}" aria-label="Page {n}">{n}</a></li>'
            )
    next_cls = " disabled" if number == total_pages else ""
    items.append(
        f'<li class="page-item{next_cls}"><a class="page-link" href="{href(min(number + 1, total_pages))}" aria-label="Next page" rel="next"><span class="sr-only">Next</span><i class="ddc-icon ddc-icon-arrow1-right" aria-hidden="true"></i></a></li>'
    )
    joined = "\n\t\t\t\t\t\t".join(items)
    return f"""<nav class="inventory-pagination text-center mt-4" aria-label="Inventory pagination">
					<ul class="pagination pagination-lg mb-2">
						{joined}
					</ul>
				</nav>"""


def _ddc_facets() -> str:
    makes: dict[str, int] = {}
    bodies: dict[str, int] = {}
    for v in VEHICLES:
        makes[v[2]] = makes.get(v[2], 0) + 1
        bodies[v[5]] = bodies.get(v[5], 0) + 1

    def group(label: str, key: str, counts: dict[str, int]) -> str:
        rows = "".join(
            f'<li class="facet-list-item"><label class="facet-list-item-label d-flex"><input type="checkbox" name="{key}" value="{esc(name)}" class="mr-3"> <span class="facet-label-text">{esc(name)}</span> <span class="facet-count ml-auto text-muted">({n})</span></label></li>'
            for name, n in sorted(counts.items())
        )
        return f"""<div class="facet-group border-bottom py-3" data-facet="{key}">
						<button type="button" class="btn btn-link facet-group-toggle d-flex w-100" aria-expanded="true"><span class="font-weight-bold">{label}</span><i class="ddc-icon ddc-icon-arrow1-up ml-auto" aria-hidden="true"></i></button>
						<ul class="facet-list list-unstyled mt-2">{rows}</ul>
					</div>"""

    return f"""<aside class="ws-inv-facets col-md-3 d-none d-md-block" data-widget-name="ws-inv-facets" aria-label="Filter results">
				<h2 class="h4">Filter Results</h2>
				{group("Condition", "type", {"Used": sum(1 for v in VEHICLES if v[0] == "Used"), "Certified": sum(1 for v in VEHICLES if v[0] == "Certified")})}
				{group("Make", "make", makes)}
				{group("Body Style", "bodyStyle", bodies)}
				<div class="facet-group py-3" data-facet="internetPrice">
					<span class="font-weight-bold">Price</span>
					<div class="facet-range d-flex mt-2"><input type="number" class="form-control" aria-label="Minimum price" placeholder="$9,995"> <span class="mx-2">to</span> <input type="number" class="form-control" aria-label="Maximum price" placeholder="$42,995"></div>
				</div>
			</aside>"""


def _ddc_page(
    number: int, total_pages: int, size: int, cards: str, first: int, last: int, layer: list[dict[str, object]]
) -> str:
    return f"""<!DOCTYPE html>
<html lang="en_US" class="no-js ddc-site" data-site-id="larkfieldmotorsllc" data-page-alias="INVENTORY_LISTING_DEFAULT_AUTO_USED">
<head>
<meta charset="UTF-8">
<title>Used Cars, Trucks &amp; SUVs for Sale in Lancaster, PA | Larkfield Motors</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Browse our used inventory at Larkfield Motors in Lancaster, PA. Find a great deal on a used car, truck or SUV near York, Reading and Harrisburg.">
<link rel="canonical" href="https://www.larkfieldmotors.com/used-inventory/index.htm">
<link rel="stylesheet" href="https://static.dealer.com/v9/bundles/ddc-bootstrap/3.4.1/ddc-bootstrap.min.css">
<link rel="stylesheet" href="https://static.dealer.com/v9/bundles/themes/flex-dealer/v1.18.2/theme.min.css">
<link rel="stylesheet" href="https://static.dealer.com/wsm/ws-inv-listing/v2.481.0/css/ws-inv-listing.css">
<script>window.DDC = window.DDC || {{}}; DDC.siteSettings = {{"siteId":"larkfieldmotorsllc","locale":"en_US","pageAlias":"INVENTORY_LISTING_DEFAULT_AUTO_USED","accountId":"larkfieldmotorsllc"}};</script>
<script>DDC.dataLayer = DDC.dataLayer || {{}}; DDC.dataLayer['page'] = {{"pageInfo":{{"pageName":"INVENTORY_LISTING_DEFAULT_AUTO_USED","pageType":"vehicle-search","pageUrl":"/used-inventory/index.htm"}},"attributes":{{"layoutType":"desktop"}}}}; DDC.dataLayer['vehicles'] = {json.dumps(layer)};</script>
<script async src="https://www.googletagmanager.com/gtm.js?id=GTM-P7K2M3D"></script>
</head>
<body class="inventory-listing used-inventory page-bg">
<a class="sr-only sr-only-focusable" href="#page-body">Skip to main content</a>
<div class="ddc-wrapper">
<header class="ddc-header" data-widget-name="header-app">
	<div class="header-top bg-dark text-white ddc-font-size-small py-2">
		<div class="container d-flex">
			<span class="dealer-address"><i class="ddc-icon ddc-icon-map" aria-hidden="true"></i> 2150 Lincoln Hwy E, Lancaster, PA 17602</span>
			<span class="dealer-hours ml-auto"><i class="ddc-icon ddc-icon-clock" aria-hidden="true"></i> Sales: Open today until 8:00 PM</span>
		</div>
	</div>
	<div class="container d-flex align-items-center py-3">
		<a class="dealer-logo" href="/"><img src="https://pictures.dealer.com/l/larkfieldmotorsllc/0412/8c2f1e0a7d6b4f1a9e3c5b7d2a4f6e8cx.png" alt="Larkfield Motors" width="240" height="60"></a>
		<nav class="ddc-nav ml-auto" aria-label="Main">
			<ul class="nav navbar-nav">
				<li class="dropdown"><a href="/new-inventory/index.htm">New</a></li>
				<li class="dropdown active"><a href="/used-inventory/index.htm" aria-current="page">Used</a></li>
				<li class="dropdown"><a href="/certified-inventory/index.htm">Certified</a></li>
				<li class="dropdown"><a href="/financing/index.htm">Finance</a></li>
				<li class="dropdown"><a href="/service/index.htm">Service &amp; Parts</a></li>
				<li class="dropdown"><a href="/dealership/about.htm">About Us</a></li>
			</ul>
		</nav>
	</div>
</header>
<main id="page-body" class="page-body container">
	<div class="ws-breadcrumbs ddc-font-size-small my-3"><ol class="breadcrumb"><li><a href="/">Home</a></li><li class="active">Used Inventory</li></ol></div>
	<div class="ddc-content content-page-title">
		<h1 class="ddc-heading-1 mb-1">Used Vehicles for Sale in Lancaster, PA</h1>
		<p class="text-muted">Every pre-owned vehicle passes our 172-point inspection. Trade-ins welcome — <a href="/value-your-trade.htm">value your trade</a>.</p>
	</div>
	<div class="row">
		{_ddc_facets()}
		<div class="col-md-9">
			<div class="ws-inv-listing" data-widget-id="inventory-listing1-app-inventory-listing-1" data-widget-name="ws-inv-listing">
				<div class="srp-toolbar d-flex align-items-center mb-3">
					<div class="vehicle-count ddc-font-size-small" aria-live="polite"><span class="font-weight-bold">{len(VEHICLES)}</span> Vehicles Matching · Showing {first} - {last}</div>
					<div class="ml-auto d-flex align-items-center">
						<label class="mr-2 ddc-font-size-small" for="sort-select">Sort By</label>
						<select id="sort-select" class="form-control form-control-sm">
							<option value="normalInternetPrice asc">Price: Low to High</option>
							<option value="normalInternetPrice desc">Price: High to Low</option>
							<option value="odometer asc">Mileage: Low to High</option>
							<option value="year desc">Year: Newest</option>
							<option value="inventoryDate desc" selected>Newest Arrivals</option>
						</select>
					</div>
				</div>
				<div class="ddc-alert alert alert-info ddc-font-size-small mb-3" role="note"><strong>Spring Sales Event:</strong> 2.9% APR for 60 months on select Toyota Certified vehicles through April 30. <a href="/specials/used.htm">See used specials</a></div>
				<ul class="vehicle-card-list list-unstyled mb-0" data-page-start="{first - 1}" data-page-size="{size}">{cards}
				</ul>
				{_ddc_pager(number, total_pages, size)}
				<p class="text-center ddc-font-size-xsmall text-muted">Showing {first} - {last} of {len(VEHICLES)}</p>
			</div>
			<div class="inventory-disclaimer ddc-font-size-xsmall text-muted mt-4">
				<p>* Prices exclude tax, title, tags and a $449 documentation fee. While great effort is made to ensure the accuracy of the information on this site, errors do occur so please verify information with a customer service rep. This is easily done by calling us or by visiting us at the dealership.</p>
			</div>
		</div>
	</div>
</main>
<footer class="ddc-footer bg-dark text-white py-5 mt-5">
	<div class="container">
		<div class="row">
			<div class="col-md-4"><h2 class="h5">Larkfield Motors</h2><p class="ddc-font-size-small">2150 Lincoln Hwy E<br>Lancaster, PA 17602</p></div>
			<div class="col-md-4"><h2 class="h5">Sales Hours</h2><dl class="ddc-font-size-small hours"><dt>Mon - Fri</dt><dd>9:00 AM - 8:00 PM</dd><dt>Saturday</dt><dd>9:00 AM - 6:00 PM</dd><dt>Sunday</dt><dd>Closed</dd></dl></div>
			<div class="col-md-4"><ul class="list-unstyled ddc-font-size-small"><li><a href="/privacy.htm">Privacy Policy</a></li><li><a href="/accessibility.htm">Accessibility</a></li><li><a href="/sitemap.htm">Sitemap</a></li></ul></div>
		</div>
		<p class="ddc-font-size-xsmall mt-4 mb-0">© 2025 Larkfield Motors · <a href="https://www.dealer.com/" rel="nofollow noopener" target="_blank">Dealer.com</a> · <a href="/privacy.htm#ccpa">Your Privacy Choices</a></p>
	</div>
</footer>
</div>
<div id="ccpa-banner" class="ddc-privacy-banner fixed-bottom bg-white border-top p-3 ddc-font-size-small" role="dialog" aria-label="Privacy notice">
	<p class="mb-2">We use cookies and browser activity to improve your experience, personalize content and ads, and analyze how our sites are used. For more information on how we collect and use this information, please review our <a href="/privacy.htm">Privacy Policy</a>. California consumers may exercise their CCPA rights <a href="/privacy.htm#ccpa">here</a>.</p>
	<button type="button" class="btn btn-primary btn-sm">Accept</button>
</div>
<script src="https://static.dealer.com/wsm/ws-inv-listing/v2.481.0/js/ws-inv-listing.min.js" defer></script>
<script src="https://static.dealer.com/v9/bundles/ddc-common/common.min.js" defer></script>
</body>
</html>"""


@held_out
def build_larkfield_motors() -> None:
    s = Site(
        "larkfield-motors",
        kind="used-car dealer inventory (Dealer.com ws-inv-listing SRP, ?start=N)",
        start="used-inventory/index.htm",
        description=(
            "A franchised dealer's used inventory on Dealer.com (2024–25 ws-inv-listing): ul.vehicle-card-list > "
            "li.vehicle-card[data-uuid][data-vin] cards with a photo link, a 'Certified Pre-Owned' / 'Used' span "
            "above h2.vehicle-card-title a.url '2022 Toyota RAV4 XLE AWD', CARFAX / certified badges, "
            "vehicle-card-highlight '24,118 miles' + drivetrain, a dl of 'Exterior Color:' / 'Engine:' / 'Stock #:' "
            "/ 'VIN:' pairs, a pricing dl with 'Larkfield Price' or struck Retail Price + discount + 'Sale Price', "
            "one 'Please Call'; facets sidebar with counts, a specials alert, DDC.dataLayer vehicles, a CCPA banner "
            "and a page-item pager over ?start=0/12/24."
        ),
    )
    size = 12
    indexed = list(enumerate(VEHICLES))
    pages = chunks(indexed, [12, 12, 7])
    for number, page in enumerate(pages, start=1):
        first = (number - 1) * size + 1
        last = first + len(page) - 1
        cards = "".join(_ddc_card(i, v, first - 1 + p) for p, (i, v) in enumerate(page))
        layer = [
            {
                "vin": _vin(i, v),
                "uuid": _hex(f"veh{i}", 32),
                "modelYear": v[1],
                "make": v[2],
                "model": v[3],
                "trim": v[4],
                "bodyStyle": v[5],
                "newOrUsed": "Used",
                "certified": v[0] == "Certified",
                "odometer": v[8],
                "internetPrice": v[7] or v[6] or 0,
                "stockNumber": _stock(i, v),
                "exteriorColor": v[9],
            }
            for i, v in page
        ]
        html = _ddc_page(number, len(pages), size, cards, first, last, layer)
        path = "used-inventory/index.htm" if number == 1 else f"used-inventory/index.htm@start={(number - 1) * size}"
        s.list_page(path, html)
        if number == 1:
            s.write("used-inventory/index.htm@start=0", html)
        for i, v in page:
            cond, year, make, model, trim, _body, retail, sale, miles, ext, inner, engine, trans, drive, _badges = v
            price = sale if sale is not None else retail
            s.expect(
                {
                    "title": f"{year} {make} {model} {trim}",
                    "url": _vehicle_url(i, v),
                    "condition": "Certified Pre-Owned" if cond == "Certified" else "Used",
                    "price": price,
                    "currency": "USD" if price is not None else None,
                    "mileage": miles,
                    "exterior_color": ext,
                    "interior_color": inner,
                    "engine": engine,
                    "transmission": trans,
                    "drivetrain": drive,
                    "vin": _vin(i, v),
                    "stock_number": _stock(i, v),
                }
            )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# grantwell: a funding finder on the UKRI WordPress theme (GOV.UK Frontend), /opportunity/page/N/.
# ---------------------------------------------------------------------------------------------------

COUNCILS = {
    "AHRC": ("Arts and Humanities Research Council (AHRC)", "ahrc"),
    "BBSRC": ("Biotechnology and Biological Sciences Research Council (BBSRC)", "bbsrc"),
    "EPSRC": ("Engineering and Physical Sciences Research Council (EPSRC)", "epsrc"),
    "ESRC": ("Economic and Social Research Council (ESRC)", "esrc"),
    "MRC": ("Medical Research Council (MRC)", "mrc"),
    "NERC": ("Natural Environment Research Council (NERC)", "nerc"),
    "STFC": ("Science and Technology Facilities Council (STFC)", "stfc"),
    "IUK": ("Innovate UK", "innovate-uk"),
}

#: (title, summary, status, funders, co-funders, funding type, total fund, publication, opening, closing).
OPPORTUNITIES: list[tuple[str, str, str, list[str], list[str], str, int | None, date, date, date]] = [
    (
        "Coastal resilience to compound flooding: research consortia",
        "Apply for funding to form interdisciplinary consortia that improve prediction of compound coastal and river flooding in the UK.",
        "Open",
        ["NERC"],
        ["EPSRC"],
        "Grant",
        7500000,
        date(2025, 2, 18),
        date(2025, 2, 18),
        date(2025, 5, 8),
    ),
    (
        "Early career researcher exchanges with Japan",
        "Apply for funding for a three to twelve month research placement at a host organisation in Japan.",
        "Open",
        ["BBSRC"],
        [],
        "Grant",
        1200000,
        date(2025, 2, 14),
        date(2025, 3, 3),
        date(2025, 5, 22),
    ),
    (
        "Digital humanities infrastructure: capability for collections",
        "Apply for funding to develop shared digital infrastructure that opens up museum, library and archive collections for research.",
        "Open",
        ["AHRC"],
        [],
        "Grant",
        4000000,
        date(2025, 2, 12),
        date(2025, 2, 12),
        date(2025, 4, 29),
    ),
    (
        "Quantum sensing for navigation: feasibility studies",
        "UK registered businesses can apply for a share of up to £3 million for feasibility studies in quantum navigation and timing.",
        "Open",
        ["IUK"],
        [],
        "Collaborative R&amp;D",
        3000000,
        date(2025, 2, 10),
        date(2025, 2, 24),
        date(2025, 4, 16),
    ),
    (
        "Mental health research networks: phase two",
        "Apply for funding to extend a mental health research network that brings together researchers, clinicians and people with lived experience.",
        "Open",
        ["MRC"],
        ["ESRC", "AHRC"],
        "Grant",
        9000000,
        date(2025, 2, 6),
        date(2025, 2, 6),
        date(2025, 4, 10),
    ),
    (
        "New investigator awards in engineering",
        "Apply for funding for your first substantial research project as a principal investigator in engineering and the physical sciences.",
        "Open",
        ["EPSRC"],
        [],
        "Grant",
        None,
        date(2025, 2, 4),
        date(2025, 2, 4),
        date(2025, 12, 31),
    ),
    (
        "Particle physics consolidated grants 2025",
        "Apply for funding to support a programme of particle physics research in a UK university group.",
        "Upcoming",
        ["STFC"],
        [],
        "Grant",
        28000000,
        date(2025, 1, 30),
        date(2025, 3, 20),
        date(2025, 6, 12),
    ),
    (
        "Productivity in the places that need it: policy fellowships",
        "Apply for a fellowship to work with a local or combined authority on evidence for productivity policy.",
        "Open",
        ["ESRC"],
        [],
        "Fellowship",
        2500000,
        date(2025, 1, 28),
        date(2025, 1, 28),
        date(2025, 4, 3),
    ),
    (
        "Sustainable protein: industry-academic partnerships",
        "Apply for funding for collaborative projects between businesses and researchers that advance alternative protein production.",
        "Open",
        ["BBSRC"],
        ["IUK"],
        "Grant",
        6000000,
        date(2025, 1, 23),
        date(2025, 1, 23),
        date(2025, 3, 27),
    ),
    (
        "Net zero heat in buildings: demonstrators",
        "UK registered organisations can apply for a share of up to £12 million to demonstrate low carbon heating in existing buildings.",
        "Open",
        ["IUK"],
        ["EPSRC"],
        "Demonstrator",
        12000000,
        date(2025, 1, 21),
        date(2025, 2, 3),
        date(2025, 3, 26),
    ),
    (
        "AI for science: exploratory projects",
        "Apply for funding for short exploratory projects that apply artificial intelligence to a research challenge in the physical or life sciences.",
        "Open",
        ["EPSRC"],
        ["BBSRC", "NERC", "STFC"],
        "Grant",
        10000000,
        date(2025, 1, 16),
        date(2025, 1, 16),
        date(2025, 3, 20),
    ),
    (
        "Arctic and Antarctic science: fieldwork opportunities 2026",
        "Apply for logistics support and funding to carry out polar fieldwork in the 2026 to 2027 season.",
        "Open",
        ["NERC"],
        [],
        "Research infrastructure",
        None,
        date(2025, 1, 14),
        date(2025, 1, 14),
        date(2025, 3, 18),
    ),
    (
        "Health data science doctoral training",
        "Apply for funding to host a cohort-based doctoral training programme in health data science.",
        "Open",
        ["MRC"],
        [],
        "Studentship",
        15000000,
        date(2025, 1, 9),
        date(2025, 1, 9),
        date(2025, 3, 13),
    ),
    (
        "Creative industries clusters: scale-up awards",
        "Apply for funding to scale up an established creative industries research and development partnership.",
        "Open",
        ["AHRC"],
        ["IUK"],
        "Grant",
        20000000,
        date(2025, 1, 7),
        date(2025, 1, 7),
        date(2025, 3, 11),
    ),
    (
        "Plant health research partnerships",
        "Apply for funding for research into pests and diseases that threaten UK crops, trees and plants.",
        "Open",
        ["BBSRC"],
        ["NERC"],
        "Grant",
        5000000,
        date(2024, 12, 17),
        date(2024, 12, 17),
        date(2025, 3, 6),
    ),
    (
        "Biomedical catalyst: late stage awards",
        "UK registered SMEs can apply for a share of up to £20 million to develop innovative healthcare products, technologies and processes.",
        "Open",
        ["IUK"],
        ["MRC"],
        "Investment partnership",
        20000000,
        date(2024, 12, 12),
        date(2025, 1, 6),
        date(2025, 3, 5),
    ),
    (
        "Children's wellbeing and education: secondary data analysis",
        "Apply for funding for secondary analysis of existing data on the wellbeing and education of children and young people.",
        "Open",
        ["ESRC"],
        [],
        "Grant",
        1800000,
        date(2024, 12, 10),
        date(2024, 12, 10),
        date(2025, 2, 27),
    ),
    (
        "Astronomy observation: telescope time and grants",
        "Apply for funding to support astronomy research using UK-supported telescopes and observatories.",
        "Open",
        ["STFC"],
        [],
        "Grant",
        14000000,
        date(2024, 12, 5),
        date(2024, 12, 5),
        date(2025, 2, 26),
    ),
    (
        "Engineering biology mission hubs: outline stage",
        "Apply for funding to establish a mission hub that delivers engineering biology solutions to a national challenge.",
        "Closed",
        ["BBSRC"],
        ["EPSRC", "MRC"],
        "Grant",
        72000000,
        date(2024, 10, 22),
        date(2024, 10, 22),
        date(2025, 1, 15),
    ),
    (
        "Language, culture and heritage in conflict: networking grants",
        "Apply for a networking grant to explore how languages, culture and heritage are affected by and shape conflict.",
        "Closed",
        ["AHRC"],
        [],
        "Grant",
        800000,
        date(2024, 10, 17),
        date(2024, 10, 17),
        date(2025, 1, 14),
    ),
    (
        "Critical minerals: supply chain research",
        "Apply for funding for research on the environmental and social impacts of critical mineral supply chains.",
        "Closed",
        ["NERC"],
        ["ESRC"],
        "Grant",
        6500000,
        date(2024, 10, 10),
        date(2024, 10, 10),
        date(2025, 1, 9),
    ),
    (
        "Clinical research training fellowships: winter 2024",
        "Apply for a fellowship to undertake a PhD as a clinically qualified researcher.",
        "Closed",
        ["MRC"],
        [],
        "Fellowship",
        None,
        date(2024, 10, 3),
        date(2024, 10, 3),
        date(2024, 12, 11),
    ),
    (
        "Faraday battery challenge: innovation projects round 6",
        "UK registered businesses can apply for a share of up to £10 million for innovation in battery technologies for electric vehicles.",
        "Closed",
        ["IUK"],
        [],
        "Collaborative R&amp;D",
        10000000,
        date(2024, 9, 26),
        date(2024, 10, 7),
        date(2024, 12, 4),
    ),
    (
        "Software for research communities",
        "Apply for funding to develop and sustain research software used by a community of researchers.",
        "Closed",
        ["EPSRC"],
        ["STFC"],
        "Grant",
        5500000,
        date(2024, 9, 19),
        date(2024, 9, 19),
        date(2024, 11, 28),
    ),
    (
        "Urban transformations: research and innovation networks",
        "Apply for funding to build an interdisciplinary network on the transformation of towns and cities.",
        "Closed",
        ["ESRC"],
        ["AHRC", "NERC"],
        "Grant",
        3500000,
        date(2024, 9, 12),
        date(2024, 9, 12),
        date(2024, 11, 21),
    ),
    (
        "Accelerator science and technology: proof of concept",
        "Apply for funding for proof of concept projects in accelerator science with potential for wider application.",
        "Closed",
        ["STFC"],
        [],
        "Grant",
        1500000,
        date(2024, 9, 5),
        date(2024, 9, 5),
        date(2024, 11, 14),
    ),
]


def _opp_url(title: str) -> str:
    return f"/opportunity/{slug(title.replace('&amp;', 'and'))}/"


def _ukri_row(label: str, value: str) -> str:
    return f"""<div class="govuk-table__row"><dt class="govuk-table__header opportunity-cells">{label}: </dt><dd class="govuk-table__cell opportunity-cells">{value}</dd></div>"""


def _funder_links(codes: list[str]) -> str:
    return ", ".join(
        f'<a class="ukri-funder__link" href="/councils/{COUNCILS[c][1]}/">{COUNCILS[c][0]}</a>' for c in codes
    )


def _ukri_entry(number: int, opp: tuple) -> str:  # type: ignore[type-arg]
    title, summary, status, funders, co_funders, ftype, total, published, opening, closing = opp
    post_id = 41200 - number * 47
    rows = [_ukri_row("Opportunity status", f'<span class="{status.lower()} opportunity-status__flag">{status}</span>')]
    rows.append(_ukri_row("Funders", _funder_links(funders)))
    if co_funders:
        rows.append(_ukri_row("Co-funders", _funder_links(co_funders)))
    rows.append(_ukri_row("Funding type", ftype))
    rows.append(_ukri_row("Total fund", f"£{total:,}" if total is not None else "Not specified"))
    rows.append(_ukri_row("Publication date", _long_date(published)))
    rows.append(
        _ukri_row(
            "Opening date",
            f'<time datetime="{opening.isoformat()}T09:00:00">{_long_date(opening)} 9:00am UK time</time>',
        )
    )
    rows.append(
        _ukri_row(
            "Closing date",
            f'<time datetime="{closing.isoformat()}T16:00:00">{_long_date(closing)} 4:00pm UK time</time>',
        )
    )
    funder_classes = " ".join(f"ukri-funder-{COUNCILS[c][1]}" for c in funders)
    joined = "\n\t\t\t\t".join(rows)
    return f"""
		<div id="post-{post_id}" class="opportunity post-{post_id} type-opportunity status-publish hentry {funder_classes} opportunity-status-{status.lower()}">
			<div class="entry-header">
				<h3 class="entry-title ukri-entry-title govuk-heading-m"><a class="ukri-funding-opp__link govuk-link" href="{_opp_url(title)}" rel="bookmark">{title}</a></h3>
			</div>
			<div class="entry-content govuk-body">
				<p>{summary}</p>
			</div>
			<dl class="govuk-table opportunity__summary">
				{joined}
			</dl>
		</div>"""


def _ukri_pager(number: int, total_pages: int) -> str:
    def href(n: int) -> str:
        return "/opportunity/" if n == 1 else f"/opportunity/page/{n}/"

    parts = []
    if number > 1:
        parts.append(f'<a class="prev page-numbers" href="{href(number - 1)}">Previous page</a>')
    for n in range(1, total_pages + 1):
        if n == number:
            parts.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
        else:
            parts.append(f'<a class="page-numbers" href="{href(n)}">{n}</a>')
    if number < total_pages:
        parts.append(f'<a class="next page-numbers" href="{href(number + 1)}">Next page</a>')
    return f"""<nav class="navigation pagination" aria-label="Opportunities">
		<h2 class="screen-reader-text">Opportunities navigation</h2>
		<div class="nav-links">{"".join(parts)}</div>
	</nav>"""


def _ukri_filters() -> str:
    councils = "".join(
        f'<div class="govuk-checkboxes__item"><input class="govuk-checkboxes__input" id="filter_council_{code.lower()}" name="filter_council[]" type="checkbox" value="{code.lower()}"><label class="govuk-label govuk-checkboxes__label" for="filter_council_{code.lower()}">{name}</label></div>'
        for code, (name, _slug) in COUNCILS.items()
    )
    statuses = "".join(
        f'<div class="govuk-checkboxes__item"><input class="govuk-checkboxes__input" id="filter_status_{s.lower()}" name="filter_status[]" type="checkbox" value="{s.lower()}"><label class="govuk-label govuk-checkboxes__label" for="filter_status_{s.lower()}">{s}</label></div>'
        for s in ("Open", "Upcoming", "Closed")
    )
    return f"""<div class="govuk-grid-column-one-third">
		<form class="ukri-filter" method="get" action="/opportunity/">
			<h2 class="govuk-heading-m">Filter opportunities</h2>
			<div class="govuk-form-group"><label class="govuk-label" for="keywords">Search by keyword</label><input class="govuk-input" id="keywords" name="keywords" type="text"></div>
			<div class="govuk-form-group"><fieldset class="govuk-fieldset"><legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Funders</legend><div class="govuk-checkboxes govuk-checkboxes--small">{councils}</div></fieldset></div>
			<div class="govuk-form-group"><fieldset class="govuk-fieldset"><legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Opportunity status</legend><div class="govuk-checkboxes govuk-checkboxes--small">{statuses}</div></fieldset></div>
			<div class="govuk-form-group"><label class="govuk-label govuk-label--s" for="filter_order">Sort by</label><select class="govuk-select" id="filter_order" name="filter_order"><option value="publication_date" selected>Publication date</option><option value="closing_date">Closing date</option><option value="opening_date">Opening date</option></select></div>
			<input type="hidden" name="filter_submitted" value="true">
			<button type="submit" class="govuk-button" data-module="govuk-button">Apply filters</button>
		</form>
	</div>"""


def _ukri_page(number: int, total_pages: int, entries: str, first: int, last: int) -> str:
    title = (
        "Funding finder – Grantwell" if number == 1 else f"Funding finder – Page {number} of {total_pages} – Grantwell"
    )
    return f"""<!DOCTYPE html>
<html lang="en-GB" class="govuk-template no-js">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>{title}</title>
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<link rel="canonical" href="https://www.grantwell.org.uk/opportunity/{"" if number == 1 else f"page/{number}/"}" />
{"" if number == 1 else f'<link rel="prev" href="https://www.grantwell.org.uk/opportunity/{"" if number == 2 else f"page/{number - 1}/"}" />'}
{"" if number == total_pages else f'<link rel="next" href="https://www.grantwell.org.uk/opportunity/page/{number + 1}/" />'}
<link rel="alternate" type="application/rss+xml" title="Grantwell &raquo; Opportunities Feed" href="https://www.grantwell.org.uk/opportunity/feed/" />
<link rel='stylesheet' id='ukri-style-css' href='https://www.grantwell.org.uk/wp-content/themes/ukri/dist/css/main.min.css?ver=3.9.1' media='all' />
<script type="application/ld+json" class="yoast-schema-graph">{{"@context":"https://schema.org","@graph":[{{"@type":"CollectionPage","@id":"https://www.grantwell.org.uk/opportunity/","url":"https://www.grantwell.org.uk/opportunity/","name":"Funding finder – Grantwell","isPartOf":{{"@id":"https://www.grantwell.org.uk/#website"}},"inLanguage":"en-GB"}},{{"@type":"WebSite","@id":"https://www.grantwell.org.uk/#website","url":"https://www.grantwell.org.uk/","name":"Grantwell"}}]}}</script>
</head>
<body class="archive post-type-archive post-type-archive-opportunity govuk-template__body">
<script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>
<div id="ukri-cookie-banner" class="govuk-cookie-banner" data-nosnippet role="region" aria-label="Cookies on Grantwell">
	<div class="govuk-cookie-banner__message govuk-width-container">
		<h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on Grantwell</h2>
		<div class="govuk-cookie-banner__content"><p class="govuk-body">We use some essential cookies to make this website work. We'd like to set additional cookies to understand how you use the website and improve our services.</p></div>
		<div class="govuk-button-group"><button type="button" class="govuk-button" data-module="govuk-button" value="accept">Accept additional cookies</button><button type="button" class="govuk-button" data-module="govuk-button" value="reject">Reject additional cookies</button><a class="govuk-link" href="/privacy-notice/cookies/">View cookies</a></div>
	</div>
</div>
<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header class="ukri-header" role="banner">
	<div class="govuk-width-container ukri-header__container">
		<a href="/" class="ukri-header__logo"><img src="https://www.grantwell.org.uk/wp-content/themes/ukri/assets/img/grantwell-logo.svg" alt="Grantwell" width="182" height="48"></a>
		<nav class="ukri-header__navigation" aria-label="Menu">
			<ul class="ukri-header__list">
				<li class="ukri-header__item ukri-header__item--active"><a class="ukri-header__link" href="/opportunity/">Apply for funding</a></li>
				<li class="ukri-header__item"><a class="ukri-header__link" href="/manage-your-award/">Manage your award</a></li>
				<li class="ukri-header__item"><a class="ukri-header__link" href="/what-we-do/">What we do</a></li>
				<li class="ukri-header__item"><a class="ukri-header__link" href="/news/">News, events and publications</a></li>
				<li class="ukri-header__item"><a class="ukri-header__link" href="/about-us/">About us</a></li>
			</ul>
		</nav>
	</div>
</header>
<div class="govuk-width-container">
	<nav class="govuk-breadcrumbs" aria-label="Breadcrumb"><ol class="govuk-breadcrumbs__list"><li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/">Home</a></li><li class="govuk-breadcrumbs__list-item">Funding finder</li></ol></nav>
	<main class="govuk-main-wrapper ukri-main-content" id="main-content" role="main">
		<h1 class="govuk-heading-xl">Funding finder</h1>
		<p class="govuk-body-l">Find funding opportunities from our research councils and Innovate UK. Check the eligibility and application guidance before you apply.</p>
		<div class="govuk-inset-text">Applications for most opportunities are made through the <a class="govuk-link" href="https://funding-service.grantwell.org.uk/">Funding Service</a>. Find out <a class="govuk-link" href="/apply-for-funding/how-to-apply/">how to apply</a>.</div>
		<div class="govuk-grid-row">
			{_ukri_filters()}
			<div class="govuk-grid-column-two-thirds">
				<p class="govuk-body ukri-results-count">Showing results {first} to {last} of {len(OPPORTUNITIES)}</p>
				<div class="ukri-funding-opp-list">{entries}
				</div>
				{_ukri_pager(number, total_pages)}
			</div>
		</div>
	</main>
</div>
<footer class="govuk-footer ukri-footer" role="contentinfo">
	<div class="govuk-width-container">
		<div class="govuk-footer__navigation">
			<div class="govuk-footer__section govuk-grid-column-one-half"><h2 class="govuk-footer__heading govuk-heading-m">Our councils</h2><ul class="govuk-footer__list govuk-footer__list--columns-2">{"".join(f'<li class="govuk-footer__list-item"><a class="govuk-footer__link" href="/councils/{v[1]}/">{v[0]}</a></li>' for v in COUNCILS.values())}</ul></div>
			<div class="govuk-footer__section govuk-grid-column-one-half"><h2 class="govuk-footer__heading govuk-heading-m">Help</h2><ul class="govuk-footer__list"><li class="govuk-footer__list-item"><a class="govuk-footer__link" href="/accessibility/">Accessibility</a></li><li class="govuk-footer__list-item"><a class="govuk-footer__link" href="/privacy-notice/">Privacy notice</a></li><li class="govuk-footer__list-item"><a class="govuk-footer__link" href="/contact-us/">Contact us</a></li></ul></div>
		</div>
		<hr class="govuk-footer__section-break">
		<div class="govuk-footer__meta"><div class="govuk-footer__meta-item govuk-footer__meta-item--grow"><span class="govuk-footer__licence-description">All content is available under the <a class="govuk-footer__link" href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" rel="license">Open Government Licence v3.0</a>, except where otherwise stated</span></div><div class="govuk-footer__meta-item">© Grantwell 2025</div></div>
	</div>
</footer>
<script src='https://www.grantwell.org.uk/wp-content/themes/ukri/dist/js/main.min.js?ver=3.9.1' id='ukri-main-js'></script>
</body>
</html>"""


@held_out
def build_grantwell() -> None:
    s = Site(
        "grantwell",
        kind="grant funding opportunities (UKRI funding finder WordPress theme, /opportunity/page/N/)",
        start="opportunity/",
        description=(
            "A research funder's funding finder on the UKRI WordPress theme (2024–25, GOV.UK Frontend): "
            "div.opportunity.type-opportunity.status-publish entries with div.entry-header > h3.entry-title."
            "ukri-entry-title > a, a div.entry-content summary paragraph, and a dl.govuk-table.opportunity__summary "
            "of div.govuk-table__row pairs 'Opportunity status: ' (span.opportunity-status__flag Open / Upcoming / "
            "Closed), 'Funders: ' / 'Co-funders: ' a.ukri-funder__link lists, 'Funding type: ', 'Total fund: "
            "£7,500,000' or 'Not specified', 'Publication date: 18 February 2025', opening and closing time "
            "elements '8 May 2025 4:00pm UK time'; a GOV.UK cookie banner, checkbox filters, a results count and "
            "WordPress paginate_links (page-numbers, prev / next) over /opportunity/page/N/."
        ),
    )
    pages = chunks(list(OPPORTUNITIES), [10, 10, 6])
    at = 0
    for number, page in enumerate(pages, start=1):
        entries = "".join(_ukri_entry(at + p, opp) for p, opp in enumerate(page))
        html = _ukri_page(number, len(pages), entries, at + 1, at + len(page))
        at += len(page)
        s.list_page("opportunity/index.html" if number == 1 else f"opportunity/page/{number}/index.html", html)
        for title, summary, status, funders, co_funders, ftype, total, published, opening, closing in page:
            s.expect(
                {
                    "title": title.replace("&amp;", "&"),
                    "url": _opp_url(title),
                    "summary": summary,
                    "status": status,
                    "funders": [COUNCILS[c][0] for c in funders],
                    "co_funders": [COUNCILS[c][0] for c in co_funders] or None,
                    "funding_type": ftype.replace("&amp;", "&"),
                    "total_fund": total,
                    "currency": "GBP" if total is not None else None,
                    "publication_date": published.isoformat(),
                    "opening_date": opening.isoformat(),
                    "closing_date": closing.isoformat(),
                }
            )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# veilguard-psirt: a vendor PSIRT advisories list on a FortiGuard-style Labs portal, ?page=N pages of 10.
# ---------------------------------------------------------------------------------------------------

PSIRT_PRODUCTS = "VeilOS,VeilProxy,VeilWeb"

#: (IR number, title, CVEs, summary, {product: versions}, updated, published, component, severity).
ADVISORIES: list[tuple[str, str, list[str], str, dict[str, str], date, date, str, str]] = [
    (
        "VG-IR-25-031",
        "Out-of-bounds write in SSL-VPN web portal",
        ["CVE-2025-21844"],
        "An out-of-bounds write vulnerability in the SSL-VPN web portal may allow a remote unauthenticated attacker to execute arbitrary code via crafted HTTP requests.",
        {"VeilOS": "7.4, 7.2, 7.0", "VeilProxy": "7.4, 7.2"},
        date(2025, 3, 18),
        date(2025, 3, 11),
        "SSL-VPN",
        "Critical",
    ),
    (
        "VG-IR-25-027",
        "Authentication bypass in Node.js websocket module",
        ["CVE-2025-21790"],
        "An authentication bypass using an alternate path or channel may allow a remote attacker to gain super-admin privileges via crafted requests to the websocket module.",
        {"VeilOS": "7.0", "VeilProxy": "7.2, 7.0"},
        date(2025, 3, 11),
        date(2025, 3, 11),
        "GUI",
        "Critical",
    ),
    (
        "VG-IR-25-019",
        "Stored cross-site scripting in policy name field",
        ["CVE-2025-21601"],
        "An improper neutralization of input during web page generation in the policy editor may allow an authenticated attacker to perform a stored XSS attack via the policy name field.",
        {"VeilWeb": "7.6, 7.4"},
        date(2025, 3, 11),
        date(2025, 3, 11),
        "GUI",
        "Medium",
    ),
    (
        "VG-IR-25-014",
        "Format string bug in cw_acd daemon",
        ["CVE-2025-21477"],
        "A use of externally-controlled format string vulnerability in the cw_acd daemon may allow a remote unauthenticated attacker to execute arbitrary code or commands via specially crafted packets.",
        {"VeilOS": "7.6, 7.4, 7.2"},
        date(2025, 2, 20),
        date(2025, 2, 11),
        "OTHERS",
        "High",
    ),
    (
        "VG-IR-25-011",
        "Path traversal in file download endpoint",
        ["CVE-2025-21455"],
        "A relative path traversal vulnerability in the file download endpoint may allow an authenticated attacker to read arbitrary files on the underlying filesystem.",
        {"VeilWeb": "7.6, 7.4, 7.2"},
        date(2025, 2, 11),
        date(2025, 2, 11),
        "API",
        "High",
    ),
    (
        "VG-IR-25-008",
        "Hard-coded credentials in HA synchronisation",
        ["CVE-2025-21402"],
        "A use of hard-coded credentials in the high-availability synchronisation protocol may allow an attacker on the HA link to decrypt configuration backups.",
        {"VeilOS": "7.4, 7.2", "VeilProxy": "7.4"},
        date(2025, 2, 11),
        date(2025, 2, 11),
        "OTHERS",
        "Medium",
    ),
    (
        "VG-IR-25-004",
        "OS command injection in diagnose CLI command",
        ["CVE-2025-21320", "CVE-2025-21321"],
        "Multiple improper neutralization of special elements used in an OS command vulnerabilities in the CLI may allow an authenticated administrator to execute unauthorized commands via crafted diagnose arguments.",
        {"VeilOS": "7.6, 7.4, 7.2, 7.0"},
        date(2025, 1, 28),
        date(2025, 1, 14),
        "CLI",
        "High",
    ),
    (
        "VG-IR-24-512",
        "Heap-based buffer overflow in IPsec IKE daemon",
        ["CVE-2024-48870"],
        "A heap-based buffer overflow vulnerability in the IKE daemon may allow a remote unauthenticated attacker to execute arbitrary code via crafted IKE packets.",
        {"VeilOS": "7.4, 7.2, 7.0", "VeilProxy": "7.4, 7.2, 7.0"},
        date(2025, 1, 14),
        date(2025, 1, 14),
        "IPsec VPN",
        "Critical",
    ),
    (
        "VG-IR-24-498",
        "Information disclosure in SNMP daemon",
        ["CVE-2024-48517"],
        "An exposure of sensitive information to an unauthorized actor in the SNMP daemon may allow a remote attacker to obtain system information via crafted SNMP queries.",
        {"VeilOS": "7.4, 7.2"},
        date(2025, 1, 14),
        date(2025, 1, 14),
        "OTHERS",
        "Low",
    ),
    (
        "VG-IR-24-481",
        "Improper certificate validation in security fabric connector",
        ["CVE-2024-48206"],
        "An improper certificate validation vulnerability in the security fabric connector may allow a man-in-the-middle attacker to intercept and tamper with fabric traffic.",
        {"VeilOS": "7.6, 7.4", "VeilWeb": "7.4"},
        date(2024, 12, 17),
        date(2024, 12, 10),
        "OTHERS",
        "Medium",
    ),
    (
        "VG-IR-24-466",
        "Privilege escalation via REST API token scope",
        ["CVE-2024-47815"],
        "An incorrect authorization vulnerability in the REST API may allow a read-only administrator token to modify firewall policies via crafted API requests.",
        {"VeilOS": "7.6, 7.4"},
        date(2024, 12, 10),
        date(2024, 12, 10),
        "API",
        "High",
    ),
    (
        "VG-IR-24-452",
        "Reflected cross-site scripting in login redirect",
        ["CVE-2024-47560"],
        "An improper neutralization of input during web page generation vulnerability in the login page may allow an unauthenticated attacker to perform a reflected XSS attack via the redir parameter.",
        {"VeilWeb": "7.4, 7.2, 7.0"},
        date(2024, 12, 10),
        date(2024, 12, 10),
        "GUI",
        "Medium",
    ),
    (
        "VG-IR-24-437",
        "Denial of service in web proxy explicit mode",
        ["CVE-2024-47312"],
        "An uncontrolled resource consumption vulnerability in the explicit web proxy may allow a remote unauthenticated attacker to exhaust memory via many crafted CONNECT requests.",
        {"VeilProxy": "7.4, 7.2"},
        date(2024, 11, 12),
        date(2024, 11, 12),
        "OTHERS",
        "Medium",
    ),
    (
        "VG-IR-24-420",
        "Arbitrary file write in firmware upload",
        ["CVE-2024-46991"],
        "An improper limitation of a pathname to a restricted directory vulnerability in the firmware upload handler may allow a privileged attacker to write arbitrary files via a crafted image.",
        {"VeilOS": "7.4, 7.2, 7.0", "VeilWeb": "7.4, 7.2"},
        date(2024, 11, 12),
        date(2024, 11, 12),
        "GUI",
        "High",
    ),
    (
        "VG-IR-24-409",
        "Missing authentication in captive portal logout",
        ["CVE-2024-46530"],
        "A missing authentication for critical function vulnerability in the captive portal may allow an unauthenticated attacker on the LAN to log out other users.",
        {"VeilOS": "7.2, 7.0"},
        date(2024, 11, 12),
        date(2024, 11, 12),
        "OTHERS",
        "Low",
    ),
    (
        "VG-IR-24-388",
        "SQL injection in report scheduler",
        ["CVE-2024-45977"],
        "An improper neutralization of special elements used in an SQL command vulnerability in the report scheduler may allow an authenticated attacker to execute unauthorized SQL statements.",
        {"VeilWeb": "7.6, 7.4, 7.2"},
        date(2024, 10, 22),
        date(2024, 10, 8),
        "GUI",
        "High",
    ),
    (
        "VG-IR-24-371",
        "Weak key derivation for encrypted backups",
        ["CVE-2024-45603"],
        "A use of a weak key derivation function for password-protected configuration backups may allow an attacker with a backup file to recover the password through brute force.",
        {"VeilOS": "7.6, 7.4, 7.2, 7.0", "VeilProxy": "7.4, 7.2"},
        date(2024, 10, 8),
        date(2024, 10, 8),
        "CLI",
        "Medium",
    ),
    (
        "VG-IR-24-356",
        "Stack-based buffer overflow in SAML SP",
        ["CVE-2024-45218"],
        "A stack-based buffer overflow vulnerability in the SAML service provider may allow a remote unauthenticated attacker to execute arbitrary code via a crafted SAML response.",
        {"VeilOS": "7.4, 7.2", "VeilProxy": "7.4, 7.2"},
        date(2024, 10, 8),
        date(2024, 10, 8),
        "SSL-VPN",
        "Critical",
    ),
    (
        "VG-IR-24-340",
        "Open redirect in web filter block page",
        ["CVE-2024-44770"],
        "A URL redirection to untrusted site vulnerability in the web filter block page may allow an attacker to redirect users to arbitrary websites via a crafted link.",
        {"VeilProxy": "7.4, 7.2, 7.0"},
        date(2024, 9, 10),
        date(2024, 9, 10),
        "GUI",
        "Low",
    ),
    (
        "VG-IR-24-327",
        "Session fixation in administrative interface",
        ["CVE-2024-44391"],
        "A session fixation vulnerability in the administrative web interface may allow an attacker to hijack an administrator session via a crafted login link.",
        {"VeilWeb": "7.4, 7.2"},
        date(2024, 9, 10),
        date(2024, 9, 10),
        "GUI",
        "Medium",
    ),
    (
        "VG-IR-24-311",
        "Integer overflow in DNS filter",
        ["CVE-2024-43962"],
        "An integer overflow or wraparound vulnerability in the DNS filter may allow a remote attacker to crash the DNS proxy daemon via crafted DNS responses.",
        {"VeilOS": "7.4, 7.2, 7.0"},
        date(2024, 8, 27),
        date(2024, 8, 13),
        "OTHERS",
        "Medium",
    ),
    (
        "VG-IR-24-298",
        "Cleartext storage of LDAP bind password",
        ["CVE-2024-43509"],
        "A cleartext storage of sensitive information vulnerability may allow a privileged attacker with shell access to read the LDAP bind password from the configuration database.",
        {"VeilWeb": "7.4, 7.2, 7.0"},
        date(2024, 8, 13),
        date(2024, 8, 13),
        "CLI",
        "Low",
    ),
    (
        "VG-IR-24-285",
        "Use-after-free in SSL deep inspection",
        ["CVE-2024-43144"],
        "A use-after-free vulnerability in the SSL deep inspection engine may allow a remote unauthenticated attacker to execute code via crafted TLS handshakes.",
        {"VeilOS": "7.4, 7.2", "VeilProxy": "7.4, 7.2, 7.0"},
        date(2024, 8, 13),
        date(2024, 8, 13),
        "OTHERS",
        "High",
    ),
    (
        "VG-IR-24-266",
        "Cross-site request forgery in backup restore",
        ["CVE-2024-42718"],
        "A cross-site request forgery vulnerability in the backup restore page may allow a remote attacker to restore a configuration by tricking an administrator into visiting a malicious page.",
        {"VeilWeb": "7.2, 7.0"},
        date(2024, 7, 9),
        date(2024, 7, 9),
        "GUI",
        "Medium",
    ),
    (
        "VG-IR-24-249",
        "Insufficient session expiration after password change",
        ["CVE-2024-42285"],
        "An insufficient session expiration vulnerability may allow an attacker holding a stolen session to keep access after the administrator changes the account password.",
        {"VeilOS": "7.4, 7.2, 7.0"},
        date(2024, 7, 9),
        date(2024, 7, 9),
        "GUI",
        "Low",
    ),
    (
        "VG-IR-24-233",
        "XML external entity injection in SCIM endpoint",
        ["CVE-2024-41827"],
        "An improper restriction of XML external entity reference vulnerability in the SCIM endpoint may allow an authenticated attacker to read local files via crafted XML payloads.",
        {"VeilWeb": "7.4, 7.2"},
        date(2024, 6, 25),
        date(2024, 6, 11),
        "API",
        "High",
    ),
    (
        "VG-IR-24-218",
        "Improper access control in guest management portal",
        ["CVE-2024-41403"],
        "An improper access control vulnerability in the guest management portal may allow a sponsor account to view guest accounts created by other sponsors.",
        {"VeilOS": "7.2, 7.0"},
        date(2024, 6, 11),
        date(2024, 6, 11),
        "GUI",
        "Low",
    ),
    (
        "VG-IR-24-204",
        "Buffer over-read in HTTP/2 parser",
        ["CVE-2024-40966"],
        "A buffer over-read vulnerability in the HTTP/2 parser may allow a remote unauthenticated attacker to crash the proxy worker process via crafted frames.",
        {"VeilProxy": "7.4, 7.2", "VeilWeb": "7.4"},
        date(2024, 6, 11),
        date(2024, 6, 11),
        "OTHERS",
        "Medium",
    ),
]

SEVERITY_ICON = {"Critical": "risk-critical", "High": "risk-high", "Medium": "risk-medium", "Low": "risk-low"}


def _psirt_row(adv: tuple) -> str:  # type: ignore[type-arg]
    ir, title, cves, summary, products, updated, published, component, severity = adv
    groups = "".join(
        f'<span class="item-group"><b>{p}</b> <span class="item-sub">{v}</span></span><br>' for p, v in products.items()
    )
    cve_html = " ".join(f'<b class="cve">{c}</b>' for c in cves)
    return f"""
				<div class="row" onclick="location.href = '/psirt/{ir}'" style="cursor: pointer;">
					<div class="col-md-3"><b>{esc(title)}</b><br><small class="text-muted">{ir}</small><br>{cve_html}</div>
					<div class="col-md-3"><small>{esc(summary)}</small></div>
					<div class="col-md-2"><small>{groups}</small></div>
					<div class="col d-none d-lg-block"><b>{_short_date(updated)}</b><br><small>Published: {_short_date(published)}</small></div>
					<div class="col d-none d-lg-block text-center"><b>{component}</b></div>
					<div class="col d-none d-lg-block text-center"><img src="/static/images/{SEVERITY_ICON[severity]}.svg" alt="" width="24" height="24"><br><b>{severity}</b></div>
				</div>"""


def _psirt_href(n: int) -> str:
    return f"?page={n}&date=&severity=&product={PSIRT_PRODUCTS}&component=&version="


def _psirt_pager(number: int, total_pages: int, css: str) -> str:
    items = []
    prev_dis = " disabled" if number == 1 else ""
    items.append(
        f'<li class="page-item{prev_dis}"><a class="page-link" href="{esc(_psirt_href(max(number - 1, 1)))}" aria-label="Previous"><span aria-hidden="true">&laquo;</span></a></li>'
    )
    for n in range(1, total_pages + 1):
        active = " active" if n == number else ""
        items.append(
            f'<li class="page-item{active}"><a class="page-link" href="{esc(_psirt_href(n))}"><span>{n}</span></a></li>'
        )
    next_dis = " disabled" if number == total_pages else ""
    items.append(
        f'<li class="page-item{next_dis}"><a class="page-link" href="{esc(_psirt_href(min(number + 1, total_pages)))}" aria-label="Next"><span aria-hidden="true">&raquo;</span></a></li>'
    )
    return f'<ul class="pagination {css} justify-content-center">{"".join(items)}</ul>'


def _psirt_page(number: int, total_pages: int, rows: str) -> str:
    product_filters = "".join(
        f'<div class="form-check"><input class="form-check-input" type="checkbox" name="product" value="{p}" id="p-{p}"{" checked" if p in PSIRT_PRODUCTS.split(",") else ""}><label class="form-check-label" for="p-{p}">{p}</label></div>'
        for p in ("VeilAnalyzer", "VeilClient", "VeilManager", "VeilOS", "VeilProxy", "VeilSwitch", "VeilWeb")
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>PSIRT Advisories | VeilGuard Labs</title>
<meta name="description" content="VeilGuard PSIRT advisories: vulnerabilities affecting VeilGuard products, with affected versions, severity and remediation.">
<link rel="stylesheet" href="/static/css/bootstrap.min.css?v=4.6.2">
<link rel="stylesheet" href="/static/css/labs.css?v=2025.03.1">
<link rel="alternate" type="application/rss+xml" title="PSIRT Advisories" href="/rss/ir.xml">
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="3c2a9f0e-7a4d-4b7e-9f41-0d6e2b8c5a11" charset="UTF-8"></script>
</head>
<body>
<nav class="navbar navbar-expand-lg navbar-dark bg-dark fixed-top" id="main-nav">
	<a class="navbar-brand" href="/"><img src="/static/images/veilguard-labs-logo.svg" alt="VeilGuard Labs" height="32"></a>
	<button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#navbarMain" aria-controls="navbarMain" aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>
	<div class="collapse navbar-collapse" id="navbarMain">
		<ul class="navbar-nav mr-auto">
			<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" data-toggle="dropdown">Threat Intel</a></li>
			<li class="nav-item"><a class="nav-link" href="/encyclopedia">Encyclopedia</a></li>
			<li class="nav-item active"><a class="nav-link" href="/psirt">PSIRT <span class="sr-only">(current)</span></a></li>
			<li class="nav-item"><a class="nav-link" href="/services">Services</a></li>
			<li class="nav-item"><a class="nav-link" href="/updates">Updates</a></li>
		</ul>
		<form class="form-inline my-2 my-lg-0" action="/search" method="get"><input class="form-control mr-sm-2" type="search" name="q" placeholder="Search" aria-label="Search"></form>
	</div>
</nav>
<div id="full-page" class="container-fluid">
	<section class="page-title">
		<h1>PSIRT Advisories</h1>
		<p>The VeilGuard Product Security Incident Response Team (PSIRT) publishes advisories for vulnerabilities in VeilGuard products on the second Tuesday of each month, and out of band when needed. <a href="/psirt/policy">Read our vulnerability disclosure policy</a>.</p>
		<p><a class="btn btn-outline-primary btn-sm" href="/rss/ir.xml"><i class="fa fa-rss"></i> RSS</a> <a class="btn btn-outline-primary btn-sm" href="/psirt-monthly-advisory">Monthly advisory bulletin</a></p>
	</section>
	<div class="row">
		<aside class="col-lg-2 filters">
			<form method="get" action="/psirt" id="psirt-filter">
				<h6>Date</h6><select class="form-control form-control-sm" name="date"><option value="">All</option><option value="03-2025">Mar 2025</option><option value="02-2025">Feb 2025</option><option value="01-2025">Jan 2025</option></select>
				<h6 class="mt-3">Severity</h6>
				<div class="form-check"><input class="form-check-input" type="checkbox" name="severity" value="5" id="s5"><label class="form-check-label" for="s5">Critical</label></div>
				<div class="form-check"><input class="form-check-input" type="checkbox" name="severity" value="4" id="s4"><label class="form-check-label" for="s4">High</label></div>
				<div class="form-check"><input class="form-check-input" type="checkbox" name="severity" value="3" id="s3"><label class="form-check-label" for="s3">Medium</label></div>
				<div class="form-check"><input class="form-check-input" type="checkbox" name="severity" value="2" id="s2"><label class="form-check-label" for="s2">Low</label></div>
				<h6 class="mt-3">Products</h6>{product_filters}
				<button type="submit" class="btn btn-primary btn-sm mt-3">Filter</button> <a class="btn btn-link btn-sm mt-3" href="/psirt">Reset</a>
			</form>
		</aside>
		<div class="col-lg-10">
			<section class="table-header d-none d-lg-block">
				<div class="row">
					<div class="col-md-3">Title / IR Number</div>
					<div class="col-md-3">Summary</div>
					<div class="col-md-2">Affected Products</div>
					<div class="col d-none d-lg-block">Updated</div>
					<div class="col d-none d-lg-block text-center">Component</div>
					<div class="col d-none d-lg-block text-center">Severity</div>
				</div>
			</section>
			<section class="table-body">
				<div class="">{rows}
				</div>
			</section>
			<nav aria-label="Page navigation">
				{_psirt_pager(number, total_pages, "pagination-desktop d-none d-md-flex")}
				{_psirt_pager(number, total_pages, "pagination-mobile d-flex d-md-none")}
			</nav>
		</div>
	</div>
</div>
<footer class="footer bg-dark text-light">
	<div class="container-fluid">
		<div class="row">
			<div class="col-md-4"><h6>VeilGuard Labs</h6><p class="small">Threat research and product security for VeilGuard customers.</p></div>
			<div class="col-md-4"><h6>Resources</h6><ul class="list-unstyled small"><li><a href="/psirt/policy">PSIRT Policy</a></li><li><a href="/rss-feeds">RSS Feeds</a></li><li><a href="/faq/psirt-contact">Report a Vulnerability</a></li></ul></div>
			<div class="col-md-4"><h6>Legal</h6><ul class="list-unstyled small"><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms of Use</a></li><li><a href="#" class="ot-sdk-show-settings">Cookie Settings</a></li></ul></div>
		</div>
		<p class="small mb-0">Copyright © 2025 VeilGuard, Inc. All Rights Reserved</p>
	</div>
</footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div id="onetrust-policy"><div id="onetrust-policy-text">We use cookies to improve your experience on our site. By clicking "Accept All Cookies", you agree to the storing of cookies on your device. <a href="/privacy">Privacy Policy</a></div></div></div><div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie Settings</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></div></div></div>
<script src="/static/js/jquery-3.7.1.min.js"></script>
<script src="/static/js/bootstrap.bundle.min.js?v=4.6.2"></script>
<script src="/static/js/labs.js?v=2025.03.1"></script>
</body>
</html>"""


@held_out
def build_veilguard_psirt() -> None:
    s = Site(
        "veilguard-psirt",
        kind="security advisories list (FortiGuard-style PSIRT portal: Bootstrap div.row rows with onclick links, ?page=N&…)",
        start=f"psirt?product={PSIRT_PRODUCTS}",
        description=(
            "A network-security vendor's PSIRT advisories on a FortiGuard-style Labs portal (2024–25): "
            '#full-page section.table-body > div of div.row rows whose only link is onclick="location.href = '
            "'/psirt/VG-IR-25-031'\"; col-md-3 with the title in b, the IR number in small and b.cve CVE ids (two "
            "on one), a col-md-3 summary, col-md-2 span.item-group product + span.item-sub '7.4, 7.2' versions, "
            "'Mar 18, 2025' updated with 'Published: Mar 11, 2025', text-center Component and Severity cells; a "
            "header row of column names, a filter sidebar, a OneTrust banner, desktop and mobile ul.pagination "
            "copies over ?page=N&date=&severity=&product=VeilOS,VeilProxy,VeilWeb&component=&version=."
        ),
    )
    pages = chunks(list(ADVISORIES), [10, 10, 8])
    for number, page in enumerate(pages, start=1):
        html = _psirt_page(number, len(pages), "".join(_psirt_row(a) for a in page))
        query = _psirt_href(number)[1:]
        if number == 1:
            s.list_page(f"psirt@product={PSIRT_PRODUCTS}", html)
            s.write(f"psirt@{query}", html)
        else:
            s.list_page(f"psirt@{query}", html)
        for ir, title, cves, summary, products, updated, published, component, severity in page:
            s.expect(
                {
                    "title": title,
                    "url": f"/psirt/{ir}",
                    "ir_number": ir,
                    "cve": cves,
                    "summary": summary,
                    "products": list(products),
                    "updated": updated.isoformat(),
                    "published": published.isoformat(),
                    "component": component,
                    "severity": severity,
                }
            )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in HELD_OUT_TWENTYSECOND_B.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
