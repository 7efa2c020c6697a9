"""Held-out wave twenty-nine (b): three list pages copied from their real 2024–25 platform markup with invented data,
and frozen before any heuristic saw them.

* **kelvinstock** — an electronic-component distributor's filtered category (general-purpose relays, 24 VDC coil,
  PCB mount) on Mouser's 2024–25 UK site as a logged-out visitor gets it: OneTrust banner, the 'Free delivery on
  most orders over £33' strip, header with part-number search, schema.org breadcrumbs, h1 + 'Results: 59', applied
  filter chips and the attribute filter selects, then ``table#SearchResultsGrid_grid`` of ``tr[data-index]`` rows:
  compare box, image, Mouser part link ('653-G5LE-1-DC24'), manufacturer part link, manufacturer link, description
  with 'Learn More', datasheet icon, availability ('18,432 In Stock' with an optional 'On Order', or 'Non-Stocked'
  + 'Lead-Time 16 Weeks'), a nested price-break table ('1:' '£1.42', '10:' '£1.21'…), quantity box with 'Min.: 50'
  / 'Mult.: 50', RoHS icon and the spec columns (Product, Contact Form, Coil Voltage, Contact Current Rating…); a
  featured-supplier promo above the table, the Bootstrap pager over ``&pg=N`` and a Tealium ``utag_data`` object.
  Twenty-five parts a page. Written down: sku, mfr_part_number, url, manufacturer, description, stock, price,
  currency, min_qty, contact_form, contact_rating.
* **eastvale-courses** — a university's course search on Stanford's ExploreCourses (2024–25): identity bar and
  header, the search form with 'only show courses offered this year', a filter sidebar of checkboxes, 'results 1-10
  of 28 for data', ``div.searchResult`` blocks of ``h2 > span.courseNumber`` 'CS 102:' + ``span.courseTitle``, a
  ``div.courseDescription``, ``div.courseAttributes`` lines ('Terms: Aut, Spr | Units: 3-4 | UG Reqs: WAY-AQR |
  Grading: …', 'Instructors: Okafor, N. (PI) ; …') and the term schedule ``div.sectionContainer`` lists; a notice
  above the results and the 'page: 1 2 3 next' pager over ``&page=N`` (0-based). Ten courses a page. Written down:
  code, title, description, terms, units, ug_reqs, grading, instructors.
* **sayyarat-souq** — an Egyptian classifieds site's used-car search in Arabic (RTL) on the EMPG platform as
  Dubizzle Egypt ran it in 2024–25: hashed class names with ``aria-label`` hooks, ``li[aria-label=Listing]`` cards
  of a cover-photo link, 'مميز' featured badges, ``div[aria-label=Price]`` 'ج.م 865,000', 'قابل للتفاوض', an
  ``h2[aria-label=Title]``, year and mileage spans ('2019', '86,000 كم'), location ('مدينة نصر، القاهرة') and a
  relative creation date; ad slots among the cards, a cookie notice, the ``?page=N`` pager and ``window.state`` with
  the page's Algolia hits. Twenty cars a page. Written down: title, url, price, currency, year, mileage_km, location.

Run ``uv run python tests/sites/corpus/generate_held_out_twentyninth_b.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **frozen**.
"""

# ruff: noqa: E501

from __future__ import annotations

import base64
import hashlib
import json
import random
import sys
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).parent))

from generate import FROZEN, ROOT, Site, chunks, esc

FROZEN |= {"kelvinstock", "eastvale-courses", "sayyarat-souq"}

TWENTYNINTH_B: dict[str, Callable[[], None]] = {}


