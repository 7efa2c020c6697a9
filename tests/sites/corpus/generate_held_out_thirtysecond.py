"""Thirty-second wave, held out: three list sites in three languages on platforms the corpus did not copy yet,
written and frozen by a helper who never read or ran the Scout.

* **kodpraca** — a Polish IT job board built like Just Join IT 2024–25 (Next.js + MUI: emotion ``css-`` class
  pairs, ``data-index`` rows of a virtualised list, one ``a.offer-card`` link per offer), the Python offers:
  ``oferty-pracy/wszystkie-lokalizacje/python`` then ``?page=2`` / ``?page=3``.
* **moradazul** — a Brazilian property search built like ZAP Imóveis 2024–25 (the OLX group's Lumen ``l-`` classes,
  ``data-cy=rp-cardProperty-*`` hooks), homes for sale in São Paulo's Zona Sul, ``&pagina=N``.
* **cykeltorget** — Swedish classifieds built like Blocket after its 2024 redesign (styled-components
  ``styled__*-sc-`` classes), bicycles in Stockholm, ``&page=N``.

Run ``uv run python tests/sites/corpus/generate_held_out_thirtysecond.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``). Every site here is **FROZEN**: never open its pages or expected records
while tuning the Scout.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from generate import FROZEN, ROOT, Site, chunks, esc, slug

FROZEN |= {"kodpraca", "moradazul", "cykeltorget"}

THIRTYSECOND: dict[str, Callable[[], None]] = {}


def thirtysecond(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    THIRTYSECOND[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _css(text: str) -> str:
    """An emotion-like class hash, stable for a given text."""
    digest = hashlib.sha1(text.encode()).hexdigest()
    letters = "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(letters[int(digest[i : i + 2], 16) % 36] for i in range(0, 14, 2))


def _num(text: str, size: int = 8) -> int:
    return int(hashlib.sha1(text.encode()).hexdigest()[:12], 16) % (10**size)


def _thousands(amount: int, sep: str = " ") -> str:
    return f"{amount:,}".replace(",", sep)


# ---------------------------------------------------------------------------------------------------
# kodpraca: Just Join IT-like Polish IT job board (MUI, virtualised list, 'Nowa' / 'N dni temu').
# ---------------------------------------------------------------------------------------------------

KP_PATH = "oferty-pracy/wszystkie-lokalizacje/python"
KP_TITLES = [
    "Senior Python Developer",
    "Python Developer (Django)",
    "Data Engineer (Python, Spark)",
    "Backend Developer Python / FastAPI",
    "Machine Learning Engineer",
    "DevOps Engineer (Python, AWS)",
    "Python Developer – Fintech",
    "Lead Python Engineer",
    "Junior Python Developer",
    "QA Automation Engineer (Python)",
    "MLOps Engineer",
    "Data Scientist",
    "Python Developer z językiem niemieckim",
    "Inżynier danych / Data Engineer",
    "Programista Python",
    "Full Stack Developer (Python + React)",
    "Platform Engineer (Python, Kubernetes)",
    "Software Engineer – Python",
    "Mid Python Developer",
    "Senior Data Engineer (Airflow)",
    "Python Backend Engineer – e-commerce",
    "AI Engineer (LLM)",
    "Regular Python Developer",
    "Tech Lead Python",
    "Cloud Data Engineer (GCP)",
    "Python Developer – systemy płatności",
    "Analityk danych (Python, SQL)",
    "Site Reliability Engineer",
    "Senior Backend Engineer (Python/Go)",
    "Computer Vision Engineer",
    "Python Developer – IoT",
    "Data Platform Engineer",
    "Integration Developer (Python)",
    "Backend Developer (Django REST)",
    "Junior Data Analyst (Python)",
    "Staff Software Engineer – Python",
    "Python Engineer – cyberbezpieczeństwo",
    "Research Engineer (NLP)",
    "Mid/Senior Python Developer",
    "ETL Developer (Python)",
    "Python Developer – telekomunikacja",
    "Automation Engineer (Python, Robot Framework)",
    "Backend Python Developer – HealthTech",
    "Analytics Engineer (dbt, Python)",
    "Senior MLOps Engineer",
    "Python Developer – logistyka",
    "Quant Developer (Python)",
    "Backend Engineer – Python/Flask",
    "Python Developer (Odoo)",
    "Big Data Engineer (PySpark)",
    "Python Developer – gaming",
    "Senior Python Developer (AWS Lambda)",
    "Data Engineer (Azure, Python)",
    "Python Software Engineer – embedded tools",
    "GenAI Developer (Python)",
    "Python Developer – insurtech",
    "Backend Developer (Python, microservices)",
    "Senior Data Scientist",
    "Python Developer – Scrapy",
    "Test Automation Engineer (pytest)",
    "Principal Python Engineer",
    "Python Developer – edtech",
    "Database Engineer (PostgreSQL, Python)",
    "Python Developer – energetyka",
    "Middle Python Developer",
    "Data Engineer (Snowflake)",
    "Python Developer – bankowość",
    "Senior Python Developer (Celery, Redis)",
    "Backend Developer Python – mobility",
    "Python Developer (FastAPI, Kafka)",
    "Junior MLOps Engineer",
]
KP_COMPANIES = [
    "Bitfabryka",
    "Nordkap IT",
    "Kodoteka",
    "PixelGryf",
    "DataMazury",
    "Cloudowo",
    "Brzoza Labs",
    "Fintek Polska",
    "Lechia Systems",
    "Orzeł Analytics",
    "Tatra Software",
    "Wydma Tech",
    "Sówka.io",
    "Kruk Data",
    "Vistula Soft",
    "Mewa Payments",
]
KP_CITIES = [
    "Warszawa",
    "Kraków",
    "Wrocław",
    "Gdańsk",
    "Poznań",
    "Łódź",
    "Katowice",
    "Lublin",
    "Szczecin",
    "Rzeszów",
    "Gdynia",
    "Białystok",
]
KP_SKILLS = [
    "Python",
    "Django",
    "FastAPI",
    "AWS",
    "Docker",
    "Kubernetes",
    "PostgreSQL",
    "Spark",
    "Airflow",
    "React",
    "SQL",
    "GCP",
    "Terraform",
    "Pandas",
    "PyTorch",
    "Kafka",
    "Linux",
    "Flask",
    "Celery",
    "Redis",
    "Azure",
    "dbt",
]
KP_WORKPLACE = ["Zdalnie", "Hybrydowo", "Stacjonarnie"]
KP_TECHS = [
    "JS",
    "HTML",
    "PHP",
    "Ruby",
    "Python",
    "Java",
    ".Net",
    "Scala",
    "C",
    "Mobile",
    "Testing",
    "DevOps",
    "Admin",
    "UX/UI",
    "PM",
    "Game",
    "Analytics",
    "Security",
    "Data",
    "Go",
    "Support",
    "ERP",
    "Architecture",
    "Other",
]


def _kp_offers() -> list[dict[str, Any]]:
    rng = random.Random(3201)
    offers: list[dict[str, Any]] = []
    age = 0
    for index, title in enumerate(KP_TITLES):
        company = KP_COMPANIES[(index * 7 + rng.randrange(3)) % len(KP_COMPANIES)]
        city = KP_CITIES[rng.randrange(len(KP_CITIES))]
        extra = rng.choice([0, 0, 0, 0, 1, 2, 3])
        others = [c for c in KP_CITIES if c != city][index % 5 : index % 5 + extra]
        workplace = rng.choice([*KP_WORKPLACE, "Zdalnie", "Hybrydowo"])
        kind = rng.random()
        if kind < 0.14:
            salary = None
        elif kind < 0.24:
            low = rng.randrange(90, 170, 10)
            salary = (f"{low} - {low + rng.randrange(20, 60, 10)}", "PLN/godz.", "netto (B2B)")
        else:
            level = 1.0 if "Junior" not in title else 0.45
            low = int(rng.randrange(12, 28) * 1000 * level) // 500 * 500
            high = low + rng.randrange(3, 10) * 1000
            contract = rng.choice(["netto (B2B)", "netto (B2B)", "brutto (UoP)"])
            salary = (f"{_thousands(low)} - {_thousands(high)}", "PLN/mies.", contract)
        skills = ["Python", *rng.sample([s for s in KP_SKILLS if s != "Python"], 2)]
        if rng.random() < 0.2:
            skills = skills[:2]
        if index and rng.random() < 0.45:
            age += 1
        offers.append(
            {
                "title": title,
                "company": company,
                "city": city,
                "others": others,
                "workplace": workplace,
                "salary": salary,
                "skills": skills,
                "age": age,
                "url": f"/oferta-pracy/{slug(company)}-{slug(title)}-{slug(city)}-python",
                "logo": f"https://imgproxy.kodpraca.pl/{_css(company)}/logo.png",
            }
        )
    return offers


KP_OFFERS = _kp_offers()


def _kp_posted(age: int) -> str | None:
    if age == 0:
        return None
    return "1 dzień temu" if age == 1 else f"{age} dni temu"


def _kp_card(offer: dict[str, Any], index: int) -> str:
    if offer["salary"]:
        amount, unit, contract = offer["salary"]
        salary = (
            f'<div class="MuiBox-root css-18ypp16"><span class="css-1pavfqb">{esc(amount)}</span> '
            f'<span class="css-1pavfqb">{unit}</span> <span class="css-1ui2tl0">{contract}</span></div>'
        )
    else:
        salary = (
            '<div class="MuiBox-root css-18ypp16"><span class="css-1dtu4n5">Wynagrodzenie nieujawnione</span></div>'
        )
    more = ""
    if offer["others"]:
        more = f' <span class="MuiTypography-root MuiTypography-caption css-1s9ej0d" title="{esc(", ".join(offer["others"]))}">+{len(offer["others"])}</span>'
    skills = "".join(
        f'<div class="MuiChip-root MuiChip-outlined MuiChip-sizeSmall css-5a7a1i"><span class="MuiChip-label MuiChip-labelSmall css-tavflp">{esc(s)}</span></div>'
        for s in offer["skills"]
    )
    posted = _kp_posted(offer["age"])
    when = (
        '<div class="MuiChip-root MuiChip-filled MuiChip-sizeSmall MuiChip-colorPrimary css-1v7vbou"><span class="MuiChip-label MuiChip-labelSmall css-tavflp">Nowa</span></div>'
        if posted is None
        else f'<span class="MuiTypography-root MuiTypography-caption css-1if5ocf"><svg class="MuiSvgIcon-root MuiSvgIcon-fontSizeInherit css-1cw4hi4" focusable="false" aria-hidden="true" viewBox="0 0 24 24" data-testid="ScheduleOutlinedIcon"><path d="M12 2C6.5 2 2 6.5 2 12s4.5 10 10 10 10-4.5 10-10S17.5 2 12 2"></path></svg>{posted}</span>'
    )
    return f"""
