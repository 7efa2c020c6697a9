"""Held-out wave thirty: three list pages copied from their real 2024–25 platform markup with invented data, and
frozen before any heuristic saw them.

* **quernmoor-data** — a university research-data repository's search on Dataverse 6 (JSF + PrimeFaces,
  ``/dataverse/<root>?q=…``): the navbar, the root collection's header and Contact / Share buttons, the search box,
  a facet sidebar (type checkboxes 'Dataverses (2)' / 'Datasets (24)' / 'Files (187)', then Dataverse Category,
  Publication Year, Author Name, Subject, Keyword Term links with counts), '1 to 10 of 26 Results', a sort menu, a
  PrimeFaces data table whose rows hold ``div.dataverseResult`` (collection link, '(affiliation)', date, a
  description) or ``div.datasetResult`` (title link to ``/dataset.xhtml?persistentId=doi:…`` or, when harvested,
  to the remote DOI with a 'Harvested' label; 'Mar 14, 2025' and the parent collection link; a citation block
  'Last, First; Last, First, 2025, "Title", <a>https://doi.org/…</a>, Quernmoor Research Data, V2' with a UNF on
  tabular ones; the description with ``span.search-term-match`` highlights), Bootstrap 3 ``ul.pagination`` over
  ``&page=N`` and the 'Powered by' footer. 10 + 10 + 6 results. Written down: title, url, date, collection,
  affiliation, authors, doi, version, description.
* **archivo-valdeluz** — a Spanish municipal archive's catalogue search on AtoM 2.8 with the Bootstrap 5 Dominion
  theme, in Spanish (``/informationobject/browse?topLod=0&query=ferrocarril&sort=relevance``): the privacy
  notification, the top bar (logo, 'Explorar' menu, search box, clipboard, language and quick-link menus, login),
  a 'Limitar resultados' sidebar of accordion aggregations, 'Mostrando 27 resultados', an advanced-search
  accordion, sort / direction dropdowns and the 'Solo descripciones de nivel superior / Todas las descripciones'
  switch, ``article.search-result`` items (an optional thumbnail, ``a.lead`` title link to ``/<slug>``, the
  clipboard button, a line of reference code · level · dates, 'Parte de' + the fonds link on lower levels, a
  hidden ``span.text-block.d-none`` scope note, a muted creator line) and the B5 pager 'Resultados 1 a 10 de 27'
  with ``&page=N``. 10 + 10 + 7 descriptions. Written down: title, url, reference_code, level, dates, part_of,
  creator.
* **ratsinfo-auenfeld** — a German town's council information system on SessionNet 5.5 (``/bi/vo0040.php``, the
  'Vorlagen' overview): the ``meta name="sessionnet"`` fingerprint, the town header and a cookie note, the
  SessionNet navigation (Sitzungskalender, Gremien, Mandatsträger, Vorlagen, Recherche), breadcrumbs, a filter form
  (Wahlperiode, Zeitraum, Vorlagenart, Federführung, Suchbegriff), 'Anzahl: 31 Vorlagen', a
  ``table.smc-table`` of ``tr.smc-t-r-l`` rows: the number as an ``a.smc_datatype_vo`` link to
  ``vo0050.php?__kvonr=…``, the subject in ``div.smc-el-h`` over a ``ul.smc-detail-list`` of the kind and the
  lead office or faction, the date '14.03.2025', document icons; 12 a page behind a pager over ``&__cpage=N``.
  12 + 12 + 7 documents. Written down: number, title, url, type, department, date.

Run ``uv run python tests/sites/corpus/generate_held_out_thirtieth.py`` to rebuild them (the helpers and the
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

FROZEN |= {"quernmoor-data", "archivo-valdeluz", "ratsinfo-auenfeld"}

THIRTIETH: dict[str, Callable[[], None]] = {}


def thirtieth(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    THIRTIETH[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hex(seed: str, length: int) -> str:
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:length]


def _plain(marked: str) -> str:
    """A text with **hits** as a reader sees it."""
    return marked.replace("**", "")


# ---------------------------------------------------------------------------------------------------
# quernmoor-data: a university research-data repository's search (Dataverse 6, JSF + PrimeFaces), 'groundwater'.
# ---------------------------------------------------------------------------------------------------

QM_ROOT = "quernmoor"
QM_QUERY = "q=groundwater"
QM_PAGER = "q=groundwater&types=dataverses%3Adatasets&sort=score&order=desc"
QM_PER_PAGE = 10
QM_PUBLISHER = "Quernmoor Research Data"
_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

#: collection alias → name
QM_COLLECTIONS = {
    "hydrogeology": "Hydrogeology Research Group",
    "ceh-lab": "Catchment and Environmental Hydrology Lab",
    "earthsci": "School of Earth Sciences",
    "geog": "Department of Geography",
    "agri-water": "Agricultural Water Management Dataverse",
    "harvested-pangaea": "Harvested from PANGAEA",
    "harvested-zenodo": "Harvested: Zenodo Water Community",
    "civeng": "Civil Engineering Data",
}

#: ("dataverse", alias, name, affiliation, released, parent alias or None, description)
QmCollection = tuple[str, str, str, str, str, str | None, str]
#: ("dataset", title, doi suffix / remote DOI, released, parent alias, authors, version, unf, description, harvested)
QmDataset = tuple[str, str, str, str, str, list[str], str, bool, str, bool]

QM_RESULTS: list[QmCollection | QmDataset] = [
    (
        "dataset",
        "Borehole hydrographs from the Quernmoor Chalk aquifer, 1998–2024",
        "QMR/8XK2PL",
        "2025-03-14",
        "hydrogeology",
        ["Okafor, Adaeze", "Lindqvist, Per", "Hartley, Imogen"],
        "V3",
        True,
        "Daily **groundwater** levels from 41 observation boreholes in the Quernmoor Chalk, with logger metadata, manual dips used for drift correction and a gap-filled series for 2003–2024.",
        False,
    ),
    (
        "dataverse",
        "hydrogeology",
        "Hydrogeology Research Group",
        "Quernmoor University",
        "2021-09-02",
        "earthsci",
        "Field and model data from the Hydrogeology Research Group: **groundwater** monitoring, tracer tests, aquifer property testing and recharge modelling across southern England.",
    ),
    (
        "dataset",
        "Replication data for: Recharge response of a fractured limestone aquifer to the 2022 drought",
        "QMR/T4WQ9B",
        "2025-02-27",
        "hydrogeology",
        ["Hartley, Imogen", "Okafor, Adaeze"],
        "V1",
        True,
        "R scripts and processed series behind the paper: water-table fluctuation estimates of recharge, soil moisture deficit and rainfall at 12 sites. Raw **groundwater** levels are in the companion dataset.",
        False,
    ),
    (
        "dataset",
        "Nitrate concentrations in public supply groundwater, Wessex Basin (2010–2023)",
        "QMR/MZ7RDV",
        "2025-02-19",
        "ceh-lab",
        ["Brennan, Siobhán", "Quernmoor Catchment Partnership"],
        "V2",
        True,
        "Quarterly nitrate and nitrite results for 96 abstraction points, with sampling depth, screened interval and the laboratory's limits of detection. Values below the limit are flagged, not replaced.",
        False,
    ),
    (
        "dataset",
        "Stable isotope (δ18O, δ2H) survey of springs and boreholes, Mendip Hills",
        "10.1594/PANGAEA.968214",
        "2025-02-11",
        "harvested-pangaea",
        ["Voss, Katrin", "Pellegrini, Marco"],
        "V1",
        False,
        "Isotopic composition of 73 spring and **groundwater** samples collected in two campaigns (April and October 2023) to separate seasonal recharge sources.",
        True,
    ),
    (
        "dataset",
        "Tracer test breakthrough curves, Lydford karst conduit",
        "QMR/5HNC2A",
        "2025-01-30",
        "hydrogeology",
        ["Lindqvist, Per"],
        "V1",
        False,
        "Fluorescein and rhodamine WT injections at two swallow holes, sampled at three resurgences every 15 minutes; includes the fluorometer calibration files.",
        False,
    ),
    (
        "dataset",
        "Soil moisture and shallow groundwater at the Brookmere wetland, 2019–2024",
        "QMR/QD6F8S",
        "2025-01-22",
        "ceh-lab",
        ["Adeyemi, Tunde", "Brennan, Siobhán", "Carrow, Elspeth"],
        "V4",
        True,
        "Half-hourly soil moisture at four depths and piezometer levels along two transects across a lowland fen, used to study **groundwater**-fed wetland drying.",
        False,
    ),
    (
        "dataset",
        "Interview transcripts: farmers' perceptions of groundwater abstraction licensing",
        "QMR/W2YKJH",
        "2025-01-15",
        "geog",
        ["Nakamura, Emi"],
        "V1",
        False,
        "Anonymised transcripts of 28 semi-structured interviews with arable farmers and two focus groups. Access to the full transcripts is restricted; the coding frame is open.",
        False,
    ),
    (
        "dataset",
        "Pumping test data for the Harrow Lane wellfield",
        "QMR/E9UBX3",
        "2024-12-18",
        "civeng",
        ["Dimitrov, Stefan", "Ferreira, Lúcia"],
        "V2",
        True,
        "Drawdown and recovery records from a 72-hour constant-rate test and four step tests, with the transmissivity and storativity estimates from three analytical methods.",
        False,
    ),
    (
        "dataset",
        "Gridded groundwater recharge estimates for England and Wales, 1km, 1961–2020",
        "QMR/G7PA4N",
        "2024-12-05",
        "hydrogeology",
        ["Hartley, Imogen", "Voss, Katrin", "Okafor, Adaeze", "Quernmoor Hydrogeology Research Group"],
        "V2",
        False,
        "Monthly potential recharge from a distributed soil water balance model driven by gridded rainfall and potential evaporation; NetCDF files with a CF-compliant header.",
        False,
    ),
    (
        "dataset",
        "Groundwater flooding reports from parish councils, 2000–2014",
        "QMR/KK3V7R",
        "2024-11-27",
        "geog",
        ["Carrow, Elspeth", "Whitlock, Dominic"],
        "V1",
        True,
        "A digitised register of 1,146 flooding reports collated from parish minutes, each geolocated and coded by source, duration and damage.",
        False,
    ),
    (
        "dataset",
        "Electrical resistivity tomography profiles across the Tern valley gravels",
        "QMR/BX2MCE",
        "2024-11-14",
        "earthsci",
        ["Ferreira, Lúcia"],
        "V1",
        False,
        "Eleven ERT lines (Wenner–Schlumberger array, 2 m spacing) with inversion models and borehole logs used for the calibration.",
        False,
    ),
    (
        "dataverse",
        "agri-water",
        "Agricultural Water Management Dataverse",
        "Quernmoor University, Faculty of Life Sciences",
        "2022-04-19",
        None,
        "Irrigation trials, drainage experiments and **groundwater** quality surveys from the university farms at Brookmere and Stenning.",
    ),
    (
        "dataset",
        "Pesticide residues in field drains and shallow groundwater, Stenning farm",
        "QMR/HV8DQ2",
        "2024-10-31",
        "agri-water",
        ["Adeyemi, Tunde", "Nakamura, Emi"],
        "V3",
        True,
        "Weekly samples from six tile drains and four shallow piezometers, analysed for 14 active substances over three cropping seasons.",
        False,
    ),
    (
        "dataset",
        "MODFLOW 6 model of the Upper Tern catchment",
        "10.5281/zenodo.13842271",
        "2024-10-22",
        "harvested-zenodo",
        ["Dimitrov, Stefan"],
        "V1",
        False,
        "Model input files, calibration targets and the Python (FloPy) scripts used to build a steady-state and transient **groundwater** flow model.",
        True,
    ),
    (
        "dataset",
        "Radon in groundwater: private supply survey, Quernmoor district",
        "QMR/PJ4ZT6",
        "2024-10-09",
        "ceh-lab",
        ["Brennan, Siobhán"],
        "V1",
        True,
        "Radon-222 activity in 212 private wells and springs with well depth and geology, collected for the district council's private water supply programme.",
        False,
    ),
    (
        "dataset",
        "Climate change scenarios for groundwater levels in the Quernmoor Chalk",
        "QMR/N6RS3K",
        "2024-09-25",
        "hydrogeology",
        ["Okafor, Adaeze", "Whitlock, Dominic"],
        "V2",
        False,
        "Simulated monthly levels at 41 boreholes under 12 UKCP18 ensemble members for 1981–2080, with the lumped model parameters for each borehole.",
        False,
    ),
    (
        "dataset",
        "Historic well records transcribed from the 1936 county water survey",
        "QMR/C8FW5Y",
        "2024-09-12",
        "geog",
        ["Whitlock, Dominic", "Quernmoor Local History Society"],
        "V1",
        True,
        "Transcriptions of 2,380 well records (owner, depth, rest water level, yield, water quality remarks) with scans of the ledger pages.",
        False,
    ),
    (
        "dataset",
        "Temperature profiles in observation boreholes as a tracer of groundwater flow",
        "QMR/R3DJ8U",
        "2024-08-28",
        "earthsci",
        ["Voss, Katrin", "Lindqvist, Per"],
        "V1",
        False,
        "Fibre-optic distributed temperature sensing in five boreholes during ambient and pumped conditions, 0.25 m resolution.",
        False,
    ),
    (
        "dataset",
        "Managed aquifer recharge trial: infiltration basin water balance",
        "QMR/XT5HB9",
        "2024-08-14",
        "civeng",
        ["Ferreira, Lúcia", "Dimitrov, Stefan", "Adeyemi, Tunde"],
        "V2",
        True,
        "Inflow, outflow, stage and infiltration rate of a 0.6 ha basin fed with treated wastewater, with water quality below the basin.",
        False,
    ),
    (
        "dataset",
        "Saline intrusion monitoring, Fenmouth coastal boreholes",
        "QMR/AV9KE2",
        "2024-07-30",
        "hydrogeology",
        ["Hartley, Imogen"],
        "V1",
        True,
        "Electrical conductivity profiles and chloride results from eight coastal boreholes, logged monthly since 2016.",
        False,
    ),
    (
        "dataset",
        "Survey of domestic borehole owners on water use and drought (2023)",
        "QMR/UF2GP7",
        "2024-07-16",
        "geog",
        ["Nakamura, Emi", "Carrow, Elspeth"],
        "V1",
        True,
        "Questionnaire responses from 514 households using private boreholes; weights, codebook and the questionnaire in English and Welsh.",
        False,
    ),
    (
        "dataset",
        "Microbial communities of a chalk aquifer (16S rRNA amplicon data)",
        "QMR/D4LN6Q",
        "2024-06-27",
        "earthsci",
        ["Pellegrini, Marco", "Voss, Katrin"],
        "V1",
        False,
        "Sequence data accession numbers, ASV tables and sample metadata from 36 pumped **groundwater** samples.",
        False,
    ),
    (
        "dataset",
        "Spring flow gauging, Quernmoor escarpment, 2015–2023",
        "QMR/J7ZQ4C",
        "2024-06-11",
        "ceh-lab",
        ["Carrow, Elspeth"],
        "V2",
        True,
        "Weekly V-notch weir readings at nine springs with rating equations and photographs of each gauging site.",
        False,
    ),
    (
        "dataset",
        "Teaching dataset: introductory groundwater hydraulics practicals",
        "QMR/Y5BR2M",
        "2024-05-23",
        "earthsci",
        ["Lindqvist, Per", "Hartley, Imogen"],
        "V1",
        False,
        "Sand-tank and permeameter measurements collected by second-year students, with worksheets and model answers for Darcy's law practicals.",
        False,
    ),
    (
        "dataset",
        "Road salt and chloride trends in urban groundwater, Quernmoor city",
        "QMR/S8CK3W",
        "2024-05-08",
        "civeng",
        ["Dimitrov, Stefan", "Brennan, Siobhán"],
        "V1",
        True,
        "Chloride, sodium and specific conductance from 22 urban boreholes over 14 winters, with gritting records from the highway authority.",
        False,
    ),
]
assert len(QM_RESULTS) == 26

QM_FACETS = [
    (
        "Dataverse Category",
        "dvCategory",
        [("Research Group", 2), ("Department", 1), ("Laboratory", 1)],
    ),
    ("Publication Year", "publicationDate", [("2025", 7), ("2024", 17), ("2022", 1), ("2021", 1)]),
    (
        "Author Name",
        "authorName_ss",
        [
            ("Okafor, Adaeze", 5),
            ("Hartley, Imogen", 6),
            ("Dimitrov, Stefan", 5),
            ("Brennan, Siobhán", 4),
            ("Voss, Katrin", 4),
        ],
    ),
    (
        "Subject",
        "subject_ss",
        [
            ("Earth and Environmental Sciences", 21),
            ("Engineering", 4),
            ("Social Sciences", 3),
            ("Agricultural Sciences", 2),
        ],
    ),
    (
        "Keyword Term",
        "keywordValue_ss",
        [("groundwater", 18), ("aquifer", 9), ("water quality", 7), ("drought", 4), ("recharge", 4)],
    ),
]


def _qm_day(day: str) -> str:
    moment = date.fromisoformat(day)
    return f"{_EN_MONTHS[moment.month - 1]} {moment.day}, {moment.year}"


def _qm_marked(text: str) -> str:
    parts = esc(text).split("**")
    return "".join(f'<span class="search-term-match">{part}</span>' if n % 2 else part for n, part in enumerate(parts))


def _qm_href(page: int) -> str:
    return f"/dataverse/{QM_ROOT}?{QM_PAGER.replace('&', '&amp;')}&amp;page={page}"


def _qm_dataset_url(row: QmDataset) -> str:
    if row[9]:
        return f"https://doi.org/{row[2]}"
    return f"/dataset.xhtml?persistentId=doi:10.70122/{row[2]}"


def _qm_doi(row: QmDataset) -> str:
    return f"https://doi.org/{row[2]}" if row[9] else f"https://doi.org/10.70122/{row[2]}"


def _qm_citation(row: QmDataset) -> str:
    _, title, _, released, _, authors, version, unf, _, harvested = row
    doi = _qm_doi(row)
    publisher = "PANGAEA" if "PANGAEA" in doi else "Zenodo" if harvested else QM_PUBLISHER
    tail = f", {version}" if not harvested else ""
    if unf:
        tail += f", UNF:6:{_hex('unf' + title, 22)}== [fileUNF]"
    return f'{esc("; ".join(authors))}, {released[:4]}, "{esc(title)}", <a href="{doi}" target="_blank" rel="noopener">{doi}</a>, {publisher}{tail}'


def _qm_collection(row: QmCollection) -> str:
    _, alias, name, affiliation, released, parent, description = row
    parent_link = f'<a href="/dataverse/{parent}">{esc(QM_COLLECTIONS[parent])}</a>' if parent else ""
    return f"""<div class="dataverseResult clearfix">