def twentyninth_b(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TWENTYNINTH_B[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hex(seed: str, length: int) -> str:
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:length]


def _token(seed: str, length: int) -> str:
    raw = base64.b64encode(hashlib.sha256(seed.encode("utf-8")).digest()).decode("ascii")
    return "".join(ch for ch in raw if ch.isalnum())[:length]


# ---------------------------------------------------------------------------------------------------
# kelvinstock: an electronic-component distributor's filtered category (Mouser UK 2024–25), 25 parts a page.
# ---------------------------------------------------------------------------------------------------

KS_HOST = "https://www.kelvinstock.co.uk"
KS_PATH = "c/electromechanical/relays/general-purpose-relays/"
KS_QUERY = "coil%20voltage=24%20VDC&mounting%20style=PCB%20Mount"
KS_PER_PAGE = 25
#: manufacturer key -> (name as shown, ProductDetail path segment, /manufacturer/ slug)
KS_MFRS = {
    "omron": ("Omron Electronics", "Omron-Electronics", "omron"),
    "te": ("TE Connectivity", "TE-Connectivity", "te-connectivity"),
    "pan": ("Panasonic Industrial Devices", "Panasonic-Industrial-Devices", "panasonic"),
    "fin": ("Finder Relays", "Finder-Relays", "finder"),
    "phx": ("Phoenix Contact", "Phoenix-Contact", "phoenix-contact"),
    "sc": ("Song Chuan", "Song-Chuan", "song-chuan"),
    "azt": ("American Zettler", "American-Zettler", "american-zettler"),
    "ftr": ("Fujitsu", "Fujitsu", "fujitsu"),
}
#: price-break quantities and the factor of each break's price to the first one, by break scheme
KS_BREAKS = {
    "std": ((1, 10, 100, 500, 1000), (1.0, 0.852, 0.678, 0.6, 0.547)),
    "fin": ((1, 10, 25, 50, 100), (1.0, 0.898, 0.826, 0.771, 0.724)),
    "phx": ((1, 10, 50, 100), (1.0, 0.931, 0.852, 0.803)),
    "tube": ((50, 100, 250, 500, 1000), (1.0, 0.94, 0.87, 0.81, 0.765)),
    "box": ((100, 500, 1000, 2500), (1.0, 0.889, 0.812, 0.764)),
}
#: (Mouser no., mfr part no., manufacturer key, description, stock (None: not stocked), on order, lead weeks,
#: min, mult, break scheme, first-break price, contact form, contact current, contact voltage, coil power,
#: sealing, series, packaging, new product)
KsPart = tuple[
    str,
    str,
    str,
    str,
    int | None,
    int | None,
    int | None,
    int,
    int,
    str,
    float,
    str,
    str,
    str,
    str,
    str,
    str,
    str,
    bool,
]
C1 = "1 Form C (SPDT-CO)"
A1 = "1 Form A (SPST-NO)"
C2 = "2 Form C (DPDT-CO)"
KS_PARTS: list[KsPart] = [
    ("653-G5LE-1-DC24", "G5LE-1-DC24", "omron", "General Purpose Relays 1 Form C 24VDC 10A Flux Protected", 18432, None, None, 1, 1, "std", 1.42, C1, "10 A", "120 VAC, 28 VDC", "400 mW", "Flux Protected", "G5LE", "Bulk", False),
    ("655-RT314024", "RT314024", "te", "General Purpose Relays 1 CO 16A 24VDC Wash Tight", 15230, None, None, 1, 1, "std", 2.04, C1, "16 A", "250 VAC", "400 mW", "Sealed", "RT1", "Tube", False),
    ("769-ALQ324", "ALQ324", "pan", "General Purpose Relays 1 Form A 10A 24VDC", 6780, 2000, None, 1, 1, "std", 1.64, A1, "10 A", "277 VAC", "200 mW", "Flux Protected", "LQ", "Tube", False),
    ("967-40.52.9.024.0000", "40.52.9.024.0000", "fin", "General Purpose Relays 2 CO 8A 24VDC PCB 5mm", 4120, None, None, 1, 1, "fin", 3.74, C2, "8 A", "250 VAC", "500 mW", "Sealed", "40", "Box", False),
    ("653-G2RL-1-E-DC24", "G2RL-1-E-DC24", "omron", "General Purpose Relays 1 Form C 24VDC 16A High Capacity", 9874, None, None, 1, 1, "std", 2.31, C1, "16 A", "250 VAC", "400 mW", "Flux Protected", "G2RL", "Bulk", False),
    ("655-PCJ-124D3M", "PCJ-124D3M", "te", "General Purpose Relays 1 Form C 24VDC 3A", 9920, None, None, 1, 1, "std", 1.31, C1, "3 A", "125 VAC, 30 VDC", "200 mW", "Sealed", "PCJ", "Tube", False),
    ("651-2961105", "2961105", "phx", "General Purpose Relays REL-MR- 24DC/21", 3015, None, None, 1, 1, "phx", 6.84, C1, "6 A", "250 VAC", "400 mW", "RT III", "REL-MR", "Box", False),
    ("837-833H-1C-C-24VDC", "833H-1C-C 24VDC", "sc", "General Purpose Relays SPDT 24VDC 10A Sealed", 7220, None, None, 1, 1, "std", 0.74, C1, "10 A", "250 VAC", "360 mW", "Sealed", "833H", "Bulk", False),
    ("653-G5LE-1A-DC24", "G5LE-1A-DC24", "omron", "General Purpose Relays 1 Form A 24VDC 10A Flux Protected", 6210, None, None, 1, 1, "std", 1.38, A1, "10 A", "120 VAC, 28 VDC", "400 mW", "Flux Protected", "G5LE", "Bulk", False),
    ("655-OJE-SS-124HM000", "OJE-SS-124HM,000", "te", "General Purpose Relays 1 Form A 24VDC 10A Sealed", None, 1500, 12, 1, 1, "std", 1.18, A1, "10 A", "250 VAC", "450 mW", "Sealed", "OJE", "Tube", False),
    ("769-JW1FSN-DC24V", "JW1FSN-DC24V", "pan", "General Purpose Relays 10A 1 Form C 24VDC Sealed", 2214, None, None, 1, 1, "std", 2.97, C1, "10 A", "250 VAC", "530 mW", "Sealed", "JW", "Tube", False),
    ("967-40.61.9.024.0000", "40.61.9.024.0000", "fin", "General Purpose Relays 1 CO 16A 24VDC PCB", 6905, None, None, 1, 1, "fin", 3.52, C1, "16 A", "250 VAC", "500 mW", "Sealed", "40", "Box", False),
    ("843-FTR-F1CA024V", "FTR-F1CA024V", "ftr", "General Purpose Relays 1 Form C 24VDC 10A Flux Free", 2640, None, None, 1, 1, "std", 1.09, C1, "10 A", "250 VAC", "360 mW", "Flux Protected", "FTR-F1", "Tube", False),
    ("653-G2RL-2-DC24", "G2RL-2-DC24", "omron", "General Purpose Relays DPDT 24VDC 8A", 3355, None, None, 1, 1, "std", 2.64, C2, "8 A", "250 VAC", "400 mW", "Flux Protected", "G2RL", "Bulk", False),
    ("655-T9AS1D12-24", "T9AS1D12-24", "te", "General Purpose Relays SPST-NO 30A 24VDC Sealed", 1985, None, None, 1, 1, "std", 4.86, A1, "30 A", "277 VAC, 28 VDC", "900 mW", "Sealed", "T9A", "Tube", False),
    ("893-AZ943-1CH-24DE", "AZ943-1CH-24DE", "azt", "General Purpose Relays SPDT 24VDC 15A Sealed", 1880, None, None, 1, 1, "std", 1.86, C1, "15 A", "250 VAC", "450 mW", "Sealed", "AZ943", "Tube", False),
    ("769-APAN3124", "APAN3124", "pan", "General Purpose Relays 1 Form A 5A 24VDC Slim", 8840, None, None, 1, 1, "std", 1.27, A1, "5 A", "250 VAC", "200 mW", "Sealed", "PA-N", "Tube", False),
    ("653-G5Q-1-DC24", "G5Q-1 DC24", "omron", "General Purpose Relays SPDT 24VDC 10A Cubic", 7730, None, None, 1, 1, "std", 1.12, C1, "10 A", "250 VAC", "200 mW", "Flux Protected", "G5Q", "Bulk", False),
    ("651-2961121", "2961121", "phx", "General Purpose Relays REL-MR- 24DC/21-21", 1190, None, None, 1, 1, "phx", 8.92, C2, "6 A", "250 VAC", "500 mW", "RT III", "REL-MR", "Box", False),
    ("655-PCH-124D2M000", "PCH-124D2M,000", "te", "General Purpose Relays SPST-NO 3A 24VDC Sealed", 4410, None, None, 50, 50, "tube", 0.87, A1, "3 A", "250 VAC", "200 mW", "Sealed", "PCH", "Tube", False),
    ("967-36.11.9.024.4011", "36.11.9.024.4011", "fin", "General Purpose Relays SPDT 10A 24VDC Sealed Subminiature", 1330, None, None, 1, 1, "fin", 2.18, C1, "10 A", "250 VAC", "360 mW", "RT III", "36", "Box", False),
    ("653-G5NB-1A-E-DC24", "G5NB-1A-E DC24", "omron", "General Purpose Relays SPST-NO 24VDC 5A Subminiature", 12400, None, None, 1, 1, "std", 0.98, A1, "5 A", "250 VAC", "200 mW", "Sealed", "G5NB", "Bulk", False),
    ("837-832AP-1A-S-C-24VDC", "832AP-1A-S-C 24VDC", "sc", "General Purpose Relays SPST-NO 24VDC 30A Sealed", 2460, None, None, 1, 1, "std", 1.92, A1, "30 A", "250 VAC", "900 mW", "Sealed", "832", "Bulk", False),
    ("769-ALE1PB24", "ALE1PB24", "pan", "General Purpose Relays 1 Form A 16A 24VDC", None, None, 14, 1, 1, "std", 3.21, A1, "16 A", "277 VAC", "400 mW", "Sealed", "LE", "Tube", False),
    ("655-RT424024", "RT424024", "te", "General Purpose Relays 2 CO 8A 24VDC Wash Tight", 8110, None, None, 1, 1, "std", 2.49, C2, "8 A", "250 VAC", "500 mW", "Sealed", "RT2", "Tube", False),
    # page 2
    ("653-G5LE-1-E-DC24", "G5LE-1-E-DC24", "omron", "General Purpose Relays SPDT 24VDC 16A High Capacity", 2890, None, None, 1, 1, "std", 1.76, C1, "16 A", "250 VAC", "400 mW", "Flux Protected", "G5LE", "Bulk", False),
    ("967-40.31.9.024.0000", "40.31.9.024.0000", "fin", "General Purpose Relays 1 CO 10A 24VDC PCB 3.5mm", 2770, None, None, 1, 1, "fin", 3.41, C1, "10 A", "250 VAC", "500 mW", "Sealed", "40", "Box", False),
    ("769-ALQ124", "ALQ124", "pan", "General Purpose Relays 1 Form C 5A 24VDC", 3350, None, None, 1, 1, "std", 1.59, C1, "5 A", "277 VAC", "200 mW", "Flux Protected", "LQ", "Tube", False),
    ("653-G2RL-1A-E-DC24", "G2RL-1A-E-DC24", "omron", "General Purpose Relays SPST-NO 24VDC 16A", 4102, 3000, None, 1, 1, "std", 2.18, A1, "16 A", "250 VAC", "400 mW", "Flux Protected", "G2RL", "Bulk", False),
    ("655-RZ03-1C4-D024", "RZ03-1C4-D024", "te", "General Purpose Relays 1 CO 16A 24VDC Sealed", 760, None, None, 1, 1, "std", 3.40, C1, "16 A", "250 VAC", "400 mW", "Sealed", "RZ", "Tube", False),
    ("843-FTR-F1AA024V", "FTR-F1AA024V", "ftr", "General Purpose Relays 1 Form A 24VDC 10A", None, None, 22, 1, 1, "std", 1.04, A1, "10 A", "250 VAC", "360 mW", "Flux Protected", "FTR-F1", "Tube", False),
    ("653-G5LE-14-DC24", "G5LE-14-DC24", "omron", "General Purpose Relays SPDT 24VDC 10A Sealed", None, 4000, 16, 1, 1, "std", 1.55, C1, "10 A", "120 VAC, 28 VDC", "400 mW", "Sealed", "G5LE", "Bulk", False),
    ("967-41.61.9.024.0010", "41.61.9.024.0010", "fin", "General Purpose Relays 1 CO 16A 24VDC Slim 12.4mm", None, None, 10, 1, 1, "fin", 4.46, C1, "16 A", "250 VAC", "500 mW", "RT III", "41", "Box", False),
    ("769-JW2SN-DC24V", "JW2SN-DC24V", "pan", "General Purpose Relays 5A 2 Form C 24VDC Sealed", 1460, None, None, 1, 1, "std", 3.58, C2, "5 A", "250 VAC", "530 mW", "Sealed", "JW", "Tube", False),
    ("893-AZ2150-1A-24DE", "AZ2150-1A-24DE", "azt", "General Purpose Relays SPST-NO 24VDC 30A", 412, None, None, 1, 1, "std", 3.95, A1, "30 A", "277 VAC", "1.6 W", "Sealed", "AZ2150", "Tube", True),
    ("655-ORWH-SH-124D1F000", "ORWH-SH-124D1F,000", "te", "General Purpose Relays 1 Form A 10A 24VDC Flux Tight", None, None, 24, 100, 100, "box", 0.612, A1, "10 A", "250 VAC", "450 mW", "Flux Protected", "ORWH", "Tube", False),
    ("653-G6B-1114P-USDC24", "G6B-1114P-US DC24", "omron", "General Purpose Relays SPST-NO 24VDC 5A Sealed", 5600, None, None, 1, 1, "std", 3.12, A1, "5 A", "250 VAC", "200 mW", "Sealed", "G6B", "Bulk", False),
    ("651-2961312", "2961312", "phx", "General Purpose Relays REL-MR- 24DC/21HC", None, None, 8, 1, 1, "phx", 7.61, C1, "16 A", "250 VAC", "400 mW", "RT III", "REL-MR", "Box", False),
    ("837-841-S-1C-D-24VDC", "841-S-1C-D 24VDC", "sc", "General Purpose Relays SPDT 24VDC 16A", None, None, 18, 100, 100, "box", 0.705, C1, "16 A", "250 VAC", "450 mW", "Sealed", "841", "Bulk", False),
    ("655-RTE24024", "RTE24024", "te", "General Purpose Relays 2 CO 8A 24VDC Sealed", 1670, None, None, 1, 1, "std", 2.76, C2, "8 A", "250 VAC", "400 mW", "Sealed", "RT2", "Tube", False),
    ("655-RT114024", "RT114024", "te", "General Purpose Relays 1 CO 12A 24VDC Wash Tight", 5020, None, None, 1, 1, "std", 1.93, C1, "12 A", "250 VAC", "400 mW", "Sealed", "RT1", "Tube", False),
    ("769-ADW1124HLW", "ADW1124HLW", "pan", "General Purpose Relays 1 Form A 16A 24VDC High Capacity", 510, None, None, 1, 1, "std", 4.12, A1, "16 A", "277 VAC", "1.4 W", "Flux Protected", "DW", "Tube", True),
    ("653-G2RL-14-DC24", "G2RL-14-DC24", "omron", "General Purpose Relays SPDT 24VDC 12A Sealed", 1120, None, None, 1, 1, "std", 2.42, C1, "12 A", "250 VAC", "400 mW", "Sealed", "G2RL", "Bulk", False),
    ("967-34.51.7.024.0010", "34.51.7.024.0010", "fin", "General Purpose Relays 1 CO 6A 24VDC Slim 5mm", 9650, None, None, 1, 1, "fin", 3.05, C1, "6 A", "250 VAC", "170 mW", "RT III", "34", "Box", False),
    ("843-FTR-K1CK024W", "FTR-K1CK024W", "ftr", "General Purpose Relays 1 Form C 24VDC 16A Sealed", 1505, None, None, 1, 1, "std", 2.27, C1, "16 A", "250 VAC", "400 mW", "Sealed", "FTR-K1", "Tube", False),
    ("653-G5Q-1A4-EU-DC24", "G5Q-1A4-EU DC24", "omron", "General Purpose Relays SPST-NO 24VDC 10A Sealed EU", None, None, 20, 50, 50, "tube", 0.942, A1, "10 A", "250 VAC", "200 mW", "Sealed", "G5Q", "Tube", False),
    ("655-RT33L024", "RT33L024", "te", "General Purpose Relays 1 CO 10A 24VDC Sensitive", 3900, None, None, 1, 1, "std", 2.12, C1, "10 A", "250 VAC", "250 mW", "Sealed", "RT1", "Tube", False),
    ("769-ADJ14024", "ADJ14024", "pan", "General Purpose Relays 1 Form A 16A 24VDC Sealed", 2750, None, None, 1, 1, "std", 2.88, A1, "16 A", "277 VAC", "400 mW", "Sealed", "DJ", "Tube", False),
    ("653-G2R-1-DC24", "G2R-1 DC24", "omron", "General Purpose Relays SPDT 24VDC 10A Flux Protected", 842, None, None, 1, 1, "std", 2.95, C1, "10 A", "250 VAC", "530 mW", "Flux Protected", "G2R", "Bulk", False),
    ("967-40.11.9.024.0000", "40.11.9.024.0000", "fin", "General Purpose Relays 1 CO 10A 24VDC PCB 5mm", 3110, None, None, 1, 1, "fin", 3.38, C1, "10 A", "250 VAC", "500 mW", "Sealed", "40", "Box", False),
    # page 3
    ("653-G5RL-U1A-E-DC24", "G5RL-U1A-E DC24", "omron", "General Purpose Relays SPST-NO 24VDC 16A Inrush", 640, None, None, 1, 1, "std", 3.07, A1, "16 A", "250 VAC", "400 mW", "Flux Protected", "G5RL", "Bulk", True),
    ("655-OJT-SS-124HMF000", "OJT-SS-124HMF,000", "te", "General Purpose Relays 1 Form A 24VDC 20A Sealed", 2300, None, None, 1, 1, "std", 1.67, A1, "20 A", "250 VAC", "450 mW", "Sealed", "OJT", "Tube", False),
    ("769-AHN12324", "AHN12324", "pan", "General Purpose Relays 1 Form C 10A 24VDC", 1220, None, None, 1, 1, "std", 2.34, C1, "10 A", "250 VAC", "400 mW", "Sealed", "HN", "Tube", False),
    ("967-44.62.9.024.0000", "44.62.9.024.0000", "fin", "General Purpose Relays 2 CO 10A 24VDC PCB", None, None, 9, 1, 1, "fin", 5.12, C2, "10 A", "250 VAC", "500 mW", "RT II", "44", "Box", False),
    ("653-G2RL-1-DC24", "G2RL-1 DC24", "omron", "General Purpose Relays SPDT 24VDC 12A Flux Protected", 14720, None, None, 1, 1, "std", 1.98, C1, "12 A", "250 VAC", "400 mW", "Flux Protected", "G2RL", "Bulk", False),
    ("651-2961406", "2961406", "phx", "General Purpose Relays REL-MR- 24DC/21AU", 460, None, None, 1, 1, "phx", 9.37, C1, "6 A", "250 VAC", "400 mW", "RT III", "REL-MR", "Box", False),
    ("653-G5LA-14-DC24", "G5LA-14 DC24", "omron", "General Purpose Relays SPDT 24VDC 10A Sealed Cubic", 4480, None, None, 1, 1, "std", 0.89, C1, "10 A", "120 VAC", "360 mW", "Sealed", "G5LA", "Bulk", False),
    ("967-40.52.7.024.0000", "40.52.7.024.0000", "fin", "General Purpose Relays 2 CO 8A 24VDC Sensitive", 880, None, None, 1, 1, "fin", 4.02, C2, "8 A", "250 VAC", "500 mW", "Sealed", "40", "Box", False),
    ("653-G5CA-1A-E-DC24", "G5CA-1A-E DC24", "omron", "General Purpose Relays SPST-NO 24VDC 15A Sealed", 950, None, None, 1, 1, "std", 1.73, A1, "15 A", "250 VAC", "400 mW", "Sealed", "G5CA", "Bulk", True),
]  # fmt: skip
KS_FILTERS = [
    ("Manufacturer", "m", ["American Zettler", "Finder Relays", "Fujitsu", "Omron Electronics", "Panasonic Industrial Devices", "Phoenix Contact", "Song Chuan", "TE Connectivity"]),
    ("Contact Form", "contact form", [C1, A1, C2]),
    ("Contact Current Rating", "contact current rating", ["3 A", "5 A", "6 A", "8 A", "10 A", "12 A", "15 A", "16 A", "20 A", "30 A"]),
    ("Sealing", "sealing", ["Flux Protected", "RT II", "RT III", "Sealed"]),
    ("Packaging", "packaging", ["Box", "Bulk", "Tube"]),
]  # fmt: skip


def _ks_gbp(amount: float) -> str:
    return f"£{amount:,.2f}" if amount >= 1 else f"£{amount:.3f}"


def _ks_breaks(part: KsPart) -> list[tuple[int, float]]:
    quantities, factors = KS_BREAKS[part[9]]
    out = []
    for qty, factor in zip(quantities, factors, strict=True):
        price = part[10] * factor
        out.append((qty, round(price, 2) if price >= 1 else round(price, 3)))
    return out


def _ks_url(part: KsPart) -> str:
    segment = part[1].replace(" ", "-").replace(",", "")
    return f"/ProductDetail/{KS_MFRS[part[2]][1]}/{segment}?qs={_token(part[0], 24)}"


def _ks_href(page: int) -> str:
    return f"/{KS_PATH}?{KS_QUERY}" + (f"&amp;pg={page}" if page > 1 else "")


def _ks_row(part: KsPart, index: int) -> str:
    mouser, mfr_part, mfr, desc, stock, on_order, lead, min_qty, mult = part[:9]
    form, current, volts, coil, sealing, series, packaging, new = part[11:]
    name, _, mfr_slug = KS_MFRS[mfr]
    url = esc(_ks_url(part))
    n = index + 1
    row_class = "SearchResultsRowOdd" if index % 2 == 0 else "SearchResultsRowEven"
    image = f"https://www.kelvinstock.co.uk/images/{mfr_slug}/images/{_hex(series + mfr, 10)}_SPL.jpg"
    if stock is not None:
        avail = f'<span class="available-amount">{stock:,}</span> In Stock'
        if on_order:
            avail += f'<div class="on-order-qty">On Order: <span>{on_order:,}</span></div>'
    else:
        avail = '<span class="avail-nonstock">Non-Stocked</span>'
        if on_order:
            avail += f'<div class="on-order-qty">On Order: <span>{on_order:,}</span></div>'
        avail += f'<div class="lead-time">Lead-Time {lead} Weeks</div>'
    breaks = "".join(
        f'<tr><th scope="row" class="qty-col"><span class="text-nowrap">{qty:,}:</span></th><td class="text-nowrap price-col"><span>{_ks_gbp(price)}</span></td></tr>'
        for qty, price in _ks_breaks(part)
    )
    more_breaks = (
        f'<a class="view-pricing-link" href="{url}#pricing" aria-label="View more pricing for {esc(mouser)}">View</a>'
        if part[9] in ("std", "tube")
        else ""
    )
    new_label = '<div class="new-product-lbl"><span class="label label-new">New Product</span></div>' if new else ""
    rohs = (
        '<img src="/images/rohs-compliant.png" alt="RoHS Compliant" title="RoHS Compliant" width="30" height="15">'
        if mfr != "phx"
        else '<img src="/images/rohs-compliant-exemption.png" alt="RoHS Compliant By Exemption" title="RoHS Compliant By Exemption" width="30" height="15">'
    )
    return f"""<tr data-index="{index}" data-partnumber="{esc(mouser)}" data-actualmfrname="{esc(name)}" class="{row_class}">
<td class="column compare-column text-center" data-th="Compare"><input type="checkbox" class="compare-check" id="chkCompare_{n}" name="compare" value="{esc(mouser)}" aria-label="Compare {esc(mfr_part)}"></td>
<td class="column image-column" data-th="Image"><a href="{url}" id="lnkThumbnail_{n}" tabindex="-1"><img src="{image}" alt="{esc(mfr_part)} {esc(name)}" title="{esc(mfr_part)} {esc(name)}" width="70" height="70" loading="lazy" class="img-responsive"></a><div class="enlarge-link"><a href="{image.replace("_SPL", "")}" class="enlarge" data-toggle="modal">Enlarge</a></div></td>
<td class="column part-column" data-th="Kelvinstock #"><div class="mpart-number-lbl"><a id="lnkMouserPartNumber_{n}" href="{url}" title="{esc(mouser)}">{esc(mouser)}</a></div>{new_label}<div class="visible-xs mfr-part-xs">Mfr. #: {esc(mfr_part)}</div></td>
<td class="column mfr-part-num-column" data-th="Mfr. Part #"><div class="mfr-part-num hidden-xs"><a id="lnkMfrPartNumber_{n}" href="{url}" title="{esc(mfr_part)}">{esc(mfr_part)}</a></div></td>
<td class="column mfr-column" data-th="Mfr."><a id="lnkSupplierPage_{n}" href="/manufacturer/{mfr_slug}/" title="{esc(name)}">{esc(name)}</a></td>
<td class="column desc-column hidden-xs" data-th="Description"><span class="truncated-desc">{esc(desc)}</span><br><a class="text-nowrap learn-more" href="{url}#productAttributes" aria-label="Learn more about {esc(mfr_part)}">Learn More</a></td>
<td class="column datasheet-column text-center" data-th="Datasheet"><a id="lnkDataSheet_{n}" href="https://www.kelvinstock.co.uk/datasheet/2/{_hex(mfr_slug, 3)}/{_hex(mouser, 12)}-{_hex(series, 6)}.pdf" target="_blank" rel="noopener" aria-label="Datasheet for {esc(mfr_part)}"><img src="/images/pdf-icon.svg" alt="Datasheet" width="16" height="16"></a></td>
<td class="column avail-column" data-th="Availability">{avail}</td>
<td class="column price-column" data-th="Pricing (GBP)"><table class="search-pricing-table" aria-label="Price breaks for {esc(mouser)}"><tbody>{breaks}</tbody></table>{more_breaks}</td>
<td class="column qty-column" data-th="Qty."><div class="input-group input-group-sm"><input type="text" class="form-control qty-input" id="txtQty_{n}" name="qty" value="" placeholder="{min_qty}" aria-label="Quantity for {esc(mouser)}" data-min="{min_qty}" data-mult="{mult}" inputmode="numeric"><span class="input-group-btn"><button type="button" class="btn btn-primary btn-buy" data-partnumber="{esc(mouser)}" id="btnBuy_{n}">Buy</button></span></div><div class="min-mult"><div>Min.: {min_qty:,}</div><div>Mult.: {mult:,}</div></div></td>
<td class="column rohs-column text-center" data-th="RoHS">{rohs}</td>
<td class="column attr-column" data-th="Product">General Purpose Relays</td>
<td class="column attr-column" data-th="Contact Form">{esc(form)}</td>
<td class="column attr-column" data-th="Coil Voltage">24 VDC</td>
<td class="column attr-column" data-th="Contact Current Rating">{esc(current)}</td>
<td class="column attr-column" data-th="Contact Voltage Rating">{esc(volts)}</td>
<td class="column attr-column" data-th="Coil Power">{esc(coil)}</td>
<td class="column attr-column" data-th="Termination Style">PCB Mount</td>
<td class="column attr-column" data-th="Sealing">{esc(sealing)}</td>
<td class="column attr-column" data-th="Series">{esc(series)}</td>
<td class="column attr-column" data-th="Packaging">{esc(packaging)}</td>
</tr>"""


def _ks_pager(number: int, total: int) -> str:
    items = []
    if number > 1:
        items.append(
            f'<li class="page-item"><a class="page-link" id="lnkPager_lnkPrev" href="{_ks_href(number - 1)}" aria-label="Previous"><span aria-hidden="true">&lsaquo;</span></a></li>'
        )
    else:
        items.append(
            '<li class="page-item disabled"><span class="page-link" aria-label="Previous"><span aria-hidden="true">&lsaquo;</span></span></li>'
        )
    for page in range(1, total + 1):
        if page == number:
            items.append(f'<li class="page-item active" aria-current="page"><span class="page-link">{page}</span></li>')
        else:
            items.append(
                f'<li class="page-item"><a class="page-link" id="lnkPager_{page}" href="{_ks_href(page)}">{page}</a></li>'
            )
    if number < total:
        items.append(
            f'<li class="page-item"><a class="page-link" id="lnkPager_lnkNext" href="{_ks_href(number + 1)}" aria-label="Next"><span aria-hidden="true">&rsaquo;</span></a></li>'
        )
    else:
        items.append(
            '<li class="page-item disabled"><span class="page-link" aria-label="Next"><span aria-hidden="true">&rsaquo;</span></span></li>'
        )
    return f'<nav class="pagination-container" aria-label="Search results pages"><ul class="pagination pagination-sm">{"".join(items)}</ul></nav>'


def _ks_utag(number: int, parts: list[KsPart]) -> str:
    data = {
        "site_region": "GB",
        "site_currency": "GBP",
        "site_language": "en-GB",
        "page_type": "Search Results",
        "page_name": "Search Results | Category",
        "search_category": "General Purpose Relays",
        "search_results_count": str(len(KS_PARTS)),
        "search_page_number": str(number),
        "search_filters": ["Coil Voltage:24 VDC", "Mounting Style:PCB Mount"],
        "product_id": [p[0] for p in parts],
        "product_mfr": [KS_MFRS[p[2]][0] for p in parts],
        "customer_logged_in": "N",
    }
    return json.dumps(data, separators=(",", ":"))


def _ks_filters() -> str:
    boxes = []
    for label, key, values in KS_FILTERS:
        options = "".join(f'<option value="{esc(v)}">{esc(v)}</option>' for v in values)
        boxes.append(
            f'<div class="filter-box"><label class="filter-label" for="ddl_{key.replace(" ", "_")}">{label}</label><select multiple class="form-control filter-select" id="ddl_{key.replace(" ", "_")}" name="{esc(key)}" size="5">{options}</select></div>'
        )
    return "".join(boxes)


def _ks_page(number: int, total: int, parts: list[KsPart], first: int) -> str:
    rows = "\n".join(_ks_row(part, first + i) for i, part in enumerate(parts))
    start, end = first + 1, first + len(parts)
    prev_link = f'<link rel="prev" href="{KS_HOST}{_ks_href(number - 1)}">' if number > 1 else ""
    next_link = f'<link rel="next" href="{KS_HOST}{_ks_href(number + 1)}">' if number < total else ""
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>General Purpose Relays | Kelvinstock United Kingdom</title>
<meta name="description" content="General Purpose Relays are available at Kelvinstock Electronics. Kelvinstock offers inventory, pricing, &amp; datasheets for General Purpose Relays.">
<link rel="canonical" href="{KS_HOST}/{KS_PATH}">{prev_link}{next_link}
<link rel="alternate" hreflang="en-us" href="https://www.kelvinstock.com/{KS_PATH}">
<link rel="alternate" hreflang="de-de" href="https://www.kelvinstock.de/{KS_PATH}">
<link rel="stylesheet" href="/bundles/css/search?v=Qm3T0l8Qa2XbI1zYk6cQx9pWcY4mS5rjQ2b1">
<link rel="stylesheet" href="/bundles/css/bootstrap?v=1fXw2oVnNc2kE9vA0R7yT3dQpU6sLh8Gm4jB">
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="0b4f8c2e-3a91-4d6f-9e27-5c1d08a4b7f3" charset="UTF-8"></script>
<script>function OptanonWrapper() {{ }}</script>
<script>var utag_data = {_ks_utag(number, parts)};</script>
<script src="https://tags.tiqcdn.com/utag/kelvinstock/main/prod/utag.sync.js"></script>
</head>
<body class="search-page category-page">
<a class="skip-link sr-only sr-only-focusable" href="#searchResultsTbl">Skip to Main Content</a>
<div class="promo-banner" id="promoBanner"><div class="container"><p><strong>Free delivery</strong> on most orders over £33 (GBP) <a href="/shipping/">Details</a></p></div></div>
<header id="header" class="header">
<div class="header-top"><div class="container"><ul class="header-top-links list-inline">
<li><a href="/contactus/" id="lnkContactUs">Contact Us</a></li>
<li class="phone">Call: <a href="tel:+443452669432">0345 266 9432</a></li>
<li><a href="/feedback/">Feedback</a></li>
<li class="dropdown locale-select"><button type="button" class="btn btn-link dropdown-toggle" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false"><img src="/images/flags/gb.svg" alt="" width="18" height="12"> United Kingdom <span class="currency-lbl">| GBP £</span></button><ul class="dropdown-menu"><li><a href="/localization/changecurrency?curr=EUR">EUR €</a></li><li><a href="/localization/changecurrency?curr=USD">USD $</a></li></ul></li>
</ul></div></div>
<div class="header-main"><div class="container">
<a class="logo" href="/" title="Kelvinstock Electronics"><img src="/images/kelvinstock-logo.svg" alt="Kelvinstock Electronics" width="180" height="40"></a>
<form id="frmSearch" class="search-form" action="/c/" method="get" role="search"><label for="as-input" class="sr-only">Search</label><div class="input-group"><select class="form-control search-scope" aria-label="Search scope" name="scope"><option value="All">All</option><option value="Products">Products</option><option value="Manufacturers">Manufacturers</option></select><input id="as-input" class="form-control" type="search" name="q" placeholder="Part # / Keyword" autocomplete="off" maxlength="100"><span class="input-group-btn"><button class="btn btn-search" type="submit" aria-label="Search"><span class="glyphicon glyphicon-search"></span></button></span></div></form>
<ul class="header-account list-inline">
<li><a href="/MyAccount/Login?returnurl=%2F{KS_PATH.replace("/", "%2F")}" id="lnkLogin">Log In</a></li>
<li><a href="/MyAccount/Register" id="lnkRegister">Register</a></li>
<li><a href="/Cart/" id="lnkCart" class="cart-link"><span class="glyphicon glyphicon-shopping-cart"></span> <span class="cart-count">0</span> <span class="cart-lbl">Cart</span></a></li>
</ul>
</div></div>
<nav class="navbar navbar-main" aria-label="Main"><div class="container"><ul class="nav navbar-nav">
<li class="dropdown"><a href="/electronic-components/" class="dropdown-toggle">Products</a></li>
<li><a href="/manufacturer/">Manufacturers</a></li>
<li><a href="/applications/">Applications</a></li>
<li><a href="/new/">New Products</a></li>
<li><a href="/services/">Services &amp; Tools</a></li>
<li><a href="/help/">Help</a></li>
<li><a href="/bom/">BOM Tool</a></li>
</ul></div></nav>
</header>
<main id="content" class="container search-results-container">
<ol class="breadcrumb" itemscope itemtype="http://schema.org/BreadcrumbList">
<li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a itemprop="item" href="/electronic-components/"><span itemprop="name">All Products</span></a><meta itemprop="position" content="1"></li>
<li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a itemprop="item" href="/c/electromechanical/"><span itemprop="name">Electromechanical</span></a><meta itemprop="position" content="2"></li>
<li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a itemprop="item" href="/c/electromechanical/relays/"><span itemprop="name">Relays</span></a><meta itemprop="position" content="3"></li>
<li class="active" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><span itemprop="name">General Purpose Relays</span><meta itemprop="position" content="4"></li>
</ol>
<div class="search-header">
<h1 class="page-title">General Purpose Relays</h1>
<div class="results-count" id="lblSearchResultsCount">Results: <span>{len(KS_PARTS)}</span></div>
<p class="category-desc">General purpose relays switch loads up to 30 A from a low-power coil signal. Use the filters below to narrow the results by contact form, current rating and sealing.</p>
</div>
<div class="applied-filters" id="appliedFilters"><span class="applied-lbl">Applied Filters:</span>
<span class="filter-chip">Coil Voltage: 24 VDC <a href="/{KS_PATH}?mounting%20style=PCB%20Mount" class="remove-filter" aria-label="Remove filter Coil Voltage: 24 VDC">&times;</a></span>
<span class="filter-chip">Mounting Style: PCB Mount <a href="/{KS_PATH}?coil%20voltage=24%20VDC" class="remove-filter" aria-label="Remove filter Mounting Style: PCB Mount">&times;</a></span>
<a href="/{KS_PATH}" class="reset-all">Reset All</a></div>
<form id="frmFilters" class="search-filters" action="/{KS_PATH}" method="get">
<input type="hidden" name="coil voltage" value="24 VDC"><input type="hidden" name="mounting style" value="PCB Mount">
<div class="smart-filters"><label class="checkbox-inline"><input type="checkbox" name="instock" value="y"> In Stock</label><label class="checkbox-inline"><input type="checkbox" name="normallystocking" value="y"> Normally Stocking</label><label class="checkbox-inline"><input type="checkbox" name="rohs" value="y"> RoHS</label><label class="checkbox-inline"><input type="checkbox" name="newproduct" value="y"> New Product</label></div>
<div class="filter-boxes">{_ks_filters()}</div>
<div class="filter-actions"><button type="submit" class="btn btn-primary" id="btnApplyFilters">Apply Filters</button><button type="reset" class="btn btn-default">Reset</button></div>
</form>
<aside class="featured-supplier" aria-label="Featured Supplier"><span class="promo-lbl">Featured Supplier</span><a href="/manufacturer/omron/?utm_source=category&amp;utm_medium=promo&amp;utm_campaign=g5nb" class="featured-link"><img src="/images/promos/omron-g5nb-banner.jpg" alt="" width="728" height="90"><span class="promo-title">Omron G5NB Subminiature Power Relays – compact 5 A switching for appliances</span></a></aside>
<div class="results-toolbar">
<div class="results-range">Showing {start} - {end} of {len(KS_PARTS)}</div>
<div class="results-actions"><button type="button" class="btn btn-default btn-sm" id="btnCompare" disabled>Compare Parts</button><button type="button" class="btn btn-default btn-sm" id="btnDownload" data-export="xls">Download Table</button>
<label for="ddlResultsPerPage">Results per page</label><select id="ddlResultsPerPage" class="form-control input-sm" onchange="SearchResults.changePageSize(this.value)"><option value="25" selected>25</option><option value="50">50</option><option value="100">100</option></select></div>
{_ks_pager(number, total)}
</div>
<div id="searchResultsTbl" class="table-responsive">
<table class="table persist-area SearchResultsTable" id="SearchResultsGrid_grid" data-sortable="true">
<thead class="persist-header"><tr>
<th class="compare-column">Compare</th><th class="image-column">Image</th><th class="part-column">Kelvinstock #</th><th class="mfr-part-num-column">Mfr. Part #</th><th class="mfr-column">Mfr.</th><th class="desc-column">Description</th><th class="datasheet-column">Datasheet</th>
<th class="avail-column">Availability <button type="button" class="sort-btn" data-sort="availability" aria-label="Sort by Availability"></button></th>
<th class="price-column">Pricing (GBP) <button type="button" class="sort-btn" data-sort="pricing" aria-label="Sort by Pricing"></button></th>
<th class="qty-column">Qty.</th><th class="rohs-column">RoHS</th>
<th class="attr-column">Product</th><th class="attr-column">Contact Form</th><th class="attr-column">Coil Voltage</th><th class="attr-column">Contact Current Rating <button type="button" class="sort-btn" data-sort="contact current rating" aria-label="Sort by Contact Current Rating"></button></th><th class="attr-column">Contact Voltage Rating</th><th class="attr-column">Coil Power</th><th class="attr-column">Termination Style</th><th class="attr-column">Sealing</th><th class="attr-column">Series</th><th class="attr-column">Packaging</th>
</tr></thead>
<tbody>
{rows}
</tbody>
</table>
</div>
<div class="results-footer">{_ks_pager(number, total)}<p class="price-note">Prices shown exclude VAT. Pricing and availability are subject to change.</p></div>
</main>
<footer id="footer" class="footer"><div class="container">
<div class="row footer-links"><div class="col-sm-3"><h4>Customer Service</h4><ul><li><a href="/help/orders/">Order Status</a></li><li><a href="/help/returns/">Returns</a></li><li><a href="/shipping/">Delivery</a></li></ul></div><div class="col-sm-3"><h4>Company</h4><ul><li><a href="/aboutus/">About Us</a></li><li><a href="/careers/">Careers</a></li><li><a href="/quality/">Quality</a></li></ul></div><div class="col-sm-3"><h4>Legal</h4><ul><li><a href="/legal/terms/">Terms and Conditions</a></li><li><a href="/privacy/">Privacy Policy</a></li><li><a href="/cookies/">Cookie Policy</a></li><li><a href="#" class="ot-sdk-show-settings">Cookie Settings</a></li></ul></div></div>
<p class="copyright">Copyright &copy;2025 Kelvinstock Electronics Ltd. All rights reserved. Registered in England and Wales No. 04218876.</p>
</div></footer>
<div id="onetrust-consent-sdk"><div class="onetrust-pc-dark-filter ot-fade-in"></div><div id="onetrust-banner-sdk" class="otFlat ot-bottom" tabindex="0" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div id="onetrust-policy"><h2 id="onetrust-policy-title">We value your privacy</h2><div id="onetrust-policy-text">We use cookies and similar technologies to operate our website, analyse its use and personalise content and advertising. You can accept all cookies, reject non-essential cookies or manage your preferences. <a class="ot-cookie-policy-link" href="/cookies/" aria-label="More information about your privacy, opens in a new tab" rel="noopener" target="_blank">Cookie Policy</a></div></div></div><div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie Settings</button><button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></div></div></div>
<script src="/bundles/js/jquery?v=3.7.1-kq9Tj2nX"></script>
<script src="/bundles/js/search?v=Vb1mQ8r4Lx0Z7sPdN2yG6hUc"></script>
<script>$(function () {{ SearchResults.init({{ pageNumber: {number}, pageSize: {KS_PER_PAGE}, totalResults: {len(KS_PARTS)}, persistHeader: true }}); }});</script>
</body>
</html>"""


@twentyninth_b
def build_kelvinstock() -> None:
    s = Site(
        "kelvinstock",
        kind="electronic-component distributor's filtered category (Mouser UK 2024–25: OneTrust banner, free-delivery strip, part-number search header, schema.org breadcrumbs, h1 + 'Results: 59', applied-filter chips and attribute select boxes, a featured-supplier promo, table#SearchResultsGrid_grid of tr[data-index] rows: Mouser no. link, mfr part link, manufacturer link, description + Learn More, datasheet icon, '18,432 In Stock' / 'On Order' / 'Non-Stocked' + 'Lead-Time 16 Weeks', a nested price-break table '1:' '£1.42' '10:' '£1.21'…, qty box with 'Min.: 50' / 'Mult.: 50', RoHS icon, spec columns; Bootstrap pager over &pg=N; Tealium utag_data)",
        start=f"{KS_PATH}?{KS_QUERY}",
        description="An electronic-component distributor's UK site, category General Purpose Relays filtered to Coil Voltage 24 VDC and Mounting Style PCB Mount, copied from Mouser's 2024–25 search-results markup as a logged-out visitor gets it (25 a page): head with canonical, rel prev / next, hreflang alternates, the OneTrust stub and a Tealium utag_data object listing the page's part numbers; a 'Free delivery on most orders over £33 (GBP)' strip; the header (Contact Us, phone, locale / currency menu, logo, part-number search, Log In / Register / Cart, main nav); schema.org breadcrumbs (All Products / Electromechanical / Relays / General Purpose Relays); h1, 'Results: 59', a category blurb; applied-filter chips with remove links and 'Reset All'; smart-filter checkboxes and multi-select attribute boxes (Manufacturer, Contact Form, Contact Current Rating, Sealing, Packaging) with Apply Filters; a 'Featured Supplier' promo banner; 'Showing 1 - 25 of 59', Compare / Download buttons, a results-per-page select and the pager; table#SearchResultsGrid_grid (persist-header thead with sort buttons) of tr[data-index][data-partnumber] rows: compare checkbox, thumbnail link + Enlarge, the distributor part number link ('653-G5LE-1-DC24', a 'New Product' label on a few), the manufacturer part link ('G5LE-1-DC24', 'OJE-SS-124HM,000', 'G2R-1 DC24', '40.52.9.024.0000'), both to /ProductDetail/<Mfr>/<part>?qs=<token>, the manufacturer link to /manufacturer/<slug>/, the description + 'Learn More', a datasheet icon link, availability ('18,432 In Stock', an optional 'On Order: 2,000', or 'Non-Stocked' + 'Lead-Time 16 Weeks'), a nested price-break table ('1:' £1.42, '10:' £1.21, '100:' £0.963 …, breaks of 50 or 100 for tube / box parts) with a 'View' link on some, a quantity input with Buy and 'Min.: 1' / 'Mult.: 1', a RoHS icon, and spec cells (Product, Contact Form '1 Form C (SPDT-CO)', Coil Voltage, Contact Current Rating '10 A', Contact Voltage Rating, Coil Power, Termination Style, Sealing, Series, Packaging); the pager again below with an ex-VAT note; the footer and the OneTrust banner (Cookie Settings / Reject All / Accept All Cookies). 25 + 25 + 9 parts. Written down: sku (the distributor part number), mfr_part_number, url (the ProductDetail link with its qs), manufacturer, description, stock (in-stock count, absent when non-stocked), price (the first price break), currency (GBP), min_qty, contact_form, contact_rating.",
    )
    pages = chunks(KS_PARTS, [KS_PER_PAGE, KS_PER_PAGE, len(KS_PARTS) - 2 * KS_PER_PAGE])
    first = 0
    for number, batch in enumerate(pages, 1):
        html = _ks_page(number, len(pages), batch, first)
        path = f"{KS_PATH}@{KS_QUERY}" + (f"&pg={number}" if number > 1 else "")
        s.list_page(path, html)
        first += len(batch)
    for part in KS_PARTS:
        s.expect(
            {
                "sku": part[0],
                "mfr_part_number": part[1],
                "url": _ks_url(part),
                "manufacturer": KS_MFRS[part[2]][0],
                "description": part[3],
                "stock": part[4],
                "price": _ks_breaks(part)[0][1],
                "currency": "GBP",
                "min_qty": part[7],
                "contact_form": part[11],
                "contact_rating": part[12],
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# eastvale-courses: a university course search (ExploreCourses 2024–25), query 'data', 10 courses a page.
# ---------------------------------------------------------------------------------------------------

EV_HOST = "https://explorecourses.eastvale.edu"
EV_PER_PAGE = 10
EV_YEAR = "2025-2026"
#: (code, title, description, terms (None: not given this year), units, UG reqs, grading, instructors,
#: component, days and time, room)
EvCourse = tuple[str, str, str, str | None, str, list[str], str, list[str], str, str, str]
EV_COURSES: list[EvCourse] = [
    ("CS 102", "Working with Data: Tools and Techniques", "Introduces the practical tools used to collect, clean, visualize and analyze data, with weekly labs in spreadsheets, SQL and Python. No prior programming experience is assumed; students finish the quarter with a data project on a question of their own choosing.", "Aut, Spr", "3-4", ["WAY-AQR"], "Letter or Credit/No Credit", ["Okafor, N.", "Brandt, L."], "LEC", "Mon, Wed 1:30 PM - 2:50 PM", "Gates B1"),
    ("STATS 60", "Introduction to Statistical Methods: Precalculus (PSYCH 10, STATS 160)", "Techniques for organizing data, computing, and interpreting measures of central tendency, variability, and association. Estimation, confidence intervals, tests of hypotheses, t-tests, correlation, and regression. Possible topics: analysis of variance and chi-square tests, computer statistical packages.", "Aut, Win, Spr, Sum", "5", ["WAY-AQR", "WAY-FR"], "Letter or Credit/No Credit", ["Halvorsen, K.", "Mbeki, T."], "LEC", "Tue, Thu 10:30 AM - 12:20 PM", "Hewlett 200"),
    ("DATASCI 112", "Principles of Data Science", "How data are used to answer questions: sampling, data wrangling, visualization, prediction and inference, taught through case studies drawn from public health, sports and climate. Students write all analyses in reproducible notebooks.", "Win", "3", ["WAY-AQR"], "Letter (ABCD/NP)", ["Castellanos, R."], "LEC", "Mon, Wed, Fri 11:30 AM - 12:20 PM", "Thornton 110"),
    ("CS 145", "Data Management and Data Systems", "Relational databases from the user's and the implementer's point of view: the relational model, SQL, schema design, indexing, query processing, transactions and recovery, and an introduction to distributed and cloud data systems. Prerequisites: CS 103 and CS 107.", "Aut", "3-4", [], "Letter or Credit/No Credit", ["Iyer, P."], "LEC", "Tue, Thu 3:00 PM - 4:20 PM", "NVIDIA Auditorium"),
    ("ECON 102B", "Applied Econometrics", "Regression analysis with economic data: ordinary least squares, instrumental variables, panel data and difference-in-differences, with weekly problem sets in R. Emphasis on reading and critiquing published empirical work. Prerequisite: ECON 102A.", "Win, Spr", "5", ["WAY-AQR", "WAY-SI"], "Letter (ABCD/NP)", ["Nakamura, H.", "Ferreira, A."], "LEC", "Mon, Wed 9:30 AM - 11:20 AM", "Landau 140"),
    ("BIODS 215", "Topics in Biomedical Data Science: Large-scale Inference", "Methods for analysing high-dimensional biomedical data: multiple testing, false discovery rates, empirical Bayes, and reproducible pipelines for genomic and imaging data. Students present and extend a recent paper.", "Spr", "3", [], "Letter or Credit/No Credit", ["Adeyemi, F."], "SEM", "Thu 1:30 PM - 4:20 PM", "Alway M112"),
    ("EARTHSYS 144", "Fundamentals of Geographic Information Science (GIS)", "Survey of geographic information including maps, satellite imagery, and census data, approaches to spatial data, and tools for integrating and examining spatially-explicit data. Emphasis is on fundamental concepts of geographic information science; lab exercises use ArcGIS Pro and QGIS.", "Aut", "3-4", ["WAY-AQR"], "Letter or Credit/No Credit", ["Whitcombe, J."], "LEC", "Tue, Thu 9:00 AM - 10:20 AM", "Mitchell B67"),
    ("POLISCI 150A", "Data Science for Politics", "An introduction to causal inference and quantitative methods in political science, using real election, survey and legislative data. Students learn to write code in R to describe, visualize and model political phenomena.", "Spr", "5", ["WAY-AQR", "WAY-SI"], "Letter or Credit/No Credit", ["Reyes, M.", "Kowalczyk, A."], "LEC", "Mon, Wed 3:00 PM - 4:50 PM", "Encina West 219"),
    ("CS 229", "Machine Learning", "Topics: statistical pattern recognition, linear and non-linear regression, non-parametric methods, exponential family, GLMs, support vector machines, kernel methods, deep learning, model/feature selection, learning theory, ML advice, clustering, density estimation, EM, dimensionality reduction, ICA, PCA, and reinforcement learning.", "Aut, Spr", "3-4", [], "Letter or Credit/No Credit", ["Lindqvist, M.", "Chaudhry, S."], "LEC", "Mon, Wed 4:30 PM - 5:50 PM", "NVIDIA Auditorium"),
    ("MS&E 125", "Introduction to Applied Statistics", "An introduction to the statistical analysis of data for decision making: exploratory data analysis, estimation, hypothesis testing, linear and logistic regression, and experimental design, with hands-on work in Python.", "Win", "4", ["WAY-AQR"], "Letter or Credit/No Credit", ["Dumont, C."], "LEC", "Tue, Thu 1:30 PM - 2:50 PM", "Huang 018"),
    ("LINGUIST 180", "From Languages to Information (CS 124)", "Extracting meaning, information, and structure from human language text, speech, web pages, social networks. Methods include: string algorithms, edit distance, language modeling, the noisy channel, naive Bayes, inverted indices, collaborative filtering, PageRank.", "Win", "3-4", ["WAY-AQR"], "Letter or Credit/No Credit", ["Goldberg, E."], "LEC", "Tue, Thu 4:30 PM - 5:50 PM", "Gates B3"),
    ("DATASCI 154", "Solving Social Problems with Data (ECON 163, SOC 127)", "Introduces students to the interdisciplinary intersection of data science and the social sciences through an in-depth examination of contemporary social problems such as housing, mobility and health care access.", "Spr", "4", ["WAY-SI"], "Letter (ABCD/NP)", ["Mensah, K.", "Oduya, P."], "LEC", "Tue, Thu 10:30 AM - 11:50 AM", "Building 320-105"),
    ("EPI 261", "Intermediate Biostatistics: Analysis of Discrete Data (BIODS 261, STATS 261)", "Methods for analyzing longitudinal data. Topics include the analysis of contingency tables, logistic regression, Poisson regression, generalized estimating equations and mixed models. Emphasis on practical applications with clinical data.", "Win", "3", [], "Letter or Credit/No Credit", ["Varga, I."], "LEC", "Mon, Wed 10:30 AM - 11:50 AM", "Li Ka Shing 120"),
    ("CEE 263C", "Weather and Climate Data Analysis", "Hands-on analysis of station, reanalysis and satellite data sets for weather and climate: time series, extreme value statistics, spatial interpolation and the evaluation of climate model output.", None, "3", [], "Letter or Credit/No Credit", [], "LEC", "", ""),
    ("HISTORY 206E", "Digital History: Data and Maps for Historians", "How historians turn archives into data: transcription, databases, network analysis and historical GIS. Students build a small digital project from primary sources held in the university library.", "Aut", "5", ["WAY-SI", "WAY-ED"], "Letter or Credit/No Credit", ["Abernathy, R."], "SEM", "Wed 1:30 PM - 4:20 PM", "Lane History Corner 307"),
    ("ME 207", "Data-Driven Design", "Using sensor data, user studies and simulation to inform the design of physical products. Project-based; teams instrument a prototype and iterate on it with measured evidence.", "Spr", "3", [], "Letter (ABCD/NP)", ["Tanaka, Y."], "LEC", "Fri 9:30 AM - 12:20 PM", "Building 550-200"),
    ("PSYCH 251", "Experimental Methods", "Learn how to run and analyze replicable behavioral experiments: preregistration, power analysis, data management, reproducible analysis pipelines and open sharing of materials. Each student replicates a published study.", "Aut", "3", [], "Letter or Credit/No Credit", ["Osei, B."], "LEC", "Tue, Thu 12:00 PM - 1:20 PM", "Building 420-041"),
    ("STATS 202", "Statistical Learning and Data Science", "Overview of supervised and unsupervised learning with an applied focus: linear regression, classification, resampling methods, regularization, tree-based methods, support vector machines, and clustering, using R and Python.", "Aut, Sum", "3", [], "Letter or Credit/No Credit", ["Bergström, A."], "LEC", "Mon, Wed 3:00 PM - 4:20 PM", "Hewlett 201"),
    ("COMM 177D", "Data Journalism: Finding Stories in Numbers", "Reporting with data: obtaining public records, cleaning and analyzing spreadsheets, and building clear charts and maps for publication. Students publish a data-driven story in a campus outlet.", "Win", "4-5", ["WAY-SI"], "Letter (ABCD/NP)", ["Harcourt, E."], "LEC", "Mon, Wed 1:30 PM - 3:20 PM", "McClatchy Hall 134"),
    ("CS 246", "Mining Massive Data Sets", "The availability of massive datasets is revolutionizing science and industry. This course discusses data mining and machine learning algorithms for analyzing very large amounts of data: MapReduce and Spark, locality-sensitive hashing, link analysis, recommender systems and streams.", "Win", "3-4", [], "Letter or Credit/No Credit", ["Iyer, P.", "Novak, D."], "LEC", "Tue, Thu 1:30 PM - 2:50 PM", "NVIDIA Auditorium"),
    ("SOC 180B", "Introduction to Data Analysis", "Quantitative methods for sociologists: descriptive statistics, cross-tabulation, regression and the interpretation of survey data, with labs in Stata and R.", "Win", "4", ["WAY-AQR"], "Letter (ABCD/NP)", ["Pryce, L."], "LEC", "Mon, Wed 10:30 AM - 12:20 PM", "Building 120-201"),
    ("BIO 141", "Biostatistics", "Introductory statistical methods for biological data: describing data, probability, hypothesis tests, analysis of variance, linear regression and non-parametric methods, illustrated with experiments from ecology, genetics and physiology.", "Aut, Win", "3-5", ["WAY-AQR"], "Letter or Credit/No Credit", ["Achterberg, S."], "LEC", "Mon, Wed, Fri 9:30 AM - 10:20 AM", "Gilbert 117"),
    ("DATASCI 199", "Independent Study in Data Science", "Directed study or research under the supervision of a faculty member of the Data Science program. Students must submit a proposal signed by the supervising faculty member before enrolling.", "Aut, Win, Spr, Sum", "1-5", [], "Satisfactory/No Credit", [], "INS", "", ""),
    ("EDUC 401D", "Data Analysis for Quantitative Research in Education", "Third course in the doctoral quantitative methods sequence: multilevel models, longitudinal growth models and causal inference with observational education data. Prerequisite: EDUC 401C.", "Spr", "3-5", [], "Letter or Credit/No Credit", ["Whitlock, G."], "LEC", "Tue, Thu 9:00 AM - 10:50 AM", "CERAS 300"),
    ("ENERGY 191", "Energy Data Analytics", "Analysis of energy system data: electricity markets, building load profiles, well production and emissions inventories. Emphasis on forecasting, anomaly detection and communicating results to decision makers.", None, "3", [], "Letter or Credit/No Credit", [], "LEC", "", ""),
    ("MED 275", "Clinical Data Science Practicum", "Teams of medical and engineering students work with de-identified electronic health record data on a question posed by a clinical partner, from cohort definition to model evaluation and presentation.", "Spr", "2", [], "Medical Option (Med-Ltr-CR/NC)", ["Sandoval, P.", "Kaur, J."], "SEM", "Wed 5:30 PM - 7:20 PM", "Li Ka Shing 320"),
    ("LAW 4034", "Privacy Law and Data Protection", "Examines U.S. and European approaches to information privacy: sectoral statutes, the FTC's enforcement role, the GDPR, data breach law and the regulation of data brokers and automated decision-making.", "Win", "3", [], "Law Honors/Pass/Restrd Cr/Fail", ["Whitfield, C."], "SEM", "Mon, Wed 4:15 PM - 5:45 PM", "Room 180"),
    ("MUSIC 220D", "Sonification: Listening to Data", "Turning data into sound: mapping strategies, auditory display, and the perception of pitch, timbre and rhythm as carriers of information. Students compose a sonification of a data set of their choice.", "Spr", "2-4", ["WAY-CE"], "Letter or Credit/No Credit", ["Lucero, T."], "LEC", "Tue 3:00 PM - 5:50 PM", "The Knoll 217"),
]  # fmt: skip
EV_TERMS = {
    "Aut": ("Autumn", "09/22/2025 - 12/05/2025"),
    "Win": ("Winter", "01/05/2026 - 03/13/2026"),
    "Spr": ("Spring", "03/30/2026 - 06/03/2026"),
    "Sum": ("Summer", "06/22/2026 - 08/15/2026"),
}
EV_FILTERS = [
    ("term offered", "term", ["Autumn", "Winter", "Spring", "Summer"]),
    ("number of units", "units", ["1", "2", "3", "4", "5", ">5"]),
    ("time offered", "time", ["early morning", "morning", "lunchtime", "afternoon", "evening"]),
    ("days", "day", ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]),
    ("UG Requirements (WAYS)", "ways", ["WAY-AII", "WAY-AQR", "WAY-CE", "WAY-ED", "WAY-ER", "WAY-FR", "WAY-SI", "WAY-SMA"]),
    ("component", "component", ["Lecture (LEC)", "Seminar (SEM)", "Discussion Section (DIS)", "Laboratory (LAB)", "Independent Study (INS)"]),
    ("career", "career", ["Undergraduate", "Graduate", "Graduate School of Business", "Law School", "Medical School"]),
]  # fmt: skip


def _ev_query(page: int, collapse: str = "") -> str:
    return f"view=catalog&filter-coursestatus-Active=on&page={page}&catalog=&academicYear=&q=data&collapse={collapse}"


def _ev_href(page: int) -> str:
    return "search?" + _ev_query(page).replace("&", "&amp;")


def _ev_instructor_id(name: str) -> str:
    surname, initial = name.split(", ")
    return surname.lower().replace("ö", "o") + initial[0].lower() + _hex(name, 3)


def _ev_units(course: EvCourse) -> int | str:
    return int(course[4]) if course[4].isdigit() else course[4]


def _ev_sections(course: EvCourse, index: int) -> str:
    code, _, _, terms, units, reqs, grading, instructors, component, when, room = course
    if not terms:
        return ""
    blocks = []
    for t, term in enumerate(terms.split(", ")):
        season, dates = EV_TERMS[term]
        teachers = " ; ".join(f"{esc(name)} (PI)" for name in instructors)
        req_text = f" | UG Reqs: {', '.join(reqs)}" if reqs else ""
        if component == "INS":
            detail = "<br/>Instructors: " + (teachers or "Staff")
            times = ""
        else:
            detail = f"<br/>Instructors: {teachers}" if teachers else ""
            times = f"<br/>{dates} {esc(when)} at {esc(room)} with {teachers}"
        class_no = 10000 + int(_hex(f"{code}{term}", 4), 16) % 30000
        blocks.append(
            f'<div class="sectionContainer"><h3 class="sectionContainerTerm">{EV_YEAR} {season} <a class="collapseLink" href="search?{esc(_ev_query(index // EV_PER_PAGE, f"%2c{index * 4 + t}%2c"))}">(collapse)</a></h3><ul class="sectionDetails"><li class="sectionDetails">{esc(code)} | {units} units{req_text} | Class # {class_no} | Section 01 | Grading: {esc(grading)} | {component} | Session: {EV_YEAR} {season} 1 | In Person{times}{detail}<br/></li></ul></div>'
        )
    return "".join(blocks)


def _ev_result(course: EvCourse, index: int) -> str:
    code, title, text, terms, units, reqs, grading, instructors = course[:8]
    parts = []
    if terms:
        parts.append(f"Terms: {terms}")
    parts.append(f"Units: {units}")
    if reqs:
        parts.append(f"UG Reqs: {', '.join(reqs)}")
    parts.append(f"Grading: {esc(grading)}")
    teachers = ""
    if instructors:
        links = " ; ".join(
            f'<a href="instructor/{_ev_instructor_id(name)}">{esc(name)}</a> (PI)' for name in instructors
        )
        teachers = f'<div class="courseAttributes">Instructors: {links}</div>'
    return f"""<div class="searchResult">
<div class="courseInfo">
<h2><span class="courseNumber">{esc(code)}:</span> <span class="courseTitle">{esc(title)}</span></h2>
<div class="courseDescription">{esc(text)}</div>
<div class="courseAttributes">{" | ".join(parts)}</div>
{teachers}
</div>
{_ev_sections(course, index)}
</div>"""


def _ev_pager(number: int, total: int) -> str:
    links = []
    for page in range(total):
        if page == number:
            links.append(f"<strong>{page + 1}</strong>")
        else:
            links.append(f'<a href="{_ev_href(page)}">{page + 1}</a>')
    if number > 0:
        links.insert(0, f'<a href="{_ev_href(number - 1)}">&laquo; prev</a>')
    if number < total - 1:
        links.append(f'<a href="{_ev_href(number + 1)}">next &raquo;</a>')
    return f'<div class="pagination">page: {" ".join(links)}</div>'


def _ev_filters() -> str:
    groups = []
    for label, key, values in EV_FILTERS:
        items = "".join(
            f'<li><input type="checkbox" class="filterCheckbox" id="filter-{key}-{n}" name="filter-{key}-{esc(v)}" onclick="ExploreCourses.filter(this)"/> <label for="filter-{key}-{n}">{esc(v)}</label></li>'
            for n, v in enumerate(values)
        )
        groups.append(f'<div class="filterGroup"><h4>{esc(label)}</h4><ul class="filterList">{items}</ul></div>')
    return "".join(groups)


def _ev_page(number: int, total: int, courses: list[EvCourse], first: int) -> str:
    results = "\n".join(_ev_result(course, first + i) for i, course in enumerate(courses))
    start, end = first + 1, first + len(courses)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Eastvale University Explore Courses</title>
<link rel="stylesheet" type="text/css" href="css/eastvale.css?v=20240815" />
<link rel="stylesheet" type="text/css" href="css/explorecourses.css?v=20240815" />
<link rel="search" type="application/opensearchdescription+xml" title="ExploreCourses" href="opensearch.xml" />
<script type="text/javascript" src="js/jquery-3.6.0.min.js"></script>
<script type="text/javascript" src="js/explorecourses.js?v=20240815"></script>
<script async="async" src="https://www.googletagmanager.com/gtag/js?id=G-7XK2R4M9QP"></script>
<script type="text/javascript">window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'G-7XK2R4M9QP', {{ 'anonymize_ip': true }});</script>
</head>
<body>
<div id="identityBar"><div class="container"><a href="https://www.eastvale.edu">Eastvale University</a></div></div>
<div id="wrapper">
<div id="header">
<div id="logo"><a href="/"><img src="images/explorecourses-logo.png" alt="Eastvale Bulletin: ExploreCourses" width="330" height="48" /></a></div>
<div id="headerLinks"><a href="https://bulletin.eastvale.edu">Eastvale Bulletin</a> | <a href="https://registrar.eastvale.edu/students/courses">Registrar</a> | <a href="help.html">Help</a> | <a href="https://axess.eastvale.edu">Axess</a></div>
</div>
<div id="searchBar">
<form id="searchForm" name="searchForm" action="search" method="get">
<input type="hidden" name="view" value="catalog" />
<input type="hidden" name="academicYear" value="" />
<input type="hidden" name="page" value="0" />
<label for="q" class="hidden">Search courses</label>
<input type="text" name="q" id="q" value="data" size="40" autocomplete="off" />
<input type="hidden" name="filter-coursestatus-Active" value="on" />
<input type="submit" value="Search" id="searchButton" />
<span class="searchOption"><input type="checkbox" name="filter-coursestatus-Active" id="filter-coursestatus-Active" checked="checked" /> <label for="filter-coursestatus-Active">only show courses offered this year</label></span>
<span class="searchOption"><label for="academicYearSelect">Academic year:</label> <select id="academicYearSelect" name="academicYearSelect"><option value="" selected="selected">{EV_YEAR}</option><option value="20242025">2024-2025</option><option value="20232024">2023-2024</option></select></span>
</form>
<div id="browseLinks"><a href="browse">Browse courses by subject</a> | <a href="search?view=timeschedule&amp;q=data">Time schedule</a></div>
</div>
<div id="content">
<div id="leftSidebar">
<div class="searchFilters"><h3>Filter Results:</h3>
{_ev_filters()}
</div>
</div>
<div id="mainContent">
<div class="notice"><strong>Note:</strong> Winter and Spring Quarter {EV_YEAR} schedules are subject to change until the first day of each quarter. Check with the department for the most current information.</div>
<div id="searchResultsHeaderNavigation">
<div id="searchResultsHeader">results {start}-{end} of {len(EV_COURSES)} for <strong>data</strong></div>
<div id="viewOptions">view: <strong>catalog</strong> | <a href="search?view=catalog%2Bschedule&amp;filter-coursestatus-Active=on&amp;page={number}&amp;catalog=&amp;academicYear=&amp;q=data&amp;collapse=">catalog + schedule</a> | <a href="print?view=catalog&amp;q=data&amp;filter-coursestatus-Active=on" target="_blank">printer friendly page</a></div>
{_ev_pager(number, total)}
</div>
{results}
{_ev_pager(number, total)}
</div>
</div>
<div id="footer">
<div class="footerLinks"><a href="https://www.eastvale.edu">Eastvale Home</a> | <a href="https://www.eastvale.edu/site/privacy">Privacy Policy</a> | <a href="https://www.eastvale.edu/site/terms">Terms of Use</a> | <a href="https://www.eastvale.edu/site/accessibility">Accessibility</a> | <a href="mailto:explorecourses@eastvale.edu">Feedback</a></div>
<p class="copyright">&copy; Eastvale University, Eastvale, California 94999. Course data from the Office of the University Registrar, updated nightly.</p>
</div>
</div>
<script type="text/javascript">$(function() {{ ExploreCourses.initSearchResults({{ page: {number}, resultsPerPage: {EV_PER_PAGE}, totalResults: {len(EV_COURSES)} }}); }});</script>
</body>
</html>"""


@twentyninth_b
def build_eastvale_courses() -> None:
    s = Site(
        "eastvale-courses",
        kind="university course search results (Stanford ExploreCourses 2024–25, catalog view: XHTML page with identity bar, search form, filter sidebar of checkboxes, a notice, 'results 1-10 of 28 for data', div.searchResult blocks of h2 > span.courseNumber 'CS 102:' + span.courseTitle, div.courseDescription, div.courseAttributes 'Terms: Aut, Spr | Units: 3-4 | UG Reqs: WAY-AQR | Grading: …' and 'Instructors: <a>Okafor, N.</a> (PI) ; …', term schedule div.sectionContainer lists; 'page: 1 2 3 next »' over &page=N, 0-based)",
        start="search?" + _ev_query(0),
        description="A university's public course catalogue searched for 'data', copied from Stanford's ExploreCourses 2024–25 markup (view=catalog, only courses offered this year, 10 results a page): an XHTML 1.0 page with jQuery, the site script and a gtag snippet; the university identity bar, the header (logo, Bulletin / Registrar / Help / Axess links), the search form (q=data, 'only show courses offered this year' checkbox, academic-year select), browse / time-schedule links; a left sidebar 'Filter Results:' of checkbox groups (term offered, number of units, time offered, days, UG requirements, component, career); in the main column a notice about schedules, 'results 1-10 of 28 for data', view options (catalog / catalog + schedule / printer friendly) and the pager; then div.searchResult blocks: h2 with span.courseNumber 'CS 102:' and span.courseTitle (cross-listings in parentheses, 'Introduction to Statistical Methods: Precalculus (PSYCH 10, STATS 160)'), div.courseDescription, a div.courseAttributes line 'Terms: Aut, Spr | Units: 3-4 | UG Reqs: WAY-AQR, WAY-FR | Grading: Letter or Credit/No Credit' (Terms absent for courses not given this year, UG Reqs absent when none), a second line 'Instructors: ' with links to instructor/<id> each followed by ' (PI)' and joined by ' ; ' (absent when none), and per offered term a div.sectionContainer (h3 '2025-2026 Autumn' with a (collapse) link carrying &collapse=%2cN%2c, a li.sectionDetails 'CS 102 | 3-4 units | UG Reqs … | Class # 12345 | Section 01 | Grading … | LEC | Session … | In Person', the dates, days, time, room and 'with Okafor, N. (PI)', and 'Instructors: …'); the pager again, the footer. Pages are search?view=catalog&filter-coursestatus-Active=on&page=N&catalog=&academicYear=&q=data&collapse= with page 0, 1, 2 ('page: 1 2 3 next »', '« prev'). 10 + 10 + 8 courses. Written down: code (without the colon), title (the span text, cross-listings included), description, terms (as shown, absent when not given), units (a number, or the range text '3-4'), ug_reqs (list, absent when none), grading, instructors (list of names without '(PI)', absent when none).",
    )
    pages = chunks(EV_COURSES, [EV_PER_PAGE, EV_PER_PAGE, len(EV_COURSES) - 2 * EV_PER_PAGE])
    first = 0
    for number, batch in enumerate(pages):
        s.list_page(f"search@{_ev_query(number)}", _ev_page(number, len(pages), batch, first))
        first += len(batch)
    for course in EV_COURSES:
        s.expect(
            {
                "code": course[0],
                "title": course[1],
                "description": course[2],
                "terms": course[3],
                "units": _ev_units(course),
                "ug_reqs": course[5] or None,
                "grading": course[6],
                "instructors": course[7] or None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# sayyarat-souq: an Egyptian used-car search in Arabic (EMPG / Dubizzle Egypt 2024–25), 20 cars a page.
# ---------------------------------------------------------------------------------------------------

SQ_HOST = "https://www.sayyaratsouq.com.eg"
SQ_PATH = "ar/vehicles/cars-for-sale/hyundai/elantra/cairo/"
SQ_PER_PAGE = 20
SQ_DISTRICTS = [
    "مدينة نصر", "التجمع الخامس", "مصر الجديدة", "المعادي", "المقطم", "شبرا", "حلوان", "الشروق", "مدينتي", "الرحاب",
    "العباسية", "عين شمس", "الزيتون", "المرج", "حدائق القبة", "السلام", "القاهرة الجديدة", "المنيل", "الزمالك", "بدر",
]  # fmt: skip
#: generation -> (years, price of the first year, yearly step)
SQ_GENERATIONS = {
    "HD": (range(2008, 2017), 335_000, 27_000),
    "MD": (range(2012, 2017), 455_000, 48_000),
    "AD": (range(2017, 2021), 720_000, 78_000),
    "CN7": (range(2021, 2025), 1_060_000, 125_000),
}
SQ_TITLES = [
    "هيونداي النترا {gen} {year} فابريكا بالكامل",
    "النترا {gen} موديل {year} اوتوماتيك",
    "Hyundai Elantra {gen} {year}",
    "هيونداي النترا {year} حالة الزيرو",
    "النترا {gen} {year} أعلى فئة",
    "هيونداي النترا {gen} {year} للبيع",
    "النترا {year} رخصة سنتين",
    "Elantra {gen} {year} top line فابريكا",
    "هيونداي النترا {gen} {year} مانيوال",
    "النترا {gen} {year} كسر زيرو",
    "هيونداي النترا {gen} موديل {year} صيانات توكيل",
    "Hyundai Elantra {year} {gen} full option",
    "النترا {gen} {year} بحالة ممتازة",
    "هيونداي النترا {gen} {year} ماشية {km}",
]
SQ_AGES = [
    "منذ 4 دقائق", "منذ 12 دقيقة", "منذ 35 دقيقة", "منذ ساعة", "منذ ساعتين", "منذ 3 ساعات", "منذ 5 ساعات",
    "منذ 7 ساعات", "منذ 9 ساعات", "منذ 11 ساعة", "منذ 14 ساعة", "منذ 20 ساعة", "منذ يوم", "منذ يوم", "منذ يومين",
    "منذ يومين", "منذ 3 أيام", "منذ 3 أيام", "منذ 4 أيام", "منذ 4 أيام", "منذ 5 أيام", "منذ 5 أيام", "منذ 6 أيام",
    "منذ 6 أيام", "منذ أسبوع", "منذ أسبوع", "منذ أسبوع", "منذ أسبوع", "منذ أسبوعين", "منذ أسبوعين", "منذ أسبوعين",
    "منذ أسبوعين", "منذ 3 أسابيع", "منذ 3 أسابيع", "منذ 3 أسابيع", "منذ 3 أسابيع", "منذ شهر", "منذ شهر", "منذ شهر",
    "منذ شهر", "منذ شهرين", "منذ شهرين", "منذ شهرين",
]  # fmt: skip
#: (id, title, price, year, mileage km, district, age text, featured, negotiable, photos, seconds ago)
SqCar = tuple[int, str, int, int, int, str, str, bool, bool, int, int]


def _sq_age_seconds(age: str) -> int:
    digits = "".join(ch for ch in age if ch.isdigit())
    count = int(digits) if digits else (2 if age.endswith("ين") else 1)
    units = [
        ("دقي", 60),
        ("دقائق", 60),
        ("ساع", 3600),
        ("يوم", 86400),
        ("أيام", 86400),
        ("أسبوع", 604800),
        ("أسابيع", 604800),
        ("شهر", 2592000),
    ]
    for stem, seconds in units:
        if stem in age:
            return count * seconds
    raise ValueError(age)


def _sq_cars() -> list[SqCar]:
    rng = random.Random(2903)
    cars: list[SqCar] = []
    titles: set[str] = set()
    ages = iter(SQ_AGES)
    next_id = 201_384_517
    for n in range(52):
        gen = rng.choice(["HD", "HD", "MD", "AD", "AD", "AD", "CN7", "CN7"])
        years, base, step = SQ_GENERATIONS[gen]
        year = rng.choice(list(years))
        age_years = 2025 - year
        km = max(3_000, int(age_years * rng.uniform(11_000, 19_000)) // 1000 * 1000)
        if rng.random() < 0.2:
            km += rng.choice([500, 250, 700])
        price = base + (year - years.start) * step + rng.randint(-4, 6) * 5_000
        price = price // 5_000 * 5_000
        title = ""
        for _ in range(20):
            template = rng.choice(SQ_TITLES)
            title = template.format(gen=gen, year=year, km=f"{km // 1000} الف")
            if title not in titles:
                break
        titles.add(title)
        district = rng.choice(SQ_DISTRICTS)
        featured = n % SQ_PER_PAGE < 3
        age = "منذ أسبوع" if featured else next(ages)
        next_id += rng.randint(1_200, 48_000)
        cars.append(
            (
                next_id,
                title,
                price,
                year,
                km,
                district,
                age,
                featured,
                rng.random() < 0.35,
                rng.randint(4, 14),
                _sq_age_seconds(age),
            )
        )
    return cars  # featured ads first on each page, the rest newest first (the ages run down the list)


SQ_CARS = _sq_cars()


def _sq_slug(title: str) -> str:
    words = "".join(ch if ch.isalnum() else " " for ch in title.lower()).split()
    return "-".join(words)


def _sq_url(car: SqCar) -> str:
    return "/ar/ad/" + quote(f"{_sq_slug(car[1])}-ID{car[0]}.html")


def _sq_href(page: int) -> str:
    return f"/{SQ_PATH}" if page == 1 else f"/{SQ_PATH}?page={page}"


def _sq_price(amount: int) -> str:
    return f"ج.م {amount:,}"


def _sq_card(car: SqCar) -> str:
    car_id, title, price, year, km, district, age, featured, negotiable, photos, _ = car
    url = _sq_url(car)
    image = f"https://images.sayyaratsouq.com.eg/thumbnails/{int(_hex(str(car_id), 6), 16) + 150_000_000}-400x300"
    badge = (
        '<div class="_10e1ae5c"><span class="_151bf64f _7e4a3f9c" aria-label="Featured">مميز</span></div>'
        if featured
        else ""
    )
    nego = '<span class="_1fb0b2e7" aria-label="Negotiable">قابل للتفاوض</span>' if negotiable else ""
    return f"""<li aria-label="Listing" class="c46f3bfe">
<article class="_08e3c1cd{" _6b7e4f1a" if featured else ""}">
<div class="_7b4a2c08">
<a href="{url}" title="{esc(title)}" class="_0b2b5e6b"><div class="_2da4fa5e"><picture class="_219b7e0a"><source type="image/webp" srcset="{image}.webp"/><img role="presentation" alt="{esc(title)}" title="{esc(title)}" aria-label="Cover photo" class="_76b7f29a" src="{image}.jpeg" loading="lazy"/></picture></div></a>
{badge}<div class="_f3a8c7de" aria-label="Photos count"><svg class="_b46e7a2c" width="12" height="12" aria-hidden="true"><use href="#camera"></use></svg><span>{photos}</span></div>
</div>
<div class="_1e8c3d5b">
<a href="{url}" title="{esc(title)}" class="_a84c1d2f">
<div class="_1075545d _52497c97 _96d4439a"><div aria-label="Price" class="_95dae89d"><span class="_95eae7db" dir="auto">{_sq_price(price)}</span></div>{nego}</div>
<h2 aria-label="Title" class="a5112ca8 _6c1f3e05" dir="auto">{esc(title)}</h2>
<div class="_5fd7b300 f3d05709"><span class="_3e1113f0"><svg width="14" height="14" aria-hidden="true"><use href="#calendar"></use></svg><span aria-label="Year" class="_677b2a64">{year}</span></span><span class="_3e1113f0"><svg width="14" height="14" aria-hidden="true"><use href="#mileage"></use></svg><span aria-label="Mileage" class="_677b2a64">{km:,} كم</span></span></div>
<div class="_1075545d d059c029 _858a64cf"><span class="_424bf2a8" aria-label="Location">{district}، القاهرة</span><span class="_8206696c" aria-label="Creation date"><span>{age}</span></span></div>
</a>
<div class="_f1d5a2e8" role="button" aria-label="Favorite" tabindex="0"><svg width="24" height="24" aria-hidden="true"><use href="#heart"></use></svg></div>
</div>
</article>
</li>"""


def _sq_ad(slot: int) -> str:
    return f'<li class="_c1d88f3a" aria-hidden="false"><div class="_45d3a1f7" aria-label="Advertisement"><span class="_a7c2e9b1">إعلان</span><div id="div-gpt-ad-listing_{slot}" class="_9d6e1f30" data-ad-unit="/21850117/souq_eg/ar/cars-for-sale/listing_{slot}" style="min-width:300px;min-height:250px"></div></div></li>'


def _sq_pager(number: int, total: int) -> str:
    items = []
    if number > 1:
        items.append(
            f'<li><a href="{_sq_href(number - 1)}" title="الصفحة السابقة" class="_95d4067f"><div class="_3bfd3fe8"><svg width="24" height="24" aria-hidden="true"><use href="#arrow-right"></use></svg></div></a></li>'
        )
    for page in range(1, total + 1):
        if page == number:
            items.append(f'<li><div class="_95d4067f _e1b6b0ad" aria-current="page">{page}</div></li>')
        else:
            items.append(f'<li><a href="{_sq_href(page)}" class="_95d4067f" title="الصفحة {page}">{page}</a></li>')
    if number < total:
        items.append(
            f'<li><a href="{_sq_href(number + 1)}" title="الصفحة التالية" class="_95d4067f"><div class="_3bfd3fe8"><svg width="24" height="24" aria-hidden="true"><use href="#arrow-left"></use></svg></div></a></li>'
        )
    return f'<div role="navigation" aria-label="Pagination" class="_5e4c8b9a"><ul class="_92c36ba1">{"".join(items)}</ul></div>'


def _sq_state(number: int, cars: list[SqCar]) -> str:
    now = 1_741_960_800
    hits = [
        {
            "externalID": str(car[0]),
            "title": car[1],
            "slug": _sq_slug(car[1]),
            "price": car[2],
            "extraFields": {"year": car[3], "mileage": car[4], "make": "hyundai", "model": "elantra", "price_type": "negotiable" if car[8] else "price"},
            "location": [{"externalID": "0-1", "name": "مصر", "level": 0}, {"externalID": "2-1", "name": "القاهرة", "level": 1}, {"externalID": f"3-{_hex(car[5], 4)}", "name": car[5], "level": 2}],
            "category": [{"externalID": "129", "slug": "vehicles"}, {"externalID": "23", "slug": "cars-for-sale"}],
            "product": "featured" if car[7] else "free",
            "photoCount": car[9],
            "createdAt": now - car[10],
        }
        for car in cars
    ]  # fmt: skip
    state = {
        "algolia": {
            "content": {
                "hits": hits,
                "nbHits": len(SQ_CARS),
                "page": number - 1,
                "nbPages": 3,
                "hitsPerPage": SQ_PER_PAGE,
                "index": "souq-eg-ads-ar",
            },
            "filters": {"category": "cars-for-sale", "make": "hyundai", "model": "elantra", "location": "cairo"},
        },
        "user": {"isAuthenticated": False, "language": "ar"},
        "i18n": {"language": "ar", "direction": "rtl", "currency": "EGP"},
    }
    return json.dumps(state, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


SQ_FILTERS = [
    ("الموديل", ["النترا", "أكسنت", "توسان", "كريتا", "فيرنا", "i10"]),
    ("ناقل الحركة", ["أوتوماتيك", "مانيوال"]),
    ("نوع الوقود", ["بنزين", "غاز طبيعي", "هايبرد"]),
    ("نوع الهيكل", ["سيدان", "هاتشباك", "SUV"]),
    ("طريقة الدفع", ["كاش", "تقسيط", "كاش أو تقسيط"]),
]


def _sq_page(number: int, total: int, cars: list[SqCar]) -> str:
    cards = []
    for i, car in enumerate(cars):
        cards.append(_sq_card(car))
        if i == 7:
            cards.append(_sq_ad(1))
        if i == 15:
            cards.append(_sq_ad(2))
    filters = "".join(
        f'<div class="_4f2c1a9e"><div class="_e1b9d3c7" role="button" aria-expanded="true">{label}</div><ul class="_7a6e8b12">{"".join(f"<li><label class=_c5d2f8a0><input type=checkbox /> <span>{v}</span></label></li>" for v in values)}</ul></div>'
        for label, values in SQ_FILTERS
    )
    prev_link = f'<link rel="prev" href="{SQ_HOST}{_sq_href(number - 1)}"/>' if number > 1 else ""
    next_link = f'<link rel="next" href="{SQ_HOST}{_sq_href(number + 1)}"/>' if number < total else ""
    page_title = f" - صفحة {number}" if number > 1 else ""
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>هيونداي النترا للبيع في القاهرة | أسعار سيارات هيونداي النترا المستعملة{page_title} | سيارات سوق مصر</title>
<meta name="description" content="{len(SQ_CARS)} إعلان هيونداي النترا للبيع في القاهرة بأفضل الأسعار. تصفح سيارات هيونداي النترا المستعملة والجديدة على سيارات سوق مصر."/>
<link rel="canonical" href="{SQ_HOST}{_sq_href(number)}"/>{prev_link}{next_link}
<link rel="alternate" hreflang="en" href="{SQ_HOST}/en/vehicles/cars-for-sale/hyundai/elantra/cairo/"/>
<link rel="alternate" hreflang="ar" href="{SQ_HOST}{_sq_href(number)}"/>
<meta property="og:locale" content="ar_EG"/>
<link rel="preconnect" href="https://images.sayyaratsouq.com.eg"/>
<link rel="stylesheet" href="/assets/styles.3f8a1c2d.css"/>
<script>window.dataLayer = window.dataLayer || [];window.dataLayer.push({{"website_section":"main_site","page_type":"search","category_1_name":"vehicles","category_2_name":"cars-for-sale","make":"hyundai","model":"elantra","loc_name":"cairo","language":"ar","number_of_results":{len(SQ_CARS)},"page_number":{number}}});</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</head>
<body>
<svg xmlns="http://www.w3.org/2000/svg" style="display:none"><symbol id="heart" viewBox="0 0 24 24"><path d="M12 21s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 11c0 5.6-7 10-7 10z"/></symbol><symbol id="camera" viewBox="0 0 12 12"><rect width="12" height="9" y="2"/></symbol><symbol id="calendar" viewBox="0 0 14 14"><rect width="14" height="12" y="2"/></symbol><symbol id="mileage" viewBox="0 0 14 14"><circle cx="7" cy="7" r="6"/></symbol><symbol id="arrow-right" viewBox="0 0 24 24"><path d="m9 6 6 6-6 6"/></symbol><symbol id="arrow-left" viewBox="0 0 24 24"><path d="m15 6-6 6 6 6"/></symbol></svg>
<div id="body-wrapper">
<header class="_2c0e6f9b">
<div class="_a0d6e3c1"><a href="/ar/" class="_bd6c3e1f" aria-label="سيارات سوق مصر"><svg width="110" height="36" aria-hidden="true"><rect width="110" height="36"/></svg></a>
<div class="_5c1e8f3d"><div class="_6d0a7b2e" role="button" aria-label="Location filter"><span class="_8f1c2d4b">القاهرة</span></div>
<form class="_0ed3b2c7" role="search" action="/ar/ads/" method="get"><input type="search" name="q" class="_162767a9" placeholder="ابحث عن سيارات، موبايلات، والمزيد..." autocomplete="off" aria-label="Search input"/><button type="submit" class="_2e9f1b4c" aria-label="Search">بحث</button></form></div>
<div class="_b2f7c9e0"><a href="/en/vehicles/cars-for-sale/hyundai/elantra/cairo/" lang="en" class="_0c8a1e3d">English</a><a href="/ar/favorites/" aria-label="المفضلة" class="_0c8a1e3d">المفضلة</a><button type="button" class="_5fd7b300" aria-label="Login">تسجيل الدخول</button><a href="/ar/post-ad/" class="_1e5a7c3b" aria-label="Sell"><span>+ بيع</span></a></div></div>
<nav class="_c7e2a1f9" aria-label="Categories"><ul><li><a href="/ar/ads/">كل الفئات</a></li><li><a href="/ar/vehicles/cars-for-sale/">سيارات للبيع</a></li><li><a href="/ar/properties/apartments-duplex-for-sale/">شقق للبيع</a></li><li><a href="/ar/properties/apartments-duplex-for-rent/">شقق للإيجار</a></li><li><a href="/ar/mobile-phones-tablets-accessories-numbers/mobile-phones/">موبايلات</a></li><li><a href="/ar/jobs/">وظائف</a></li><li><a href="/ar/vehicles/cars-for-rent/">سيارات للإيجار</a></li></ul></nav>
</header>
<main class="_8d2e5f1c">
<div class="_41c8e3a2" aria-label="Breadcrumb"><a href="/ar/" class="_7c3b5d1e">الرئيسية</a><span class="_0f2e8c4a">›</span><a href="/ar/vehicles/" class="_7c3b5d1e">مركبات</a><span class="_0f2e8c4a">›</span><a href="/ar/vehicles/cars-for-sale/" class="_7c3b5d1e">سيارات للبيع</a><span class="_0f2e8c4a">›</span><a href="/ar/vehicles/cars-for-sale/hyundai/" class="_7c3b5d1e">هيونداي</a><span class="_0f2e8c4a">›</span><a href="/ar/vehicles/cars-for-sale/hyundai/elantra/" class="_7c3b5d1e">النترا</a><span class="_0f2e8c4a">›</span><span class="_7c3b5d1e">القاهرة</span></div>
<div class="_9e1c4b2f"><h1 class="_0d5a7e3c">هيونداي النترا للبيع في القاهرة</h1><span class="_5a1c7e9d" aria-label="Results count">{len(SQ_CARS)} إعلان</span></div>
<div class="_3f6a9c1e">
<aside class="_c2a7d1e4" aria-label="Filters">
<div class="_4f2c1a9e"><div class="_e1b9d3c7">الفئة</div><a href="/ar/vehicles/cars-for-sale/" class="_8b1d2e7f">سيارات للبيع</a></div>
<div class="_4f2c1a9e"><div class="_e1b9d3c7">السعر (ج.م)</div><div class="_1d4b6e8a"><input type="number" placeholder="من" aria-label="Price min"/><input type="number" placeholder="إلى" aria-label="Price max"/></div></div>
<div class="_4f2c1a9e"><div class="_e1b9d3c7">السنة</div><div class="_1d4b6e8a"><input type="number" placeholder="من" aria-label="Year min"/><input type="number" placeholder="إلى" aria-label="Year max"/></div></div>
<div class="_4f2c1a9e"><div class="_e1b9d3c7">كيلومترات</div><div class="_1d4b6e8a"><input type="number" placeholder="من" aria-label="Mileage min"/><input type="number" placeholder="إلى" aria-label="Mileage max"/></div></div>
{filters}
</aside>
<div class="_1a7e3f5c">
<div class="_b8d3e1a6"><div class="_6e2f9a1b"><span>ترتيب حسب:</span><div class="_2c8d5f1e" role="button" aria-label="Sort">الأحدث</div></div><div class="_7f1e3c8a" role="group" aria-label="View type"><button type="button" aria-label="List view" aria-pressed="true" class="_e3a1c7b9">قائمة</button><button type="button" aria-label="Grid view" aria-pressed="false" class="_e3a1c7b9">شبكة</button></div></div>
<ul class="_357a9937" aria-label="Listings">
{chr(10).join(cards)}
</ul>
{_sq_pager(number, total)}
</div>
</div>
<section class="_f7c1e2d8"><h2 class="_3a9b2c6e">عمليات بحث مشابهة</h2><ul><li><a href="/ar/vehicles/cars-for-sale/hyundai/accent/cairo/">هيونداي أكسنت للبيع في القاهرة</a></li><li><a href="/ar/vehicles/cars-for-sale/hyundai/tucson/cairo/">هيونداي توسان للبيع في القاهرة</a></li><li><a href="/ar/vehicles/cars-for-sale/hyundai/elantra/giza/">هيونداي النترا للبيع في الجيزة</a></li><li><a href="/ar/vehicles/cars-for-sale/kia/cerato/cairo/">كيا سيراتو للبيع في القاهرة</a></li></ul></section>
</main>
<footer class="_b1e8c3f2"><div class="_6a2d9e4c"><a href="/ar/about/">من نحن</a><a href="/ar/help/">المساعدة</a><a href="/ar/terms/">شروط الاستخدام</a><a href="/ar/privacy/">سياسة الخصوصية</a><a href="/ar/safety/">نصائح الأمان</a></div><p class="_0e7c3a1d">© 2006-2025 سيارات سوق مصر. جميع الحقوق محفوظة.</p></footer>
</div>
<div class="_cookie_5e1a" role="dialog" aria-label="Cookie consent"><p>نستخدم ملفات تعريف الارتباط (الكوكيز) لتحسين تجربتك وعرض إعلانات مخصصة. باستمرارك في التصفح فإنك توافق على <a href="/ar/privacy/">سياسة الخصوصية</a>.</p><button type="button" class="_2f8c1d3a">موافق</button></div>
<script>window.state = {_sq_state(number, cars)};</script>
<script>window.webpackBuildID = "b7e3c91f";</script>
<script src="/assets/vendors.8c2e1f4a.js" defer></script>
<script src="/assets/main.d41c7a9e.js" defer></script>
</body>
</html>"""


@twentyninth_b
def build_sayyarat_souq() -> None:
    s = Site(
        "sayyarat-souq",
        kind="classifieds car search in Arabic, right-to-left (EMPG platform as Dubizzle Egypt 2024–25: hashed class names with aria-label hooks, ul of li[aria-label=Listing] cards — cover-photo link, 'مميز' featured badge on the first three of each page, photo count, a link around div[aria-label=Price] 'ج.م 865,000' + optional 'قابل للتفاوض', h2[aria-label=Title], year / mileage spans '2019' / '86,000 كم', Location 'مدينة نصر، القاهرة' and Creation date 'منذ 3 ساعات'; ad slots after the 8th and 16th cards; cookie notice; div[role=navigation] pager over ?page=N; window.state with the page's Algolia hits)",
        start=SQ_PATH,
        description="An Egyptian classifieds site's used-car search (Hyundai Elantra in Cairo) in Arabic, right to left, copied from the EMPG platform as Dubizzle Egypt ran it in 2024–25 for a logged-out visitor (20 a page, featured first then newest): head with canonical, rel prev / next, hreflang en / ar, a dataLayer push and the GPT script; an svg sprite; the header (logo, location 'القاهرة', search 'ابحث عن سيارات، موبايلات، والمزيد...', English / المفضلة / تسجيل الدخول / '+ بيع'), the category bar, breadcrumbs (الرئيسية › مركبات › سيارات للبيع › هيونداي › النترا › القاهرة), h1 'هيونداي النترا للبيع في القاهرة' + '52 إعلان'; a filter sidebar (category, price / year / kilometre ranges, model, transmission, fuel, body type, payment checkboxes); a sort control 'ترتيب حسب: الأحدث' and list / grid buttons; ul[aria-label=Listings] of li[aria-label=Listing] > article cards with hashed classes: a cover-photo link (picture with webp source, img aria-label 'Cover photo'), 'مميز' (aria-label Featured) on the first three cards of each page, a photo count, then one link (the same /ar/ad/<percent-encoded Arabic slug>-ID<id>.html) around div[aria-label=Price] > span[dir=auto] 'ج.م 865,000' and on some a 'قابل للتفاوض' span, h2[aria-label=Title] (Arabic, English or mixed titles), year and mileage spans beside svg icons ('2019', '86,000 كم'), span[aria-label=Location] 'مدينة نصر، القاهرة' and span[aria-label=Creation date] 'منذ 3 ساعات' / 'منذ يومين' / 'منذ أسبوع'; a favourite button; 'إعلان' GPT ad slots as li after the 8th and 16th cards; the pager div[role=navigation] of numbered links (title 'الصفحة N'), a current div[aria-current=page] and arrow links 'الصفحة السابقة' / 'الصفحة التالية' over ?page=N; related searches; the footer; a cookie notice 'موافق'; window.state JSON (algolia content hits with externalID, title, slug, price, extraFields year / mileage, location levels, product featured / free, createdAt; nbHits 52, 0-based page). 20 + 20 + 12 cars. Written down: title, url (the ad path, percent-encoded as in the href), price (number), currency (EGP), year, mileage_km, location (as shown).",
    )
    pages = chunks(SQ_CARS, [SQ_PER_PAGE, SQ_PER_PAGE, len(SQ_CARS) - 2 * SQ_PER_PAGE])
    for number, batch in enumerate(pages, 1):
        html = _sq_page(number, len(pages), batch)
        path = f"{SQ_PATH}index.html" if number == 1 else f"{SQ_PATH}@page={number}"
        s.list_page(path, html)
    for car in SQ_CARS:
        s.expect(
            {
                "title": car[1],
                "url": _sq_url(car),
                "price": car[2],
                "currency": "EGP",
                "year": car[3],
                "mileage_km": car[4],
                "location": f"{car[5]}، القاهرة",
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TWENTYNINTH_B.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