<div data-index="{index}" data-known-size="138" data-item-index="{index}" style="overflow-anchor:none">
<div class="MuiBox-root css-1k5m0b0">
<a class="offer-card css-4lqp8g" href="{offer["url"]}">
<div class="MuiBox-root css-ktk8c3"><img class="css-14ddkqo" alt="{esc(offer["company"])}" src="{offer["logo"]}" loading="lazy" width="48" height="48"></div>
<div class="MuiBox-root css-6vg4fr">
<div class="MuiBox-root css-1kgdb8a">
<h3 class="MuiTypography-root MuiTypography-h3 css-10y5ghn">{esc(offer["title"])}</h3>
{salary}
</div>
<div class="MuiBox-root css-yd5zxy">
<div class="MuiBox-root css-1ecj2wq"><svg class="MuiSvgIcon-root MuiSvgIcon-fontSizeSmall css-1k33q06" focusable="false" aria-hidden="true" viewBox="0 0 24 24" data-testid="ApartmentRoundedIcon"><path d="M17 11V5c0-1.1-.9-2-2-2H9"></path></svg><span class="css-ldh1c9">{esc(offer["company"])}</span></div>
<div class="MuiBox-root css-1ecj2wq"><svg class="MuiSvgIcon-root MuiSvgIcon-fontSizeSmall css-1k33q06" focusable="false" aria-hidden="true" viewBox="0 0 24 24" data-testid="PlaceOutlinedIcon"><path d="M12 2C8.13 2 5 5.13 5 9"></path></svg><span class="css-1o4wo1x">{esc(offer["city"])}</span>{more}</div>
<div class="MuiChip-root MuiChip-filled MuiChip-sizeSmall css-wk5ssc"><span class="MuiChip-label MuiChip-labelSmall css-tavflp">{offer["workplace"]}</span></div>
<div class="MuiBox-root css-vzlxkq">{skills}</div>
<div class="MuiBox-root css-jy3g73">{when}</div>
</div>
</div>
</a>
<button class="MuiButtonBase-root MuiIconButton-root MuiIconButton-sizeSmall css-1ov4kmv" tabindex="0" type="button" aria-label="Zapisz ofertę"><svg class="MuiSvgIcon-root css-vubbuv" viewBox="0 0 24 24" data-testid="FavoriteBorderOutlinedIcon"><path d="M16.5 3c-1.74 0-3.41.81-4.5 2.09"></path></svg></button>
</div>
</div>"""


def _kp_page(
    number: int, total_pages: int, offers: list[dict[str, Any]], first: int, featured: list[dict[str, Any]]
) -> str:
    cards: list[str] = []
    for at, offer in enumerate(offers):
        if at == 9:
            cards.append(
                '<div data-index="ad" class="MuiBox-root css-1wz1wvo"><div class="adslot css-9xkq2e" id="div-gpt-ad-listing-1" data-ad-unit="/21799830/kodpraca/listing_1" style="min-height:100px"><span class="MuiTypography-root MuiTypography-overline css-5n9m1j">Reklama</span><iframe title="3rd party ad content" width="728" height="90" src="about:blank" frameborder="0"></iframe></div></div>'
            )
        cards.append(_kp_card(offer, first + at))
    promoted = "".join(
        _kp_card(o, 900 + i).replace('data-index="9', 'data-promoted="true" data-index="9')
        for i, o in enumerate(featured)
    )
    techs = "".join(
        f'<a class="MuiButtonBase-root css-{_css(t)[:6]}{" Mui-selected" if t == "Python" else ""}" href="/oferty-pracy/wszystkie-lokalizacje/{slug(t) or "net"}" aria-label="{esc(t)}"><img src="/static/tech/{slug(t) or "net"}.svg" alt="" width="24" height="24"><span class="css-1x8pnf2">{esc(t)}</span></a>'
        for t in KP_TECHS
    )
    levels = "".join(
        f'<label class="MuiFormControlLabel-root css-1jaw3da"><span class="MuiCheckbox-root"><input type="checkbox" name="experience-level" value="{v.lower()}"></span><span class="MuiTypography-root">{v} <span class="css-1y0a0nt">({c})</span></span></label>'
        for v, c in [("Junior", 38), ("Mid", 164), ("Senior", 231), ("C-level", 6)]
    )
    places = "".join(
        f'<label class="MuiFormControlLabel-root css-1jaw3da"><span class="MuiCheckbox-root"><input type="checkbox" name="working-hours" value="{slug(v)}"></span><span class="MuiTypography-root">{v} <span class="css-1y0a0nt">({c})</span></span></label>'
        for v, c in [("Zdalnie", 212), ("Hybrydowo", 148), ("Stacjonarnie", 79)]
    )
    pager = [
        '<nav aria-label="pagination navigation" class="MuiPagination-root css-1oj2twp"><ul class="MuiPagination-ul css-nhb8h9">'
    ]
    prev_href = f"/{KP_PATH}" if number == 2 else f"/{KP_PATH}?page={number - 1}"
    if number > 1:
        pager.append(
            f'<li><a class="MuiPaginationItem-root MuiPaginationItem-previousNext css-1xr9krz" href="{prev_href}" rel="prev" aria-label="Przejdź do poprzedniej strony"><svg viewBox="0 0 24 24" data-testid="NavigateBeforeIcon"><path d="M15.41 7.41 14 6l-6 6 6 6"></path></svg></a></li>'
        )
    for n in range(1, total_pages + 1):
        href = f"/{KP_PATH}" if n == 1 else f"/{KP_PATH}?page={n}"
        current = ' aria-current="true"' if n == number else ""
        selected = " Mui-selected" if n == number else ""
        pager.append(
            f'<li><a class="MuiPaginationItem-root MuiPaginationItem-page{selected} css-1xr9krz" href="{href}"{current} aria-label="{"strona" if n == number else "Przejdź do strony"} {n}">{n}</a></li>'
        )
    if number < total_pages:
        pager.append(
            f'<li><a class="MuiPaginationItem-root MuiPaginationItem-previousNext css-1xr9krz" href="/{KP_PATH}?page={number + 1}" rel="next" aria-label="Przejdź do następnej strony"><svg viewBox="0 0 24 24" data-testid="NavigateNextIcon"><path d="M10 6 8.59 7.41 13.17 12l-4.58 4.59L10 18"></path></svg></a></li>'
        )
    pager.append("</ul></nav>")
    state = {
        "props": {
            "pageProps": {
                "dehydratedState": {
                    "queries": [
                        {
                            "queryKey": ["offers", {"categories": ["python"], "page": number}],
                            "state": {
                                "data": {
                                    "meta": {"page": number, "totalItems": len(KP_OFFERS), "totalPages": total_pages},
                                    "data": [
                                        {
                                            "slug": o["url"].rsplit("/", 1)[-1],
                                            "companyName": o["company"],
                                            "city": o["city"],
                                            "workplaceType": {
                                                "Zdalnie": "remote",
                                                "Hybrydowo": "hybrid",
                                                "Stacjonarnie": "office",
                                            }[o["workplace"]],
                                        }
                                        for o in offers
                                    ],
                                }
                            },
                        }
                    ]
                }
            }
        },
        "page": "/oferty-pracy/[[...slug]]",
        "buildId": "k3pZt9rQmW1xY7vB2cN0d",
    }
    title = "Praca Python – oferty pracy dla programistów Python" + (f" – strona {number}" if number > 1 else "")
    return f"""<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | kodpraca.pl</title>