<div class="card-title-icon-block">
<span class="icon-dataverse text-icon-inline text-brand" title="Dataverse"></span>
<a href="/dataverse/{alias}"><span style="padding:4px 0;">{esc(name)}</span></a>
<span class="text-muted" style="margin-left: .5em;">({esc(affiliation)})</span>
</div>
<div class="card-preview-icon-block text-center">
<a href="/dataverse/{alias}"><img src="/logos/{_hex(alias, 2)}/{alias}-logo.png" alt="{esc(name)}" /></a>
</div>
<span class="text-muted" style="margin-right:.5em;">{_qm_day(released)}</span>
{parent_link}
<div class="resultDataverseDescriptionBlock">{_qm_marked(description)}</div>
</div>"""


def _qm_dataset(row: QmDataset) -> str:
    _, title, _, released, parent, _, _, _, description, harvested = row
    url = esc(_qm_dataset_url(row))
    target = ' target="_blank" rel="noopener"' if harvested else ""
    label = ' <span class="label label-default">Harvested</span>' if harvested else ""
    return f"""<div class="datasetResult clearfix">
<div class="card-title-icon-block">
<span class="icon-dataset text-icon-inline text-muted" title="Dataset"></span>
<a href="{url}"{target}><span style="padding:4px 0;">{esc(title)}</span></a>{label}
</div>
<div class="card-preview-icon-block text-center">
<a href="{url}"{target}><span class="icon-dataset"></span></a>
</div>
<span class="text-muted" style="margin-right:.5em;">{_qm_day(released)}</span>
<a href="/dataverse/{parent}">{esc(QM_COLLECTIONS[parent])}</a>
<div class="resultDatasetCitationBlock bg-citation">
<span class="citation-select">{_qm_citation(row)}</span>
</div>
<div class="resultDatasetDescriptionBlock"><span>{_qm_marked(description)}</span></div>
</div>"""


def _qm_row(row: QmCollection | QmDataset, index: int) -> str:
    body = _qm_collection(row) if row[0] == "dataverse" else _qm_dataset(row)  # type: ignore[arg-type]
    parity = "even" if index % 2 == 0 else "odd"
    return f"""<tr data-ri="{index}" class="ui-widget-content ui-datatable-{parity}" role="row"><td role="gridcell">
{body}
</td></tr>"""


def _qm_pager(number: int, total: int) -> str:
    def item(label: str, page: int, disabled: bool = False, active: bool = False) -> str:
        cls = ' class="disabled"' if disabled else ' class="active"' if active else ""
        href = "#" if disabled else _qm_href(page)
        return f'<li{cls}><a href="{href}">{label}</a></li>'

    parts = [
        item("&#171;", 1, disabled=number == 1),
        item("&lt; Previous", number - 1, disabled=number == 1),
    ]
    parts += [item(str(page), page, active=page == number) for page in range(1, total + 1)]
    parts += [
        item("Next &gt;", number + 1, disabled=number == total),
        item("&#187;", total, disabled=number == total),
    ]
    return f"""<div class="results-sort-pagination results-bottom text-center">
<ul class="pagination">
{chr(10).join(parts)}
</ul>
</div>"""


def _qm_facets() -> str:
    blocks = []
    for label, field, values in QM_FACETS:
        links = "\n".join(
            f'<li class="facetLink"><a href="/dataverse/{QM_ROOT}?{QM_PAGER.replace("&", "&amp;")}&amp;fq0={field}%3A%22{esc(value).replace(" ", "+")}%22"><span class="facetValue">{esc(value)}</span> <span class="facetCount">({count})</span></a></li>'
            for value, count in values
        )
        blocks.append(
            f"""<div class="ui-datalist ui-widget facetCategory">
