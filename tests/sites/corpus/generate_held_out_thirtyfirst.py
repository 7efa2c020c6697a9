"""Held-out wave thirty-one: three list pages copied from their real 2024–25 platform markup with invented data, and
frozen before any heuristic saw them.

* **fjordtak-bolig** — a Norwegian property search on FINN eiendom, 'Bolig til salgs' (Next.js + Warp / Tailwind
  utility classes, ``/realestate/homes/search.html?location=…&sort=PUBLISHED_DESC``): the Schibsted consent dialog,
  the FINN header, a filter column (Område, Prisantydning, Boligtype, Eieform, Soverom), '47 treff' with a sort
  select and 'Lagre søk', ``article.sf-search-ad.sf-ad-card`` cards: a lazy image with an optional 'Visning …'
  ribbon, ``div.sf-realestate-location`` address, ``h2.sf-realestate-heading`` > ``a.sf-search-ad-link`` to
  ``/realestate/homes/ad.html?finnkode=N`` with an empty overlay span, a bold row of two spans '72 m²' +
  '5 290 000 kr', a subtle line 'Totalpris: … ∙ Fellesutg.: … ∙ Andel ∙ Leilighet' (parts missing on some), the
  broker logo with only an alt; an 'Annonse' display slot in the list; the Warp pager over ``&page=N`` with
  screen-reader 'Side' / 'Neste resultatside' texts. 18 + 18 + 11 homes. Written down: title, url, address,
  area_m2, price, currency, total_price, common_costs, ownership, property_type, agent.
* **westbrook-ssb** — a US state university's class search on Ellucian Banner 9 Student Registration Self-Service
  (``/StudentRegistrationSsb/ssb/classSearch/classSearch``): the Banner header and breadcrumbs, the 'Search
  Results — 27 Classes' header with 'Term: Spring 2025' and 'Subject: Mathematics', an empty ``table#table1``
  grid with its column headers, and the Banner pager (First / Previous / 'Page [1] of 3' / Next / Last, a per-page
  select, 'Records: 27'); a script fills the grid from ``/StudentRegistrationSsb/ssb/searchResults/searchResults?
  txt_subject=MATH&txt_term=202520&…&pageOffset=N&pageMaxSize=10&sortColumn=subjectDescription&sortDirection=asc``
  JSON (Banner's real answer shape: ``data`` of sections with ``faculty`` / ``meetingsFaculty`` / ``meetingTime``
  day booleans and 'HHMM' times, ``sectionAttributes``). 10 + 10 + 7 sections. Written down: title, subject,
  course_number, section, crn, credits, schedule_type, instructor, campus, building, room, capacity,
  seats_available, start_date, end_date, attributes.
* **rangmahal-fashion** — an Indian fashion store's category grid on Myntra (React SSR, 2024–25):
  ``ul.results-base > li.product-base`` cards of one ``a[data-refreshpage=true]`` link to
  ``/tshirts/<brand>/<slug>/<id>/buy``, an image slider, ``div.product-ratingsContainer`` '4.2' + star sprite +
  ``div.product-ratingsCount`` '| 1.2k' on most, an 'AD' watermark on sponsored cards, ``h3.product-brand``,
  ``h4.product-product``, hover-only ``h4.product-sizes`` 'Sizes: S, M, L', ``div.product-price`` with
  'Rs. 399' / struck 'Rs. 1299' / '(69% OFF)' or a plain 'Rs. 799', 'ONLY FEW LEFT' / 'NEW' tags; breadcrumbs, a
  '- 50 items' count, vertical filters, a sort select, ``ul.pagination-container`` with 'Page 1 of 3', numbers and
  'Next' over ``?p=N``; ``window.__myx`` search data. 20 + 20 + 10 products (plus two AD cards a page). Written
  down: title, url, brand, price, currency, original_price, discount, rating, rating_count, sizes.

Run ``uv run python tests/sites/corpus/generate_held_out_thirtyfirst.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **frozen**.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import random
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import FROZEN, ROOT, Site, chunks, esc, slug

FROZEN |= {"fjordtak-bolig", "westbrook-ssb", "rangmahal-fashion"}

THIRTYFIRST: dict[str, Callable[[], None]] = {}


def thirtyfirst(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    THIRTYFIRST[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hex(seed: str, length: int) -> str:
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:length]


def _nok(amount: int) -> str:
    """``5290000`` → ``5 290 000`` with the non-breaking spaces FINN prints."""
    return f"{amount:,}".replace(",", "\u00a0")


# ---------------------------------------------------------------------------------------------------
# fjordtak-bolig: FINN eiendom 'Bolig til salgs', Oslo – Grünerløkka, newest first.
# ---------------------------------------------------------------------------------------------------

FJ_QUERY = "location=1.20061.20507&sort=PUBLISHED_DESC"

#: (title, address, m², prisantydning, totalpris or None, fellesutg. or None, eieform, boligtype, megler or None, visning or None)
FjHome = tuple[str, str, int, int, int | None, int | None, str, str, str | None, str | None]

_FJ_STREETS = [
    "Thorvald Meyers gate",
    "Markveien",
    "Seilduksgata",
    "Toftes gate",
    "Helgesens gate",
    "Sofienberggata",
    "Nordre gate",
    "Schleppegrells gate",
    "Fossveien",
    "Grüners gate",
    "Steenstrups gate",
    "Korsgata",
    "Søndre gate",
    "Trondheimsveien",
    "Dælenenggata",
    "Sannergata",
    "Københavngata",
    "Bergensgata",
    "Waldemar Thranes gate",
    "Nordkappgata",
]
_FJ_BROKERS = [
    "DNB Eiendom",
    "PrivatMegleren",
    "EIE eiendomsmegling",
    "Krogsveen",
    "Nordvik",
    "Eiendomsmegler 1",
    "Schala & Partners",
    "OBOS Eiendomsmeglere",
    "Proaktiv Eiendomsmegling",
    "Heimdal Eiendomsmegling",
]
_FJ_HEADINGS = [
    "Lys og moderne {r}-roms med vestvendt balkong – Nær Birkelunden",
    "Sjarmerende {r}-roms i klassisk bygård | Høyt under taket | Peis",
    "Stor og påkostet {r}-roms over to plan med privat takterrasse",
    "Praktisk {r}-roms – Gjennomgående – Rolig beliggenhet i bakgård",
    "Innflytningsklar {r}-roms med nytt bad (2023) og fellesterrasse",
    "Romslig {r}-roms i toppetasjen – Heis – Utsikt over byen",
    "Pen {r}-roms med solrik balkong mot grønn gårdsplass",
    "Nyoppusset {r}-roms | Åpen stue/kjøkken | Lave felleskostnader",
    "Hjørneleilighet med karnapp – {r}-roms – Parkett og peisovn",
    "Liten og smart {r}-roms – Ideell førstegangsbolig – Sentralt",
    "Familievennlig {r}-roms med 2 bad og egen bod i kjeller",
    "Lekker {r}-roms med fransk balkong – Kort vei til Akerselva",
    "Stilren {r}-roms i nyere bygg (2016) – Garasjeplass kan kjøpes",
    "Attraktiv {r}-roms på hjørnet mot Olaf Ryes plass",
    "Koselig {r}-roms med alkove – Bygård fra 1898 – Vaskeri",
    "Oppgraderingsobjekt! {r}-roms med stort potensial",
    "Lun {r}-roms med egen hage – Rekkehus i tun",
    "Eksklusiv {r}-roms penthouse med 40 m² terrasse",
]


def _fj_homes() -> list[FjHome]:
    rnd = random.Random("fjordtak")
    homes: list[FjHome] = []
    for index in range(47):
        rooms = rnd.choice([1, 2, 2, 2, 3, 3, 3, 4, 4, 5])
        heading = _FJ_HEADINGS[index % len(_FJ_HEADINGS)]
        if "Rekkehus" in heading:
            kind, rooms = "Rekkehus", 4
        elif "Liten" in heading or "alkove" in heading:
            rooms = rnd.choice([1, 2])
            kind = "Leilighet"
        else:
            kind = "Leilighet"
        area = {1: 31, 2: 48, 3: 67, 4: 88, 5: 112}[rooms] + rnd.randint(-6, 14)
        price = round(area * rnd.randint(88, 124) * 1000, -4)
        ownership = rnd.choice(["Andel", "Andel", "Selveier", "Selveier", "Aksje"])
        shared = rnd.randint(24, 78) * 100 if ownership != "Selveier" else rnd.choice([None, rnd.randint(18, 45) * 100])
        debt = rnd.randint(2, 60) * 10000 if ownership == "Andel" else 0
        total = price + debt + rnd.randint(4, 14) * 1000 + (price // 40 if ownership == "Selveier" else 0)
        if index in {9, 30}:
            total = None
        street = _FJ_STREETS[(index * 7) % len(_FJ_STREETS)]
        number = f"{rnd.randint(2, 74)}{rnd.choice(['', '', '', 'A', 'B', 'C'])}"
        broker = None if index in {14, 41} else _FJ_BROKERS[(index * 3) % len(_FJ_BROKERS)]
        day = 15 + index % 9
        weekday = ["lør.", "søn.", "man.", "tir.", "ons.", "tor.", "fre."][(day - 15) % 7]
        viewing = f"Visning {weekday} {day}. mars" if index % 3 != 2 else None
        homes.append(
            (
                heading.format(r=rooms),
                f"{street} {number}, Oslo",
                area,
                int(price),
                total,
                shared,
                ownership,
                kind,
                broker,
                viewing,
            )
        )
    return homes


FJ_HOMES = _fj_homes()


def _fj_finnkode(index: int) -> int:
    return 398_104_226 - index * 7_391


def _fj_card(index: int, home: FjHome) -> str:
    title, address, area, price, total, shared, ownership, kind, broker, viewing = home
    code = _fj_finnkode(index)
    image = f"https://images.finncdn.no/dynamic/480w/2025/3/vertical-0/1{index % 9}/{str(code)[-1]}/{str(code)[:3]}/{str(code)[3:6]}/{str(code)[6:]}_{_hex(title, 10)}.jpg"
    ribbon = (
        f'<div class="absolute bottom-0 left-0 z-10"><div class="s-bg-info-subtle py-4 px-8 rounded-tr-8 text-xs font-bold">{esc(viewing)}</div></div>'
        if viewing
        else ""
    )
    line: list[str] = []
    if total is not None:
        line.append(f"<span>Totalpris: {_nok(total)} kr</span>")
    if shared is not None:
        line.append(f"<span>Fellesutg.: {_nok(shared)} kr</span>")
    line.append(f"<span>{esc(ownership)} ∙ {esc(kind)}</span>")
    sep = '<span class="hidden sm:inline"> ∙ </span>'
    logo = (
        f'<div class="col-span-2 mt-12 flex justify-end"><img loading="lazy" class="h-28 max-w-[120px] object-contain" src="https://images.finncdn.no/dynamic/default/logo/{slug(broker)}.png" alt="Logo: {esc(broker)}"></div>'
        if broker
        else '<div class="col-span-2 mt-12 text-xs s-text-subtle">Selges uten megler</div>'
    )
    return f"""<article class="sf-search-ad relative overflow-hidden transition-all outline-none sf-ad-outline sf-ad-card rounded-8 mt-24 mx-16 mb-16 sm:mb-24 relative grid f-grid grid-cols-2" aria-owns="search-ad-{code}">