<meta name="description" content="Oferty pracy Python w IT: {len(KP_OFFERS)} ogłoszeń z widełkami wynagrodzeń. Praca zdalna, hybrydowa i stacjonarna.">
<link rel="canonical" href="https://kodpraca.pl/{KP_PATH}{"" if number == 1 else f"?page={number}"}">
{"" if number == 1 else f'<link rel="prev" href="https://kodpraca.pl{prev_href}">'}
{"" if number == total_pages else f'<link rel="next" href="https://kodpraca.pl/{KP_PATH}?page={number + 1}">'}
<link rel="preload" href="/_next/static/media/e4af272ccee01ff0-s.p.woff2" as="font" crossorigin="" type="font/woff2">
<link rel="stylesheet" href="/_next/static/css/7f1c2a9b0d4e6f3a.css">
<style data-emotion="css 1k5m0b0 4lqp8g ktk8c3 6vg4fr 1kgdb8a 10y5ghn 18ypp16 yd5zxy 1ecj2wq">.css-4lqp8g{{display:flex;gap:16px;padding:12px 16px;border-radius:8px;background:#fff;text-decoration:none;color:inherit}}.css-10y5ghn{{font-size:16px;font-weight:600;margin:0}}.css-18ypp16{{color:#1e9c4a;font-weight:600}}.css-1ui2tl0{{color:#777;font-weight:400;font-size:12px}}</style>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</head>
<body>
<div id="__next">
<header class="MuiPaper-root MuiAppBar-root MuiAppBar-positionSticky css-1ri4hpk">
<div class="MuiToolbar-root MuiToolbar-regular css-1nn4w2u">
<a href="/" aria-label="kodpraca.pl – strona główna" class="css-1xc5l0i"><img src="/static/logo-kodpraca.svg" alt="kodpraca.pl" width="140" height="28"></a>
<nav class="MuiBox-root css-1h0fofq" aria-label="Menu główne">
<a class="MuiButtonBase-root MuiButton-root MuiButton-text css-1kmujlx Mui-selected" href="/oferty-pracy">Oferty pracy</a>
<a class="MuiButtonBase-root MuiButton-root MuiButton-text css-1kmujlx" href="/top-firmy">Top firmy</a>
<a class="MuiButtonBase-root MuiButton-root MuiButton-text css-1kmujlx" href="/kalkulator-b2b">Kalkulator B2B</a>
<a class="MuiButtonBase-root MuiButton-root MuiButton-text css-1kmujlx" href="/raport-zarobkow-it-2025">Raport zarobków 2025</a>
<a class="MuiButtonBase-root MuiButton-root MuiButton-text css-1kmujlx" href="https://blog.kodpraca.pl/">Blog</a>
</nav>
<div class="MuiBox-root css-70qvj9"><a class="MuiButtonBase-root MuiButton-root MuiButton-outlined css-1cq3cgv" href="/dla-firm">Dodaj ofertę</a><a class="MuiButtonBase-root MuiButton-root MuiButton-contained css-1gr3xa9" href="/logowanie">Zaloguj się</a><button class="MuiButtonBase-root MuiButton-root css-3a2q7f" type="button" aria-haspopup="true">PL <span class="css-0">PLN</span></button></div>
</div>
</header>
<main class="MuiBox-root css-1l2ld7l">
<div class="MuiBox-root css-1bq3r6x" role="toolbar" aria-label="Filtry">
<div class="MuiBox-root css-1s6cdo6"><input class="MuiInputBase-input css-mnn31" type="text" placeholder="Szukaj: stanowisko, firma, technologia" name="keyword" value=""></div>
<button class="MuiButtonBase-root MuiButton-root MuiButton-outlined css-1ob0u0x" type="button"><svg viewBox="0 0 24 24" data-testid="PlaceOutlinedIcon"><path d="M12 2"></path></svg>Lokalizacja</button>
<div class="MuiBox-root css-1lc8h5m" role="list" aria-label="Technologie">{techs}</div>
<button class="MuiButtonBase-root MuiButton-root css-1ob0u0x" type="button">Więcej filtrów <span class="MuiBadge-badge css-106c1u2">1</span></button>
</div>
<div class="MuiGrid-container css-1d3bbye">
<aside class="MuiGrid-item css-1ymqsyr" aria-label="Filtry szczegółowe">
<fieldset class="css-1wpo1tl"><legend class="MuiTypography-root MuiTypography-subtitle2 css-8n4p2t">Doświadczenie</legend>{levels}</fieldset>
<fieldset class="css-1wpo1tl"><legend class="MuiTypography-root MuiTypography-subtitle2 css-8n4p2t">Tryb pracy</legend>{places}</fieldset>
<fieldset class="css-1wpo1tl"><legend class="MuiTypography-root MuiTypography-subtitle2 css-8n4p2t">Wynagrodzenie</legend><label class="MuiFormControlLabel-root css-1jaw3da"><span class="MuiSwitch-root"><input type="checkbox" name="with-salary"></span><span>Tylko z widełkami</span></label><div class="MuiSlider-root css-7drnjp" aria-label="Widełki">0 PLN – 50 000 PLN</div></fieldset>
<div class="MuiBox-root css-1ugfubu"><div class="adslot css-9xkq2e" id="div-gpt-ad-sidebar" data-ad-unit="/21799830/kodpraca/sidebar_300x600"><span class="css-5n9m1j">Reklama</span></div></div>
</aside>
<section class="MuiGrid-item css-2m7b3w" aria-label="Lista ofert">
<div class="MuiBox-root css-1b1tyt9">
<h1 class="MuiTypography-root MuiTypography-h1 css-1ckk8lc">Praca Python</h1>
<span class="MuiTypography-root MuiTypography-body2 css-1gqyz35">{len(KP_OFFERS)} ofert</span>
<div class="MuiTabs-root css-orq8zk" role="tablist"><button class="MuiTab-root Mui-selected css-1q2h7u5" role="tab" aria-selected="true">Z widełkami <span class="css-1y0a0nt">{sum(1 for o in KP_OFFERS if o["salary"])}</span></button><button class="MuiTab-root css-1q2h7u5" role="tab" aria-selected="false">Wszystkie <span class="css-1y0a0nt">{len(KP_OFFERS)}</span></button></div>
<div class="MuiBox-root css-1wz1wvo"><span class="css-1s9ej0d">Sortuj:</span><button class="MuiButtonBase-root css-1ob0u0x" type="button" aria-haspopup="listbox">Domyślne</button></div>
</div>
{"" if not featured else f'<div class="MuiBox-root css-1oqv2m1" aria-label="Promowane oferty"><h2 class="MuiTypography-root MuiTypography-h6 css-6hr4ne">Promowane</h2>{promoted}</div>'}
<div data-test-id="virtuoso-scroller" data-virtuoso-scroller="true" tabindex="0" style="height:100%;outline:none;overflow-y:auto;position:relative">
<div data-viewport-type="window" style="width:100%;height:100%;position:absolute;top:0">
<div data-test-id="virtuoso-item-list" style="box-sizing:border-box;padding-top:0px;padding-bottom:0px;margin-top:0px">
{"".join(cards)}
</div>
</div>
</div>
<div class="MuiBox-root css-1j3mfi4">{"".join(pager)}</div>
</section>
</div>
</main>
<footer class="MuiBox-root css-19ehx7x">
<div class="MuiContainer-root css-1qsxih2">
<div class="MuiGrid-container css-1d3bbye">
<div><h4 class="css-1nbnl3n">Dla kandydatów</h4><ul><li><a href="/oferty-pracy">Oferty pracy</a></li><li><a href="/oferty-pracy/wszystkie-lokalizacje/python/zdalnie">Praca zdalna Python</a></li><li><a href="/raport-zarobkow-it-2025">Raport zarobków IT</a></li><li><a href="/kalkulator-b2b">Kalkulator B2B / UoP</a></li></ul></div>
<div><h4 class="css-1nbnl3n">Dla firm</h4><ul><li><a href="/dla-firm">Cennik ogłoszeń</a></li><li><a href="/employer-branding">Employer branding</a></li><li><a href="/kontakt">Kontakt</a></li></ul></div>
<div><h4 class="css-1nbnl3n">kodpraca.pl</h4><ul><li><a href="/o-nas">O nas</a></li><li><a href="/regulamin">Regulamin</a></li><li><a href="/polityka-prywatnosci">Polityka prywatności</a></li><li><a href="#" data-cookie-settings="">Ustawienia cookies</a></li></ul></div>
</div>
<p class="MuiTypography-root MuiTypography-caption css-1ao2sqy">© 2025 kodpraca.pl sp. z o.o. Wszystkie prawa zastrzeżone.</p>
</div>
</footer>
<div id="CybotCookiebotDialog" role="dialog" aria-modal="true" aria-label="Zgoda na cookies" class="CybotCookiebotDialog--active">
<div id="CybotCookiebotDialogBodyContent"><h2 id="CybotCookiebotDialogBodyContentTitle">Ta strona korzysta z plików cookie</h2><div id="CybotCookiebotDialogBodyContentText">Używamy plików cookie, aby personalizować treści i reklamy, udostępniać funkcje mediów społecznościowych i analizować ruch. Informacje o tym, jak korzystasz z naszej witryny, udostępniamy partnerom.</div></div>
<div id="CybotCookiebotDialogBodyButtonsWrapper"><button id="CybotCookiebotDialogBodyButtonDecline">Odrzuć</button><button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowallSelection">Dostosuj</button><button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">Zezwól na wszystkie</button></div>
</div>
</div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps(state, ensure_ascii=False)}</script>
<script src="/_next/static/chunks/webpack-5c2d1e9a8b7f.js" defer></script>
<script src="/_next/static/chunks/pages/oferty-pracy/%5B%5B...slug%5D%5D-0f9e8d7c6b5a.js" defer></script>
</body>
</html>
"""


@thirtysecond
def build_kodpraca() -> None:
    s = Site(
        "kodpraca",
        kind="IT job board, Polish (Just Join IT-like 2024–25: Next.js + MUI emotion css- classes, a virtualised data-index list of a.offer-card links, h3 title, '18 000 - 24 000' + 'PLN/mies.' + 'netto (B2B)' salary spans or 'Wynagrodzenie nieujawnione', company / city + '+2' / 'Zdalnie' chips, skill chips, 'Nowa' chip or 'N dni temu', a Promowane strip repeating later offers, ad slots, MUI pagination ?page=N)",
        start=KP_PATH,
        description="A Polish IT job board's Python offers as Just Join IT renders them in 2024–25. Written down: title, url, company, salary (as shown, amount + unit + contract), location (the first city), workplace, skills, posted ('N dni temu', absent on new offers), badge ('Nowa').",
    )
    pages = chunks(KP_OFFERS, [25, 25, len(KP_OFFERS) - 50])
    featured = {1: [KP_OFFERS[31], KP_OFFERS[58]], 2: [KP_OFFERS[60]], 3: [KP_OFFERS[5]]}
    first = 0
    for number, offers in enumerate(pages, 1):
        path = f"{KP_PATH}" if number == 1 else f"{KP_PATH}@page={number}"
        s.list_page(path, _kp_page(number, len(pages), offers, first, featured[number]))
        first += len(offers)
    for o in KP_OFFERS:
        salary = " ".join(o["salary"]) if o["salary"] else None
        s.expect(
            {
                "title": o["title"],
                "url": o["url"],
                "company": o["company"],
                "salary": salary,
                "location": o["city"],
                "workplace": o["workplace"],
                "skills": o["skills"],
                "posted": _kp_posted(o["age"]),
                "badge": "Nowa" if o["age"] == 0 else None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# moradazul: ZAP Imóveis-like Brazilian property search (Lumen l- classes, data-cy hooks, &pagina=N).
# ---------------------------------------------------------------------------------------------------

MZ_DIR = "venda/imoveis/sp+sao-paulo+zona-sul/"
MZ_QUERY = "transacao=venda&tipos=apartamento_residencial,casa_residencial,cobertura_residencial,flat_residencial"
MZ_START = f"{MZ_DIR}?{MZ_QUERY}"
MZ_HOODS = [
    ("Moema", ["Alameda dos Anapurus", "Avenida Ibirapuera", "Rua Gaivota", "Alameda dos Maracatins", "Rua Canário"]),
    ("Vila Mariana", ["Rua Domingos de Morais", "Rua Joaquim Távora", "Rua França Pinto", "Rua Humberto I"]),
    ("Campo Belo", ["Rua Vieira de Morais", "Avenida Vereador José Diniz", "Rua Barão do Triunfo"]),
    ("Brooklin", ["Rua Bernardino de Campos", "Avenida Santo Amaro", "Rua Joaquim Nabuco", "Rua Princesa Isabel"]),
    ("Saúde", ["Rua Loefgren", "Avenida Jabaquara", "Rua das Rosas"]),
    ("Santo Amaro", ["Rua Amador Bueno", "Avenida João Dias", "Rua Padre José de Anchieta"]),
    ("Jardim Marajoara", ["Rua Cancioneiro de Évora", "Avenida Interlagos"]),
    ("Vila Olímpia", ["Rua Gomes de Carvalho", "Rua Funchal", "Rua Casa do Ator"]),
    ("Ipiranga", ["Rua Bom Pastor", "Rua Silva Bueno", "Avenida Nazaré"]),
    ("Chácara Santo Antônio", ["Rua Verbo Divino", "Rua Américo Brasiliense"]),
    ("Jabaquara", ["Rua Nelson Fernandes", "Avenida Engenheiro Armando de Arruda Pereira"]),
    ("Cursino", ["Rua Vergueiro", "Rua Dom Vilares"]),
]
MZ_TYPES = [("Apartamento", 0.6), ("Casa", 0.17), ("Cobertura", 0.13), ("Flat", 0.1)]
MZ_AGENCIES = [
    "Lopes Consultoria",
    "Imobiliária Ibirapuera",
    "Coelho da Fonseca",
    "Casa Sul Imóveis",
    "Brooklin Prime",
    "Atrium Negócios Imobiliários",
    "Morar Bem SP",
    "Vivenda Zona Sul",
]


def _mz_listings() -> list[dict[str, Any]]:
    rng = random.Random(3202)
    listings: list[dict[str, Any]] = []
    for index in range(67):
        roll, kind = rng.random(), "Apartamento"
        for name, share in MZ_TYPES:
            if roll < share:
                kind = name
                break
            roll -= share
        hood, streets = MZ_HOODS[rng.randrange(len(MZ_HOODS))]
        street = rng.choice(streets) + (f", {rng.randrange(12, 2400)}" if rng.random() < 0.6 else "")
        if rng.random() < 0.18:
            street = None
        if kind == "Flat":
            area, beds, baths, spaces = rng.randrange(28, 52), 1, 1, rng.choice([0, 1])
        elif kind == "Casa":
            area, beds, baths, spaces = (
                rng.randrange(120, 420),
                rng.randrange(3, 6),
                rng.randrange(2, 6),
                rng.randrange(2, 6),
            )
        elif kind == "Cobertura":
            area, beds, baths, spaces = (
                rng.randrange(140, 380),
                rng.randrange(3, 5),
                rng.randrange(3, 6),
                rng.randrange(2, 5),
            )
        else:
            beds = rng.randrange(1, 5)
            area, baths, spaces = (
                rng.randrange(38, 70) + beds * 22,
                max(1, beds - rng.randrange(0, 2)),
                rng.choice([0, 1, 1, 2, 2, 3][: beds + 2]),
            )
        per_m2 = (
            rng.randrange(9, 19) * 1000
            if hood not in ("Jabaquara", "Cursino", "Ipiranga")
            else rng.randrange(6, 11) * 1000
        )
        price = round(area * per_m2, -4) if rng.random() > 0.04 else None
        condo = None if kind == "Casa" else int(round(area * rng.uniform(9, 16), -1))
        iptu = int(round(area * rng.uniform(1.5, 4.5), 0)) if rng.random() < 0.75 else None
        badge = rng.choice(["Destaque", "Super destaque"]) if rng.random() < 0.16 else None
        ident = 2_700_000_000 + _num(f"mz{index}", 7)
        tail = f"{beds}-quarto{'s' if beds > 1 else ''}-" if kind != "Flat" else ""
        url = f"/imovel/venda-{slug(kind)}-{tail}{slug(hood)}-zona-sul-sao-paulo-sp-{area}m2-id-{ident}/"
        listings.append(
            {
                "kind": kind,
                "hood": hood,
                "street": street,
                "area": area,
                "beds": beds,
                "baths": baths,
                "spaces": spaces,
                "price": price,
                "condo": condo,
                "iptu": iptu,
                "badge": badge,
                "id": ident,
                "url": url,
                "agency": MZ_AGENCIES[rng.randrange(len(MZ_AGENCIES))],
                "photos": rng.randrange(6, 31),
            }
        )
    return listings


MZ_LISTINGS = _mz_listings()


def _mz_brl(amount: int) -> str:
    return f"R$ {_thousands(int(amount), '.')}"


def _mz_fees(item: dict[str, Any]) -> str:
    parts = []
    if item["condo"]:
        parts.append(f"Condomínio {_mz_brl(item['condo'])}")
    if item["iptu"]:
        parts.append(f"IPTU {_mz_brl(item['iptu'])}")
    return " • ".join(parts)


def _mz_amenity(cy: str, label: str, icon: str, value: str) -> str:
    return f'<li class="l-text l-u-color-neutral-28 l-text--variant-body-small l-text--weight-regular card__amenity" itemprop="{icon}" data-cy="rp-cardProperty-{cy}-txt"><h3 class="sr-only">{label}</h3><svg class="l-icon l-u-color-neutral-28" aria-hidden="true" width="16" height="16"><use href="#icon-{slug(label)}"></use></svg>{value}</li>'


def _mz_card(item: dict[str, Any], position: int) -> str:
    amenities = [
        _mz_amenity("propertyArea", "Tamanho do imóvel", "floorSize", f"{item['area']} m²"),
        _mz_amenity("bedroomQuantity", "Quantidade de quartos", "numberOfRooms", str(item["beds"])),
        _mz_amenity("bathroomQuantity", "Quantidade de banheiros", "numberOfBathroomsTotal", str(item["baths"])),
    ]
    if item["spaces"]:
        amenities.append(
            _mz_amenity("parkingSpacesQuantity", "Quantidade de vagas", "numberOfParkingSpaces", str(item["spaces"]))
        )
    badge = (
        f'<span class="l-tag-card l-tag-card--variant-{"primary" if item["badge"] == "Destaque" else "secondary"}" data-cy="rp-cardProperty-tag-txt"><span class="l-tag-card__content">{item["badge"]}</span></span>'
        if item["badge"]
        else ""
    )
    price = (
        f'<p class="l-text l-u-color-neutral-28 l-text--variant-heading-small l-text--weight-bold undefined">{_mz_brl(item["price"])}</p>'
        if item["price"]
        else '<p class="l-text l-u-color-neutral-28 l-text--variant-heading-small l-text--weight-bold undefined">Sob consulta</p>'
    )
    fees = _mz_fees(item)
    fee_line = (
        f'<p class="l-text l-u-color-neutral-44 l-text--variant-body-small l-text--weight-regular truncate">{fees}</p>'
        if fees
        else ""
    )
    street = (
        f'<p class="l-text l-u-color-neutral-44 l-text--variant-body-small l-text--weight-regular truncate" data-cy="rp-cardProperty-street-txt">{esc(item["street"])}</p>'
        if item["street"]
        else ""
    )
    slides = "".join(
        f'<li class="l-carousel-image__item"><img src="https://resizedimgs.moradazul.com.br/crop/614x297/vr.images.sp/{_css(str(item["id"]) + str(n))}.webp" alt="Foto {n} de {esc(item["kind"])} à venda em {esc(item["hood"])}" loading="{"eager" if position < 3 and n == 1 else "lazy"}"></li>'
        for n in range(1, 4)
    )
    return f"""
<li data-cy="rp-property-cd" class="ListingCard_result-card__wrapper__6osq8">
<div class="ListingCard_result-card__Pumtx" data-position="{position}" data-id="{item["id"]}" itemscope itemtype="https://schema.org/Accommodation">
<a href="{item["url"]}" class="ListingCard_result-card__link__kH2Ft" itemprop="url" title="{esc(item["kind"])} com {item["beds"]} quarto{"s" if item["beds"] > 1 else ""} à venda, {item["area"]}m² em {esc(item["hood"])}, São Paulo">
<div class="l-carousel-image l-carousel-image--rounded-top" data-cy="rp-cardProperty-image-img"><ul class="l-carousel-image__list">{slides}</ul><span class="l-carousel-image__counter">1/{item["photos"]}</span></div>
{badge}
<div class="flex flex-col grow min-w-0 content-stretch border-neutral-90 p-2">
<h2 class="l-text l-u-color-neutral-28 l-text--variant-heading-small l-text--weight-medium truncate" data-cy="rp-cardProperty-location-txt"><span class="block font-secondary text-1-5 font-regular text-neutral-110 mb-1">{esc(item["kind"])} para comprar em</span>{esc(item["hood"])}, São Paulo</h2>
{street}
<ul class="flex flex-row gap-2 mt-1">{"".join(amenities)}</ul>
<div class="flex flex-col mt-2" data-cy="rp-cardProperty-price-txt">{price}{fee_line}</div>
</div>
</a>
<div class="ListingCard_result-card__actions__Pk0fA"><img class="l-avatar" src="https://resizedimgs.moradazul.com.br/logo/{slug(item["agency"])}.png" alt="{esc(item["agency"])}" loading="lazy"><button class="l-button l-button--context-primary l-button--size-small l-button--appearance-outline" type="button" data-cy="rp-cardProperty-phone-btn">Telefone</button><button class="l-button l-button--context-primary l-button--size-small l-button--appearance-solid" type="button" data-cy="rp-cardProperty-message-btn">Mensagem</button></div>
</div>
</li>"""


def _mz_href(number: int) -> str:
    return f"/{MZ_START}" + ("" if number == 1 else f"&pagina={number}")


def _mz_page(number: int, total_pages: int, items: list[dict[str, Any]], first: int) -> str:
    cards: list[str] = []
    for at, item in enumerate(items):
        if at in (6, 18):
            cards.append(
                f'<li class="ListingCard_result-card__wrapper__6osq8 ad-slot" data-cy="rp-ad-banner"><div id="div-gpt-ad-resultados-{at}" class="ads-container" data-ad-unit="/7191/moradazul/resultados/lista_{at}"><span class="l-text l-text--variant-body-small l-u-color-neutral-44">Publicidade</span><iframe title="3rd party ad content" width="728" height="90" src="about:blank" frameborder="0"></iframe></div></li>'
            )
        if at == 12 and number == 1:
            cards.append(
                '<li class="ListingCard_result-card__wrapper__6osq8" data-cy="rp-development-cd"><div class="DevelopmentCard_card__Wf3aJ"><a href="https://lancamentos.moradazul.com.br/empreendimento/parque-ibirapuera-residence-2600123456/?utm_source=listagem" class="DevelopmentCard_link__aM2qz"><span class="l-tag-card__content">Lançamento</span><h2 class="l-text l-text--variant-heading-small">Parque Ibirapuera Residence</h2><p class="l-text l-text--variant-body-small">Moema, São Paulo · 2 a 4 quartos · 68 a 210 m²</p><p class="l-text l-text--variant-heading-small l-text--weight-bold">A partir de R$ 1.190.000</p><p class="l-text l-text--variant-body-small">Entrega em dez/2027</p></a></div></li>'
            )
        cards.append(_mz_card(item, first + at + 1))
    pager = [
        '<nav class="l-pagination" aria-label="Paginação" data-testid="l-pagination"><ul class="l-pagination__list">'
    ]
    if number > 1:
        pager.append(
            f'<li class="l-pagination__item"><a class="l-pagination__button" href="{_mz_href(number - 1)}" aria-label="Página anterior" data-testid="previous-page"><svg class="l-icon" aria-hidden="true"><use href="#chevron-left"></use></svg></a></li>'
        )
    for n in range(1, total_pages + 1):
        cur = ' aria-current="page" data-active="true"' if n == number else ""
        pager.append(
            f'<li class="l-pagination__item"><a class="l-pagination__button{" l-pagination__button--active" if n == number else ""}" href="{_mz_href(n)}"{cur}>{n}</a></li>'
        )
    if number < total_pages:
        pager.append(
            f'<li class="l-pagination__item"><a class="l-pagination__button" href="{_mz_href(number + 1)}" aria-label="Próxima página" data-testid="next-page"><svg class="l-icon" aria-hidden="true"><use href="#chevron-right"></use></svg></a></li>'
        )
    pager.append("</ul></nav>")
    facets = "".join(
        f'<label class="l-checkbox"><input type="checkbox" name="tipos" value="{slug(t)}_residencial" {"checked" if t != "Studio" else ""}><span class="l-checkbox__label">{t} <span class="l-u-color-neutral-44">({c})</span></span></label>'
        for t, c in [
            ("Apartamento", "8.412"),
            ("Casa", "2.157"),
            ("Cobertura", "631"),
            ("Flat", "298"),
            ("Studio", "1.044"),
        ]
    )
    rooms = "".join(
        f'<button class="l-chip" type="button" aria-pressed="false">{q}</button>' for q in ["1+", "2+", "3+", "4+"]
    )
    hoods = "".join(f'<li><a href="/venda/imoveis/sp+sao-paulo+zona-sul+{slug(h)}/">{h}</a></li>' for h, _ in MZ_HOODS)
    schema = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": 1,
                "name": "Imóveis à venda",
                "item": "https://www.moradazul.com.br/venda/",
            },
            {
                "@type": "ListItem",
                "position": 2,
                "name": "São Paulo - SP",
                "item": "https://www.moradazul.com.br/venda/imoveis/sp+sao-paulo/",
            },
            {"@type": "ListItem", "position": 3, "name": "Zona Sul", "item": f"https://www.moradazul.com.br/{MZ_DIR}"},
        ],
    }
    total = 11498
    return f"""<!DOCTYPE html>
<html lang="pt-BR">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Imóveis à venda na Zona Sul, São Paulo - SP | MoradAzul{"" if number == 1 else f" - Página {number}"}</title>
<meta name="description" content="{_thousands(total, ".")} imóveis à venda na Zona Sul de São Paulo: apartamentos, casas e coberturas com fotos, preços e condomínio.">
<link rel="canonical" href="https://www.moradazul.com.br{_mz_href(number)}">
<link rel="stylesheet" href="/_next/static/css/4e1a9b2c7d3f8e60.css">
<script type="application/ld+json">{json.dumps(schema, ensure_ascii=False)}</script>
<script async src="https://www.googletagmanager.com/gtm.js?id=GTM-MZ7K2Q"></script>
</head>
<body class="l-theme-moradazul">
<div id="__next">
<header class="Header_header__Bq2Yl l-u-bg-neutral-120">
<div class="Header_content__jK8aZ"><a href="/" class="Header_logo__x3Jw9" aria-label="Página inicial MoradAzul"><svg width="120" height="32" aria-hidden="true"><use href="#logo"></use></svg></a>
<nav class="Header_nav__4pQsd" aria-label="Menu principal"><ul><li><a href="/venda/">Comprar</a></li><li><a href="/aluguel/">Alugar</a></li><li><a href="https://lancamentos.moradazul.com.br/">Lançamentos</a></li><li><a href="/anunciar-imovel/">Anunciar</a></li><li><a href="/financiamento-imobiliario/">Financiamento</a></li><li><a href="https://www.moradazul.com.br/blog/">Blog</a></li></ul></nav>
<div class="Header_actions__5c0Qw"><a class="l-button l-button--appearance-ghost" href="/favoritos/">Favoritos</a><a class="l-button l-button--appearance-outline" href="/login/">Entrar</a></div></div>
</header>
<main class="Search_main__r9Yx0">
<nav aria-label="breadcrumb" class="l-breadcrumb"><ol><li><a href="/venda/">Imóveis à venda</a></li><li><a href="/venda/imoveis/sp+sao-paulo/">São Paulo - SP</a></li><li aria-current="page">Zona Sul</li></ol></nav>
<div class="Search_layout__2wSaC">
<aside class="Filters_filters__mP1Fh" data-cy="rp-filters">
<form action="/{MZ_DIR}" method="get">
<fieldset><legend class="l-text l-text--weight-bold">Tipo de negócio</legend><div class="l-segmented"><button type="button" aria-pressed="true">Comprar</button><button type="button" aria-pressed="false">Alugar</button></div></fieldset>
<fieldset><legend class="l-text l-text--weight-bold">Localização</legend><input class="l-input" type="text" name="onde" value="Zona Sul, São Paulo - SP"></fieldset>
<fieldset><legend class="l-text l-text--weight-bold">Tipo de imóvel</legend>{facets}</fieldset>
<fieldset><legend class="l-text l-text--weight-bold">Preço</legend><input class="l-input" type="text" name="precoMinimo" placeholder="R$ mínimo"><input class="l-input" type="text" name="precoMaximo" placeholder="R$ máximo"><label class="l-checkbox"><input type="checkbox" name="incluirCondominio"> Condomínio incluso</label></fieldset>
<fieldset><legend class="l-text l-text--weight-bold">Quartos</legend>{rooms}</fieldset>
<fieldset><legend class="l-text l-text--weight-bold">Vagas</legend>{rooms}</fieldset>
<button class="l-button l-button--context-primary" type="submit">Aplicar filtros</button>
</form>
</aside>
<section class="Search_results__Kk4cS">
<div class="Search_header__vY8nL"><h1 class="l-text l-text--variant-heading-regular l-text--weight-bold">{_thousands(total, ".")} Imóveis à venda na Zona Sul, São Paulo - SP</h1>
<div class="Search_sort__1p6Zn"><label for="l-select-ordenacao">Ordenar por:</label><select id="l-select-ordenacao" class="l-select"><option value="relevance" selected>Relevantes</option><option value="lowest-price">Menor preço</option><option value="highest-price">Maior preço</option><option value="most-recent">Mais recentes</option></select></div>
<div class="Search_chips__pL3xR"><span class="l-chip l-chip--selected">Zona Sul <button aria-label="Remover filtro Zona Sul">×</button></span><span class="l-chip l-chip--selected">Apartamento, Casa, Cobertura, Flat <button aria-label="Remover filtro tipo">×</button></span></div></div>
<div class="listing-wrapper__content" data-testid="listing-wrapper">
<ul class="listing-wrapper__list">
{"".join(cards)}
</ul>
</div>
<div class="Search_pagination__mZ3w1">{"".join(pager)}</div>
<section class="SeoLinks_seo__u8PqV"><h2 class="l-text l-text--weight-bold">Bairros da Zona Sul</h2><ul class="SeoLinks_list__t4Ra2">{hoods}</ul></section>
</section>
</div>
</main>
<footer class="Footer_footer__e1sZq"><div class="Footer_columns__4w0lP"><div><h3>MoradAzul</h3><ul><li><a href="/sobre/">Quem somos</a></li><li><a href="/trabalhe-conosco/">Trabalhe conosco</a></li><li><a href="/ajuda/">Central de ajuda</a></li></ul></div><div><h3>Anunciantes</h3><ul><li><a href="/anunciar-imovel/">Anuncie seu imóvel</a></li><li><a href="/planos-imobiliarias/">Planos para imobiliárias</a></li></ul></div><div><h3>Legal</h3><ul><li><a href="/termos-de-uso/">Termos de uso</a></li><li><a href="/politica-de-privacidade/">Política de privacidade</a></li></ul></div></div><p class="l-text l-text--variant-body-small">© 2025 MoradAzul Classificados Imobiliários Ltda. CNPJ 12.345.678/0001-90</p></footer>
<div class="CookieBanner_banner__8kTxn" role="dialog" aria-live="polite" aria-label="Cookies"><p class="l-text l-text--variant-body-small">Usamos cookies para melhorar sua experiência, personalizar anúncios e recomendar imóveis. Ao continuar navegando, você concorda com a nossa <a href="/politica-de-privacidade/">Política de Privacidade</a>.</p><button class="l-button l-button--context-primary l-button--size-small" type="button">Entendi</button></div>
</div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps({"props": {"pageProps": {"page": number, "totalCount": total, "listingIds": [str(i["id"]) for i in items]}}, "page": "/[transaction]/[type]/[location]", "query": {"pagina": str(number)}, "buildId": "ZqPx81_mWc4vRt0Ls2jAd"}, ensure_ascii=False)}</script>
<script src="/_next/static/chunks/main-9a7c3e1f2b4d.js" defer></script>
</body>
</html>
"""


@thirtysecond
def build_moradazul() -> None:
    s = Site(
        "moradazul",
        kind="property search results, Portuguese (ZAP Imóveis-like 2024–25: Lumen l- classes + ListingCard CSS-module classes, li[data-cy=rp-property-cd] cards as one link, an h2 'Apartamento para comprar em' span + 'Moema, São Paulo', street line on most, icon lists with sr-only h3 labels '98 m²' / quartos / banheiros / vagas, 'R$ 850.000' or 'Sob consulta', 'Condomínio R$ 1.200 • IPTU R$ 300', Destaque / Super destaque tags, Publicidade slots, a Lançamento card, &pagina=N)",
        start=MZ_START,
        description="Homes for sale in São Paulo's Zona Sul on a ZAP Imóveis-like portal. Written down: title (the h2 location 'Moema, São Paulo'), url, property_type, street (where shown), area (m²), bedrooms, bathrooms, parking (where shown), price + currency (BRL; absent on 'Sob consulta'), condo_fee, iptu (where shown), badge (where shown).",
    )
    pages = chunks(MZ_LISTINGS, [24, 24, len(MZ_LISTINGS) - 48])
    first = 0
    for number, items in enumerate(pages, 1):
        s.list_page(
            f"{MZ_DIR}@{MZ_QUERY}" + ("" if number == 1 else f"&pagina={number}"),
            _mz_page(number, len(pages), items, first),
        )
        first += len(items)
    for i in MZ_LISTINGS:
        s.expect(
            {
                "title": f"{i['hood']}, São Paulo",
                "url": i["url"],
                "property_type": i["kind"],
                "street": i["street"],
                "area": i["area"],
                "bedrooms": i["beds"],
                "bathrooms": i["baths"],
                "parking": i["spaces"] or None,
                "price": i["price"],
                "currency": "BRL" if i["price"] else None,
                "condo_fee": i["condo"],
                "iptu": i["iptu"],
                "badge": i["badge"],
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# cykeltorget: Blocket-like Swedish classifieds after the 2024 redesign (styled-components, &page=N).
# ---------------------------------------------------------------------------------------------------

CT_PATH = "annonser/stockholm/fritid_hobby/cyklar"
CT_QUERY = "cg=6060&r=11"
CT_MONTHS = ["jan", "feb", "mars", "apr", "maj", "juni", "juli", "aug", "sep", "okt", "nov", "dec"]
CT_BIKES = [
    "Crescent Elda damcykel 7 vxl",
    "Bianchi Via Nirone 7 racer 56 cm",
    "Elcykel Ecoride Ambassador",
    "Barncykel 16 tum Puky",
    "Trek Marlin 5 MTB storlek M",
    "Monark Karin 3-växlad",
    "Specialized Allez Sport 54",
    "Vintage Peugeot racer 1982",
    "Cube Kathmandu Hybrid EXC elcykel",
    "Kronan herrcykel 3 vxl svart",
    "Cannondale Quick 4 hybrid",
    "Lådcykel Babboe Curve-E",
    "Scott Aspect 950 29er",
    "Fixie singlespeed 58 cm",
    "Skeppshult Favorit damcykel",
    "Merida Big.Nine 300",
    "Cykelvagn Thule Chariot Cross 2",
    "Giant Escape 2 City storlek L",
    "Pegasus Solero damcykel 7 vxl",
    "Brompton M6L hopfällbar",
    "Canyon Endurace CF 7",
    "Barncykel 20 tum Btwin",
    "Elcykel Kalkhoff Image 5.B",
    "Stålramscykel Rex Classic",
    "Cykelhjälm Giro + cykellås Abus",
    "MTB Rockrider ST 520",
    "Ridley Fenix SL Disc",
    "Sparkcykel/balanscykel Strider",
    "Cortina U4 transport",
    "Gravelbike Cervélo Áspero",
    "Elsparkcykel-alternativ: Vanmoof S3",
    'Damcykel Crescent Nova 28"',
    "Tandemcykel Hase Pino",
    'Cykel Nishiki 26" herr',
    "Cube Attention SL 27.5",
    "Fatbike Mongoose Dolomite",
    "Racercykel Cinelli Semper",
    "Barnsits Hamax + cykelkorg",
    "Orbea Orca M30",
    "Huffy Cruiser strandcykel",
    "Elcykel Crescent Ebbe",
    "Bromptonväska + framlampa",
    "Cube Nuroad Pro gravel",
    "Lastcykel Butchers & Bicycles MK1-E",
    "Juniorcykel 24 tum Trek Precaliber",
    "Cannondale Trail 7 storlek S",
    "Singelspeed State Bicycle Co.",
    "Pilen Lyx damcykel 2019",
    "Elcykel Cero One",
    "Racer Bianchi Sprint 105",
    'Barncykel Crescent Fia 14"',
    "Hybridcykel Kona Dew",
    "Specialized Turbo Vado 4.0",
    'Monark 3-växlad herr 28"',
    "MTB Santa Cruz Chameleon",
    "Gravel Ribble CGR AL",
    "Damcykel Skeppshult Natur Pro",
    "Cykeltrainer Wahoo Kickr Core",
    "Marin Muirwoods stålram",
    "Elcykel Batavus Finez",
    'Cykel Crescent Grim 20"',
    "Vintage Monark Special racer",
    "Dahon Mariner D8 hopfällbar",
    "Racercykel Trek Domane AL 2",
    "Cube Reaction Hybrid elmtb",
    "Barncykel Puky Steel 12",
    "Kronan damcykel 7 vxl turkos",
    "Elcykel Cyklop E-Pro",
    "Pelago Bristol herr",
    "Cannondale CAAD13",
    "Cykelställ till dragkrok Thule",
    "Framgaffel och hjulset 700c",
    "Fjällräven cykelväska",
    "Specialized Rockhopper 27.5 XS",
    "Scott Speedster 20 Disc",
    "Elcykel Ecoride Tripper",
]
CT_PLACES = [
    "Södermalm",
    "Kungsholmen",
    "Vasastan",
    "Solna",
    "Sundbyberg",
    "Nacka",
    "Täby",
    "Huddinge",
    "Lidingö",
    "Bromma",
    "Hägersten",
    "Farsta",
    "Järfälla",
    "Sollentuna",
    "Östermalm",
    "Danderyd",
    "Haninge",
    "Vallentuna",
]
CT_SUBCATS = {"default": "Cyklar", "parts": "Cykeltillbehör", "kids": "Barncyklar"}


def _ct_items() -> list[dict[str, Any]]:
    rng = random.Random(3203)
    items: list[dict[str, Any]] = []
    minutes = 14 * 60 + 38  # today 14:38, read on Friday 14 March 2025
    day = 14
    for index, title in enumerate(CT_BIKES[:80]):
        minutes -= rng.randrange(4, 70)
        if minutes < 6 * 60:
            day -= 1
            minutes += 24 * 60 - rng.randrange(6 * 60, 9 * 60)
            minutes = min(minutes, 23 * 60 + 40)
        low = title.lower()
        if any(w in low for w in ("väska", "hjälm", "ställ", "trainer", "gaffel", "barnsits", "cykelvagn")):
            category = CT_SUBCATS["parts"]
        elif "barncykel" in low or "junior" in low or "strider" in low:
            category = CT_SUBCATS["kids"]
        else:
            category = CT_SUBCATS["default"]
        if "elcykel" in low or "turbo" in low or "vanmoof" in low or "lådcykel" in low or "lastcykel" in low:
            price = rng.randrange(60, 320) * 100
        elif "canyon" in low or "cervélo" in low or "orbea" in low or "caad" in low or "santa cruz" in low:
            price = rng.randrange(90, 260) * 100
        elif category == "Barncyklar":
            price = rng.randrange(3, 18) * 50
        else:
            price = rng.randrange(4, 90) * 100 - rng.choice([0, 0, 0, 50, 100, 1])
        price = max(price, 0)
        company = rng.random() < 0.17
        shipping = not company and rng.random() < 0.28
        if index == 23:
            price = None  # no price given
        hh, mm = divmod(minutes, 60)
        if day == 14:
            shown = f"idag {hh:02d}:{mm:02d}"
        elif day == 13:
            shown = f"igår {hh:02d}:{mm:02d}"
        else:
            shown = f"{day} mars"
        place = CT_PLACES[rng.randrange(len(CT_PLACES))]
        ident = 1_213_000_000 + _num(f"ct{index}", 6)
        url = f"/annons/stockholm/{slug(title).replace('-', '_')[:48].rstrip('_')}/{ident}"
        badges = (["Företag"] if company else []) + (["Köp nu med frakt"] if shipping else [])
        items.append(
            {
                "title": title,
                "category": category,
                "price": price,
                "place": place,
                "shown": shown,
                "day": day,
                "badges": badges,
                "url": url,
                "id": ident,
                "images": rng.randrange(1, 9),
            }
        )
    return items


CT_ITEMS = _ct_items()


def _ct_date(item: dict[str, Any]) -> str:
    return item["shown"] if item["day"] >= 13 else f"--03-{item['day']:02d}"


def _ct_card(item: dict[str, Any]) -> str:
    badges = "".join(
        f'<div class="Badge__StyledBadge-sc-1c5hbsl-0 {"eFjCxU" if b == "Företag" else "kTwLqM"}"><span>{b}</span></div>'
        for b in item["badges"]
    )
    price = (
        f'<div class="Price__StyledPrice-sc-1v2maoc-1 jkvRCw">{_thousands(item["price"])} kr</div>'
        if item["price"] is not None
        else ""
    )
    return f"""