<div class="facetCategoryName"><span>{esc(label)}</span></div>
<ul class="ui-datalist-data">
{links}
</ul>
<a class="facetsMoreLess" href="#" onclick="return false;">More...</a>
</div>"""
        )
    return "\n".join(blocks)


def _qm_page(number: int, total: int, rows: list[QmCollection | QmDataset], first: int) -> str:
    body = "\n".join(_qm_row(row, first + n) for n, row in enumerate(rows))
    last = first + len(rows)
    view_state = f"{_hex(f'vs{number}', 8)}-{_hex(f'vs{number}b', 4)}:{_hex(f'vs{number}c', 12)}"
    return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head id="j_idt2">
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Quernmoor Research Data</title>
<meta name="description" content="Quernmoor Research Data is the institutional repository for research data produced at Quernmoor University." />
<meta property="og:title" content="Quernmoor Research Data" />
<meta property="og:type" content="website" />
<meta property="og:image" content="https://data.quernmoor.ac.test/logos/navbar/quernmoor-logo.png" />
<link rel="icon" type="image/png" href="/resources/images/favicon-32x32.png.xhtml" />
<link type="text/css" rel="stylesheet" href="/javax.faces.resource/theme.css.xhtml?ln=primefaces-bootstrap" />
<link type="text/css" rel="stylesheet" href="/javax.faces.resource/fa/font-awesome.css.xhtml?ln=primefaces&amp;v=11.0.0" />
<link type="text/css" rel="stylesheet" href="/javax.faces.resource/components.css.xhtml?ln=primefaces&amp;v=11.0.0" />
<script type="text/javascript" src="/javax.faces.resource/jquery/jquery.js.xhtml?ln=primefaces&amp;v=11.0.0"></script>
<script type="text/javascript" src="/javax.faces.resource/core.js.xhtml?ln=primefaces&amp;v=11.0.0"></script>
<script type="text/javascript" src="/javax.faces.resource/components.js.xhtml?ln=primefaces&amp;v=11.0.0"></script>
<script type="text/javascript">if(window.PrimeFaces){{PrimeFaces.settings.locale='en';PrimeFaces.settings.viewId='/dataverse.xhtml';PrimeFaces.settings.contextPath='';PrimeFaces.settings.cookiesSecure=true;}}</script>
<link type="text/css" rel="stylesheet" href="/resources/bs/css/bootstrap.min.css?version=6.5" />
<link type="text/css" rel="stylesheet" href="/resources/css/ie-compat.css?version=6.5" />
<link type="text/css" rel="stylesheet" href="/resources/css/owl.carousel.css?version=6.5" />
<link type="text/css" rel="stylesheet" href="/resources/css/fontcustom.css?version=6.5" />
<link type="text/css" rel="stylesheet" href="/resources/css/socicon.css?version=6.5" />
<link type="text/css" rel="stylesheet" href="/resources/css/structure.css?version=6.5" />
<link type="text/css" rel="stylesheet" href="/CustomizationFilesServlet?customFileType=style" />
<script async="async" src="https://www.googletagmanager.com/gtag/js?id=G-QM4R7D2K9X"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-QM4R7D2K9X',{{anonymize_ip:true}});</script>
</head><body>
<div id="body-wrapper" class="">
<div id="navbarFixed" class="navbar navbar-default navbar-fixed-top" role="navigation">
<div class="container">
<div class="navbar-header">
<button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#topNavBar" aria-label="Toggle navigation"><span class="sr-only">Toggle navigation</span><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button>
<a href="/" class="navbar-brand custom-logo"><img src="/logos/navbar/quernmoor-logo.png" alt="Quernmoor Research Data" /></a>
</div>
<div class="collapse navbar-collapse" id="topNavBar">
<ul class="nav navbar-nav navbar-right">
<li><form id="navbarsearch" class="navbar-form navbar-left" action="/dataverse/{QM_ROOT}" method="get" role="search"><div class="form-group"><label class="sr-only" for="navbarsearchinput">Search</label><input id="navbarsearchinput" type="text" class="form-control" name="q" placeholder="Search..." /></div><button type="submit" class="btn btn-default" aria-label="Submit Search"><span class="glyphicon glyphicon-search"></span></button></form></li>
<li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">About <b class="caret"></b></a><ul class="dropdown-menu"><li><a href="https://library.quernmoor.ac.test/research-data/about" target="_blank">About the repository</a></li><li><a href="https://library.quernmoor.ac.test/research-data/policy" target="_blank">Deposit policy</a></li></ul></li>
<li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">User Guide <b class="caret"></b></a><ul class="dropdown-menu"><li><a href="https://guides.dataverse.org/en/6.5/user/" target="_blank">Dataverse User Guide</a></li><li><a href="https://library.quernmoor.ac.test/research-data/guides" target="_blank">Quernmoor deposit guides</a></li></ul></li>
<li><a href="#" onclick="PF('contactForm').show();return false;">Support</a></li>
<li><a href="/dataverseuser.xhtml?editMode=CREATE&amp;redirectPage=%2Fdataverse.xhtml%3Falias%3D{QM_ROOT}">Sign Up</a></li>
<li><a href="/loginpage.xhtml?redirectPage=%2Fdataverse.xhtml%3Falias%3D{QM_ROOT}">Log In</a></li>
</ul>
</div>
</div>
</div>
<div id="content" class="container">
<div id="dataverseHeader" class="row" style="background:#0b3954;">
<div class="col-xs-12">
<div class="dataverseHeaderLogo"><img src="/logos/{QM_ROOT}/root-logo.png" alt="Quernmoor Research Data" /></div>
<div class="dataverseHeaderBlock"><div class="dataverseHeaderCell dataverseHeaderName"><a href="/dataverse/{QM_ROOT}" class="dataverseHeaderDataverseName" style="color:#ffffff;">Quernmoor Research Data</a> <span class="dataverseHeaderAffiliation" style="color:#ffffff;">(Quernmoor University)</span></div></div>
</div>
</div>
<div id="breadcrumbNavBlock" class="row breadcrumbBlock"><div class="breadcrumbCarrot"><a href="/dataverse/{QM_ROOT}" class="breadcrumbActive">Quernmoor Research Data</a></div></div>
<div class="row" id="topDataversePanel">
<div class="col-xs-12 text-right">
<form id="dataverseForm" name="dataverseForm" method="post" action="/dataverse/{QM_ROOT}?{QM_QUERY}" enctype="application/x-www-form-urlencoded">
<input type="hidden" name="dataverseForm" value="dataverseForm" />
<div class="btn-group"><button id="dataverseForm:contactOwner" class="btn btn-default btn-contact" type="button" onclick="PF('contactForm').show();return false;"><span class="glyphicon glyphicon-envelope"></span> Contact</button></div>
<div class="btn-group"><button id="dataverseForm:shareDataverse" class="btn btn-default btn-share" type="button" onclick="PF('shareDialog').show();return false;"><span class="glyphicon glyphicon-share"></span> Share</button></div>
<input type="hidden" name="javax.faces.ViewState" id="j_id1:javax.faces.ViewState:0" value="{view_state}" autocomplete="off" />
</form>
</div>
</div>
<div id="dataverseDesc" class="row"><div class="col-xs-12"><p>Welcome to Quernmoor Research Data. Search or browse the datasets deposited by Quernmoor researchers, or <a href="https://library.quernmoor.ac.test/research-data/deposit">find out how to deposit your data</a>.</p></div></div>
<div class="row" id="searchRow">
<div class="col-sm-8 col-xs-12">
<form id="searchForm" action="/dataverse/{QM_ROOT}" method="get" class="form-inline">
<div class="input-group"><label for="searchForm:search" class="sr-only">Search this dataverse</label><input id="searchForm:search" name="q" type="text" class="form-control" value="groundwater" placeholder="Search this dataverse..." />
<span class="input-group-btn"><button type="submit" class="btn btn-default" id="btnSubmitSearch" aria-label="Find"><span class="glyphicon glyphicon-search"></span> Find</button></span></div>
<a href="/search/advanced.xhtml?dataverseIdentifier={QM_ROOT}&amp;q=groundwater" class="btn btn-link">Advanced Search</a>
</form>
</div>
</div>
<div class="row" id="dv-main">
<div id="dv-sidebar" class="col-sm-4 col-md-3 col-xs-12">
<div id="facetType" class="clearfix">
<div class="facetTypeChildren"><input type="checkbox" id="types-dataverses" checked="checked" onchange="window.location.href=this.dataset.href;" data-href="/dataverse/{QM_ROOT}?q=groundwater&amp;types=datasets" /><label for="types-dataverses"><span class="icon-dataverse text-brand"></span> Dataverses (2)</label></div>
<div class="facetTypeDataset"><input type="checkbox" id="types-datasets" checked="checked" onchange="window.location.href=this.dataset.href;" data-href="/dataverse/{QM_ROOT}?q=groundwater&amp;types=dataverses" /><label for="types-datasets"><span class="icon-dataset text-info"></span> Datasets (24)</label></div>
<div class="facetTypeFile"><input type="checkbox" id="types-files" onchange="window.location.href=this.dataset.href;" data-href="/dataverse/{QM_ROOT}?q=groundwater&amp;types=dataverses%3Adatasets%3Afiles" /><label for="types-files"><span class="icon-file text-muted"></span> Files (187)</label></div>
</div>
<div id="facetCategoryList" class="ui-datalist ui-widget">
{_qm_facets()}
</div>
</div>
<div id="dv-results" class="col-sm-8 col-md-9 col-xs-12">
<div id="resultsCountPaginatorBlock" class="row">
<div class="results-count col-xs-6">{first + 1} to {last} of 26 Results</div>
<div class="col-xs-6 text-right">
<div class="btn-group" id="sortButton"><button type="button" class="btn btn-default dropdown-toggle" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false"><span class="glyphicon glyphicon-sort"></span> Sort <span class="caret"></span></button>
<ul class="dropdown-menu pull-right text-left">
<li><a href="/dataverse/{QM_ROOT}?q=groundwater&amp;types=dataverses%3Adatasets&amp;sort=name&amp;order=asc">Name (A-Z)</a></li>
<li><a href="/dataverse/{QM_ROOT}?q=groundwater&amp;types=dataverses%3Adatasets&amp;sort=name&amp;order=desc">Name (Z-A)</a></li>
<li><a href="/dataverse/{QM_ROOT}?q=groundwater&amp;types=dataverses%3Adatasets&amp;sort=dateSort&amp;order=desc">Newest</a></li>
<li><a href="/dataverse/{QM_ROOT}?q=groundwater&amp;types=dataverses%3Adatasets&amp;sort=dateSort&amp;order=asc">Oldest</a></li>
<li class="active"><a href="/dataverse/{QM_ROOT}?{QM_PAGER.replace("&", "&amp;")}">Relevance</a></li>
</ul></div>
</div>
</div>
<div id="resultsTable" class="ui-datatable ui-widget">
<div class="ui-datatable-tablewrapper"><table role="grid"><thead id="resultsTable_head"><tr role="row"><th id="resultsTable:j_idt1153" class="ui-state-default" role="columnheader" aria-label="" scope="col" style="display:none;"><span class="ui-column-title"></span></th></tr></thead>
<tbody id="resultsTable_data" class="ui-datatable-data ui-widget-content">
{body}
</tbody></table></div>
</div>
{_qm_pager(number, total)}
</div>
</div>
</div>
<div id="footer">
<div class="container">
<div class="row">
<div class="col-sm-8 small"><p>Copyright &#169; 2025, Quernmoor University | <a href="https://library.quernmoor.ac.test/research-data/privacy" target="_blank">Privacy Policy</a> | <a href="https://library.quernmoor.ac.test/accessibility" target="_blank">Accessibility</a></p></div>
<div class="col-sm-4 text-right"><div class="poweredbylogo"><a href="https://dataverse.org/" title="The Dataverse Project" target="_blank" rel="noopener"><span>Powered by</span><img src="/resources/images/dataverseproject_logo.png" alt="The Dataverse Project logo" /></a><span class="version">v. 6.5 build 1537-a4c2e11</span></div></div>
</div>
</div>
</div>
</div>
<script type="text/javascript" src="/resources/bs/js/bootstrap.min.js?version=6.5"></script>
<script type="text/javascript" src="/resources/js/dv_rebind_bootstrap_ui.js?version=6.5"></script>
<script type="text/javascript">$(document).ready(function(){{bind_bsui_components();}});</script>
</body>
</html>"""


@thirtieth
def build_quernmoor_data() -> None:
    s = Site(
        "quernmoor-data",
        kind="research-data repository search results (Dataverse 6, JSF + PrimeFaces: root collection header, type checkboxes and facet categories with counts, '1 to 10 of 26 Results', a sort menu, a PrimeFaces data table of tr.ui-widget-content rows holding div.dataverseResult collections ('(affiliation)', date, description) or div.datasetResult datasets (title link to /dataset.xhtml?persistentId=doi:… or to a remote DOI with a 'Harvested' label, 'Mar 14, 2025', parent collection link, a citation block 'Last, First; …, 2025, \"Title\", https://doi.org/…, Publisher, V2, UNF:6:…', a description with span.search-term-match highlights), Bootstrap 3 ul.pagination over &page=N)",
        start=f"dataverse/{QM_ROOT}?{QM_QUERY}",
        description="A university's research-data repository searched for 'groundwater' from its root collection, copied from a Dataverse 6.5 installation (JSF + PrimeFaces 11 + Bootstrap 3) as a logged-out visitor gets it: head with the PrimeFaces resources and settings script and GA; the fixed navbar (logo, search, About / User Guide dropdowns, Support, Sign Up, Log In); the root collection header and breadcrumb; Contact / Share buttons in a JSF form with a ViewState; the collection description; the search box ('Search this dataverse...', Find, Advanced Search); a sidebar of type checkboxes 'Dataverses (2)', 'Datasets (24)', 'Files (187)' and facet categories (Dataverse Category, Publication Year, Author Name, Subject, Keyword Term) of links with counts and More...; '1 to 10 of 26 Results' and a Sort dropdown; a PrimeFaces data table (#resultsTable) whose tr.ui-widget-content rows each hold one result: div.dataverseResult (span.icon-dataverse, a link /dataverse/<alias> to the name, '(affiliation)' muted, a logo, the release date 'Sep 2, 2021', the parent collection link when not the root, div.resultDataverseDescriptionBlock) or div.datasetResult (span.icon-dataset, the title link to /dataset.xhtml?persistentId=doi:10.70122/QMR/… — for two harvested datasets to https://doi.org/<remote DOI> in a new tab with a 'Harvested' label —, a preview icon link, the release date 'Mar 14, 2025', the parent collection link, a bg-citation block 'Okafor, Adaeze; Lindqvist, Per, 2025, \"Title\", <a>https://doi.org/10.70122/QMR/8XK2PL</a>, Quernmoor Research Data, V3' with ', UNF:6:…== [fileUNF]' on tabular datasets (harvested: the remote publisher and no version), div.resultDatasetDescriptionBlock with span.search-term-match highlights); Bootstrap 3 ul.pagination (« / < Previous / numbers / Next > / », disabled ends as href='#') over /dataverse/quernmoor?q=groundwater&types=dataverses%3Adatasets&sort=score&order=desc&page=N (page 1 also as &page=1); the footer with 'Powered by' and the version. 10 + 10 + 6 results (2 collections, 24 datasets). Written down: title, url, date (release), collection (the parent link shown), affiliation (collections), authors (list, as in the citation), doi (the citation's DOI link as shown), version (V3; absent for harvested), description.",
    )
    pages = chunks(QM_RESULTS, [QM_PER_PAGE, QM_PER_PAGE, len(QM_RESULTS) - 2 * QM_PER_PAGE])
    first = 0
    for number, batch in enumerate(pages, 1):
        html = _qm_page(number, len(pages), batch, first)
        first += len(batch)
        if number == 1:
            s.list_page(f"dataverse/{QM_ROOT}@{QM_QUERY}", html)
            s.write(f"dataverse/{QM_ROOT}@{QM_PAGER}&page=1", html)
        else:
            s.list_page(f"dataverse/{QM_ROOT}@{QM_PAGER}&page={number}", html)
    for row in QM_RESULTS:
        if row[0] == "dataverse":
            _, alias, name, affiliation, released, parent, description = row  # type: ignore[misc]
            s.expect(
                {
                    "title": name,
                    "url": f"/dataverse/{alias}",
                    "date": released,
                    "collection": QM_COLLECTIONS[parent] if parent else None,
                    "affiliation": affiliation,
                    "description": _plain(description),
                }
            )
        else:
            dataset: QmDataset = row  # type: ignore[assignment]
            s.expect(
                {
                    "title": dataset[1],
                    "url": _qm_dataset_url(dataset),
                    "date": dataset[3],
                    "collection": QM_COLLECTIONS[dataset[4]],
                    "authors": dataset[5],
                    "doi": _qm_doi(dataset),
                    "version": None if dataset[9] else dataset[6],
                    "description": _plain(dataset[8]),
                }
            )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# archivo-valdeluz: a Spanish municipal archive's catalogue search (AtoM 2.8, Bootstrap 5 Dominion theme).
# ---------------------------------------------------------------------------------------------------