<div class="sf-realestate-image relative col-span-2 mb-12 sm:mb-0">
<div class="aspect-w-16 aspect-h-9 sm:aspect-h-7 rounded-t-8 overflow-hidden s-bg-subtle"><img alt="" loading="{"eager" if index < 3 else "lazy"}" class="w-full h-full object-center object-cover" sizes="(min-width: 1300px) 684px, (min-width: 1010px) 53vw, (min-width: 768px) 56vw, 100vw" src="{image}" srcset="{image} 480w, {image.replace("/480w/", "/780w/")} 780w, {image.replace("/480w/", "/1280w/")} 1280w"></div>
{ribbon}
<button type="button" class="absolute top-8 right-8 z-10 s-bg rounded-full p-8" aria-label="Legg til i favoritter" aria-pressed="false"><svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" fill="none" viewBox="0 0 16 16"><path stroke="currentColor" d="M8 14s-6-3.6-6-8a3 3 0 0 1 6-1 3 3 0 0 1 6 1c0 4.4-6 8-6 8Z"></path></svg></button>
</div>
<div class="col-span-2 px-16 sm:flex sm:justify-between">
<div class="mt-4 sf-line-clamp-2 sm:order-first sm:text-right sm:mt-0 sm:ml-16 sf-realestate-location"><span class="text-s s-text-subtle">{esc(address)}</span></div>
<h2 class="h4 mb-0 break-words sf-realestate-heading" id="search-ad-{code}"><a href="/realestate/homes/ad.html?finnkode={code}" id="{code}" class="sf-search-ad-link s-text! hover:no-underline"><span class="absolute inset-0" aria-hidden="true"></span>{esc(title)}</a></h2>
</div>
<div class="col-span-2 mt-16 px-16 flex justify-between sm:mt-4 sm:block space-x-12 font-bold whitespace-nowrap"><span>{area} m²</span><span>{_nok(price)} kr</span></div>
<div class="col-span-2 mt-8 px-16 sm:mt-4 text-s s-text-subtle flex flex-col sm:block">{sep.join(line)}</div>
{logo}
</article>"""


def _fj_pager(number: int, total: int) -> str:
    def href(n: int) -> str:
        return f"/realestate/homes/search.html?{FJ_QUERY.replace('&', '&amp;')}&amp;page={n}"

    items = []
    if number > 1:
        items.append(
            f'<a href="{href(number - 1)}" rel="prev" class="s-icon hover:s-bg-hover rounded-full p-8"><span class="sr-only">Forrige resultatside</span><svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" fill="none" viewBox="0 0 16 16"><path stroke="currentColor" d="M10.5 2.5 5 8l5.5 5.5"></path></svg></a>'
        )
    for n in range(1, total + 1):
        if n == number:
            items.append(
                f'<a href="{href(n)}" aria-current="page" class="s-bg-primary s-text-inverted rounded-full w-40 h-40 flex items-center justify-center"><span class="sr-only">Side</span>{n}</a>'
            )
        else:
            items.append(
                f'<a href="{href(n)}" class="hover:s-bg-hover rounded-full w-40 h-40 flex items-center justify-center"><span class="sr-only">Side</span>{n}</a>'
            )
    if number < total:
        items.append(
            f'<a href="{href(number + 1)}" rel="next" class="s-icon hover:s-bg-hover rounded-full p-8"><span class="sr-only">Neste resultatside</span><svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" fill="none" viewBox="0 0 16 16"><path stroke="currentColor" d="m5.5 2.5 5.5 5.5-5.5 5.5"></path></svg></a>'
        )
    return f"""<nav class="flex justify-center mt-32 mb-16" aria-labelledby="pagination-heading">
<h2 id="pagination-heading" class="sr-only">Resultatsider</h2>
<div class="flex items-center gap-8">{"".join(items)}</div>
</nav>"""


def _fj_page(number: int, total: int, homes: list[FjHome], first: int) -> str:
    cards = []
    for offset, home in enumerate(homes):
        cards.append(_fj_card(first + offset, home))
        if offset == 5:
            cards.append(
                f"""<div class="col-span-2 my-16 mx-16" data-testid="advertising-slot"><div class="text-center"><span class="text-xs s-text-subtle uppercase">Annonse</span><div id="advertising-result-list-{number}" class="min-h-[250px] s-bg-subtle flex items-center justify-center"><a href="https://ad.doubleclick.net/ddm/trackclk/N7821.finn/B3104;dc_trk_aid=58{number}1;dc_trk_cid=2248" rel="sponsored noopener" target="_blank"><img src="https://images.finncdn.no/dynamic/default/adimg/sparebank-boliglan-{number}.jpg" alt="Boliglån med grønn rente fra 5,04 % eff. – Sjekk hva du kan låne" width="580" height="250"></a></div></div></div>"""
            )
    sort_options = "".join(
        f'<option value="{v}"{" selected" if v == "PUBLISHED_DESC" else ""}>{label}</option>'
        for v, label in [
            ("RELEVANCE", "Mest relevant"),
            ("PUBLISHED_DESC", "Publisert"),
            ("PRICE_ASKING_ASC", "Prisantydning lav-høy"),
            ("PRICE_ASKING_DESC", "Prisantydning høy-lav"),
            ("AREA_PROM_ASC", "Areal lav-høy"),
            ("CLOSEST", "Nærmest"),
        ]
    )
    facets = "".join(
        f'<div class="flex justify-between py-4"><label class="flex gap-8"><input type="checkbox" name="{name}" value="{value}"{" checked" if checked else ""}><span>{label}</span></label><span class="s-text-subtle text-xs">{count}</span></div>'
        for name, value, label, count, checked in [
            ("property_type", "3", "Leilighet", 41, False),
            ("property_type", "4", "Rekkehus", 3, False),
            ("property_type", "2", "Tomannsbolig", 2, False),
            ("property_type", "1", "Enebolig", 1, False),
            ("ownership_type", "3", "Andel", 19, False),
            ("ownership_type", "4", "Selveier", 21, False),
            ("ownership_type", "1", "Aksje", 7, False),
        ]
    )
    state = {
        "props": {
            "pageProps": {
                "search": {
                    "metadata": {
                        "result_size": {"match_count": len(FJ_HOMES)},
                        "paging": {"current": number, "last": total},
                        "title": "Bolig til salgs",
                    },
                    "docs": [
                        {"ad_id": _fj_finnkode(first + i), "type": "realestate", "heading": h[0]}
                        for i, h in enumerate(homes)
                    ],
                }
            }
        },
        "page": "/realestate/[vertical]/search",
        "buildId": "Xq2mT7pLz0aK9dN4fR1sB",
    }
    return f"""<!DOCTYPE html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bolig til salgs | FINN eiendom</title>