<article class="styled__Article-sc-1kpvi4z-1 iKmQha" data-cy="search-result-item">
<div class="styled__Thumbnail-sc-1kpvi4z-2 hYxBtL"><a href="{item["url"]}" tabindex="-1" aria-hidden="true"><img class="styled__Image-sc-1kpvi4z-3 gHtFcz" src="https://i.cykeltorget.se/mobile_ad_thumb/{item["id"]}.jpg" alt="{esc(item["title"])}" loading="lazy"></a><span class="styled__ImageCount-sc-1kpvi4z-4 bSrKjW"><svg width="12" height="12" aria-hidden="true"><use href="#camera"></use></svg>{item["images"]}</span></div>
<div class="styled__Content-sc-1kpvi4z-5 dMfCyQ">
<div class="styled__TopInfoWrapper-sc-1kpvi4z-6 cGtJEh"><p class="styled__TopInfo-sc-1kpvi4z-7 kKxBNy">{esc(item["place"])}</p><span class="styled__Dot-sc-1kpvi4z-8 gAFkRi" aria-hidden="true">·</span><p class="styled__TopInfo-sc-1kpvi4z-7 kKxBNy">{item["category"]}</p><span class="styled__Dot-sc-1kpvi4z-8 gAFkRi" aria-hidden="true">·</span><p class="styled__Time-sc-1kpvi4z-9 fOdYxp">{item["shown"]}</p></div>
<h2 class="styled__SubjectWrapper-sc-1kpvi4z-10 jYhzVa"><a class="Link-sc-6wulv7-0 styled__StyledTitleLink-sc-1kpvi4z-11 hDmOyt eBtrPk" href="{item["url"]}"><span class="styled__SubjectContainer-sc-1kpvi4z-12 PJWbr">{esc(item["title"])}</span></a></h2>
{price}
<div class="styled__BadgeWrapper-sc-1kpvi4z-13 fQqZpe">{badges}</div>
</div>
<button class="styled__SaveButton-sc-1kpvi4z-14 kCqYgL" type="button" aria-label="Spara annons"><svg width="20" height="20" aria-hidden="true"><use href="#heart"></use></svg></button>
</article>"""


def _ct_href(number: int) -> str:
    return f"/{CT_PATH}?{CT_QUERY}" + ("" if number == 1 else f"&page={number}")


def _ct_page(number: int, total_pages: int, items: list[dict[str, Any]]) -> str:
    rows: list[str] = []
    for at, item in enumerate(items):
        if at == 5:
            rows.append(
                '<div class="styled__AdWrapper-sc-8a7sl1-0 bNqPxa" data-cy="native-ad"><article class="styled__Article-sc-1kpvi4z-1 iKmQha styled__NativeAd-sc-8a7sl1-1"><div class="styled__Thumbnail-sc-1kpvi4z-2 hYxBtL"><a href="https://adclick.g.doubleclick.net/pcs/click?adurl=https://www.cykelkedjan-sthlm.se/varrea" rel="sponsored noopener" target="_blank"><img class="styled__Image-sc-1kpvi4z-3 gHtFcz" src="https://tpc.googlesyndication.com/simgad/1738291.jpg" alt=""></a></div><div class="styled__Content-sc-1kpvi4z-5 dMfCyQ"><div class="styled__TopInfoWrapper-sc-1kpvi4z-6 cGtJEh"><p class="styled__TopInfo-sc-1kpvi4z-7 kKxBNy">Annons</p><span class="styled__Dot-sc-1kpvi4z-8 gAFkRi" aria-hidden="true">·</span><p class="styled__TopInfo-sc-1kpvi4z-7 kKxBNy">Cykelkedjan Stockholm</p></div><h2 class="styled__SubjectWrapper-sc-1kpvi4z-10 jYhzVa"><a class="Link-sc-6wulv7-0 hDmOyt" href="https://adclick.g.doubleclick.net/pcs/click?adurl=https://www.cykelkedjan-sthlm.se/varrea" rel="sponsored noopener" target="_blank"><span class="styled__SubjectContainer-sc-1kpvi4z-12 PJWbr">Vårrea på elcyklar – upp till 30 % rabatt</span></a></h2><div class="Price__StyledPrice-sc-1v2maoc-1 jkvRCw">från 9 995 kr</div></div></article></div>'
            )
        if at in (12, 24):
            rows.append(
                f'<div class="styled__DisplayAd-sc-8a7sl1-2 hUfNbD"><div id="ad-search_list_{at}" class="advertisement" data-placement="search_list_{at}"><span class="styled__AdLabel-sc-8a7sl1-3 jRgGZo">Annons</span></div></div>'
            )
        rows.append(_ct_card(item))
    pager = ['<nav class="Pagination__Nav-sc-uamu6s-0 bLrKkF" aria-label="Sidnavigering">']
    if number > 1:
        pager.append(
            f'<a class="Pagination__Button-sc-uamu6s-1 gZEyCK" href="{_ct_href(number - 1)}" rel="prev"><svg width="16" height="16" aria-hidden="true"><use href="#chevron-left"></use></svg>Föregående</a>'
        )
    for n in range(1, total_pages + 1):
        if n == number:
            pager.append(
                f'<span class="Pagination__Button-sc-uamu6s-1 Pagination__Active-sc-uamu6s-2 gZEyCK fGhTkL" aria-current="page">{n}</span>'
            )
        else:
            pager.append(f'<a class="Pagination__Button-sc-uamu6s-1 gZEyCK" href="{_ct_href(n)}">{n}</a>')
    if number < total_pages:
        pager.append(
            f'<a class="Pagination__Button-sc-uamu6s-1 gZEyCK" href="{_ct_href(number + 1)}" rel="next">Nästa<svg width="16" height="16" aria-hidden="true"><use href="#chevron-right"></use></svg></a>'
        )
    pager.append("</nav>")
    cats = "".join(
        f'<li><a class="styled__CategoryLink-sc-3mfsg0-1 cWqTqe" href="/annonser/stockholm/fritid_hobby/{slug(c).replace("-", "_")}?cg={g}&r=11">{c} <span class="styled__Count-sc-3mfsg0-2 iYzKpS">({n})</span></a></li>'
        for c, g, n in [
            ("Cyklar", 6060, "4 812"),
            ("Barncyklar", 6061, "1 103"),
            ("Cykeltillbehör", 6062, "2 377"),
            ("Sport & fritid", 6000, "28 415"),
            ("Hobby & samlarprylar", 6100, "19 602"),
        ]
    )
    regions = "".join(
        f'<option value="{r}"{" selected" if r == 11 else ""}>{n}</option>'
        for r, n in [(0, "Hela Sverige"), (11, "Stockholm"), (12, "Uppsala"), (14, "Skåne"), (15, "Västra Götaland")]
    )
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cyklar i Stockholm – köp och sälj begagnat | Cykeltorget{"" if number == 1 else f" – sida {number}"}</title>
<meta name="description" content="Köp och sälj begagnade cyklar i Stockholm. Racercyklar, elcyklar, mountainbikes och barncyklar från privatpersoner och företag.">
<link rel="canonical" href="https://www.cykeltorget.se{_ct_href(number)}">
<style data-styled="active" data-styled-version="5.3.11">.iKmQha{{display:grid;grid-template-columns:160px 1fr auto;gap:12px;padding:12px 0;border-bottom:1px solid #e5e5e5}}.jkvRCw{{font-weight:700;font-size:18px}}.kKxBNy,.fOdYxp{{font-size:12px;color:#6b6b6b;margin:0}}.eFjCxU{{background:#eef3ff;color:#1a3f9c}}.kTwLqM{{background:#e8f6ee;color:#126b3a}}</style>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</head>
<body>
<div id="__next">
<div class="styled__SiteWrapper-sc-1tw2lnz-0 fNqTkZ">
<header class="Header__Wrapper-sc-10cvlsv-0 hLqVzC">
<a class="Header__Logo-sc-10cvlsv-1 iXyHvb" href="/" aria-label="Cykeltorget startsida"><svg width="110" height="28" aria-hidden="true"><use href="#logo"></use></svg></a>
<nav class="Header__Nav-sc-10cvlsv-2 gXhWkP" aria-label="Huvudmeny"><a href="/annonser/hela_sverige">Annonser</a><a href="/mina-sidor/bevakningar">Bevakningar</a><a href="/meddelanden">Meddelanden</a><a href="/mina-sidor/sparade">Sparade</a><a class="Header__Cta-sc-10cvlsv-3 cYtQwB" href="/ny-annons">Lägg in annons</a><a href="/logga-in">Logga in</a></nav>
</header>
<main class="styled__Main-sc-1tw2lnz-1 jQzYfD">
<form class="SearchForm__Form-sc-1ga8a6z-0 kWvBmx" action="/annonser/stockholm/fritid_hobby/cyklar" method="get" role="search"><input type="hidden" name="cg" value="6060"><input class="SearchForm__Input-sc-1ga8a6z-1 fHpQxe" type="search" name="q" placeholder="Vad vill du söka efter?" value=""><select name="r" aria-label="Område">{regions}</select><button class="SearchForm__Button-sc-1ga8a6z-2 bTnKpE" type="submit">Sök</button></form>
<nav class="Breadcrumbs__Wrapper-sc-x7nrte-0 cRfWdX" aria-label="Brödsmulor"><a href="/annonser/stockholm">Stockholm</a> › <a href="/annonser/stockholm/fritid_hobby?cg=6000&r=11">Fritid, hobby &amp; underhållning</a> › <span>Cyklar</span></nav>
<div class="styled__Layout-sc-1tw2lnz-2 hGfTzR">
<aside class="Filters__Aside-sc-3mfsg0-0 kFzRtx" aria-label="Filter">
<h2 class="Filters__Heading-sc-3mfsg0-3 bXkLmn">Kategori</h2><ul>{cats}</ul>
<h2 class="Filters__Heading-sc-3mfsg0-3 bXkLmn">Pris</h2><div><input type="number" name="ps" placeholder="Från kr"><input type="number" name="pe" placeholder="Till kr"></div>
<h2 class="Filters__Heading-sc-3mfsg0-3 bXkLmn">Annonstyp</h2><label><input type="radio" name="f" value="a" checked> Alla</label><label><input type="radio" name="f" value="p"> Privat <span class="styled__Count-sc-3mfsg0-2 iYzKpS">(3 977)</span></label><label><input type="radio" name="f" value="c"> Företag <span class="styled__Count-sc-3mfsg0-2 iYzKpS">(835)</span></label>
<label><input type="checkbox" name="st" value="s"> Endast annonser med Köp nu <span class="styled__Count-sc-3mfsg0-2 iYzKpS">(1 264)</span></label>
<div class="styled__DisplayAd-sc-8a7sl1-2 hUfNbD"><div id="ad-search_sidebar" class="advertisement" data-placement="search_sidebar_300x600"><span class="styled__AdLabel-sc-8a7sl1-3 jRgGZo">Annons</span></div></div>
</aside>
<section class="styled__Results-sc-1tw2lnz-3 eRkQwM">
<div class="styled__ResultsHeader-sc-1tw2lnz-4 dFhLxn"><h1 class="styled__Heading-sc-1tw2lnz-5 kLmPqR">Cyklar i Stockholm</h1><span class="styled__Hits-sc-1tw2lnz-6 bQwErT">4 812 annonser</span>
<div class="styled__Sort-sc-1tw2lnz-7 cVbNmX"><label for="sort">Sortera:</label><select id="sort" name="sortOrder"><option value="relevance">Mest relevant</option><option value="date" selected>Senaste</option><option value="price_asc">Lägst pris</option><option value="price_desc">Högst pris</option></select></div>
<button class="styled__SaveSearch-sc-1tw2lnz-8 fGhJkL" type="button">Spara sökning</button></div>
<div class="styled__DisplayAd-sc-8a7sl1-2 hUfNbD"><div id="ad-search_top" class="advertisement" data-placement="search_top_panorama"><span class="styled__AdLabel-sc-8a7sl1-3 jRgGZo">Annons</span></div></div>
<div class="styled__ListWrapper-sc-1tw2lnz-9 hYgTfR" data-cy="search-results">
{"".join(rows)}
</div>
{"".join(pager)}
</section>
</div>
</main>
<footer class="Footer__Wrapper-sc-1a2fgqx-0 gHkLpO"><div class="Footer__Columns-sc-1a2fgqx-1 kPqRsT"><div><h3>Cykeltorget</h3><a href="/om-oss">Om oss</a><a href="/jobb">Jobba hos oss</a><a href="/press">Press</a></div><div><h3>Hjälp</h3><a href="/hjalp">Kundservice</a><a href="/sakerhet">Säker affär</a><a href="/regler">Annonsregler</a></div><div><h3>Företag</h3><a href="/foretag">Annonsera som företag</a><a href="/butiker">Butiker</a></div></div><p>© 2025 Cykeltorget AB · <a href="/villkor">Användarvillkor</a> · <a href="/integritet">Integritetspolicy</a> · <a href="#" data-consent-settings="">Cookieinställningar</a></p></footer>
</div>
<div id="sp_message_container_9871" class="sp-message-open" role="dialog" aria-label="Samtycke till cookies"><div class="message-component"><h2>Vi värnar om din integritet</h2><p>Vi och våra 312 partners använder cookies och liknande tekniker för att visa relevanta annonser, mäta trafik och förbättra tjänsten. Du kan när som helst ändra dina val.</p><button class="message-button sp_choice_type_11">Godkänn alla</button><button class="message-button sp_choice_type_13">Avvisa alla</button><button class="message-button sp_choice_type_12">Inställningar</button></div></div>
</div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps({"props": {"pageProps": {"initialState": {"search": {"page": number, "totalHits": 4812, "shownAds": [str(i["id"]) for i in items], "query": {"cg": "6060", "r": "11"}}}}}, "page": "/annonser/[...params]", "buildId": "cyt-2025.03.11-4f9a2c1", "isFallback": False}, ensure_ascii=False)}</script>
<script src="/_next/static/chunks/main-2b8e4f1c9d7a.js" defer></script>
</body>
</html>
"""