AV_QUERY = "topLod=0&query=ferrocarril&sort=relevance"
AV_PER_PAGE = 10
AV_REPO = "ES 28999 AMV"
#: fonds key → (title, slug, creator)
AV_FONDS = {
    "fcv": (
        "Compañía del Ferrocarril de Valdeluz a Sigüenza",
        "compania-del-ferrocarril-de-valdeluz-a-siguenza",
        "Compañía del Ferrocarril de Valdeluz a Sigüenza (1884-1941)",
    ),
    "ayto": ("Ayuntamiento de Valdeluz", "ayuntamiento-de-valdeluz", "Ayuntamiento de Valdeluz"),
    "serrano": (
        "Colección fotográfica Julián Serrano",
        "coleccion-fotografica-julian-serrano",
        "Serrano Olmedo, Julián (1898-1977)",
    ),
    "renfe": (
        "Estación de Valdeluz. Documentación de la jefatura de estación",
        "estacion-de-valdeluz-documentacion-de-la-jefatura-de-estacion",
        "Red Nacional de los Ferrocarriles Españoles. Estación de Valdeluz",
    ),
}
#: (title, reference code suffix, level, dates as shown, fonds key or None, thumbnail, hidden scope note)
AvDescription = tuple[str, str, str, str | None, str | None, bool, str]
AV_DESCRIPTIONS: list[AvDescription] = [
    (
        "Compañía del Ferrocarril de Valdeluz a Sigüenza",
        "FCV",
        "Fondo",
        "1884 - 1941",
        None,
        False,
        "Documentación generada por la compañía concesionaria de la línea de vía estrecha entre Valdeluz y Sigüenza: constitución, consejo de administración, explotación, personal y liquidación.",
    ),
    (
        "Actas del Consejo de Administración",
        "FCV-01-001",
        "Serie",
        "1884 - 1940",
        "fcv",
        False,
        "Libros de actas del consejo, con índices parciales.",
    ),
    (
        "Expediente de expropiación de terrenos para el trazado del ferrocarril en el término de Valdeluz",
        "FCV-02-014",
        "Expediente",
        "1886 - 1889",
        "fcv",
        False,
        "Relaciones de propietarios, tasaciones, actas de ocupación y reclamaciones de vecinos.",
    ),
    (
        "Proyecto de estación y muelle de mercancías de Valdeluz",
        "FCV-02-021",
        "Unidad documental simple",
        "1888",
        "fcv",
        True,
        "Memoria, planos de planta y alzado y presupuesto firmados por el ingeniero Anselmo Rubio.",
    ),
    (
        "Correspondencia con el Ayuntamiento sobre el paso a nivel de la calle Mayor",
        "AYTO-14",
        "Expediente",
        "1902 - 1911",
        "ayto",
        False,
        "Quejas vecinales y acuerdos municipales sobre la guardería del paso a nivel.",
    ),
    (
        "Inauguración del ferrocarril de Valdeluz a Sigüenza",
        "SER-0007",
        "Unidad documental simple",
        "1890-06-22",
        "serrano",
        True,
        "Fotografía del tren inaugural a su llegada a la estación, con autoridades en el andén.",
    ),
    (
        "Reglamento de circulación y señales",
        "FCV-03-002",
        "Unidad documental simple",
        "1895",
        "fcv",
        False,
        "Ejemplar impreso con anotaciones manuscritas del jefe de tracción.",
    ),
    (
        "Registro de personal de tracción y talleres",
        "FCV-04-003",
        "Serie",
        "1890 - 1936",
        "fcv",
        False,
        "Fichas de maquinistas, fogoneros y operarios de taller.",
    ),
    (
        "Expedientes de accidentes y averías",
        "FCV-03-011",
        "Serie",
        "1893 - 1939",
        "fcv",
        False,
        "Partes de accidente, informes de la inspección y correspondencia con la Jefatura de Obras Públicas.",
    ),
    (
        "Locomotora n.º 3 «Sigüenza» en el depósito de Valdeluz",
        "SER-0112",
        "Unidad documental simple",
        "ca. 1925",
        "serrano",
        True,
        "Negativo de vidrio; la locomotora aparece con su dotación delante de la cochera.",
    ),
    (
        "Libro registro de entrada de documentos de la Secretaría",
        "AYTO-02",
        "Unidad documental simple",
        "1931 - 1934",
        "ayto",
        False,
        "Incluye anotaciones sobre la correspondencia con la compañía ferroviaria.",
    ),
    (
        "Huelga ferroviaria de 1917: informes de la Guardia Civil y del alcalde",
        "AYTO-31",
        "Expediente",
        "1917-08-14",
        "ayto",
        False,
        "Partes diarios sobre la paralización del servicio y la vigilancia de la estación.",
    ),
    (
        "Tarifas de viajeros y mercancías",
        "FCV-03-007",
        "Subserie",
        "1890 - 1939",
        "fcv",
        False,
        "Cuadros de tarifas impresos y sus modificaciones aprobadas.",
    ),
    (
        "Estación de Valdeluz. Documentación de la jefatura de estación",
        "RENFE-EV",
        "Fondo",
        "1941 - 1985",
        None,
        False,
        "Documentación de la jefatura de la estación tras la integración de la línea en RENFE: circulación, personal, mercancías y cierre de la línea.",
    ),
    (
        "Libros de circulación de trenes",
        "RENFE-EV-01",
        "Serie",
        "1941 - 1984",
        "renfe",
        False,
        "Registros diarios de entrada y salida de trenes.",
    ),
    (
        "Cierre de la línea Valdeluz–Sigüenza: alegaciones municipales",
        "AYTO-58",
        "Expediente",
        "1984 - 1985",
        "ayto",
        False,
        "Acuerdos del pleno, alegaciones y recortes de prensa contra la supresión del servicio.",
    ),
    (
        "Vista de la estación desde el puente de la carretera",
        "SER-0241",
        "Unidad documental simple",
        "[1934]",
        "serrano",
        True,
        "Copia en papel a la gelatina.",
    ),
    (
        "Plano general de la línea con perfiles longitudinales",
        "FCV-02-003",
        "Unidad documental simple",
        "1885",
        "fcv",
        True,
        "Plano entelado a escala 1:25.000, con perfil longitudinal y relación de obras de fábrica.",
    ),
    (
        "Escrituras de constitución y estatutos de la compañía",
        "FCV-01-002",
        "Expediente",
        "1884-03-11",
        "fcv",
        False,
        "Copia notarial de la escritura de constitución y primera versión de los estatutos.",
    ),
    (
        "Subvenciones del Estado a ferrocarriles secundarios",
        "FCV-05-004",
        "Expediente",
        "1908 - 1926",
        "fcv",
        False,
        "Solicitudes y resoluciones de la subvención kilométrica.",
    ),
    (
        "Padrón de vecinos empleados en el ferrocarril",
        None,
        "Unidad documental simple",
        "1920",
        "ayto",
        False,
        "Relación elaborada por la Secretaría del Ayuntamiento.",
    ),
    (
        "Liquidación de la compañía y traspaso al Estado",
        "FCV-01-019",
        "Expediente",
        "1939 - 1941",
        "fcv",
        False,
        "Balances de liquidación, inventarios de material móvil y actas de entrega.",
    ),
    (
        "Fiesta de despedida del último tren",
        "SER-0398",
        "Unidad documental simple",
        "1985-01-31",
        "serrano",
        True,
        "Vecinos en el andén durante la salida del último tren de viajeros.",
    ),
    (
        "Inventario de material móvil",
        "RENFE-EV-04",
        "Unidad documental simple",
        "1956",
        "renfe",
        False,
        "Relación de locomotoras, coches y vagones asignados a la estación.",
    ),
    (
        "Memorias anuales de explotación",
        "FCV-03-001",
        "Serie",
        "1891 - 1935",
        "fcv",
        False,
        "Memorias impresas presentadas a la junta general de accionistas.",
    ),
    (
        "Colección fotográfica Julián Serrano",
        "SER",
        "Colección",
        "1912 - 1976",
        None,
        True,
        "Fotografías de Valdeluz tomadas por el fotógrafo local Julián Serrano, con especial atención al ferrocarril y a la vida en la estación.",
    ),
    (
        "Expediente de obras de reparación del puente sobre el río Henares",
        "RENFE-EV-02-006",
        "Expediente",
        "1962 - 1964",
        "renfe",
        False,
        "Proyecto, certificaciones de obra y acta de recepción.",
    ),
]
assert len(AV_DESCRIPTIONS) == 27

AV_AGGREGATIONS = [
    ("Institución archivística", "repos", [("Archivo Histórico Municipal de Valdeluz", 27)]),
    (
        "Productor",
        "creators",
        [
            ("Compañía del Ferrocarril de Valdeluz a Sigüenza (1884-1941)", 13),
            ("Ayuntamiento de Valdeluz", 5),
            ("Serrano Olmedo, Julián (1898-1977)", 5),
            ("Red Nacional de los Ferrocarriles Españoles. Estación de Valdeluz", 4),
        ],
    ),
    ("Nombre", "names", [("Rubio Mendizábal, Anselmo", 3), ("Guardia Civil. Puesto de Valdeluz", 1)]),
    ("Lugar", "places", [("Valdeluz", 24), ("Sigüenza", 6), ("Henares, río", 1)]),
    (
        "Materia",
        "subjects",
        [("Ferrocarriles", 22), ("Obras públicas", 6), ("Conflictos laborales", 2), ("Fotografía", 5)],
    ),
    ("Género", "genres", [("Fotografías", 5), ("Planos", 3), ("Libros de actas", 1)]),
    (
        "Nivel de descripción",
        "levels",
        [
            ("Fondo", 2),
            ("Colección", 1),
            ("Serie", 5),
            ("Subserie", 1),
            ("Expediente", 8),
            ("Unidad documental simple", 10),
        ],
    ),
    ("Tipo de medio", "mediatypes", [("Imagen", 6)]),
]


def _av_slug(title: str) -> str:
    return slug(title)[:80].rstrip("-")


def _av_ref(row: AvDescription) -> str | None:
    return None if row[1] is None else f"{AV_REPO}-{row[1]}"


def _av_creator(row: AvDescription) -> str | None:
    if row[4] is None:
        return next(creator for title, _, creator in AV_FONDS.values() if title == row[0])
    # Lower levels inherit the creator only where the describer repeated it (series of the company's fonds).
    return AV_FONDS[row[4]][2] if row[2] in {"Serie", "Subserie"} else None


def _av_href(page: int) -> str:
    return f"/informationobject/browse?{AV_QUERY.replace('&', '&amp;')}&amp;page={page}"


def _av_item(row: AvDescription) -> str:
    title, _, level, dates, fonds, thumb, scope = row
    slug_ = _av_slug(title)
    image = (
        f"""
  <div class="col-12 col-lg-3 pb-2 pb-lg-0 pe-lg-3">
    <a href="/{slug_}"><img alt="{esc(title)}" class="img-thumbnail" src="/uploads/r/archivo-historico-municipal-de-valdeluz/{_hex(slug_, 1)}/{_hex(slug_ + "a", 1)}/{_hex(slug_ + "b", 1)}/{_hex(slug_, 40)}/{slug_[:24]}_142.jpg" /></a>
  </div>"""
        if thumb
        else ""
    )
    bits = []
    ref = _av_ref(row)
    if ref:
        bits.append(f'<span class="text-primary">{esc(ref)}</span>')
    for value in (level, dates):
        if value:
            if bits:
                bits.append('<span class="text-muted mx-2"> · </span>')
            bits.append(f'<span class="text-muted">\n                {esc(value)}\n              </span>')
    part_of = ""
    if fonds is not None:
        ftitle, fslug, _ = AV_FONDS[fonds]
        part_of = f"""
        <span class="text-muted">
          Parte de           <a href="/{fslug}">{esc(ftitle)}</a>        </span> """
    creator = _av_creator(row)
    creator_line = (
        f"""
      <span class="text-muted">
        {esc(creator)}      </span>"""
        if creator
        else ""
    )
    width = " col-lg-9" if thumb else ""
    return f"""<article class="search-result row g-0 p-3 border-bottom">{image}
  <div class="col-12{width} d-flex flex-column gap-1">
    <div class="d-flex align-items-center gap-2 mw-100">
      <a class="lead text-truncate" href="/{slug_}">{esc(title)}</a>
      <button class="btn atom-btn-white ms-auto active-primary clipboard" data-clipboard-slug="{slug_}" data-clipboard-type="informationObject" data-tooltip="true" data-title="Añadir al portapapeles" data-alt-title="Quitar del portapapeles">
        <i class="fas fa-lg fa-paperclip" aria-hidden="true"></i>
        <span class="visually-hidden">Añadir al portapapeles</span>
      </button>
    </div>
    <div class="d-flex flex-column gap-2">
      <div class="d-flex flex-column">
        <div class="d-flex flex-wrap">
              {"".join(bits)}
        </div>{part_of}
      </div>
        <span class="text-block d-none">
          <p>{esc(scope)}</p>
        </span>{creator_line}
    </div>
  </div>
</article>"""


def _av_pager(number: int, total: int, first: int, count: int) -> str:
    items = []
    if number > 1:
        items.append(f'<li class="page-item"><a class="page-link" href="{_av_href(number - 1)}">Anterior</a></li>')
    else:
        items.append('<li class="page-item disabled"><span class="page-link">Anterior</span></li>')
    for page in range(1, total + 1):
        if page == number:
            items.append(
                f'<li class="page-item active d-none d-sm-block" aria-current="page"><span class="page-link">{page}</span></li>'
            )
        else:
            items.append(
                f'<li class="page-item d-none d-sm-block"><a class="page-link" title="Ir a la página {page}" href="{_av_href(page)}">{page}</a></li>'
            )
    if number < total:
        items.append(f'<li class="page-item"><a class="page-link" href="{_av_href(number + 1)}">Siguiente</a></li>')
    else:
        items.append('<li class="page-item disabled"><span class="page-link">Siguiente</span></li>')
    return f"""<nav aria-label="Navegación de página">
  <div class="result-count text-center mb-2">
    Resultados {first + 1} a {first + count} de 27  </div>
  <ul class="pagination justify-content-center">
    {"".join(items)}
  </ul>
</nav>"""