<meta name="description" content="Finn bolig til salgs i Grünerløkka, Oslo. {len(FJ_HOMES)} boliger til salgs – leiligheter, rekkehus og eneboliger.">
<link rel="canonical" href="/realestate/homes/search.html?{FJ_QUERY.replace("&", "&amp;")}{"&amp;page=" + str(number) if number > 1 else ""}">
<link rel="stylesheet" href="https://assets.finn.no/pkg/@warp-ds/css/v2/tokens/finn-no.css">
<link rel="stylesheet" href="https://assets.finn.no/pkg/@warp-ds/css/v2/components.css">
<link rel="stylesheet" href="/_next/static/css/4f1c2a9e8b3d7c61.css">
<script async src="https://assets.finn.no/pkg/@podium/browser/v1/index.js"></script>
</head>
<body class="s-bg">
<div id="sp_message_container_1094271" class="fixed inset-0 z-50 flex items-end sm:items-center justify-center" style="background:rgba(0,0,0,.4)">
<div role="dialog" aria-modal="true" aria-labelledby="consent-title" class="s-bg rounded-8 p-24 max-w-[640px]">
<h2 id="consent-title" class="h3">Vi bryr oss om personvernet ditt</h2>
<p>FINN er en del av Vend. Vi og våre partnere bruker informasjonskapsler og lignende teknologier for å tilpasse innhold og annonser, måle trafikk og forbedre tjenestene. Du kan når som helst endre valgene dine under «Personvern» nederst på siden.</p>
<div class="flex gap-8 mt-16"><button type="button" class="button button--primary" title="Godta alle">Godta alle</button><button type="button" class="button button--secondary" title="Bare nødvendige">Bare nødvendige</button><button type="button" class="button button--link">Tilpass</button></div>
</div>
</div>
<header class="s-bg border-b s-border">
<div class="page-container flex items-center justify-between h-64">
<a href="/" class="flex items-center"><svg role="img" aria-label="FINN" xmlns="http://www.w3.org/2000/svg" width="80" height="28" viewBox="0 0 80 28"><title>FINN</title><rect width="80" height="28" rx="4" fill="#0063fb"></rect></svg></a>
<nav aria-label="Hovedmeny"><ul class="flex gap-16 text-s">
<li><a href="/nyannonse">Ny annonse</a></li><li><a href="/varsler">Varsler</a></li><li><a href="/meldinger">Meldinger</a></li><li><a href="/auth/login">Logg inn</a></li>
</ul></nav>
</div>
</header>
<div id="__next">
<main class="page-container">
<nav aria-label="Du er her" class="text-s mt-16"><ol class="flex gap-4"><li><a href="/">Forsiden</a> /</li><li><a href="/realestate/">Eiendom</a> /</li><li aria-current="page">Bolig til salgs</li></ol></nav>
<div class="grid md:grid-cols-3 gap-32 mt-16">
<aside class="md:col-span-1" aria-label="Filtre">
<form action="/realestate/homes/search.html" method="get" id="search-filters">
<input type="hidden" name="location" value="1.20061.20507">
<section class="py-16 border-b s-border"><h3 class="h5">Område</h3><div class="flex justify-between"><label class="flex gap-8"><input type="checkbox" checked name="location" value="1.20061.20507"><span>Oslo – Grünerløkka</span></label><span class="s-text-subtle text-xs">{len(FJ_HOMES)}</span></div><button type="button" class="button button--link text-s">Velg flere områder</button></section>
<section class="py-16 border-b s-border"><h3 class="h5">Prisantydning</h3><div class="flex gap-8"><label class="sr-only" for="price_from">Fra</label><input id="price_from" name="price_from" placeholder="Fra" class="input" inputmode="numeric"><label class="sr-only" for="price_to">Til</label><input id="price_to" name="price_to" placeholder="Til" class="input" inputmode="numeric"><span class="self-center">kr</span></div></section>
<section class="py-16 border-b s-border"><h3 class="h5">Boligtype og eieform</h3>{facets}</section>
<section class="py-16 border-b s-border"><h3 class="h5">Soverom</h3><div class="flex gap-4">{"".join(f'<button type="button" class="pill" aria-pressed="false">{n}+</button>' for n in (1, 2, 3, 4, 5))}</div></section>
</form>
</aside>
<section class="md:col-span-2" aria-labelledby="search-result-heading">
<div class="flex justify-between items-center">
<h1 id="search-result-heading" class="h2 mb-0">Bolig til salgs</h1>
<button type="button" class="button button--secondary button--small">Lagre søk</button>
</div>
<div class="flex justify-between items-center mt-8">
<span class="s-text-subtle text-s" role="status">{len(FJ_HOMES)} treff</span>
<div><label for="sort-select" class="text-s mr-8">Sorter etter</label><select id="sort-select" name="sort" class="select">{sort_options}</select></div>
</div>
<div class="flex gap-8 mt-8"><button type="button" class="pill" aria-pressed="true">Liste</button><button type="button" class="pill" aria-pressed="false">Kart</button></div>
<div id="page-results" class="mt-16 -mx-16">
{chr(10).join(cards)}
</div>
{_fj_pager(number, total)}
</section>
</div>
</main>
</div>
<footer class="s-bg-subtle mt-48 py-32 text-s">
<div class="page-container grid md:grid-cols-4 gap-16">
<div><h3 class="h5">FINN.no</h3><ul><li><a href="/om-finn">Om FINN</a></li><li><a href="/jobb-i-finn">Jobb i FINN</a></li><li><a href="/presse">Presse</a></li></ul></div>
<div><h3 class="h5">Eiendom</h3><ul><li><a href="/realestate/homes/search.html">Bolig til salgs</a></li><li><a href="/realestate/newbuildings/search.html">Nye boliger</a></li><li><a href="/realestate/lettings/search.html">Bolig til leie</a></li><li><a href="/realestate/leisuresale/search.html">Fritidsbolig til salgs</a></li></ul></div>
<div><h3 class="h5">Hjelp</h3><ul><li><a href="https://hjelpesenter.finn.no/">Kundeservice</a></li><li><a href="/personvern">Personvern</a></li><li><a href="/informasjonskapsler">Informasjonskapsler</a></li></ul></div>
<div><p>FINN er en del av Vend Marketplaces AS. Innholdet er beskyttet etter åndsverksloven.</p></div>
</div>
</footer>
<script id="__NEXT_DATA__" type="application/json">{json.dumps(state, ensure_ascii=False)}</script>
<script src="/_next/static/chunks/pages/realestate/%5Bvertical%5D/search-7d3a1c0b9e2f.js" defer></script>
</body>
</html>"""


@thirtyfirst
def build_fjordtak_bolig() -> None:
    s = Site(
        "fjordtak-bolig",
        kind="property search results in Norwegian (FINN eiendom 'Bolig til salgs' 2024–25, Next.js + Warp utility classes: article.sf-search-ad.sf-ad-card cards with aria-owns, a lazy image with an optional 'Visning søn. 16. mars' ribbon, div.sf-realestate-location address, h2.sf-realestate-heading > a.sf-search-ad-link with an empty overlay span, a bold row of two bare spans '72 m²' + '5 290 000 kr' (non-breaking spaces), a subtle line 'Totalpris: … ∙ Fellesutg.: … ∙ Andel ∙ Leilighet' with parts missing on some, the broker only as a logo alt or 'Selges uten megler'; an 'Annonse' display slot in the list, Schibsted consent dialog, filter column with counts, '47 treff', sort select; Warp pager of numbers with sr-only 'Side' and 'Neste resultatside' over &page=N; __NEXT_DATA__ with ids and headings)",
        start=f"realestate/homes/search.html?{FJ_QUERY}",
        description="Homes for sale in one Oslo district, newest first, copied from FINN eiendom's search as served in 2024–25. 18 + 18 + 11 homes. Written down: title, url, address, area_m2, price (prisantydning), currency, total_price, common_costs (fellesutg.), ownership, property_type, agent (from the logo's alt).",
    )
    pages = chunks(FJ_HOMES, [18, 18, len(FJ_HOMES) - 36])
    first = 0
    for number, batch in enumerate(pages, 1):
        html = _fj_page(number, len(pages), batch, first)
        first += len(batch)
        if number == 1:
            s.list_page(f"realestate/homes/search.html@{FJ_QUERY}", html)
            s.write(f"realestate/homes/search.html@{FJ_QUERY}&page=1", html)
        else:
            s.list_page(f"realestate/homes/search.html@{FJ_QUERY}&page={number}", html)
    for index, home in enumerate(FJ_HOMES):
        title, address, area, price, total, shared, ownership, kind, broker, _ = home
        s.expect(
            {
                "title": title,
                "url": f"/realestate/homes/ad.html?finnkode={_fj_finnkode(index)}",
                "address": address,
                "area_m2": area,
                "price": float(price),
                "currency": "NOK",
                "total_price": float(total) if total is not None else None,
                "common_costs": float(shared) if shared is not None else None,
                "ownership": ownership,
                "property_type": kind,
                "agent": broker,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# westbrook-ssb: Ellucian Banner 9 class search, Mathematics, Spring 2025 (grid filled from JSON).
# ---------------------------------------------------------------------------------------------------

WB_TERM, WB_TERM_DESC = "202520", "Spring 2025"
WB_SESSION = "w7k2q1741953125813"
WB_BASE = "/StudentRegistrationSsb/ssb"
WB_PER_PAGE = 10

#: (number, title, schedule type, credits, instructors, days, begin, end, building code, building, room, capacity, enrolled, campus, attributes, part of term dates)
WbSection = tuple[
    str, str, str, int, list[str], str, str, str, str, str, str, int, int, str, list[tuple[str, str]], tuple[str, str]
]

_WB_FULL = ("01/13/2025", "05/09/2025")
_WB_FIRST8 = ("01/13/2025", "03/07/2025")
_WB_SECOND8 = ("03/17/2025", "05/09/2025")
_CORE_MATH = ("CMTH", "Core Curriculum - Mathematics")
_QR = ("QRCR", "Quantitative Reasoning")
_ONL = ("ONLN", "Fully Online")
_ZTC = ("ZTC", "Zero Textbook Cost")

WB_SECTIONS: list[WbSection] = [
    (
        "1314",
        "College Algebra",
        "Lecture",
        3,
        ["Alvarez, Marisol"],
        "MWF",
        "0800",
        "0850",
        "MSB",
        "Mathematics & Science Building",
        "112",
        45,
        45,
        "Main Campus",
        [_CORE_MATH, _QR],
        _WB_FULL,
    ),
    (
        "1314",
        "College Algebra",
        "Lecture",
        3,
        ["Whitfield, Dorian"],
        "TR",
        "0930",
        "1045",
        "MSB",
        "Mathematics & Science Building",
        "112",
        45,
        38,
        "Main Campus",
        [_CORE_MATH, _QR, _ZTC],
        _WB_FULL,
    ),
    (
        "1314",
        "College Algebra",
        "Lecture",
        3,
        ["Nguyen, Thao"],
        "",
        "",
        "",
        "",
        "",
        "",
        35,
        35,
        "Online",
        [_CORE_MATH, _ONL, _ZTC],
        _WB_FULL,
    ),
    (
        "1316",
        "Plane Trigonometry",
        "Lecture",
        3,
        ["Baptiste, Renée"],
        "MW",
        "1100",
        "1215",
        "HOL",
        "Holloway Hall",
        "204",
        40,
        27,
        "Main Campus",
        [_CORE_MATH],
        _WB_FULL,
    ),
    (
        "1324",
        "Mathematics for Business & Social Sciences",
        "Lecture",
        3,
        ["Okonkwo, Chidi"],
        "TR",
        "1230",
        "1345",
        "BUS",
        "Carrington Business Center",
        "150",
        60,
        58,
        "Main Campus",
        [_CORE_MATH, _QR],
        _WB_FULL,
    ),
    (
        "1332",
        "Contemporary Mathematics I",
        "Lecture",
        3,
        [],
        "MW",
        "1730",
        "1845",
        "DTC",
        "Downtown Center",
        "3.14",
        30,
        11,
        "Downtown Campus",
        [_CORE_MATH],
        _WB_FULL,
    ),
    (
        "1342",
        "Elementary Statistical Methods",
        "Lecture",
        3,
        ["Fairbanks, Lorraine"],
        "MWF",
        "1000",
        "1050",
        "MSB",
        "Mathematics & Science Building",
        "220",
        50,
        49,
        "Main Campus",
        [_CORE_MATH, _QR],
        _WB_FULL,
    ),
    (
        "1342",
        "Elementary Statistical Methods",
        "Lecture",
        3,
        ["Fairbanks, Lorraine"],
        "",
        "",
        "",
        "",
        "",
        "",
        40,
        40,
        "Online",
        [_CORE_MATH, _ONL],
        _WB_FIRST8,
    ),
    (
        "1350",
        "Fundamentals of Mathematics I",
        "Lecture",
        3,
        ["Kowalczyk, Agnieszka"],
        "TR",
        "0800",
        "0915",
        "EDU",
        "Lindqvist Education Building",
        "118",
        32,
        20,
        "Main Campus",
        [],
        _WB_FULL,
    ),
    (
        "2412",
        "Pre-Calculus Math",
        "Lecture",
        4,
        ["Haddad, Samir"],
        "MTWR",
        "0900",
        "0950",
        "MSB",
        "Mathematics & Science Building",
        "114",
        40,
        36,
        "Main Campus",
        [_CORE_MATH],
        _WB_FULL,
    ),
    (
        "2413",
        "Calculus I",
        "Lecture",
        4,
        ["Ishikawa, Ren"],
        "MTWR",
        "1000",
        "1050",
        "MSB",
        "Mathematics & Science Building",
        "301",
        45,
        45,
        "Main Campus",
        [_CORE_MATH],
        _WB_FULL,
    ),
    (
        "2413",
        "Calculus I",
        "Lecture",
        4,
        ["Delacroix, Yvette", "Ishikawa, Ren"],
        "MWF",
        "1300",
        "1415",
        "MSB",
        "Mathematics & Science Building",
        "301",
        45,
        31,
        "Main Campus",
        [_CORE_MATH],
        _WB_FULL,
    ),
    (
        "2413",
        "Calculus I",
        "Laboratory",
        0,
        ["Patel, Kavya"],
        "F",
        "0900",
        "0950",
        "MSB",
        "Mathematics & Science Building",
        "015",
        24,
        24,
        "Main Campus",
        [],
        _WB_FULL,
    ),
    (
        "2414",
        "Calculus II",
        "Lecture",
        4,
        ["Morrow, Everett"],
        "MTWR",
        "1100",
        "1150",
        "MSB",
        "Mathematics & Science Building",
        "303",
        40,
        33,
        "Main Campus",
        [],
        _WB_FULL,
    ),
    (
        "2415",
        "Calculus III",
        "Lecture",
        4,
        ["Sørensen, Ingrid"],
        "MWF",
        "1400",
        "1515",
        "HOL",
        "Holloway Hall",
        "310",
        35,
        19,
        "Main Campus",
        [],
        _WB_FULL,
    ),
    (
        "2318",
        "Linear Algebra",
        "Lecture",
        3,
        ["Adeyemi, Tolu"],
        "TR",
        "1100",
        "1215",
        "MSB",
        "Mathematics & Science Building",
        "305",
        35,
        35,
        "Main Campus",
        [],
        _WB_FULL,
    ),
    (
        "2320",
        "Differential Equations",
        "Lecture",
        3,
        ["Castellanos, Iker"],
        "TR",
        "1400",
        "1515",
        "MSB",
        "Mathematics & Science Building",
        "305",
        35,
        22,
        "Main Campus",
        [],
        _WB_FULL,
    ),
    (
        "3305",
        "Introduction to Advanced Mathematics",
        "Lecture",
        3,
        ["Whitfield, Dorian"],
        "MW",
        "1430",
        "1545",
        "HOL",
        "Holloway Hall",
        "112",
        30,
        24,
        "Main Campus",
        [],
        _WB_FULL,
    ),
    (
        "3336",
        "Abstract Algebra I",
        "Lecture",
        3,
        ["Lindgren, Astrid"],
        "TR",
        "0930",
        "1045",
        "HOL",
        "Holloway Hall",
        "114",
        25,
        12,
        "Main Campus",
        [],
        _WB_FULL,
    ),
    (
        "3360",
        "Probability and Statistics",
        "Lecture",
        3,
        ["Fairbanks, Lorraine"],
        "MWF",
        "1100",
        "1150",
        "MSB",
        "Mathematics & Science Building",
        "220",
        40,
        40,
        "Main Campus",
        [_QR],
        _WB_FULL,
    ),
    (
        "3373",
        "Numerical Analysis",
        "Lecture/Lab",
        3,
        ["Haddad, Samir"],
        "TR",
        "1530",
        "1645",
        "CSC",
        "Computing Sciences Center",
        "240",
        28,
        17,
        "Main Campus",
        [],
        _WB_FULL,
    ),
    (
        "4315",
        "Real Analysis",
        "Lecture",
        3,
        ["Morrow, Everett"],
        "MW",
        "1000",
        "1115",
        "HOL",
        "Holloway Hall",
        "210",
        25,
        9,
        "Main Campus",
        [],
        _WB_FULL,
    ),
    (
        "4332",
        "Topology",
        "Lecture",
        3,
        ["Sørensen, Ingrid"],
        "TR",
        "1300",
        "1415",
        "HOL",
        "Holloway Hall",
        "210",
        20,
        6,
        "Main Campus",
        [],
        _WB_FULL,
    ),
    (
        "4350",
        "Mathematical Modeling",
        "Lecture",
        3,
        ["Adeyemi, Tolu"],
        "",
        "",
        "",
        "",
        "",
        "",
        30,
        14,
        "Online",
        [_ONL],
        _WB_SECOND8,
    ),
    (
        "4390",
        "Senior Seminar in Mathematics",
        "Seminar",
        1,
        ["Lindgren, Astrid"],
        "F",
        "1500",
        "1650",
        "HOL",
        "Holloway Hall",
        "Seminar Rm B",
        15,
        11,
        "Main Campus",
        [],
        _WB_FULL,
    ),
    (
        "4398",
        "Undergraduate Research",
        "Independent Study",
        3,
        ["Castellanos, Iker"],
        "",
        "",
        "",
        "",
        "",
        "",
        5,
        2,
        "Main Campus",
        [],
        _WB_FULL,
    ),
    (
        "5340",
        "Graduate Topics: Mathematical Data Science",
        "Lecture",
        3,
        [],
        "W",
        "1800",
        "2045",
        "CSC",
        "Computing Sciences Center",
        "118",
        25,
        0,
        "Main Campus",
        [],
        _WB_FULL,
    ),
]
_WB_SEQS = [
    "001",
    "002",
    "W01",
    "001",
    "001",
    "D01",
    "001",
    "W01",
    "001",
    "001",
    "001",
    "002",
    "L01",
    "001",
    "001",
    "001",
    "001",
    "001",
    "001",
    "001",
    "001",
    "001",
    "001",
    "W01",
    "001",
    "001",
    "001",
]


def _wb_crn(index: int) -> str:
    return str(21_407 + index * 37)


def _wb_email(name: str) -> str:
    last, first = (part.strip() for part in name.split(","))
    return f"{slug(first)}.{slug(last)}@westbrook.edu".replace("-", "")


def _wb_section_json(index: int, section: WbSection) -> dict[str, object]:
    (
        number,
        title,
        schedule,
        credits,
        instructors,
        days,
        begin,
        end,
        bcode,
        building,
        room,
        cap,
        enrolled,
        campus,
        attributes,
        (start, stop),
    ) = section
    crn = _wb_crn(index)
    wait_cap = 10 if enrolled >= cap and cap >= 20 else 0
    wait_count = min(wait_cap, (index * 3) % 7) if wait_cap else 0
    online = campus == "Online"
    meeting = {
        "beginTime": begin or None,
        "building": bcode or None,
        "buildingDescription": building or None,
        "campus": {"Main Campus": "M", "Online": "OL", "Downtown Campus": "DT"}[campus],
        "campusDescription": campus,
        "category": "01",
        "class": "net.hedtech.banner.general.overall.MeetingTimeDecorator",
        "courseReferenceNumber": crn,
        "creditHourSession": float(credits),
        "endDate": stop,
        "endTime": end or None,
        "friday": "F" in days,
        "hoursWeek": round(len(days) * 0.83, 2) if days else 0,
        "meetingScheduleType": {
            "Lecture": "LEC",
            "Laboratory": "LAB",
            "Lecture/Lab": "LLB",
            "Seminar": "SEM",
            "Independent Study": "IND",
        }[schedule],
        "meetingType": "CLAS",
        "meetingTypeDescription": "Class",
        "monday": "M" in days,
        "room": room or None,
        "saturday": False,
        "startDate": start,
        "sunday": False,
        "term": WB_TERM,
        "thursday": "R" in days,
        "tuesday": "T" in days,
        "wednesday": "W" in days,
    }
    return {
        "id": 512_880 + index * 13,
        "term": WB_TERM,
        "termDesc": WB_TERM_DESC,
        "courseReferenceNumber": crn,
        "partOfTerm": "1" if (start, stop) == _WB_FULL else ("A" if (start, stop) == _WB_FIRST8 else "B"),
        "courseNumber": number,
        "subject": "MATH",
        "subjectDescription": "Mathematics",
        "sequenceNumber": _WB_SEQS[index],
        "campusDescription": campus,
        "scheduleTypeDescription": schedule,
        "courseTitle": title,
        "creditHours": None,
        "maximumEnrollment": cap,
        "enrollment": enrolled,
        "seatsAvailable": cap - enrolled,
        "waitCapacity": wait_cap,
        "waitCount": wait_count,
        "waitAvailable": wait_cap - wait_count,
        "crossList": None,
        "crossListCapacity": None,
        "crossListCount": None,
        "crossListAvailable": None,
        "creditHourHigh": None,
        "creditHourLow": credits,
        "creditHourIndicator": None,
        "openSection": enrolled < cap,
        "linkIdentifier": "L1" if schedule == "Laboratory" else None,
        "isSectionLinked": schedule == "Laboratory",
        "subjectCourse": f"MATH{number}",
        "faculty": [
            {
                "bannerId": str(800_41 + sum(map(ord, name)) % 9000),
                "category": None,
                "class": "net.hedtech.banner.student.faculty.FacultyResultDecorator",
                "courseReferenceNumber": crn,
                "displayName": name,
                "emailAddress": _wb_email(name),
                "primaryIndicator": position == 0,
                "term": WB_TERM,
            }
            for position, name in enumerate(instructors)
        ],
        "meetingsFaculty": [
            {
                "category": "01",
                "class": "net.hedtech.banner.student.schedule.SectionSessionDecorator",
                "courseReferenceNumber": crn,
                "faculty": [],
                "meetingTime": meeting,
                "term": WB_TERM,
            }
        ],
        "reservedSeatSummary": None,
        "sectionAttributes": [
            {
                "class": "net.hedtech.banner.student.schedule.SectionDegreeProgramAttributeDecorator",
                "code": code,
                "courseReferenceNumber": crn,
                "description": description,
                "isZTCAttribute": code == "ZTC",
                "termCode": WB_TERM,
            }
            for code, description in attributes
        ],
        "instructionalMethod": "OL" if online else "P",
        "instructionalMethodDescription": "Online" if online else "Face-to-Face",
    }


_WB_CONFIGS = [
    ("courseTitle", "Title", "9%"),
    ("subjectDescription", "Subject Description", "5%"),
    ("courseNumber", "Course Number", "3%"),
    ("sequenceNumber", "Section", "3%"),
    ("creditHours", "Hours", "3%"),
    ("courseReferenceNumber", "CRN", "3%"),
    ("term", "Term", "3%"),
    ("instructor", "Instructor", "8%"),
    ("meetingTime", "Meeting Times", "16%"),
    ("campus", "Campus", "5%"),
    ("status", "Status", "7%"),
    ("attribute", "Attribute", "5%"),
]


def _wb_query(offset: int) -> str:
    return f"txt_subject=MATH&txt_term={WB_TERM}&startDatepicker=&endDatepicker=&uniqueSessionId={WB_SESSION}&pageOffset={offset}&pageMaxSize={WB_PER_PAGE}&sortColumn=subjectDescription&sortDirection=asc"


def _wb_answer(offset: int, sections: list[WbSection]) -> str:
    answer = {
        "success": True,
        "totalCount": len(WB_SECTIONS),
        "data": [_wb_section_json(offset + i, section) for i, section in enumerate(sections)],
        "pageOffset": offset,
        "pageMaxSize": WB_PER_PAGE,
        "sectionsFetchedCount": len(WB_SECTIONS),
        "pathMode": "search",
        "searchResultsConfigs": [
            {"config": c, "display": d, "title": d, "required": c == "courseTitle", "width": w}
            for c, d, w in _WB_CONFIGS
        ],
        "ztcEncodedImage": "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAPklEQVR4nGNgGAWjYBSMglEwCkbBKBgFo2AUjIJRMApGwSgYBaNgFIyCUTAKRsEoGAWjYBSMglEwCkYBfQEA",
    }
    return json.dumps(answer, ensure_ascii=False, indent=2)


_WB_SCRIPT = r"""
(function () {
  var base = '/StudentRegistrationSsb/ssb';
  var state = { offset: 0, max: 10, total: 0 };
  var params = 'txt_subject=MATH&txt_term=202520&startDatepicker=&endDatepicker=&uniqueSessionId=' + window.sessionStorage.getItem('xe.uniqueSessionId');
  var DAYS = [['sunday', 'S', 'Sunday'], ['monday', 'M', 'Monday'], ['tuesday', 'T', 'Tuesday'], ['wednesday', 'W', 'Wednesday'], ['thursday', 'T', 'Thursday'], ['friday', 'F', 'Friday'], ['saturday', 'S', 'Saturday']];
  function esc(s) { return String(s == null ? '' : s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'); }
  function clock(t) {
    if (!t) return '';
    var h = parseInt(t.slice(0, 2), 10), m = t.slice(2);
    var ap = h >= 12 ? 'PM' : 'AM';
    h = h % 12 || 12;
    return (h < 10 ? '0' + h : h) + ':' + m + ' ' + ap;
  }
  function meeting(mt) {
    var pills = DAYS.map(function (d) {
      return '<li class="ui-pillbox-' + (mt[d[0]] ? 'selected' : 'unselected') + '" title="' + d[2] + '"><div>' + d[1] + '</div></li>';
    }).join('');
    var times = mt.beginTime ? clock(mt.beginTime) + ' - ' + clock(mt.endTime) : 'None';
    var where = mt.buildingDescription
      ? '<span class="tooltip-row">Building: ' + esc(mt.buildingDescription) + '</span> <span class="tooltip-row">Room: ' + esc(mt.room) + '</span>'
      : '<span class="tooltip-row">Building: None</span> <span class="tooltip-row">Room: None</span>';
    return '<div class="meeting"><div class="ui-pillbox"><ul role="presentation">' + pills + '</ul></div>' +
      '<span class="time">' + times + '</span> <span class="meeting-type">Type: ' + esc(mt.meetingTypeDescription) + '</span> ' + where +
      ' <span class="meeting-dates">Start Date: ' + esc(mt.startDate) + ' End Date: ' + esc(mt.endDate) + '</span></div>';
  }
  function status(s) {
    var text = s.seatsAvailable + ' of ' + s.maximumEnrollment + ' seats remain.';
    if (s.waitCapacity > 0) text += ' ' + s.waitAvailable + ' of ' + s.waitCapacity + ' waitlist seats remain.';
    if (s.seatsAvailable <= 0) return '<span class="status-full"><span class="status-bold">FULL</span>: ' + text + '</span>';
    return '<span class="status-open">' + text + '</span>';
  }
  function row(s, i) {
    var fac = s.faculty.length ? s.faculty.map(function (f) {
      return '<a href="mailto:' + esc(f.emailAddress) + '" class="email">' + esc(f.displayName) + '</a>' + (f.primaryIndicator ? ' (Primary)' : '');
    }).join(', ') : 'Staff';
    var attrs = s.sectionAttributes.map(function (a) { return '<span class="attribute-text">' + esc(a.description) + '</span>'; }).join('<br>');
    return '<tr class="' + (i % 2 ? 'odd' : 'even') + '" data-id="' + s.id + '">' +
      '<td data-property="courseTitle" data-content="Title" class="readonly"><a href="#" class="section-details-link" data-attributes="' + s.term + ',' + s.courseReferenceNumber + '">' + esc(s.courseTitle) + '</a></td>' +
      '<td data-property="subjectDescription" data-content="Subject Description" class="readonly">' + esc(s.subjectDescription) + '</td>' +
      '<td data-property="courseNumber" data-content="Course Number" class="readonly">' + esc(s.courseNumber) + '</td>' +
      '<td data-property="sequenceNumber" data-content="Section" class="readonly">' + esc(s.sequenceNumber) + '</td>' +
      '<td data-property="creditHours" data-content="Hours" class="readonly">' + (s.creditHours != null ? s.creditHours : s.creditHourLow) + '</td>' +
      '<td data-property="courseReferenceNumber" data-content="CRN" class="readonly">' + esc(s.courseReferenceNumber) + '</td>' +
      '<td data-property="term" data-content="Term" class="readonly">' + esc(s.termDesc) + '</td>' +
      '<td data-property="instructor" data-content="Instructor" class="readonly">' + fac + '</td>' +
      '<td data-property="meetingTime" data-content="Meeting Times" class="readonly">' + s.meetingsFaculty.map(function (m) { return meeting(m.meetingTime); }).join('') + '</td>' +
      '<td data-property="campus" data-content="Campus" class="readonly">' + esc(s.campusDescription) + '</td>' +
      '<td data-property="status" data-content="Status" class="readonly">' + status(s) + '</td>' +
      '<td data-property="attribute" data-content="Attribute" class="readonly">' + attrs + '</td></tr>';
  }
  function pages() { return Math.max(1, Math.ceil(state.total / state.max)); }
  function paint(json) {
    state.total = json.totalCount;
    document.querySelector('#table1 tbody').innerHTML = json.data.map(row).join('');
    var page = Math.floor(state.offset / state.max) + 1;
    document.querySelector('.page-number').value = page;
    document.querySelector('.total-pages').textContent = pages();
    document.querySelector('.results-out-of').textContent = 'Records: ' + state.total;
    document.querySelector('.search-results-count').textContent = state.total;
    ['first', 'previous'].forEach(function (c) { document.querySelector('.paging-control.' + c).classList.toggle('enabled', page > 1); });
    ['next', 'last'].forEach(function (c) { document.querySelector('.paging-control.' + c).classList.toggle('enabled', page < pages()); });
  }
  function load(offset) {
    state.offset = offset;
    var url = base + '/searchResults/searchResults?' + params + '&pageOffset=' + offset + '&pageMaxSize=' + state.max + '&sortColumn=subjectDescription&sortDirection=asc';
    fetch(url, { headers: { 'X-Requested-With': 'XMLHttpRequest', 'Accept': 'application/json' } })
      .then(function (r) { return r.json(); }).then(paint);
  }
  document.addEventListener('click', function (e) {
    var b = e.target.closest('.paging-control');
    if (!b || !b.classList.contains('enabled')) return;
    var last = (pages() - 1) * state.max;
    var to = { first: 0, previous: state.offset - state.max, next: state.offset + state.max, last: last }[b.getAttribute('data-action')];
    load(Math.max(0, Math.min(last, to)));
  });
  document.querySelector('.page-number').addEventListener('change', function (e) {
    var n = parseInt(e.target.value, 10) || 1;
    load(Math.max(0, Math.min(pages() - 1, n - 1)) * state.max);
  });
  load(0);
})();
"""


def _wb_shell() -> str:
    heads = "".join(
        f'<th data-sort-direction="{"ascending" if c == "subjectDescription" else "disabled"}" data-property="{c}" class="{"sort-asc " if c == "subjectDescription" else ""}{c}-col" scope="col" style="width: {w};"><div class="title" title="{d}">{d}</div></th>'
        for c, d, w in _WB_CONFIGS
    )
    return f"""<!DOCTYPE html>
<html lang="en-US" dir="ltr">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=no">
<meta name="headerAttributes" content="">
<meta name="menuEndPoint" content="{WB_BASE}/commonMatchingRules/menuItems">
<meta name="keepAliveURL" content="{WB_BASE}/keepAlive/data">
<meta name="maxInactiveInterval" content="1800">
<meta name="transactionTimeout" content="30">
<meta name="locale" content="en_US">
<meta name="synchronizerToken" content="6c2f9b4e-1d7a-4f0e-b3c8-9a5e2d7f1b04">
<title>Browse Classes</title>
<link rel="shortcut icon" href="{WB_BASE}/assets/bannerXE-fav.ico" type="image/x-icon">
<link rel="stylesheet" href="{WB_BASE}/assets/modules/bannerWebLTR-mf.css">
<link rel="stylesheet" href="{WB_BASE}/assets/modules/classSearchAppLTR-mf.css">
<link rel="stylesheet" href="{WB_BASE}/assets/themeLTR.css?theme=WBSU">
<script>window.sessionStorage.setItem('xe.uniqueSessionId', '{WB_SESSION}');</script>
</head>
<body class="pageBg">
<div id="splash"></div>
<div id="bannerHeader" role="banner">
<div id="header-main-section" class="vertical-align">
<div id="header-main-section-west-part"><a href="#" id="bannerMenu" class="bannerMenu" title="Banner Menu" aria-label="Banner Menu"><span class="menu-icon"></span></a><div id="brandingDiv"><a href="https://www.westbrook.edu" id="branding" title="Westbrook State University" aria-label="Westbrook State University Home"><img class="logo" src="{WB_BASE}/assets/themeImages/wbsu-logo.png" alt="Westbrook State University"></a></div></div>
<div id="header-main-section-east-part"><div class="user-controls"><a href="{WB_BASE}/registration/registration" class="signIn" id="signIn">Sign In</a><a href="#" id="helpButton" class="help" title="Help (Ctrl+Shift+L)">Help</a></div></div>
</div>
<div id="breadcrumbHeader" role="navigation" aria-label="Breadcrumb">
<div id="breadcrumbs"><span class="breadcrumbButton"><a href="{WB_BASE}/registration/registration" class="breadcrumbLink" data-path="Student">Student</a></span><span class="breadcrumbButton"><a href="{WB_BASE}/registration/registration" class="breadcrumbLink" data-path="Registration">Registration</a></span><span class="breadcrumbButton"><a href="{WB_BASE}/term/termSelection?mode=search" class="breadcrumbLink" data-path="Select a Term">Select a Term</a></span><span class="breadcrumbButton"><span class="breadcrumbLink" data-path="Browse Classes">Browse Classes</span></span></div>
<h1 id="page-title" class="page-header">Browse Classes</h1>
</div>
</div>
<div id="notification-center" aria-live="assertive"></div>
<main id="content" role="main" class="ui-layout-center">
<div id="classSearchContainer">
<div id="search-results-terms" class="search-results-header">
<h2 id="search-results-label" class="search-results-header-label">Search Results — <span class="search-results-count"></span> Classes</h2>
<div class="search-results-terms">Term: <span class="search-results-term">{WB_TERM_DESC}</span> Subject: <span class="search-results-subject">Mathematics</span></div>
<button id="search-again-button" class="form-button search-again-button" type="button">Search Again</button>
</div>
<div id="searchResultsTable" class="search-results-table">
<div class="grid-container" role="region" aria-labelledby="search-results-label">
<table id="table1" class="grid" role="grid" aria-readonly="true" summary="This table lists all course sections found based on your search criteria.">
<thead><tr>{heads}</tr></thead>
<tbody></tbody>
</table>
</div>
<div class="paging-control-container" role="navigation" aria-label="Pagination">
<div class="paging-controls">
<button type="button" class="paging-control first" data-action="first" title="First Page" aria-label="First Page"><span class="icon"></span></button>
<button type="button" class="paging-control previous" data-action="previous" title="Previous Page" aria-label="Previous Page"><span class="icon"></span></button>
<span class="paging-text page">Page</span>
<input type="text" class="page-number enabled" value="1" aria-label="Page 1 of 1" size="3">
<span class="paging-text of">of</span><span class="paging-text total-pages">1</span>
<button type="button" class="paging-control next" data-action="next" title="Next Page" aria-label="Next Page"><span class="icon"></span></button>
<button type="button" class="paging-control last" data-action="last" title="Last Page" aria-label="Last Page"><span class="icon"></span></button>
</div>
<div class="page-size-control"><label for="page-size-select" class="page-size-label">Per Page</label><select id="page-size-select" class="page-size-select"><option selected>10</option><option>20</option><option>30</option><option>40</option><option>50</option></select></div>
<span class="results-out-of">Records: 0</span>
</div>
</div>
</div>
</main>
<footer id="footer" role="contentinfo"><span class="copyright">© 2025 Ellucian Company L.P. and its affiliates.</span> <a href="https://www.westbrook.edu/privacy">Privacy</a></footer>
<script src="{WB_BASE}/assets/modules/jquery-mf.js"></script>
<script src="{WB_BASE}/assets/modules/bannerWeb-mf.js"></script>
<script>{_WB_SCRIPT}</script>
</body>
</html>"""


def _wb_iso(us_date: str) -> str:
    month, day, year = us_date.split("/")
    return f"{year}-{month}-{day}"


@thirtyfirst
def build_westbrook_ssb() -> None:
    s = Site(
        "westbrook-ssb",
        kind="university class search (Ellucian Banner 9 Student Registration SSB 2024–25: a Browse Classes shell with breadcrumbs, 'Search Results — N Classes' / 'Term: Spring 2025 Subject: Mathematics', an empty table#table1.grid whose tbody a script fills from searchResults/searchResults?…&pageOffset=N&pageMaxSize=10 JSON in Banner's real answer shape — faculty and meetingsFaculty arrays, meetingTime day booleans and 'HHMM' times rendered as S M T W T F S pillboxes and '09:30 AM - 10:45 AM', 'Building: … Room: …', 'FULL: 0 of 45 seats remain.', section attributes; 'Staff' for unassigned instructors, online sections without building; Banner paging buttons First / Previous / 'Page [n] of 3' / Next / Last, a per-page select, 'Records: 27')",
        start="StudentRegistrationSsb/ssb/classSearch/classSearch",
        description="Spring 2025 Mathematics sections of a US state university, copied from Ellucian Banner 9's class search as a visitor sees it after searching: the page shell and a script that pages through the searchResults JSON ten sections at a time. 10 + 10 + 7 sections. Written down: title, subject, course_number, section, crn, credits, schedule_type, instructor (primary first), campus, building, room, capacity, seats_available, start_date, end_date, attributes.",
    )
    s.write("StudentRegistrationSsb/ssb/classSearch/classSearch", _wb_shell())
    pages = chunks(WB_SECTIONS, [WB_PER_PAGE, WB_PER_PAGE, len(WB_SECTIONS) - 2 * WB_PER_PAGE])
    offset = 0
    for batch in pages:
        s.list_page(
            f"StudentRegistrationSsb/ssb/searchResults/searchResults@{_wb_query(offset)}", _wb_answer(offset, batch)
        )
        offset += len(batch)
    for index, section in enumerate(WB_SECTIONS):
        (
            number,
            title,
            schedule,
            credits,
            instructors,
            _days,
            _b,
            _e,
            _code,
            building,
            room,
            cap,
            enrolled,
            campus,
            attributes,
            (start, stop),
        ) = section
        s.expect(
            {
                "title": title,
                "subject": "Mathematics",
                "course_number": number,
                "section": _WB_SEQS[index],
                "crn": _wb_crn(index),
                "credits": credits,
                "schedule_type": schedule,
                "instructor": instructors or None,
                "campus": campus,
                "building": building or None,
                "room": room or None,
                "capacity": cap,
                "seats_available": cap - enrolled,
                "start_date": _wb_iso(start),
                "end_date": _wb_iso(stop),
                "attributes": [description for _, description in attributes] or None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# rangmahal-fashion: Myntra category grid, Men T-Shirts.
# ---------------------------------------------------------------------------------------------------

#: (brand, name, price, mrp or None, rating or None, rating count text or None, sizes, tag or None, ad)
RmProduct = tuple[str, str, int, int | None, float | None, str | None, list[str], str | None, bool]

_RM_BRANDS = [
    "Roadster",
    "HRX by Hrithik Roshan",
    "Snitch",
    "Bewakoof",
    "WROGN",
    "Jack & Jones",
    "U.S. Polo Assn.",
    "Levis",
    "Mast & Harbour",
    "HIGHLANDER",
    "Puma",
    "The Souled Store",
    "Difference of Opinion",
    "Nautica",
    "H&M",
    "Tommy Hilfiger",
]
_RM_NAMES = [
    "Men Typography Printed Round Neck Cotton T-shirt",
    "Men Solid Polo Collar Slim Fit T-shirt",
    "Men Oversized Drop-Shoulder Sleeves Pure Cotton T-shirt",
    "Men Striped Henley Neck Pure Cotton T-shirt",
    "Men Graphic Printed Relaxed Fit Longline T-shirt",
    "Men Brand Logo Printed Round Neck T-shirt",
    "Men Colourblocked Polo Collar Pockets T-shirt",
    "Men Solid Round Neck Rapid-Dry Training T-shirt",
    "Men Pack of 3 Solid Round Neck Cotton T-shirts",
    "Men Tie & Dye Oversized T-shirt",
    "Men Marvel Printed Boxy Fit T-shirt",
    "Men Self Design Textured Polo T-shirt",
    "Men Solid V-Neck Slim Fit T-shirt",
    "Men Abstract Printed Mandarin Collar T-shirt",
]
_RM_SIZES = [
    ["S", "M", "L", "XL"],
    ["M", "L", "XL", "XXL"],
    ["XS", "S", "M", "L", "XL", "XXL"],
    ["S", "M"],
    ["L", "XL", "XXL", "3XL"],
    ["M"],
    ["S", "M", "L"],
]


_RM_ADS = {3, 13, 25, 35, 47, 53}


def _rm_count(n: int) -> str:
    return f"{n / 1000:.1f}k".replace(".0k", "k") if n >= 1000 else str(n)


def _rm_products() -> list[RmProduct]:
    rnd = random.Random("rangmahal")
    products: list[RmProduct] = []
    for index in range(56):
        ad = index in _RM_ADS
        brand = _RM_BRANDS[(index * 5) % len(_RM_BRANDS)]
        name = _RM_NAMES[(index * 3 + index // 7) % len(_RM_NAMES)]
        mrp = rnd.choice([799, 899, 999, 1099, 1299, 1499, 1599, 1799, 1999, 2499, 2999])
        if index % 6 == 4:
            price, shown_mrp = mrp, None
        else:
            off = rnd.choice([20, 30, 40, 45, 50, 55, 60, 65, 70, 72])
            price, shown_mrp = int(mrp * (100 - off) / 100), mrp
        if index % 5 == 3:
            rating, count = None, None
        else:
            rating = round(rnd.uniform(3.6, 4.6), 1)
            count = _rm_count(rnd.choice([rnd.randint(3, 900), rnd.randint(1000, 48000)]))
        tag = "ONLY FEW LEFT" if index % 9 == 5 else ("NEW" if index % 11 == 8 else None)
        products.append((brand, name, price, shown_mrp, rating, count, _RM_SIZES[index % len(_RM_SIZES)], tag, ad))
    return products


RM_PRODUCTS = _rm_products()


def _rm_id(index: int) -> int:
    return 31_482_906 - index * 4_127


def _rm_href(index: int, product: RmProduct) -> str:
    return f"/tshirts/{slug(product[0])}/{slug(product[0] + ' ' + product[1])}/{_rm_id(index)}/buy"


def _rm_card(index: int, product: RmProduct) -> str:
    brand, name, price, mrp, rating, count, sizes, tag, ad = product
    pid = _rm_id(index)
    img = f"https://assets.myntassets.com/f_webp,dpr_1.5,q_60,w_210,c_limit,fl_progressive/assets/images/{pid}/2025/2/{14 + index % 9}/{_hex(str(pid), 8)}-{_hex(name, 4)}-{_hex(brand, 4)}-1.jpg"
    ratings = (
        f'<div class="product-ratingsContainer"><span>{rating}</span><span class="myntraweb-sprite product-starIcon sprites-productRatingsStarIcon"></span><div class="product-ratingsCount"><span class="product-separator">|</span>{count}</div></div>'
        if rating is not None
        else ""
    )
    if mrp:
        off = round((mrp - price) * 100 / mrp)
        price_html = f'<div class="product-price"><span><span class="product-discountedPrice">Rs. {price}</span><span class="product-strike">Rs. {mrp}</span></span><span class="product-discountPercentage">({off}% OFF)</span></div>'
    else:
        price_html = f'<div class="product-price"><span>Rs. {price}</span></div>'
    tag_html = (
        f'<div class="product-tagContainer"><span class="product-tag product-{"tagRed" if tag == "ONLY FEW LEFT" else "tagBlue"}">{tag}</span></div>'
        if tag
        else ""
    )
    water = '<div class="product-waterMark">AD</div>' if ad else ""
    dots = "".join('<li class="product-sliderDot"></li>' for _ in range(4))
    return f"""<li class="product-base" id="{pid}">{water}<div class="product-thumbShim"></div>
<a data-refreshpage="true" target="_blank" href="{_rm_href(index, product)}">
<div class="product-imageSliderContainer"><div class="product-sliderContainer"><div style="background: rgb(229, 241, 236); height: 280px; width: 100%;"><picture class="img-responsive" style="width: 100%; height: 100%; display: block;"><source srcset="{img}" type="image/webp"><img src="{img.replace("f_webp,", "")}" class="img-responsive" alt="{esc(brand)} {esc(name)}" title="{esc(brand)} {esc(name)}" style="width: 100%; display: block;"></picture></div></div><ul class="product-sliderDots">{dots}</ul></div>
{ratings}{tag_html}
<div class="product-productMetaInfo"><h3 class="product-brand">{esc(brand)}</h3><h4 class="product-product">{esc(name)}</h4><h4 class="product-sizes">Sizes: <span class="product-sizeInventoryPresent">{", ".join(sizes)}</span></h4>{price_html}</div>
</a>
<div class="product-actions"><span class="product-actionsButton product-wishlist product-prelaunchBtn"><span class="myntraweb-sprite product-notWishlistedIcon sprites-notWishlisted"></span>wishlist</span></div>
</li>"""


def _rm_pager(number: int, total: int) -> str:
    prev = (
        f'<li class="pagination-prev"><a href="/men-tshirts{"" if number == 2 else f"?p={number - 1}"}" rel="prev"><span class="myntraweb-sprite pagination-prevIcon sprites-leftArrow"></span>Previous</a></li>'
        if number > 1
        else '<li class="pagination-prev pagination-disabled"><span class="myntraweb-sprite pagination-prevIcon sprites-leftArrow"></span>Previous</li>'
    )
    nums = "".join(
        f'<li class="pagination-number{" pagination-active" if n == number else ""}"><a href="/men-tshirts{"" if n == 1 else f"?p={n}"}">{n}</a></li>'
        for n in range(1, total + 1)
    )
    nxt = (
        f'<li class="pagination-next"><a href="/men-tshirts?p={number + 1}" rel="next">Next<span class="myntraweb-sprite pagination-nextIcon sprites-rightArrow"></span></a></li>'
        if number < total
        else '<li class="pagination-next pagination-disabled">Next<span class="myntraweb-sprite pagination-nextIcon sprites-rightArrow"></span></li>'
    )
    return f'<div class="results-showMoreContainer"><ul class="pagination-container"><li class="pagination-paginationMeta">Page {number} of {total}</li>{prev}{nums}{nxt}</ul></div>'


def _rm_page(number: int, total: int, products: list[tuple[int, RmProduct]], listed: int) -> str:
    cards = "\n".join(_rm_card(index, product) for index, product in products)
    brand_facets = "".join(
        f'<li><label class="vertical-filters-label common-customCheckbox"><input type="checkbox" value="{esc(b)}">{esc(b)}<span class="brand-num">({c})</span><div class="common-checkboxIndicator"></div></label></li>'
        for b, c in [
            ("Roadster", 1843),
            ("HRX by Hrithik Roshan", 1204),
            ("WROGN", 962),
            ("Snitch", 874),
            ("Bewakoof", 811),
            ("Puma", 650),
            ("Jack & Jones", 598),
            ("U.S. Polo Assn.", 540),
        ]
    )
    myx = {
        "searchData": {
            "results": {
                "totalCount": listed,
                "products": [
                    {
                        "productId": _rm_id(i),
                        "product": f"{p[0]} {p[1]}",
                        "brand": p[0],
                        "price": p[2],
                        "mrp": p[3] or p[2],
                        "rating": p[4] or 0,
                        "isAd": p[8],
                        "landingPageUrl": _rm_href(i, p).lstrip("/"),
                    }
                    for i, p in products
                ],
                "page": {"current": number, "total": total},
            },
            "seo": {"metaData": {"title": "Men T-Shirts - Buy T-Shirts for Men Online in India | Myntra"}},
        },
        "pageName": "Search",
    }
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Men T-Shirts - Buy T-Shirts for Men Online in India | Myntra</title>
<meta name="description" content="Men T-Shirts - Buy Men T-Shirts online in India. Choose from a wide range of branded men tshirts at Myntra. Free Shipping, COD and Easy Returns.">
<link rel="canonical" href="/men-tshirts{"" if number == 1 else f"?p={number}"}">
{f'<link rel="prev" href="/men-tshirts{"" if number == 2 else f"?p={number - 1}"}">' if number > 1 else ""}
{f'<link rel="next" href="/men-tshirts?p={number + 1}">' if number < total else ""}
<link rel="stylesheet" href="https://constant.myntassets.com/web/assets/css/bundle.4b1e2c.css">
</head>
<body>
<div id="mountRoot">
<div class="application-container">
<div id="desktop-headerMount"><header id="desktop-header-cnt" class="desktop-header">
<div class="desktop-logoContainer"><a href="/" class="myntraweb-sprite desktop-logo sprites-headerLogo" aria-label="Myntra Home"></a></div>
<nav class="desktop-navbar"><div class="desktop-navLinks">{"".join(f'<div class="desktop-navContent"><div class="desktop-navLink"><a href="/shop/{slug(n)}" class="desktop-main">{n}</a></div></div>' for n in ("Men", "Women", "Kids", "Home & Living", "Beauty", "Studio"))}</div></nav>
<div class="desktop-query"><input placeholder="Search for products, brands and more" class="desktop-searchBar" value=""><a class="desktop-submit"><span class="myntraweb-sprite desktop-iconSearch sprites-search"></span></a></div>
<div class="desktop-actions"><div class="desktop-user"><span class="myntraweb-sprite desktop-iconUser sprites-headerUser"></span><span class="desktop-userTitle">Profile</span></div><a href="/wishlist" class="desktop-wishlist"><span class="desktop-userTitle">Wishlist</span></a><a href="/checkout/cart" class="desktop-cart"><span class="desktop-userTitle">Bag</span></a></div>
</header></div>
<main class="search-searchProductsContainer row-base">
<div class="breadcrumbs-base"><ul class="breadcrumbs-list"><li class="breadcrumbs-item"><a href="/" class="breadcrumbs-link">Home</a></li><li class="breadcrumbs-item"><a href="/clothing" class="breadcrumbs-link">Clothing</a></li><li class="breadcrumbs-item"><span class="breadcrumbs-crumb">Men T-Shirts</span></li></ul></div>
<div class="title-container"><h1 class="title-title">Men T-Shirts</h1> <span class="title-count">- {listed} items</span></div>
<div class="search-leftContainer column-base">
<section class="vertical-filters-filters"><span class="vertical-filters-header">FILTERS</span><span class="header-clearAllBtn">CLEAR ALL</span></section>
<section class="vertical-filters-filters categories-container"><span class="vertical-filters-header">CATEGORIES</span><ul class="categories-list"><li><label class="common-customCheckbox vertical-filters-label"><input type="checkbox" value="Tshirts" checked>Tshirts<span class="categories-num">({listed})</span><div class="common-checkboxIndicator"></div></label></li></ul></section>
<section class="vertical-filters-filters brand-container"><span class="vertical-filters-header">BRAND</span><ul class="brand-list">{brand_facets}</ul><div class="brand-more">+ 412 more</div></section>
<section class="vertical-filters-filters price-container"><span class="vertical-filters-header">PRICE</span><div class="price-slider">Rs. 119 - Rs. 9,999+</div></section>
<section class="vertical-filters-filters discount-container"><span class="vertical-filters-header">DISCOUNT RANGE</span><ul class="discount-list">{"".join(f'<li><label class="common-customRadio vertical-filters-label"><input type="radio" name="discount" value="{d}">{d}% and above<div class="common-radioIndicator"></div></label></li>' for d in (10, 20, 30, 40, 50, 60, 70, 80, 90))}</ul></section>
</div>
<div class="search-rightContainer column-base">
<div class="horizontal-filters-base"><div class="horizontal-filters-sortContainer"><div class="sort-sortBy">Sort by : <span class="sort-label">Recommended</span><span class="myntraweb-sprite sort-downArrow sprites-downArrow"></span><ul class="sort-list">{"".join(f'<li><label class="sort-label"><input type="radio" value="{v}">{t}</label></li>' for v, t in (("recommended", "Recommended"), ("new", "What's New"), ("popularity", "Popularity"), ("discount", "Better Discount"), ("price_desc", "Price: High to Low"), ("price_asc", "Price: Low to High"), ("Customer Rating", "Customer Rating")))}</ul></div></div>
<div class="atsa-filters"><ul class="atsa-list"><li class="atsa-filterTitle">Bundles</li><li class="atsa-filterTitle">Country of Origin</li><li class="atsa-filterTitle">Size</li></ul></div></div>
<section><ul class="results-base">
{cards}
</ul>
{_rm_pager(number, total)}
</section>
</div>
</main>
<footer class="desktop-base"><div class="desktop-genericInfo"><div class="desktop-info"><p class="desktop-gInfoTitle">ONLINE SHOPPING</p><a href="/shop/men">Men</a> <a href="/shop/women">Women</a> <a href="/shop/kids">Kids</a></div><div class="desktop-info"><p class="desktop-gInfoTitle">CUSTOMER POLICIES</p><a href="/contactus">Contact Us</a> <a href="/faqs">FAQ</a> <a href="/termsofuse">T&amp;C</a> <a href="/privacypolicy">Privacy policy</a></div><div class="desktop-guarantee"><strong>100% ORIGINAL</strong> guarantee for all products at myntra.com</div></div><div class="desktop-copyrightContainer">© 2025 www.myntra.com. All rights reserved. A Flipkart company</div></footer>
</div>
</div>
<script>window.__myx = {json.dumps(myx, ensure_ascii=False)};</script>
<script src="https://constant.myntassets.com/web/assets/js/vendor.9e41d2.js"></script>
<script src="https://constant.myntassets.com/web/assets/js/search.7ac3f0.js"></script>
</body>
</html>"""


@thirtyfirst
def build_rangmahal_fashion() -> None:
    s = Site(
        "rangmahal-fashion",
        kind="fashion category grid in India (Myntra 2024–25 React SSR: ul.results-base > li.product-base cards as one a[data-refreshpage=true] link to /tshirts/<brand>/<slug>/<id>/buy, an image slider with dots, product-ratingsContainer '4.2' + star sprite + '| 1.2k' on most, an 'AD' product-waterMark on two sponsored cards a page, h3.product-brand + h4.product-product, hover-only h4.product-sizes 'Sizes: S, M, L', 'Rs. 399' discounted + struck 'Rs. 1299' + '(69% OFF)' or a bare 'Rs. 799', 'ONLY FEW LEFT' / 'NEW' tags, wishlist buttons; breadcrumbs, '- 50 items', vertical filters with brand counts, a sort list, ul.pagination-container 'Page 1 of 3' + Previous / numbers / Next over ?p=N with rel prev / next links; window.__myx search data)",
        start="men-tshirts",
        description="Men's T-shirts category of a large Indian fashion store, copied from Myntra's listing grid as served in 2024–25. 20 + 20 + 10 products (two sponsored 'AD' cards a page are not records). Written down: title (the product line under the brand), url, brand, price, currency, original_price, discount, rating, rating_count, sizes.",
    )
    indexed = list(enumerate(RM_PRODUCTS))
    pages = chunks(indexed, [22, 22, len(indexed) - 44])
    listed = sum(not p[8] for p in RM_PRODUCTS)
    for number, batch in enumerate(pages, 1):
        html = _rm_page(number, len(pages), batch, listed)
        s.list_page("men-tshirts" if number == 1 else f"men-tshirts@p={number}", html)
    for index, product in indexed:
        brand, name, price, mrp, rating, count, sizes, _tag, ad = product
        if ad:
            continue
        rating_count = None
        if count is not None:
            rating_count = round(float(count[:-1]) * 1000) if count.endswith("k") else int(count)
        s.expect(
            {
                "title": name,
                "url": _rm_href(index, product),
                "brand": brand,
                "price": float(price),
                "currency": "INR",
                "original_price": float(mrp) if mrp else None,
                "discount": round((mrp - price) * 100 / mrp) if mrp else None,
                "rating": rating,
                "rating_count": rating_count,
                "sizes": sizes,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    assert len({_fj_finnkode(i) for i in range(len(FJ_HOMES))}) == len(FJ_HOMES)
    assert len(_WB_SEQS) == len(WB_SECTIONS)
    for name, build in THIRTYFIRST.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