@thirtysecond
def build_cykeltorget() -> None:
    s = Site(
        "cykeltorget",
        kind="classifieds search results, Swedish (Blocket 2024 redesign-like: styled-components styled__*-sc- class pairs, article[data-cy=search-result-item] with a thumbnail link and an h2 title link, top info line 'Södermalm · Cyklar · idag 14:32' / 'igår 21:05' / '12 mars', '2 500 kr' prices (one without), 'Företag' / 'Köp nu med frakt' badges, a native 'Annons' article and display ad slots, category facets with counts, SourcePoint cookie dialog, Föregående / Nästa &page=N)",
        start=f"{CT_PATH}?{CT_QUERY}",
        description="Used bicycles in Stockholm on a Blocket-like classifieds site after its 2024 redesign. Written down: title, url, price + currency (SEK, where shown), location, category, date ('idag 14:32' / 'igår 21:05' as shown, '--03-12' for older days), badges (where shown).",
    )
    pages = chunks(CT_ITEMS, [30, 30, len(CT_ITEMS) - 60])
    for number, items in enumerate(pages, 1):
        s.list_page(
            f"{CT_PATH}@{CT_QUERY}" + ("" if number == 1 else f"&page={number}"), _ct_page(number, len(pages), items)
        )
    for i in CT_ITEMS:
        s.expect(
            {
                "title": i["title"],
                "url": i["url"],
                "price": i["price"],
                "currency": "SEK" if i["price"] is not None else None,
                "location": i["place"],
                "category": i["category"],
                "date": _ct_date(i),
                "badges": i["badges"] or None,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in THIRTYSECOND.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:14} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