def _av_aggregations() -> str:
    blocks = []
    for n, (label, key, values) in enumerate(AV_AGGREGATIONS):
        links = "".join(
            f'<li><a class="list-group-item list-group-item-action d-flex justify-content-between align-items-center text-break" href="/informationobject/browse?{key}={1000 + 37 * n + m}&amp;{AV_QUERY.replace("&", "&amp;")}" title="{esc(value)}, {count} resultados">{esc(value)}<span class="visually-hidden">, {count} resultados</span><span aria-hidden="true" class="ms-3 text-nowrap">{count}</span></a></li>'
            for m, (value, count) in enumerate(values)
        )
        blocks.append(
            f"""<div class="accordion mb-3">
  <div class="accordion-item aggregation">
    <h2 class="accordion-header" id="heading-{key}">
      <button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#collapse-{key}" aria-expanded="false" aria-controls="collapse-{key}">{esc(label)}</button>
    </h2>
    <div id="collapse-{key}" class="accordion-collapse collapse list-group list-group-flush" aria-labelledby="heading-{key}">
      <ul class="list-unstyled"><li><a class="list-group-item list-group-item-action d-flex justify-content-between align-items-center active text-break" href="/informationobject/browse?{AV_QUERY.replace("&", "&amp;")}" title="Todos">Todos</a></li>{links}</ul>
    </div>
  </div>
</div>"""
        )
    return "\n".join(blocks)


def _av_page(number: int, total: int, rows: list[AvDescription], first: int) -> str:
    items = "\n".join(_av_item(row) for row in rows)
    token = _hex(f"csrf{number}", 32)
    return f"""<!DOCTYPE html>
<html lang="es" dir="ltr" media="screen">
  <head>
        <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Archivo Histórico Municipal de Valdeluz</title>
        <link rel="shortcut icon" href="/favicon.ico">
    <script defer src="/dist/js/vendor.bundle.0b2f7e1c9d4a6e58a3f1.js"></script><script defer src="/dist/js/arDominionB5Plugin.bundle.7c41d9a2e6b0f35814d2.js"></script><link href="/dist/css/arDominionB5Plugin.bundle.a53e90b8c1f24d76e0b9.css" rel="stylesheet">
      </head>
  <body class="d-flex flex-column min-vh-100 informationobject browse show-edit-tooltips">
        <div class="visually-hidden-focusable p-3 border-bottom">
  <a class="btn btn-sm btn-secondary" href="#main-column">Saltar al contenido principal</a>
</div>
    <div id="privacy-message" class="alert alert-info rounded-0 text-center mb-0" role="alert">
  <div class="d-flex flex-wrap justify-content-center align-items-center gap-2">
    Este sitio web utiliza cookies para mejorar su experiencia de navegación. Consulte nuestra <a href="/staticpage/privacy">política de privacidad</a>.    <button type="button" class="btn btn-sm atom-btn-white" data-bs-dismiss="alert" aria-label="Cerrar">Aceptar</button>
  </div>
</div>
<header id="top-bar" class="navbar navbar-expand-lg navbar-dark bg-dark" role="navigation" aria-label="Navegación principal">
  <div class="container-fluid">
          <a class="navbar-brand d-flex flex-wrap flex-lg-nowrap align-items-center py-0 me-0" href="/" title="Inicio" rel="home">
                  <img alt="Logo de AtoM" class="d-inline-block my-2 me-3" height="35" src="/plugins/arDominionB5Plugin/images/logo.png">                          <span class="text-wrap my-1 me-3">Archivo Histórico Municipal de Valdeluz</span>
              </a>
        <button class="navbar-toggler atom-btn-secondary my-2 me-1 px-1" type="button" data-bs-toggle="collapse" data-bs-target="#navbar-content" aria-controls="navbar-content" aria-expanded="false">
      <i class="fas fa-2x fa-fw fa-bars" data-bs-toggle="tooltip" data-bs-placement="bottom" title="Alternar navegación" aria-hidden="true"></i>
      <span class="visually-hidden">Alternar navegación</span>
    </button>
    <div class="collapse navbar-collapse flex-wrap justify-content-end me-1" id="navbar-content">
      <div class="d-flex flex-wrap flex-lg-nowrap flex-grow-1">
        <div class="dropdown my-2 me-3">
  <button class="btn btn-sm atom-btn-secondary dropdown-toggle" type="button" id="browse-menu" data-bs-toggle="dropdown" aria-expanded="false">Explorar</button>
  <ul class="dropdown-menu mt-2" aria-labelledby="browse-menu">
    <li><h6 class="dropdown-header">Explorar</h6></li>
    <li id="node_browseInformationObjects"><a class="dropdown-item" href="/informationobject/browse" title="Descripciones archivísticas">Descripciones archivísticas</a></li>
    <li id="node_browseActors"><a class="dropdown-item" href="/actor/browse" title="Registros de autoridad">Registros de autoridad</a></li>
    <li id="node_browseRepositories"><a class="dropdown-item" href="/repository/browse" title="Instituciones archivísticas">Instituciones archivísticas</a></li>
    <li id="node_browseFunctions"><a class="dropdown-item" href="/function/browse" title="Funciones">Funciones</a></li>
    <li id="node_browseSubjects"><a class="dropdown-item" href="/taxonomy/index/id/35" title="Materias">Materias</a></li>
    <li id="node_browseGenres"><a class="dropdown-item" href="/taxonomy/index/id/78" title="Géneros">Géneros</a></li>
    <li id="node_browsePlaces"><a class="dropdown-item" href="/taxonomy/index/id/42" title="Lugares">Lugares</a></li>
    <li id="node_browseDigitalObjects"><a class="dropdown-item" href="/informationobject/browse?view=card&amp;onlyMedia=1&amp;topLod=0" title="Objetos digitales">Objetos digitales</a></li>
  </ul>
</div>
        <form id="search-box" class="d-flex flex-grow-1 my-2" role="search" action="/informationobject/browse">
  <h2 class="visually-hidden">Buscar</h2>
  <input type="hidden" name="topLod" value="0">
  <input type="hidden" name="sort" value="relevance">
  <div class="input-group flex-nowrap">
    <button id="search-box-options" class="btn btn-sm atom-btn-secondary dropdown-toggle" type="button" data-bs-toggle="dropdown" data-bs-auto-close="outside" aria-expanded="false">
      <i class="fas fa-cog" aria-hidden="true"></i>
      <span class="visually-hidden">Opciones de búsqueda</span>
    </button>
    <div class="dropdown-menu mt-2" aria-labelledby="search-box-options">
      <div class="px-3 py-2"><div class="form-check"><input class="form-check-input" type="radio" name="repos" id="search-realm-global" checked value><label class="form-check-label" for="search-realm-global">Búsqueda global</label></div></div>
      <div class="dropdown-divider"></div>
      <a class="dropdown-item" href="/informationobject/browse?showAdvanced=1&amp;topLod=0">Búsqueda avanzada</a>
    </div>
    <input id="search-box-input" class="form-control form-control-sm dropdown-toggle" type="search" name="query" autocomplete="off" value="ferrocarril" placeholder="Buscar" data-url="/search/autocomplete" data-bs-toggle="dropdown" aria-label="Buscar" aria-expanded="false">
    <ul id="search-box-results" class="dropdown-menu mt-2" aria-labelledby="search-box-input"></ul>
    <button class="btn btn-sm atom-btn-secondary" type="submit">
      <i class="fas fa-search" aria-hidden="true"></i>
      <span class="visually-hidden">Buscar en la búsqueda de navegación</span>
    </button>
  </div>
</form>
      </div>
      <div class="d-flex flex-nowrap flex-column flex-lg-row align-items-strech align-items-lg-center">
        <ul class="navbar-nav mx-lg-2">
          <li class="nav-item dropdown d-flex flex-column">
  <a class="nav-link dropdown-toggle d-flex align-items-center p-0" href="#" id="clipboard-menu" role="button" data-bs-toggle="dropdown" aria-expanded="false" data-total-count-label="registros agregados" data-alert-close="Cerrar" data-load-alert-message="Ocurrió un error al cargar el contenido del portapapeles." data-export-alert-message="El portapapeles está vacío para este tipo de entidad." data-export-check-url="/clipboard/exportCheck" data-delete-alert-message="Nota: los elementos del portapapeles no seleccionados en esta página serán eliminados del portapapeles cuando la página sea actualizada.">
    <i class="fas fa-2x fa-fw fa-paperclip px-0 px-lg-2 py-2" data-bs-toggle="tooltip" data-bs-placement="bottom" data-bs-custom-class="d-none d-lg-block" title="Portapapeles" aria-hidden="true"></i>
    <span class="d-lg-none mx-1" aria-hidden="true">Portapapeles</span>
    <span class="visually-hidden">Portapapeles</span>
  </a>
  <ul class="dropdown-menu dropdown-menu-end mb-2" aria-labelledby="clipboard-menu">
    <li><h6 class="dropdown-header">Portapapeles</h6></li>
    <li class="text-muted text-nowrap small px-3">0 registros agregados</li>
    <li><a class="dropdown-item" href="/clipboard/view">Ir al portapapeles</a></li>
    <li><a class="dropdown-item" href="/clipboard/load">Cargar portapapeles</a></li>
  </ul>
</li>
          <li class="nav-item dropdown d-flex flex-column">
  <a class="nav-link dropdown-toggle d-flex align-items-center p-0" href="#" id="language-menu" role="button" data-bs-toggle="dropdown" aria-expanded="false">
    <i class="fas fa-2x fa-fw fa-globe-europe px-0 px-lg-2 py-2" data-bs-toggle="tooltip" data-bs-placement="bottom" title="Idioma" aria-hidden="true"></i>
    <span class="d-lg-none mx-1" aria-hidden="true">Idioma</span>
    <span class="visually-hidden">Idioma</span>
  </a>
  <ul class="dropdown-menu dropdown-menu-end mb-2" aria-labelledby="language-menu">
    <li><h6 class="dropdown-header">Idioma</h6></li>
    <li><a class="dropdown-item" href="/informationobject/browse?sf_culture=en&amp;{AV_QUERY.replace("&", "&amp;")}" title="English">English</a></li>
    <li><a class="dropdown-item active" href="/informationobject/browse?sf_culture=es&amp;{AV_QUERY.replace("&", "&amp;")}" title="Español">Español</a></li>
    <li><a class="dropdown-item" href="/informationobject/browse?sf_culture=ca&amp;{AV_QUERY.replace("&", "&amp;")}" title="Català">Català</a></li>
    <li><a class="dropdown-item" href="/informationobject/browse?sf_culture=gl&amp;{AV_QUERY.replace("&", "&amp;")}" title="Galego">Galego</a></li>
    <li><a class="dropdown-item" href="/informationobject/browse?sf_culture=eu&amp;{AV_QUERY.replace("&", "&amp;")}" title="Euskara">Euskara</a></li>
  </ul>
</li>
          <li class="nav-item dropdown d-flex flex-column">
  <a class="nav-link dropdown-toggle d-flex align-items-center p-0" href="#" id="quick-links-menu" role="button" data-bs-toggle="dropdown" aria-expanded="false">
    <i class="fas fa-2x fa-fw fa-info-circle px-0 px-lg-2 py-2" data-bs-toggle="tooltip" data-bs-placement="bottom" title="Enlaces rápidos" aria-hidden="true"></i>
    <span class="d-lg-none mx-1" aria-hidden="true">Enlaces rápidos</span>
    <span class="visually-hidden">Enlaces rápidos</span>
  </a>
  <ul class="dropdown-menu dropdown-menu-end mb-2" aria-labelledby="quick-links-menu">
    <li><h6 class="dropdown-header">Enlaces rápidos</h6></li>
    <li id="node_home"><a class="dropdown-item" href="/" title="Inicio">Inicio</a></li>
    <li id="node_about"><a class="dropdown-item" href="/about" title="Acerca de">Acerca de</a></li>
    <li id="node_help"><a class="dropdown-item" href="https://www.accesstomemory.org/docs/2.8/" title="Ayuda">Ayuda</a></li>
    <li id="node_privacy"><a class="dropdown-item" href="/privacy" title="Política de privacidad">Política de privacidad</a></li>
  </ul>
</li>
        </ul>
              <div class="dropdown my-2">
    <button class="btn btn-sm atom-btn-secondary dropdown-toggle" type="button" id="user-menu" data-bs-toggle="dropdown" data-bs-auto-close="outside" aria-expanded="false">Iniciar sesión</button>
    <div class="dropdown-menu dropdown-menu-lg-end mt-2" aria-labelledby="user-menu">
      <div>
        <h5 class="p-3 mb-0">¿Tiene una cuenta?</h5>
      </div>
      <div class="dropdown-divider mb-0"></div>
      <form class="mx-3 my-2" action="/user/login" method="post">
        <input type="hidden" name="_csrf_token" value="{token}" id="csrf_token">
        <input type="hidden" name="next" value="https://archivo.valdeluz.test/informationobject/browse?{AV_QUERY.replace("&", "&amp;")}" id="next">
        <div class="mb-3"><label class="form-label" for="email">Correo electrónico<span aria-hidden="true" class="text-primary ms-1"><strong>*</strong></span><span class="visually-hidden">Este campo es obligatorio.</span></label><input type="text" name="email" class="form-control-sm form-control" id="email"></div>
        <div class="mb-3"><label class="form-label" for="password">Contraseña<span aria-hidden="true" class="text-primary ms-1"><strong>*</strong></span><span class="visually-hidden">Este campo es obligatorio.</span></label><input type="password" name="password" class="form-control-sm form-control" autocomplete="off" id="password"></div>
        <button class="btn atom-btn-secondary" type="submit">Iniciar sesión</button>
      </form>
    </div>
  </div>
      </div>
    </div>
  </div>
</header>

    <div id="wrapper" class="container-xxl pt-3 flex-grow-1">
            <div class="row">
        <div id="sidebar" class="col-md-3">
          <h2 class="d-grid">
  <button class="btn btn-lg atom-btn-white collapsed text-wrap" type="button" data-bs-toggle="collapse" data-bs-target="#collapse-aggregations" aria-expanded="false" aria-controls="collapse-aggregations">Limitar resultados</button>
</h2>
<div class="collapse" id="collapse-aggregations">
{_av_aggregations()}
</div>
        </div>
        <div id="main-column" class="col-md-9" role="main">
          <div class="multiline-header d-flex align-items-center mb-3">
  <i class="fas fa-3x fa-file-alt me-3" aria-hidden="true"></i>
  <div class="d-flex flex-column">
    <h1 class="mb-0" aria-describedby="heading-label">Mostrando 27 resultados</h1>
    <span class="small" id="heading-label">Descripciones archivísticas</span>
  </div>
</div>
          <div class="d-flex flex-wrap gap-2">
    <a href="/informationobject/browse?topLod=0&amp;sort=relevance" class="btn btn-sm atom-btn-white align-self-start mw-100 filter-tag d-flex">
    <span class="visually-hidden">Eliminar filtro:</span>
    <span class="text-truncate d-inline-block">ferrocarril</span>
    <i aria-hidden="true" class="fas fa-times ms-2 align-self-center"></i>
  </a>
  </div>
          <div class="accordion mb-3 adv-search" role="search">
  <div class="accordion-item">
    <h2 class="accordion-header" id="heading-adv-search">
      <button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#collapse-adv-search" aria-expanded="false" aria-controls="collapse-adv-search" data-cy="advanced-search-toggle">Búsqueda avanzada</button>
    </h2>
    <div id="collapse-adv-search" class="accordion-collapse collapse" aria-labelledby="heading-adv-search">
      <div class="accordion-body">
        <form name="advanced-search-form" method="get" action="/informationobject/browse">
          <input type="hidden" name="topLod" value="0"/><input type="hidden" name="sort" value="relevance"/>
          <h5>Buscar resultados con:</h5>
          <div class="criteria mb-4"><div class="criterion row align-items-center">
            <div class="col-xl-auto mb-3 adv-search-boolean"><select class="form-select" name="so0"><option value="and">y</option><option value="or">o</option><option value="not">no</option></select></div>
            <div class="col-xl-auto flex-grow-1 mb-3"><input class="form-control" type="text" aria-label="Buscar" placeholder="Buscar" name="sq0" value="ferrocarril"></div>
            <div class="col-xl-auto mb-3 text-center"><span class="form-text">en</span></div>
            <div class="col-xl-auto mb-3"><select class="form-select" name="sf0"><option value="">Cualquier campo</option><option value="title">Título</option><option value="archivalHistory">Historia archivística</option><option value="scopeAndContent">Alcance y contenido</option><option value="extentAndMedium">Volumen y soporte</option><option value="subject">Puntos de acceso por materia</option><option value="name">Puntos de acceso por nombre</option><option value="place">Puntos de acceso por lugar</option><option value="genre">Puntos de acceso por género</option><option value="identifier">Identificador</option><option value="referenceCode">Código de referencia</option></select></div>
          </div></div>
          <h5>Limitar resultados a:</h5>
          <div class="mb-4"><label class="form-label" for="repos">Institución archivística</label><select name="repos" class="form-select" id="repos"><option value="" selected="selected"></option><option value="452">Archivo Histórico Municipal de Valdeluz</option></select></div>
          <h5>Filtrar resultados por:</h5>
          <div class="row">
            <div class="col-md-4"><label class="form-label" for="levels">Nivel de descripción</label><select name="levels" class="form-select" id="levels"><option value="" selected="selected"></option><option value="197">Colección</option><option value="199">Expediente</option><option value="193">Fondo</option><option value="200">Unidad documental simple</option><option value="196">Serie</option><option value="198">Subserie</option></select></div>
            <div class="col-md-4"><label class="form-label" for="onlyMedia">Objetos digitales disponibles</label><select name="onlyMedia" class="form-select" id="onlyMedia"><option value="" selected="selected"></option><option value="1">Sí</option><option value="0">No</option></select></div>
            <div class="col-md-4"><label class="form-label" for="findingAidStatus">Instrumento de descripción</label><select name="findingAidStatus" class="form-select" id="findingAidStatus"><option value="" selected="selected"></option><option value="yes">Sí</option><option value="no">No</option></select></div>
          </div>
          <h5>Filtrar por intervalo de fechas:</h5>
          <div class="row"><div class="col-md-4 start-date"><label class="form-label" for="startDate">Inicio</label><input type="date" name="startDate" class="form-control" id="startDate"></div><div class="col-md-4 end-date"><label class="form-label" for="endDate">Fin</label><input type="date" name="endDate" class="form-control" id="endDate"></div></div>
          <ul class="actions mb-1 nav gap-2 justify-content-center"><li><input type="button" class="btn atom-btn-outline-light reset" value="Reiniciar"></li><li><input type="submit" class="btn atom-btn-outline-light" value="Buscar"></li></ul>
        </form>
      </div>
    </div>
  </div>
</div>
          <div class="d-flex flex-wrap gap-2 mb-3">
  <div class="btn-group top-lod-toggle" role="group" aria-label="Nivel superior o todas">
    <a class="btn btn-sm atom-btn-white" href="/informationobject/browse?topLod=1&amp;query=ferrocarril&amp;sort=relevance">Solo descripciones de nivel superior</a>
    <a class="btn btn-sm atom-btn-white active" href="/informationobject/browse?{AV_QUERY.replace("&", "&amp;")}" aria-current="page">Todas las descripciones</a>
  </div>
  <div class="d-flex flex-wrap gap-2 ms-auto">
    <div class="dropdown d-inline-block">
  <button class="btn btn-sm atom-btn-white dropdown-toggle text-wrap" type="button" id="sort-button" data-bs-toggle="dropdown" aria-expanded="false">Ordenar por: Relevancia</button>
  <ul class="dropdown-menu dropdown-menu-end mt-2" aria-labelledby="sort-button">
    <li><a href="/informationobject/browse?topLod=0&amp;query=ferrocarril&amp;sort=lastUpdated" class="dropdown-item">Fecha de modificación</a></li>
    <li><a href="/informationobject/browse?topLod=0&amp;query=ferrocarril&amp;sort=alphabetic" class="dropdown-item">Título</a></li>
    <li><a href="/informationobject/browse?{AV_QUERY.replace("&", "&amp;")}" class="dropdown-item active">Relevancia</a></li>
    <li><a href="/informationobject/browse?topLod=0&amp;query=ferrocarril&amp;sort=identifier" class="dropdown-item">Identificador</a></li>
    <li><a href="/informationobject/browse?topLod=0&amp;query=ferrocarril&amp;sort=referenceCode" class="dropdown-item">Código de referencia</a></li>
    <li><a href="/informationobject/browse?topLod=0&amp;query=ferrocarril&amp;sort=startDate" class="dropdown-item">Fecha inicial</a></li>
    <li><a href="/informationobject/browse?topLod=0&amp;query=ferrocarril&amp;sort=endDate" class="dropdown-item">Fecha final</a></li>
  </ul>
</div>
    <div class="dropdown d-inline-block">
  <button class="btn btn-sm atom-btn-white dropdown-toggle text-wrap" type="button" id="sortDir-button" data-bs-toggle="dropdown" aria-expanded="false">Dirección: Descendente</button>
  <ul class="dropdown-menu dropdown-menu-end mt-2" aria-labelledby="sortDir-button">
    <li><a href="/informationobject/browse?{AV_QUERY.replace("&", "&amp;")}&amp;sortDir=asc" class="dropdown-item">Ascendente</a></li>
    <li><a href="/informationobject/browse?{AV_QUERY.replace("&", "&amp;")}&amp;sortDir=desc" class="dropdown-item active">Descendente</a></li>
  </ul>
</div>
  </div>
</div>
<div id="content">
  <div class="d-grid d-sm-flex gap-2 align-items-center p-3 border-bottom">
    <a class="btn btn-sm atom-btn-white text-wrap" href="/informationobject/browse?{AV_QUERY.replace("&", "&amp;")}&amp;view=card"><i class="fas fa-th-large me-1" aria-hidden="true"></i>Vista de tarjeta</a>
    <a class="btn btn-sm atom-btn-white text-wrap active" href="/informationobject/browse?{AV_QUERY.replace("&", "&amp;")}&amp;view=table" aria-current="page"><i class="fas fa-list me-1" aria-hidden="true"></i>Vista de tabla</a>
    <a class="btn btn-sm atom-btn-white ms-sm-auto text-wrap" href="/informationobject/browse?{AV_QUERY.replace("&", "&amp;")}&amp;onlyMedia=1"><i class="fas fa-image me-1" aria-hidden="true"></i>Mostrar solo resultados con objetos digitales</a>
  </div>
{items}
</div>
{_av_pager(number, total, first, len(rows))}
        </div>
      </div>
    </div>
    <footer>
  <div class="container-xxl py-3 text-center small">
    <p class="mb-1">Archivo Histórico Municipal de Valdeluz · Plaza Mayor, 1 · 19999 Valdeluz (Guadalajara) · <a href="mailto:archivo@valdeluz.test">archivo@valdeluz.test</a></p>
    <p class="mb-0"><a href="/staticpage/accesibilidad">Accesibilidad</a> · <a href="/staticpage/aviso-legal">Aviso legal</a> · <a href="/privacy">Política de privacidad</a></p>
  </div>
</footer>
  </body>
</html>"""


@thirtieth
def build_archivo_valdeluz() -> None:
    s = Site(
        "archivo-valdeluz",
        kind="archival catalogue search results in Spanish (AtoM 2.8, Bootstrap 5 Dominion theme: privacy notification, top bar with 'Explorar' menu / search box / clipboard / language / quick-link menus / login, 'Limitar resultados' accordion aggregations, 'Mostrando 27 resultados', advanced-search accordion, top-level / all toggle, sort and direction dropdowns, card / table view buttons; article.search-result items: optional img-thumbnail link, a.lead title link to /<slug>, clipboard button, reference code · level · dates line, 'Parte de' + the fonds link, a hidden span.text-block.d-none scope note, a muted creator line; B5 pager 'Resultados 1 a 10 de 27' over &page=N)",
        start=f"informationobject/browse?{AV_QUERY}",
        description="A Spanish municipal archive's catalogue searched for 'ferrocarril' across all levels of description, copied from AtoM 2.8 with the Bootstrap 5 Dominion theme (arDominionB5Plugin) in Spanish as a logged-out visitor gets it: a skip link, the privacy notification alert with 'Aceptar'; the dark top bar (logo and the archive's name, the 'Explorar' dropdown of browse pages, the search box with realm options and autocomplete, the clipboard menu, the language menu — English / Español / Català / Galego / Euskara —, 'Enlaces rápidos', the 'Iniciar sesión' dropdown form with a CSRF token); a sidebar 'Limitar resultados' of accordion aggregations (Institución archivística, Productor, Nombre, Lugar, Materia, Género, Nivel de descripción, Tipo de medio) whose list-group links carry a visually-hidden ', N resultados' and a count; 'Mostrando 27 resultados' / 'Descripciones archivísticas', a removable 'ferrocarril' filter tag, the 'Búsqueda avanzada' accordion form, the 'Solo descripciones de nivel superior' / 'Todas las descripciones' toggle, 'Ordenar por: Relevancia' and 'Dirección' dropdowns, card / table view and 'only digital objects' buttons; div#content of article.search-result.row items: for images a col-lg-3 thumbnail link with the title as alt, a.lead.text-truncate title link to /<slug>, the clipboard button ('Añadir al portapapeles'), a d-flex line of span.text-primary reference code 'ES 28999 AMV-FCV-02-014' (absent on one item without an identifier) · level ('Fondo', 'Serie', 'Subserie', 'Expediente', 'Unidad documental simple', 'Colección') · dates as shown ('1886 - 1889', '1888', '1890-06-22', 'ca. 1925', '[1934]') joined by span.mx-2 ' · ', on lower levels 'Parte de ' + a link to the fonds, a span.text-block.d-none holding the scope and content (hidden: not written down), and a muted creator line on fonds, collections and series; the pager nav ('Resultados 1 a 10 de 27', Anterior / numbers / Siguiente, the current page and disabled ends as spans) over /informationobject/browse?topLod=0&query=ferrocarril&sort=relevance&page=N; a footer with the archive's address. 10 + 10 + 7 descriptions. Written down: title, url, reference_code, level, dates (text as shown), part_of (the fonds title), creator (where the muted line shows one).",
    )
    pages = chunks(AV_DESCRIPTIONS, [AV_PER_PAGE, AV_PER_PAGE, len(AV_DESCRIPTIONS) - 2 * AV_PER_PAGE])
    first = 0
    for number, batch in enumerate(pages, 1):
        html = _av_page(number, len(pages), batch, first)
        first += len(batch)
        if number == 1:
            s.list_page(f"informationobject/browse@{AV_QUERY}", html)
            s.write(f"informationobject/browse@{AV_QUERY}&page=1", html)
        else:
            s.list_page(f"informationobject/browse@{AV_QUERY}&page={number}", html)
    for row in AV_DESCRIPTIONS:
        s.expect(
            {
                "title": row[0],
                "url": f"/{_av_slug(row[0])}",
                "reference_code": _av_ref(row),
                "level": row[2],
                "dates": row[3],
                "part_of": AV_FONDS[row[4]][0] if row[4] else None,
                "creator": _av_creator(row),
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# ratsinfo-auenfeld: a German town's council information system (SessionNet 5.5), the 'Vorlagen' overview.
# ---------------------------------------------------------------------------------------------------

RA_QUERY = "__cwpall=1&__cselect=0"
RA_PER_PAGE = 12
#: (number, subject, kind, lead office or submitter, date, with a decision document)
RaPaper = tuple[str, str, str, str, str, bool]
RA_PAPERS: list[RaPaper] = [
    (
        "VO/2025/0071",
        "Bebauungsplan Nr. 84 „Wohngebiet Am Mühlgraben“ – Aufstellungsbeschluss",
        "Beschlussvorlage",
        "FB 3 – Stadtentwicklung und Bauen",
        "2025-03-14",
        True,
    ),
    (
        "AN/2025/0012",
        "Antrag der Fraktion BÜNDNIS 90/DIE GRÜNEN: Tempo 30 vor Schulen und Kitas",
        "Antrag",
        "Fraktion BÜNDNIS 90/DIE GRÜNEN",
        "2025-03-13",
        False,
    ),
    (
        "VO/2025/0070",
        "Haushaltssatzung und Haushaltsplan 2025 – 1. Nachtrag",
        "Beschlussvorlage",
        "FB 1 – Finanzen und Zentrale Dienste",
        "2025-03-12",
        True,
    ),
    (
        "IV/2025/0018",
        "Sachstandsbericht Kita-Bedarfsplanung 2025/2026",
        "Informationsvorlage",
        "FB 2 – Bildung, Jugend und Soziales",
        "2025-03-11",
        False,
    ),
    (
        "AF/2025/0009",
        "Anfrage der CDU-Fraktion zur Sanierung der Sporthalle Lindenstraße",
        "Anfrage",
        "CDU-Fraktion",
        "2025-03-10",
        False,
    ),
    (
        "VO/2025/0069",
        "Vergabe der Bauleistungen Neubau Feuerwehrgerätehaus Auenfeld-Nord, Los 2 (Rohbau)",
        "Beschlussvorlage",
        "FB 4 – Ordnung, Sicherheit und Feuerwehr",
        "2025-03-07",
        True,
    ),
    (
        "MV/2025/0006",
        "Mitteilung der Verwaltung: Ergebnis der Verkehrszählung Bahnhofstraße",
        "Mitteilungsvorlage",
        "FB 3 – Stadtentwicklung und Bauen",
        "2025-03-06",
        False,
    ),
    (
        "VO/2025/0068",
        "Satzung zur Änderung der Friedhofsgebührensatzung",
        "Beschlussvorlage",
        "FB 4 – Ordnung, Sicherheit und Feuerwehr",
        "2025-03-05",
        True,
    ),
    (
        "VO/2025/0067",
        "Zuschuss an den Heimatverein Auenfeld e. V. für das Stadtfest 2025",
        "Beschlussvorlage",
        "FB 2 – Bildung, Jugend und Soziales",
        "2025-03-04",
        False,
    ),
    (
        "AN/2025/0011",
        "Antrag der SPD-Fraktion: Prüfung eines Jugendparlaments",
        "Antrag",
        "SPD-Fraktion",
        "2025-03-03",
        False,
    ),
    (
        "VO/2025/0066",
        "Kommunale Wärmeplanung – Beauftragung eines Fachbüros",
        "Beschlussvorlage",
        "Stabsstelle Klimaschutz",
        "2025-02-28",
        True,
    ),
    (
        "IV/2025/0017",
        "Jahresbericht 2024 der Stadtbücherei",
        "Informationsvorlage",
        "FB 2 – Bildung, Jugend und Soziales",
        "2025-02-27",
        False,
    ),
    (
        "VO/2025/0065",
        "Änderung des Flächennutzungsplans im Bereich „Gewerbegebiet Ost II“ – Entwurfs- und Auslegungsbeschluss",
        "Beschlussvorlage",
        "FB 3 – Stadtentwicklung und Bauen",
        "2025-02-26",
        True,
    ),
    (
        "AF/2025/0008",
        "Anfrage der FDP-Fraktion: Stand der Digitalisierung der Schulen",
        "Anfrage",
        "FDP-Fraktion",
        "2025-02-25",
        False,
    ),
    (
        "VO/2025/0064",
        "Wahl der Schöffinnen und Schöffen für die Geschäftsjahre 2026 bis 2030 – Vorschlagsliste",
        "Beschlussvorlage",
        "FB 1 – Finanzen und Zentrale Dienste",
        "2025-02-24",
        False,
    ),
    (
        "MV/2025/0005",
        "Mitteilung: Fördermittelbescheid für die Sanierung der Grundschule am Park",
        "Mitteilungsvorlage",
        "FB 2 – Bildung, Jugend und Soziales",
        "2025-02-21",
        False,
    ),
    (
        "VO/2025/0063",
        "Jahresabschluss 2023 der Stadtwerke Auenfeld GmbH – Entlastung der Geschäftsführung",
        "Beschlussvorlage",
        "Beteiligungsmanagement",
        "2025-02-20",
        True,
    ),
    (
        "AN/2025/0010",
        "Antrag der Fraktion DIE LINKE: Sozialticket für den Stadtbus",
        "Antrag",
        "Fraktion DIE LINKE",
        "2025-02-19",
        False,
    ),
    (
        "VO/2025/0062",
        "Erneuerung der Straßenbeleuchtung in LED-Technik, 3. Bauabschnitt",
        "Beschlussvorlage",
        "FB 3 – Stadtentwicklung und Bauen",
        "2025-02-18",
        False,
    ),
    (
        "IV/2025/0016",
        "Bericht zur Unterbringung von Geflüchteten, Stand 31.01.2025",
        "Informationsvorlage",
        "FB 2 – Bildung, Jugend und Soziales",
        "2025-02-14",
        False,
    ),
    (
        "VO/2025/0061",
        "Benennung einer Straße im Neubaugebiet „Am Mühlgraben“ nach Else Brauckmann",
        "Beschlussvorlage",
        "FB 3 – Stadtentwicklung und Bauen",
        "2025-02-13",
        True,
    ),
    (
        "VO/2025/0060",
        "Neufassung der Satzung über die Erhebung von Hundesteuer",
        "Beschlussvorlage",
        "FB 1 – Finanzen und Zentrale Dienste",
        "2025-02-12",
        True,
    ),
    (
        "AF/2025/0007",
        "Anfrage der AfD-Fraktion zu den Kosten des Bürgerbüros",
        "Anfrage",
        "AfD-Fraktion",
        "2025-02-11",
        False,
    ),
    (
        "VO/2025/0059",
        "Beitritt zur Klimaschutzpartnerschaft des Landkreises",
        "Beschlussvorlage",
        "Stabsstelle Klimaschutz",
        "2025-02-10",
        False,
    ),
    (
        "MV/2025/0004",
        "Mitteilung: Termine der Ortsteilversammlungen 2025",
        "Mitteilungsvorlage",
        "Büro des Bürgermeisters",
        "2025-02-07",
        False,
    ),
    (
        "VO/2025/0058",
        "Überplanmäßige Ausgabe für den Winterdienst 2024/2025",
        "Beschlussvorlage",
        "FB 1 – Finanzen und Zentrale Dienste",
        "2025-02-06",
        True,
    ),
    (
        "IV/2025/0015",
        "Lärmaktionsplan Stufe 4 – Ergebnisse der Öffentlichkeitsbeteiligung",
        "Informationsvorlage",
        "FB 3 – Stadtentwicklung und Bauen",
        "2025-02-05",
        False,
    ),
    (
        "AN/2025/0009",
        "Gemeinsamer Antrag von CDU und SPD: Mehr Sitzbänke in der Innenstadt",
        "Antrag",
        "CDU-Fraktion, SPD-Fraktion",
        "2025-02-04",
        False,
    ),
    (
        "VO/2025/0057",
        "Annahme von Spenden und Zuwendungen im 4. Quartal 2024",
        "Beschlussvorlage",
        "FB 1 – Finanzen und Zentrale Dienste",
        "2025-02-03",
        True,
    ),
    (
        "VO/2025/0056",
        "Entsendung von Vertreterinnen und Vertretern in den Zweckverband Abwasser Auenfeld-Land",
        "Beschlussvorlage",
        "Büro des Bürgermeisters",
        "2025-01-31",
        False,
    ),
    (
        "IV/2025/0014",
        "Kriminalstatistik 2024 für das Stadtgebiet",
        "Informationsvorlage",
        "FB 4 – Ordnung, Sicherheit und Feuerwehr",
        "2025-01-30",
        False,
    ),
]
assert len(RA_PAPERS) == 31


def _ra_kvonr(number: str) -> int:
    return 2004000 + int(_hex(number, 5), 16) % 90000


def _ra_href(page: int) -> str:
    return f"vo0040.php?{RA_QUERY.replace('&', '&amp;')}&amp;__cpage={page}"


def _ra_day(day: str) -> str:
    moment = date.fromisoformat(day)
    return f"{moment.day:02d}.{moment.month:02d}.{moment.year}"


def _ra_row(paper: RaPaper, index: int) -> str:
    number, subject, kind, office, day, decided = paper
    kvonr = _ra_kvonr(number)
    docs = [
        f'<div class="smc-d-el"><a href="getfile.php?id={kvonr * 3 % 900000 + 100000}&amp;type=do" title="Dokument Download Dateityp: pdf" class="smc-link-normal smc_doc smc_field_danr" target="_blank"><i class="fa fa-file-pdf-o smc-doc-symbol" aria-hidden="true">VO</i><span class="smc-doc-name">{esc(kind)}</span></a> <span class="smc-doc-size">(pdf, {110 + kvonr % 700} KB)</span></div>'
    ]
    if decided:
        docs.append(
            f'<div class="smc-d-el"><a href="getfile.php?id={kvonr * 7 % 900000 + 100000}&amp;type=do" title="Dokument Download Dateityp: pdf" class="smc-link-normal smc_doc smc_field_danr" target="_blank"><i class="fa fa-file-pdf-o smc-doc-symbol" aria-hidden="true">AN</i><span class="smc-doc-name">Anlage {1 + kvonr % 3}</span></a> <span class="smc-doc-size">(pdf, {300 + kvonr % 2400} KB)</span></div>'
        )
    parity = "smc-t-r-even" if index % 2 else "smc-t-r-odd"
    return f"""<tr class="smc-t-r-l {parity}">
<td class="smc-t-cl991 voname"><div class="smc-el-h smc-link-normal"><a href="vo0050.php?__kvonr={kvonr}" title="Vorlage anzeigen: {esc(number)}" class="smc-link-normal smc_doc smc_datatype_vo">{esc(number)}</a></div></td>
<td class="smc-t-cl991 vobetr"><div class="smc-el-h">{esc(subject)}</div>
<ul class="list-inline smc-detail-list"><li class="list-inline-item">{esc(kind)}</li><li class="list-inline-item">{esc(office)}</li></ul></td>
<td class="smc-t-cl991 vodat">{_ra_day(day)}</td>
<td class="smc-t-cl991 vodocs smc-t-cl-docs">{"".join(docs)}</td>
</tr>"""


def _ra_pager(number: int, total: int) -> str:
    items = []
    if number > 1:
        items.append(
            f'<li class="page-item"><a class="page-link smc-link-normal" href="{_ra_href(1)}" title="Erste Seite">&laquo;</a></li>'
        )
        items.append(
            f'<li class="page-item"><a class="page-link smc-link-normal" href="{_ra_href(number - 1)}" title="Vorherige Seite">&lsaquo;</a></li>'
        )
    for page in range(1, total + 1):
        if page == number:
            items.append(
                f'<li class="page-item active"><span class="page-link">{page}<span class="sr-only"> (aktuelle Seite)</span></span></li>'
            )
        else:
            items.append(
                f'<li class="page-item"><a class="page-link smc-link-normal" href="{_ra_href(page)}" title="Seite {page}">{page}</a></li>'
            )
    if number < total:
        items.append(
            f'<li class="page-item"><a class="page-link smc-link-normal" href="{_ra_href(number + 1)}" title="Nächste Seite">&rsaquo;</a></li>'
        )
        items.append(
            f'<li class="page-item"><a class="page-link smc-link-normal" href="{_ra_href(total)}" title="Letzte Seite">&raquo;</a></li>'
        )
    return f"""<nav class="smc-nav-pages" aria-label="Seitennavigation"><ul class="pagination pagination-sm smc-pagination">{"".join(items)}</ul></nav>"""


def _ra_page(number: int, total: int, papers: list[RaPaper], first: int) -> str:
    rows = "\n".join(_ra_row(paper, first + n) for n, paper in enumerate(papers))
    return f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="sessionnet" content="V5.5.4 KP1 bi (Stadt Auenfeld)">
<meta name="description" content="Bürgerinformationssystem der Stadt Auenfeld">
<title>SessionNet | Vorlagen</title>
<link rel="shortcut icon" href="im/browser.ico" type="image/x-icon">
<link rel="stylesheet" href="css/bootstrap.min.css?v=554">
<link rel="stylesheet" href="css/font-awesome.min.css?v=554">
<link rel="stylesheet" href="css/smc-core.css?v=554">
<link rel="stylesheet" href="css/smc-theme.css?v=554">
<link rel="stylesheet" href="config/layout/css/auenfeld.css?v=554">
<script src="js/jquery.min.js?v=554"></script>
<script src="js/popper.min.js?v=554"></script>
<script src="js/bootstrap.min.js?v=554"></script>
<script src="js/smc-core.js?v=554"></script>
<script>var smcGlobalLanguage='de';var smcGlobalBaseUrl='/bi/';var smcGlobalPage='vo0040';</script>
</head>
<body id="smc_body" class="smc-body smc_page_vo0040">
<div id="smc_cookie_hint" class="smc-cookie-hint alert alert-secondary alert-dismissible fade show mb-0" role="alert">
<p>Diese Website verwendet ausschließlich technisch notwendige Cookies, um die Sitzungsverwaltung zu ermöglichen. <a href="info.php?__ctext=1" class="alert-link">Datenschutzerklärung</a></p>
<button type="button" class="close" data-dismiss="alert" aria-label="Hinweis schließen" onclick="document.cookie='smc_cookie_hint=1;path=/';"><span aria-hidden="true">&times;</span></button>
</div>
<a class="sr-only sr-only-focusable smc-skip" href="#smc_page_vo0040_contenttable1">Zum Inhalt springen</a>
<header id="smc_header" class="smc-header">
<div class="container-fluid smc-header-top">
<div class="row align-items-center">
<div class="col-8 col-md-6"><a href="https://www.auenfeld.test/" title="Zur Homepage der Stadt Auenfeld" class="smc-logo-link"><img src="config/layout/im/logo-auenfeld.png" alt="Stadt Auenfeld" class="smc-logo"></a></div>
<div class="col-4 col-md-6 text-right"><span class="smc-header-title d-none d-md-inline">Bürgerinformationssystem</span></div>
</div>
</div>
<nav class="navbar navbar-expand-lg navbar-light smc-navbar" aria-label="Hauptnavigation">
<button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#smc_navbar_main" aria-controls="smc_navbar_main" aria-expanded="false" aria-label="Navigation umschalten"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="smc_navbar_main">
<ul class="navbar-nav mr-auto smc-nav-main">
<li class="nav-item"><a class="nav-link smc-link-normal" href="info.php">Startseite</a></li>
<li class="nav-item"><a class="nav-link smc-link-normal" href="si0040.php?__cjahr=2025&amp;__cmonat=3&amp;__canz=1&amp;__cselect=0">Sitzungskalender</a></li>
<li class="nav-item"><a class="nav-link smc-link-normal" href="gr0040.php?__cwpall=1">Gremien</a></li>
<li class="nav-item"><a class="nav-link smc-link-normal" href="kp0040.php?__cwpall=1">Mandatsträger</a></li>
<li class="nav-item active"><a class="nav-link smc-link-normal" href="vo0040.php?{RA_QUERY.replace("&", "&amp;")}" aria-current="page">Vorlagen</a></li>
<li class="nav-item"><a class="nav-link smc-link-normal" href="recherche.php">Recherche</a></li>
</ul>
<ul class="navbar-nav smc-nav-service">
<li class="nav-item"><a class="nav-link smc-link-normal" href="yw0040.php" title="Anmelden für Mandatsträger"><i class="fa fa-sign-in" aria-hidden="true"></i> Anmelden</a></li>
<li class="nav-item"><a class="nav-link smc-link-normal" href="info.php?__ctext=2">Hilfe</a></li>
</ul>
</div>
</nav>
</header>
<main id="smc_main" class="container-fluid smc-main">
<nav aria-label="Brotkrumennavigation"><ol class="breadcrumb smc-breadcrumb"><li class="breadcrumb-item"><a href="info.php" class="smc-link-normal">Startseite</a></li><li class="breadcrumb-item active" aria-current="page">Vorlagen</li></ol></nav>
<h1 class="smc-h1">Vorlagen</h1>
<div class="card smc-card smc-filter mb-3">
<div class="card-header smc-card-header"><a data-toggle="collapse" href="#smc_filter_body" role="button" aria-expanded="false" aria-controls="smc_filter_body" class="smc-link-normal"><i class="fa fa-filter" aria-hidden="true"></i> Filter</a></div>
<div class="collapse" id="smc_filter_body"><div class="card-body">
<form action="vo0040.php" method="get" class="smc-form" id="smc_form_vo0040">
<input type="hidden" name="__cwpall" value="1">
<div class="form-row">
<div class="form-group col-md-4"><label for="__cwpnr">Wahlperiode</label><select name="__cwpnr" id="__cwpnr" class="form-control form-control-sm"><option value="0" selected>alle Wahlperioden</option><option value="8">2024 - 2029</option><option value="7">2019 - 2024</option><option value="6">2014 - 2019</option></select></div>
<div class="form-group col-md-4"><label for="__cvodatvon">Zeitraum von</label><input type="text" name="__cvodatvon" id="__cvodatvon" class="form-control form-control-sm" placeholder="TT.MM.JJJJ"></div>
<div class="form-group col-md-4"><label for="__cvodatbis">bis</label><input type="text" name="__cvodatbis" id="__cvodatbis" class="form-control form-control-sm" placeholder="TT.MM.JJJJ"></div>
</div>
<div class="form-row">
<div class="form-group col-md-4"><label for="__cvoart">Vorlagenart</label><select name="__cvoart" id="__cvoart" class="form-control form-control-sm"><option value="0" selected>alle</option><option value="1">Beschlussvorlage</option><option value="2">Informationsvorlage</option><option value="3">Mitteilungsvorlage</option><option value="4">Antrag</option><option value="5">Anfrage</option></select></div>
<div class="form-group col-md-4"><label for="__cfederf">Federführend</label><select name="__cfederf" id="__cfederf" class="form-control form-control-sm"><option value="0" selected>alle</option><option value="11">Büro des Bürgermeisters</option><option value="21">FB 1 – Finanzen und Zentrale Dienste</option><option value="22">FB 2 – Bildung, Jugend und Soziales</option><option value="23">FB 3 – Stadtentwicklung und Bauen</option><option value="24">FB 4 – Ordnung, Sicherheit und Feuerwehr</option><option value="31">Stabsstelle Klimaschutz</option><option value="32">Beteiligungsmanagement</option></select></div>
<div class="form-group col-md-4"><label for="__cvosuch">Suchbegriff im Betreff</label><input type="text" name="__cvosuch" id="__cvosuch" class="form-control form-control-sm"></div>
</div>
<button type="submit" class="btn btn-primary btn-sm smc-btn">Filtern</button> <a href="vo0040.php?{RA_QUERY.replace("&", "&amp;")}" class="btn btn-outline-secondary btn-sm smc-btn">Zurücksetzen</a>
</form>
</div></div>
</div>
<div class="row smc-list-head align-items-center mb-2">
<div class="col-sm-6"><p class="smc-count mb-0">Anzahl: 31 Vorlagen</p></div>
<div class="col-sm-6 text-sm-right"><a href="vo0040.php?{RA_QUERY.replace("&", "&amp;")}&amp;__cformat=pdf" class="smc-link-normal" target="_blank"><i class="fa fa-print" aria-hidden="true"></i> Druckansicht</a></div>
</div>
<div class="table-responsive">
<table id="smc_page_vo0040_contenttable1" class="table table-striped table-hover table-sm smc-table smc-table-striped smc-table-hover smc-table-responsive">
<caption class="sr-only">Liste der Vorlagen, Seite {number} von {total}</caption>
<thead><tr class="smc-t-r-h">
<th scope="col" class="smc-t-h voname">Vorlage</th>
<th scope="col" class="smc-t-h vobetr">Betreff</th>
<th scope="col" class="smc-t-h vodat">Datum</th>
<th scope="col" class="smc-t-h vodocs">Dokumente</th>
</tr></thead>
<tbody>
{rows}
</tbody>
</table>
</div>
{_ra_pager(number, total)}
</main>
<footer id="smc_footer" class="smc-footer">
<div class="container-fluid">
<div class="row">
<div class="col-md-8"><ul class="list-inline smc-footer-links mb-0"><li class="list-inline-item"><a href="https://www.auenfeld.test/impressum" class="smc-link-normal">Impressum</a></li><li class="list-inline-item"><a href="info.php?__ctext=1" class="smc-link-normal">Datenschutz</a></li><li class="list-inline-item"><a href="https://www.auenfeld.test/barrierefreiheit" class="smc-link-normal">Barrierefreiheit</a></li></ul></div>
<div class="col-md-4 text-md-right"><span class="smc-version">SessionNet | Version 5.5.4 KP1 bi | © Somacos GmbH &amp; Co. KG</span></div>
</div>
</div>
</footer>
</body>
</html>"""


@thirtieth
def build_ratsinfo_auenfeld() -> None:
    s = Site(
        "ratsinfo-auenfeld",
        kind="council documents list in German (SessionNet 5.5 Vorlagen overview: meta sessionnet fingerprint, cookie hint, town header, SessionNet navigation, breadcrumbs, a collapsed filter form, 'Anzahl: 31 Vorlagen', table.smc-table of tr.smc-t-r-l rows: the number as a.smc_datatype_vo link to vo0050.php?__kvonr=…, the subject in div.smc-el-h above a ul.smc-detail-list of kind and lead office or faction, a day-first date, div.smc-d-el document links; Bootstrap pager over &__cpage=N)",
        start=f"bi/vo0040.php?{RA_QUERY}",
        description="A German town's council information system, the 'Vorlagen' overview of council papers newest first, copied from a Somacos SessionNet 5.5 'bi' installation as a visitor gets it: head with the meta name=sessionnet fingerprint, Bootstrap 4 and smc CSS / JS; a dismissible cookie hint; the town's header with its logo and 'Bürgerinformationssystem'; the navbar (Startseite, Sitzungskalender, Gremien, Mandatsträger, Vorlagen, Recherche, Anmelden, Hilfe); breadcrumbs and h1 'Vorlagen'; a collapsed filter card (Wahlperiode, Zeitraum von / bis, Vorlagenart, Federführend, Suchbegriff im Betreff); 'Anzahl: 31 Vorlagen' and a Druckansicht link; table#smc_page_vo0040_contenttable1.smc-table with a header row (Vorlage, Betreff, Datum, Dokumente) and tr.smc-t-r-l rows: td.voname > div.smc-el-h > a.smc_datatype_vo 'VO/2025/0071' to vo0050.php?__kvonr=<id> (relative to /bi/), td.vobetr with the subject in div.smc-el-h and ul.smc-detail-list of li 'Beschlussvorlage' / 'Antrag' / 'Anfrage' / 'Informationsvorlage' / 'Mitteilungsvorlage' and li lead office ('FB 3 – Stadtentwicklung und Bauen') or submitting faction, td.vodat '14.03.2025', td.vodocs of div.smc-d-el getfile.php links with i.smc-doc-symbol and sizes; a Bootstrap pager (« ‹ numbers › », the current page a span) over vo0040.php?__cwpall=1&__cselect=0&__cpage=N; the footer with Impressum / Datenschutz and the SessionNet version. 12 + 12 + 7 papers. Written down: number, title (the subject), url (/bi/vo0050.php?__kvonr=…), type, department (lead office or submitter as shown), date.",
    )
    pages = chunks(RA_PAPERS, [RA_PER_PAGE, RA_PER_PAGE, len(RA_PAPERS) - 2 * RA_PER_PAGE])
    first = 0
    for number, batch in enumerate(pages, 1):
        html = _ra_page(number, len(pages), batch, first)
        first += len(batch)
        if number == 1:
            s.list_page(f"bi/vo0040.php@{RA_QUERY}", html)
            s.write(f"bi/vo0040.php@{RA_QUERY}&__cpage=1", html)
        else:
            s.list_page(f"bi/vo0040.php@{RA_QUERY}&__cpage={number}", html)
    for paper in RA_PAPERS:
        number_, subject, kind, office, day, _ = paper
        s.expect(
            {
                "number": number_,
                "title": subject,
                "url": f"/bi/vo0050.php?__kvonr={_ra_kvonr(number_)}",
                "type": kind,
                "department": office,
                "date": day,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for fonds_title, fonds_slug, _ in AV_FONDS.values():
        assert _av_slug(fonds_title) == fonds_slug, fonds_slug
    assert len({_ra_kvonr(paper[0]) for paper in RA_PAPERS}) == len(RA_PAPERS)
    for name, build in THIRTIETH.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
