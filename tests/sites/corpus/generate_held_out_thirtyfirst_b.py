"""Held-out wave thirty-one (b): three list pages of platforms the corpus did not copy yet, from three regions and of
three kinds — an Italian recipe category, a Japanese social-bookmark feed and an Australian government tender
list — each copied from its platform's 2024–25 markup with invented data, and frozen before any heuristic saw them.

* **mestolo-ricette** — the category 'Primi piatti di pesce' of an Italian recipe portal built like
  GialloZafferano (``/ricette-cat/Primi/Pesce/``, then ``/ricette-cat/page2/Primi/Pesce/`` and ``page3``, the page
  number as a path segment before the category): the Iubenda cookie banner, the ``gz-`` header with search and
  the course menu, breadcrumbs, the category title and intro, the sub-filter chips, then ``article.gz-card
  .gz-card-horizontal`` cards: ``div.gz-card-image`` with a lazy ``picture`` (a 'VIDEO' label on some),
  ``div.gz-card-content`` with ``div.gz-category``, ``h2.gz-title`` linking to the recipe on the ``ricette.``
  subdomain, ``div.gz-description`` and ``ul.gz-card-data`` of ``li.gz-single-data-recipe`` items with svg icons:
  a star panel carrying the vote in ``data-content-rate``, the rating '4,4' (absent on recipes nobody rated),
  the difficulty ('Molto facile' … 'Difficile'), the time ('40 min' / '1 h 10 min') and 'Kcal 461' on most;
  ad slots between cards, a 'Ricette più cliccate' sidebar, an ItemList JSON-LD and the ``div.gz-pages`` pager
  (numbers, 'Pagina successiva' arrow, ``span.total-pages``). 15 + 15 + 8 recipes. Written down: title, url,
  description, rating, difficulty, time, kcal.
* **shioribako** — the 'テクノロジー' new-entries list of a Japanese social-bookmark service built like Hatena
  Bookmark (``/entrylist/it``, then ``?page=2`` and ``?page=3`` through the 'もっと読む' link in
  ``p.entrylist-readmore``): the global header, the category tab bar, the list header with the users threshold
  select, ``ul.entrylist-item`` of ``li.js-keyboard-selectable-item`` (``entrylist-image-entry`` when the entry has
  a thumbnail) holding ``div.entrylist-contents``: ``h3.entrylist-contents-title`` linking out to the article
  (title in the attribute too), ``span.entrylist-contents-users`` '<span>42</span> users' linking to the
  bookmark page, the description and thumbnail, ``li.entrylist-contents-category`` and
  ``li.entrylist-contents-date`` '2025/03/14 09:12', ``ul.entrylist-contents-tags`` and the
  ``p.entrylist-contents-domain``; an in-feed ad and a hot-entries sidebar of other titles. 20 + 20 + 20 entries.
  Written down: title, url, users, domain, date, tags, description.
* **bottlebrush-tenders** — the current approaches to market of an Australian government tender system built
  like AusTender (``/atm``, then ``?page=2`` and ``?page=3``): the site header and menus, the notice banner, the
  search and filter box, 'Showing 1-15 of 36 records', then ``article.row[role=article]`` items: a
  ``p.lead`` title that is not a link, ``div.list-desc`` rows of a label ``span`` and ``div.list-desc-inner``
  ('ATM ID:' as the only record link, 'Agency:', 'Category:' with the UNSPSC code, 'Close Date & Time:'
  '14-Apr-2025 2:00 pm' + '(ACT Local Time)', 'Publish Date:', 'Location:', 'ATM Type:'), 'Multi-agency access'
  and 'Addenda available' flags on some, and a 'Full Details' ``a.detail``; a Bootstrap ``ul.pagination`` with
  rel=next. 15 + 15 + 6 ATMs. Written down: title, url, atm_id, agency, category, close_date, close_time,
  publish_date, location, atm_type.

Run ``uv run python tests/sites/corpus/generate_held_out_thirtyfirst_b.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **frozen**.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import re
import sys
import unicodedata
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import FROZEN, ROOT, Site, chunks, esc

FROZEN |= {"mestolo-ricette", "shioribako", "bottlebrush-tenders"}

THIRTYFIRST_B: dict[str, Callable[[], None]] = {}


def thirtyfirst_b(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    THIRTYFIRST_B[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hex(seed: str, length: int) -> str:
    return hashlib.sha1(seed.encode()).hexdigest()[:length]


def _num(seed: str, size: int) -> int:
    return int(_hex(seed, 12), 16) % (10**size)


# ---------------------------------------------------------------------------------------------------
# mestolo-ricette: GialloZafferano-style category, /ricette-cat/Primi/Pesce/ then /ricette-cat/pageN/Primi/Pesce/.
# ---------------------------------------------------------------------------------------------------

MR_RICETTE = "https://ricette.mestolo.example"
MR_CAT = "Primi/Pesce"
MR_CB = "4f1c0b2e9a7d"

#: title | description | rating ('' = nobody rated yet) | difficulty | time | kcal ('' = not shown) | video (v)
MR_ROWS = """
Spaghetti alle vongole|Gli spaghetti alle vongole sono un primo piatto di mare semplice e profumato, tra i più amati della cucina italiana.|4.4|Facile|30 min|461|v
Linguine allo scoglio|Le linguine allo scoglio sono un classico della cucina di mare: cozze, vongole, gamberi e calamari in un sugo leggero di pomodorini.|4.3|Media|1 h|512|v
Risotto alla pescatora|Un risotto cremoso e ricco di frutti di mare, perfetto per una cena speciale con gli amici.|4.2|Media|1 h 10 min|498|
Pasta con le sarde|La pasta con le sarde è un piatto tipico palermitano che unisce sarde fresche, finocchietto selvatico, uvetta e pinoli.|4.5|Media|1 h 20 min|620|v
Spaghetti al nero di seppia|Gli spaghetti al nero di seppia sono un primo piatto dal colore intenso e dal sapore deciso di mare.|4.1|Media|1 h|455|
Paccheri con sugo di cernia|I paccheri con sugo di cernia sono un primo piatto corposo, con un sugo di pomodoro profumato al prezzemolo.|4.3|Facile|50 min||
Trofie con gamberi e zucchine|Un primo piatto estivo e veloce: trofie condite con gamberi saltati e zucchine croccanti.|4.4|Facile|30 min|430|
Risotto agli scampi|Il risotto agli scampi è un primo elegante, preparato con un fumetto ottenuto dai carapaci.|4.2|Media|50 min|470|
Linguine al pesto di pistacchi e gamberi|Linguine avvolte da un pesto di pistacchi cremoso e completate con gamberi rosolati in padella.|4.6|Facile|25 min|590|v
Spaghetti con le cozze|Gli spaghetti con le cozze sono un primo di mare saporito e veloce, in bianco o con un filo di pomodoro.|4.3|Facile|40 min|420|
Pasta al salmone|La pasta al salmone è un primo piatto cremoso e veloce, ideale quando si ha poco tempo.|4.0|Molto facile|20 min|640|
Tagliolini al limone e gamberi crudi|Tagliolini mantecati al limone e completati con una tartare di gamberi rossi crudi.||Facile|25 min||
Spaghetti alla bottarga|Pochi ingredienti per un primo piatto sardo dal sapore intenso: spaghetti, aglio, olio e bottarga di muggine.|4.2|Molto facile|20 min|410|
Gnocchi con cozze e pecorino|Gnocchi di patate fatti in casa con un condimento di cozze, pomodorini e una spolverata di pecorino.|4.4|Media|1 h 30 min|530|
Fregola con arselle|La fregola con arselle è un piatto tradizionale sardo, cotto come un risotto nel brodo dei molluschi.|4.5|Media|1 h|480|v
Lasagne di pesce|Le lasagne di pesce sono un primo piatto delle feste, con besciamella al fumetto e frutti di mare.|4.1|Difficile|2 h|610|
Pasta con tonno fresco e capperi|Un sugo veloce di tonno fresco a cubetti, pomodorini, capperi e olive per condire le mezze penne.|4.2|Facile|30 min|505|
Calamarata|La calamarata è un primo napoletano in cui la pasta ad anelli si sposa con un sugo di calamari e pomodorini.|4.3|Facile|45 min|470|v
Risotto al nero di seppia|Il risotto al nero di seppia è una ricetta veneziana dal colore scuro e dal gusto avvolgente.|4.0|Media|1 h|460|
Spaghetti con acciughe e mollica|Spaghetti conditi con acciughe sciolte nell'olio e mollica di pane tostata: la cucina povera del Sud.|4.4|Molto facile|20 min|520|
Mezze maniche con pesce spada e melanzane|Mezze maniche con dadini di pesce spada, melanzane fritte e menta fresca, un primo di ispirazione siciliana.|4.3|Facile|40 min|560|
Ravioli di branzino|Ravioli di pasta fresca ripieni di branzino e ricotta, conditi con burro e timo.|4.6|Difficile|1 h 40 min|480|
Orecchiette con cime di rapa e vongole|Un incontro tra terra e mare: le orecchiette pugliesi con cime di rapa e vongole veraci.||Media|1 h||
Spaghetti ai ricci di mare|Gli spaghetti ai ricci di mare sono un primo piatto estivo che profuma di scogli e di mare.|4.5|Facile|20 min|440|
Linguine agli scampi|Linguine agli scampi con pomodorini e prezzemolo, un primo piatto di mare dal gusto delicato.|4.4|Facile|35 min|455|
Pasta e ceci con gamberi|Una versione di mare della pasta e ceci, cremosa e completata con gamberi scottati.|4.2|Facile|50 min|520|
Cannelloni di pesce|Cannelloni ripieni di ricotta e pesce bianco, gratinati al forno con una besciamella leggera.|4.0|Difficile|1 h 50 min|640|
Bucatini con sugo di polpo|Bucatini conditi con il sugo del polpo cotto lentamente nel pomodoro, come si fa nelle trattorie di mare.|4.3|Media|1 h 30 min|510|v
Tagliatelle con salmone e asparagi|Tagliatelle all'uovo con salmone fresco e punte di asparagi, un primo primaverile.|4.1|Facile|30 min|600|
Risotto con gamberi e zafferano|Risotto dorato allo zafferano con gamberi rosolati, delicato e profumato.|4.4|Facile|40 min|490|
Spaghetti con sugo di triglie|Un sugo di triglie sfilettate e pomodoro per condire gli spaghetti, tipico della costa ligure.|4.3|Media|50 min|470|
Pici con ragù di pesce persico|Pici toscani con un ragù bianco di pesce persico del lago Trasimeno.||Media|1 h 15 min||
Pasta con calamari e pomodorini|Un primo piatto di mare semplice e colorato, pronto in poco più di mezz'ora.|4.2|Facile|35 min|455|
Maccheroncini con crema di zucchine e gamberi|Maccheroncini conditi con una crema vellutata di zucchine e gamberi saltati al profumo di limone.|4.5|Facile|30 min|480|
Spaghetti con le telline|Le telline, piccole vongole dal guscio liscio, condiscono gli spaghetti in questo primo piatto toscano.|4.4|Facile|30 min|430|
Paccheri con scorfano|Paccheri con un sugo di scorfano e pomodorini, un piatto della tradizione campana.|4.3|Media|1 h 10 min|495|
Crespelle al salmone|Crespelle farcite con salmone, ricotta ed erba cipollina, gratinate al forno.|4.0|Media|1 h|560|
Risotto con seppie e piselli|Un risotto primaverile con seppie tenere e piselli freschi, mantecato con un filo d'olio.|4.2|Media|55 min||
"""

MR_POPULAR = [
    "Tiramisù",
    "Spaghetti alla Carbonara",
    "Pizza fatta in casa",
    "Lasagne alla Bolognese",
    "Pancake",
    "Torta di mele",
]

MR_SUBCATS = [
    ("Vegetariani", "Primi/Vegetariani/"),
    ("Pesce", "Primi/Pesce/"),
    ("Carne", "Primi/Carne/"),
    ("Pasta fresca", "Primi/Pasta-fresca/"),
    ("Risotti", "Primi/Risotti/"),
    ("Zuppe e minestre", "Primi/Zuppe-e-minestre/"),
]


def _mr_recipes() -> list[tuple[str, str, float | None, str, str, int | None, bool]]:
    out = []
    for line in MR_ROWS.strip().splitlines():
        title, desc, rating, difficulty, time, kcal, video = line.split("|")
        out.append(
            (
                title,
                desc,
                float(rating) if rating else None,
                difficulty,
                time,
                int(kcal) if kcal else None,
                video == "v",
            )
        )
    return out


def _mr_slug(title: str) -> str:
    """'Pici con ragù di pesce' → 'Pici-con-ragu-di-pesce' (the portal keeps the capital, drops accents)."""
    text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")


def _mr_url(title: str) -> str:
    return f"{MR_RICETTE}/{_mr_slug(title)}.html"


def _mr_href(page: int) -> str:
    return f"/ricette-cat/{MR_CAT}/" if page == 1 else f"/ricette-cat/page{page}/{MR_CAT}/"


def _mr_icon(name: str) -> str:
    return f'<span class="gz-icon"><svg viewBox="0 0 20 19"><use xlink:href="/style/images/icons.svg?cb={MR_CB}#{name}"></use></svg></span>'


def _mr_card(
    title: str, desc: str, rating: float | None, difficulty: str, time: str, kcal: int | None, video: bool
) -> str:
    url = _mr_url(title)
    img_id = _num(title, 5)
    img = f"https://www.mestolo.example/images/{img_id // 100}-{img_id}/{_mr_slug(title)}_360x300.jpg"
    label = '<span class="gz-label gz-top"><span class="gz-btn-label">VIDEO</span></span>' if video else ""
    stars = f'<li class="gz-single-data-recipe gz-recipe-rating"><div class="gz-rating-panel rating_panel" data-content-rate="{rating if rating is not None else 0}" data-content-type="recipe"><div class="rating_rate"><span class="rating_star"></span><span class="rating_star"></span><span class="rating_star"></span><span class="rating_star"></span><span class="rating_star"></span></div></div></li>'
    data = [stars]
    if rating is not None:
        data.append(
            f'<li class="gz-single-data-recipe">{_mr_icon("voto-grey")} {f"{rating:.1f}".replace(".", ",")}</li>'
        )
    data.append(f'<li class="gz-single-data-recipe">{_mr_icon("difficolta-grey")} {esc(difficulty)}</li>')
    data.append(f'<li class="gz-single-data-recipe">{_mr_icon("tempo-grey")} {esc(time)}</li>')
    if kcal is not None:
        data.append(f'<li class="gz-single-data-recipe">{_mr_icon("kcal-grey")} Kcal {kcal}</li>')
    return f"""<article class="gz-card gz-card-horizontal gz-mBottom4x gz-ets-serp-target">
  <div class="gz-card-image gz-card-image-with-data">
    <a href="{esc(url)}" title="{esc(title)}">
      <picture>
        <source type="image/webp" data-srcset="{esc(img.replace(".jpg", ".webp"))}">
        <img src="data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%206%205'%3E%3C/svg%3E" data-src="{esc(img)}" width="360" height="300" alt="{esc(title)}" class="lazyload" loading="lazy">
      </picture>
      {label}
    </a>
  </div>
  <div class="gz-card-content">
    <div class="gz-category">Primi piatti</div>
    <h2 class="gz-title"><a href="{esc(url)}" title="{esc(title)}">{esc(title)}</a></h2>
    <div class="gz-description">{esc(desc)}</div>
    <div class="gz-card-data bottom">
      <ul class="gz-list-data-recipe">
        {"".join(data)}
      </ul>
    </div>
  </div>
</article>"""


def _mr_adv(slot: int) -> str:
    return f"""<div class="gz-adv gz-adv-inline gz-mBottom4x" data-adv-slot="{slot}">
  <div class="gz-adv-label">Pubblicità</div>
  <div id="div-gpt-ad-native-{slot}" class="gz-adv-native" style="min-height:250px"></div>
</div>"""


def _mr_pager(number: int, total: int) -> str:
    parts = []
    if number > 1:
        parts.append(
            f'<a class="gz-arrow gz-arrow-prev" href="{_mr_href(number - 1)}" title="Pagina precedente">{_mr_icon("freccia-sx")}</a>'
        )
    else:
        parts.append(f'<span class="gz-arrow gz-arrow-prev disabled">{_mr_icon("freccia-sx")}</span>')
    for page in range(1, total + 1):
        if page == number:
            parts.append(f'<span class="disabled">{page}</span>')
        else:
            parts.append(f'<a href="{_mr_href(page)}" title="Pagina {page}">{page}</a>')
    if number < total:
        parts.append(
            f'<a class="gz-arrow gz-arrow-next" href="{_mr_href(number + 1)}" title="Pagina successiva">{_mr_icon("freccia-dx")}</a>'
        )
    else:
        parts.append(f'<span class="gz-arrow gz-arrow-next disabled">{_mr_icon("freccia-dx")}</span>')
    return f"""<div class="gz-pages gz-mTop4x">
  <div class="gz-pages-counter">Pagina <span class="current-page">{number}</span> di <span class="total-pages">{total}</span></div>
  <div class="gz-pages-numbers">{"".join(parts)}</div>
</div>"""


def _mr_page(number: int, total: int, recipes: list[tuple[str, str, float | None, str, str, int | None, bool]]) -> str:
    cards = [_mr_card(*r) for r in recipes]
    for at, slot in ((4, 1), (10, 2)):
        if len(cards) > at:
            cards.insert(at, _mr_adv(slot + 2 * (number - 1)))
    items = ",".join(
        f'{{"@type":"ListItem","position":{i + 1},"url":"{_mr_url(r[0])}"}}' for i, r in enumerate(recipes)
    )
    chips = "".join(
        f'<li><a class="gz-chip{" gz-chip-active" if name == "Pesce" else ""}" href="/ricette-cat/{path}">{esc(name)}</a></li>'
        for name, path in MR_SUBCATS
    )
    popular = "".join(
        f'<li class="gz-popular-item"><a href="{MR_RICETTE}/{_mr_slug(t)}.html" title="{esc(t)}"><span class="gz-popular-number">{i + 1}</span><span class="gz-popular-title">{esc(t)}</span></a></li>'
        for i, t in enumerate(MR_POPULAR)
    )
    title_suffix = "" if number == 1 else f" - Pagina {number}"
    canonical = f"https://www.mestolo.example{_mr_href(number)}"
    return f"""<!DOCTYPE html>
<html lang="it">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ricette Primi piatti di pesce - Le ricette di Mestolo{title_suffix}</title>
<meta name="description" content="Scopri le ricette di primi piatti di pesce di Mestolo: spaghetti alle vongole, risotti di mare, paccheri e tante altre idee con foto e video.">
<link rel="canonical" href="{canonical}">
{'<link rel="prev" href="https://www.mestolo.example' + _mr_href(number - 1) + '">' if number > 1 else ""}
{'<link rel="next" href="https://www.mestolo.example' + _mr_href(number + 1) + '">' if number < total else ""}
<link rel="stylesheet" href="/style/css/gz-main.min.css?cb={MR_CB}">
<link rel="preconnect" href="https://cdn.iubenda.com">
<script>var _iub = _iub || []; _iub.csConfiguration = {{"siteId":2487193,"cookiePolicyId":81722964,"lang":"it","banner":{{"acceptButtonDisplay":true,"customizeButtonDisplay":true,"position":"float-bottom-center"}}}};</script>
<script src="https://cdn.iubenda.com/cs/tcf/stub-v2.js"></script>
<script src="https://cdn.iubenda.com/cs/iubenda_cs.js" async></script>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"ItemList","itemListElement":[{items}]}}</script>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{{"@type":"ListItem","position":1,"name":"Ricette","item":"https://www.mestolo.example/ricette-cat/"}},{{"@type":"ListItem","position":2,"name":"Primi piatti","item":"https://www.mestolo.example/ricette-cat/Primi/"}},{{"@type":"ListItem","position":3,"name":"Pesce","item":"https://www.mestolo.example/ricette-cat/Primi/Pesce/"}}]}}</script>
</head>
<body class="gz-page-list">
<div id="iubenda-cs-banner" class="iubenda-cs-default-floating iubenda-cs-bottom iubenda-cs-center" role="alertdialog" aria-labelledby="iubenda-cs-title" aria-describedby="iubenda-cs-paragraph">
  <div class="iubenda-cs-container"><div class="iubenda-cs-content"><div class="iubenda-cs-rationale">
    <div id="iubenda-cs-title">Informativa</div>
    <div id="iubenda-cs-paragraph"><p class="iub-p">Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche e, con il tuo consenso, anche per altre finalità come specificato nella <a href="/cookie-policy/" class="iubenda-cs-cookie-policy-lnk" target="_blank">cookie policy</a>.</p>
    <p class="iub-p">Puoi liberamente prestare, rifiutare o revocare il tuo consenso, in qualsiasi momento.</p></div>
    <div class="iubenda-cs-opt-group"><button class="iubenda-cs-customize-btn">Scopri di più e personalizza</button><button class="iubenda-cs-reject-btn iubenda-cs-btn-primary">Rifiuta</button><button class="iubenda-cs-accept-btn iubenda-cs-btn-primary">Accetta</button></div>
  </div></div></div>
</div>
<header class="gz-header" id="gz-header">
  <div class="gz-header-top">
    <button class="gz-hamburger" aria-label="Apri menu"><span></span><span></span><span></span></button>
    <a class="gz-logo" href="/" title="Mestolo - Le ricette"><img src="/style/images/logo-mestolo.svg" width="180" height="40" alt="Mestolo"></a>
    <form class="gz-search" action="/ricerca-ricette/" method="get" role="search">
      <input type="search" name="q" placeholder="Cerca una ricetta" aria-label="Cerca una ricetta">
      <button type="submit" aria-label="Cerca">{_mr_icon("cerca")}</button>
    </form>
    <a class="gz-login" href="/login/">Accedi</a>
  </div>
  <nav class="gz-menu" aria-label="Menu principale">
    <ul>
      <li><a href="/ricette-cat/Antipasti/">Antipasti</a></li>
      <li class="gz-active"><a href="/ricette-cat/Primi/">Primi</a></li>
      <li><a href="/ricette-cat/Secondi-piatti/">Secondi</a></li>
      <li><a href="/ricette-cat/Contorni/">Contorni</a></li>
      <li><a href="/ricette-cat/Dolci-e-Desserts/">Dolci</a></li>
      <li><a href="/ricette-cat/Lievitati/">Lievitati</a></li>
      <li><a href="/ricette-cat/Piatti-Unici/">Piatti unici</a></li>
      <li><a href="/video/">Video</a></li>
      <li><a href="/blog/">Blog</a></li>
    </ul>
  </nav>
</header>
<div id="div-gpt-ad-masthead" class="gz-adv gz-adv-masthead" style="min-height:90px"></div>
<main class="gz-main">
  <nav class="gz-breadcrumb" aria-label="breadcrumb">
    <ul><li><a href="/ricette-cat/">Ricette</a></li><li><a href="/ricette-cat/Primi/">Primi piatti</a></li><li><span>Pesce</span></li></ul>
  </nav>
  <div class="gz-row">
    <div class="gz-col-main">
      <div class="gz-list-header">
        <h1 class="gz-title-section">Primi piatti di pesce</h1>
        <p class="gz-intro">Spaghetti alle vongole, risotti cremosi, paccheri con il pesce di scoglio: i primi piatti di mare portano in tavola il profumo dell'estate in ogni stagione. Sfoglia le nostre ricette passo passo.</p>
        <ul class="gz-chips">{chips}</ul>
      </div>
      <div class="gz-list-recipes">
{chr(10).join(cards)}
      </div>
{_mr_pager(number, total)}
    </div>
    <aside class="gz-col-side">
      <div id="div-gpt-ad-halfpage" class="gz-adv gz-adv-side" style="min-height:600px"></div>
      <div class="gz-popular-recipes">
        <h3 class="gz-title-section">Ricette più cliccate</h3>
        <ol class="gz-popular-list">{popular}</ol>
      </div>
      <div class="gz-newsletter">
        <h3>Iscriviti alla newsletter</h3>
        <form action="/newsletter/" method="post"><input type="email" name="email" placeholder="La tua email"><button type="submit" class="gz-button">Iscriviti</button></form>
      </div>
    </aside>
  </div>
</main>
<footer class="gz-footer">
  <ul class="gz-footer-links">
    <li><a href="/chi-siamo/">Chi siamo</a></li><li><a href="/contatti/">Contatti</a></li><li><a href="/privacy-policy/">Privacy</a></li><li><a href="/cookie-policy/">Cookie policy</a></li><li><a href="#" class="iubenda-cs-preferences-link">Preferenze privacy</a></li>
  </ul>
  <p class="gz-copyright">© 2025 Mestolo Media S.r.l. - P.IVA 09876543210 - Tutti i diritti riservati</p>
</footer>
<script src="/style/js/gz-main.min.js?cb={MR_CB}" defer></script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</body>
</html>"""


@thirtyfirst_b
def build_mestolo_ricette() -> None:
    recipes = _mr_recipes()
    pages = chunks(recipes, [15, 15, 8])
    s = Site(
        "mestolo-ricette",
        kind="recipe category list in Italian (GialloZafferano-style 2024–25: gz-card horizontal cards, gz-single-data-recipe icon items, /ricette-cat/pageN/… pages)",
        start=f"ricette-cat/{MR_CAT}/",
        description="An Italian recipe portal's 'Primi piatti di pesce' category, three pages, recipes linked on a ricette. subdomain.",
    )
    for number, page in enumerate(pages, start=1):
        s.list_page(_mr_href(number).lstrip("/") + "index.html", _mr_page(number, len(pages), page))
    for title, desc, rating, difficulty, time, kcal, _video in recipes:
        s.expect(
            {
                "title": title,
                "url": _mr_url(title),
                "description": desc,
                "rating": rating,
                "difficulty": difficulty,
                "time": time,
                "kcal": kcal,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# shioribako: Hatena-Bookmark-style new entries, /entrylist/it then ?page=2 and ?page=3 ('もっと読む').
# ---------------------------------------------------------------------------------------------------

SB_HOST = "https://b.shioribako.example"
SB_CAT = "/entrylist/it"
SB_START = datetime(2025, 3, 14, 8, 41)

#: title | url | users | tags (comma) | description ('' = none shown) | minutes before the previous entry | thumbnail (t)
SB_ROWS = """
Rust製の高速なPythonパッケージマネージャーuvに移行して半年経ったので振り返る|https://zenn.dev/kawasemi/articles/3f9c2a1b7d4e60|87|Python,uv,パッケージ管理|社内のPythonリポジトリ約40個をpip-toolsからuvへ移行しました。CIの時間が平均で6割短くなった一方、いくつかハマりどころもあったので共有します。|0|t
PostgreSQL 17の新機能を実際に試してみた|https://qiita.com/ryo_dbtan/items/8c1d4e2f9a0b7c3d5e6f|64|PostgreSQL,データベース|PostgreSQL 17で入ったインクリメンタルバックアップやJSON_TABLEなどを手元で動かしながら確認していきます。|6|t
「障害報告書」を書くのが苦手なエンジニアに伝えたい5つのこと|https://note.com/mitsuba_sre/n/n4a7b9c2d1e0f|152|SRE,障害対応,ドキュメント|障害報告書は反省文ではありません。次の障害を防ぐための設計書です。|4|t
GitHub Actionsのキャッシュを見直したらビルドが3分から40秒になった話|https://tech.hanamizuki.example.jp/entry/2025/03/14/github-actions-cache|41|GitHub,CI/CD||9|t
新人エンジニア向け研修資料「Webアプリケーションの基礎」2025年度版を公開します|https://speakerdeck.com/hinode_dev/webapurikesiyonnoji-chu-2025|233|研修,Web,資料|HTTP、認証、データベース、フロントエンドまで、新卒研修で使っている資料を全312ページで公開します。|3|t
TypeScriptの型パズルを読めるようになるための第一歩|https://zenn.dev/tsuyukusa/articles/ts-type-puzzle-first-step|38|TypeScript,型|conditional typesとinferが出てきた瞬間に読むのを諦めていませんか。|12|
生成AIで社内の問い合わせ対応を自動化した1年間の記録|https://engineering.kumogata.example.com/entry/2025/03/genai-helpdesk|97|生成AI,LLM,社内ツール|問い合わせの約45%を一次回答できるようになるまでに試したこと、やめたことをまとめます。|5|t
Linuxのメモリ管理を図で理解する|https://gihyo.example.jp/article/2025/03/linux-memory-illustrated|120|Linux,メモリ,カーネル|ページキャッシュ、スワップ、OOM Killerの動きを図解で追いかけます。|7|t
DockerfileのベストプラクティスをHadolintで自動チェックする|https://qiita.com/kinoko_infra/items/1b2c3d4e5f6a7b8c9d0e|19|Docker,Lint||15|
なぜあのチームはレビューが速いのか|https://blog.mochizuki.example/entry/fast-code-review|74|コードレビュー,チーム開発|レビュー待ちの時間を半分にしたチームがやっていたのは、特別なツールではなく小さな約束事でした。|8|
Kubernetesのリソース要求値を適切に決めるための実践ガイド|https://zenn.dev/sakuranbo_k8s/articles/k8s-requests-limits-guide|56|Kubernetes,インフラ|requestsとlimitsをどう決めるか、VPAの推奨値と実際のメトリクスを比べながら解説します。|11|t
Go 1.24で追加されたtesting.B.Loopを使ってみる|https://future-tech.example.jp/articles/20250314a/|28|Go,テスト|ベンチマークの書き方が少し楽になります。|6|
個人開発のサービスを5年続けてわかったこと|https://anond.hatelabo.jp/20250314104512|211|個人開発,増田||4|
SQLのウィンドウ関数を使いこなすための10問|https://qiita.com/tokei_sql/items/7e6d5c4b3a2f1e0d9c8b|45|SQL,データ分析|ROW_NUMBER、LAG、累積和など、実務でよく使うパターンを問題形式で練習できます。|9|t
Chrome拡張機能のManifest V3移行で詰まったところ全部まとめ|https://zenn.dev/hoshizora_web/articles/mv3-migration-notes|33|Chrome,JavaScript,ブラウザ拡張||13|
月間1億PVのメディアをNext.jsのApp Routerに移行した話|https://developers.harugumo.example.co.jp/entry/2025/03/14/app-router-migration|89|Next.js,React,フロントエンド|Pages RouterからApp Routerへの段階移行の進め方と、キャッシュ周りで起きた問題について書きます。|5|t
セキュリティ診断でよく指摘される脆弱性トップ10（2025年版）|https://www.kagiya-sec.example.jp/blog/2025/top10-findings|67|セキュリティ,脆弱性|昨年1年間に実施した診断の結果から、指摘件数の多かった項目を紹介します。|10|t
Vim/NeovimのLSP設定を一から見直した|https://blog.kazamidori.example/entry/2025/03/14/neovim-lsp|22|Vim,Neovim||14|
データエンジニア1年目が読んでよかった本7冊|https://note.com/aozora_data/n/n9f8e7d6c5b4a|58|データエンジニアリング,本|SQLの基礎から、データモデリング、組織論まで。|6|t
AWSの請求額が急に3倍になった原因を調べた|https://dev.classmate.example.jp/articles/aws-billing-spike-investigation|103|AWS,コスト|NAT Gatewayのデータ処理料金が原因でした。Cost Explorerでの調べ方と対策を紹介します。|8|t
OSSのメンテナーを5年やってきて思うこと|https://zenn.dev/komorebi_oss/articles/oss-maintainer-5years|144|OSS,GitHub|issueの半分は善意でできている。もう半分も、たぶん善意でできている。|7|
ゼロから作るHTTP/3サーバー（第1回：QUICの仕組み）|https://tech.kumogata.example.com/entry/http3-from-scratch-1|31|HTTP/3,QUIC,ネットワーク|UDPの上で信頼性のある通信を実現するQUICの基本から始めます。|11|t
iOS 18でWidgetKitのインタラクティブウィジェットを作る|https://qiita.com/ringo_swift/items/5a6b7c8d9e0f1a2b3c4d|12|iOS,Swift||16|
エンジニアの採用面接で必ず聞いている3つの質問|https://note.com/yamabiko_cto/n/n1a2b3c4d5e6f|76|採用,面接,マネジメント||5|t
Pythonの型ヒントをどこまで書くべきか問題|https://zenn.dev/karasu_py/articles/python-type-hints-how-far|49|Python,型ヒント|mypyのstrictモードを全面適用して1年、チームで決めたルールを紹介します。|9|
ローカルLLMをMacBookで動かしてコードレビューさせてみた|https://gihyo.example.jp/article/2025/03/local-llm-code-review|95|LLM,生成AI,Mac|Apple Silicon上で動く各種モデルの速度と精度を比べてみました。|6|t
「技術的負債」という言葉をやめてみた結果|https://blog.mochizuki.example/entry/stop-saying-tech-debt|132|技術的負債,開発組織|負債と呼ぶのをやめて、具体的なコストとして説明するようにしたら、優先順位の議論が変わりました。|8|
DuckDBでCSVを直接クエリすると分析が捗る|https://qiita.com/ahiru_duck/items/0f1e2d3c4b5a69788796|37|DuckDB,データ分析,SQL||12|t
Webアクセシビリティ対応を開発プロセスに組み込むまで|https://developers.harugumo.example.co.jp/entry/2025/03/13/a11y-process|44|アクセシビリティ,フロントエンド|デザインレビューとCIにチェックを入れて、リリース後の指摘を7割減らしました。|14|t
Terraformのstateを分割するときに考えること|https://zenn.dev/tsubame_iac/articles/terraform-state-split|26|Terraform,IaC||10|
1on1がうまくいかないマネージャーのためのチェックリスト|https://note.com/hinageshi_mgr/n/n7b8c9d0e1f2a|61|1on1,マネジメント|話すことがない、は悪いサインではありません。|7|
Redisの代わりにValkeyを本番導入した|https://tech.hanamizuki.example.jp/entry/2025/03/13/valkey-in-production|53|Redis,Valkey,インフラ|ライセンス変更を受けて、キャッシュ基盤をValkeyへ切り替えた手順と性能比較です。|9|t
正規表現のバックトラックでサービスが止まった話|https://zenn.dev/hotaru_sre/articles/regex-redos-incident|118|正規表現,障害対応,セキュリティ|ReDoSは他人事ではありませんでした。|6|t
Rubyで書かれた社内ツールをGoに書き直すべきか迷った話|https://blog.kazamidori.example/entry/2025/03/13/ruby-or-go|18|Ruby,Go||13|
CSSの:has()セレクタでできるようになったこと|https://www.webcreator.example.jp/articles/css-has-selector-2025|82|CSS,フロントエンド|親要素の状態を子要素から変えられるようになり、JavaScriptで書いていた多くの処理が不要になりました。|8|t
プログラミング未経験から半年でWebエンジニアに転職するまでにやったこと|https://note.com/tsukushi_career/n/n3c4d5e6f7a8b|29|転職,キャリア||11|
ClickHouseで1日50億行のログを集計する|https://engineering.kumogata.example.com/entry/2025/03/clickhouse-logs|71|ClickHouse,ログ,データベース|パーティション設計とマテリアライズドビューの使い方を中心に紹介します。|7|t
OpenTelemetryで分散トレーシングを始めるための最小構成|https://qiita.com/kitsune_o11y/items/9d8c7b6a5f4e3d2c1b0a|34|OpenTelemetry,可観測性||15|
技術ブログを毎週書き続けるための仕組み作り|https://zenn.dev/suzume_writer/articles/weekly-tech-blog|47|ブログ,アウトプット|ネタ帳、締め切り、レビューの3つだけで続いています。|9|
Androidアプリのビルド時間を半分にした取り組み|https://developers.harugumo.example.co.jp/entry/2025/03/13/android-build-speed|39|Android,Gradle,Kotlin|Gradleの設定キャッシュとモジュール分割の効果を計測しました。|12|t
スタートアップのCTOを辞めてIC（個人貢献者）に戻りました|https://note.com/fukurou_ic/n/n5e6f7a8b9c0d|176|キャリア,CTO|マネジメントが嫌になったわけではありません。|6|t
なぜ私たちはマイクロサービスをモノリスに戻したのか|https://tech.hanamizuki.example.jp/entry/2025/03/13/back-to-monolith|198|アーキテクチャ,マイクロサービス|14個のサービスを1つに統合して、デプロイ頻度も障害件数も改善しました。|10|t
JavaScriptのDateで毎年ハマるタイムゾーンの罠|https://zenn.dev/tanuki_js/articles/js-date-timezone-traps|24|JavaScript,タイムゾーン||8|
Figmaのデザイントークンを自動でコードに反映する|https://www.webcreator.example.jp/articles/figma-design-tokens-sync|15|Figma,デザインシステム||17|t
Elixirで作るリアルタイムチャット入門|https://qiita.com/hachidori_ex/items/2c3d4e5f6a7b8c9d0e1f|9|Elixir,Phoenix||13|
社内勉強会を3年間毎週続けられた理由|https://blog.mochizuki.example/entry/weekly-study-group-3years|52|勉強会,チーム|発表者を探さない、録画しない、資料を求めない。|11|
GraphQLのN+1問題をDataLoaderで解決する|https://zenn.dev/mejiro_api/articles/graphql-dataloader-n-plus-one|21|GraphQL,API||9|
個人情報を扱うログのマスキング、どうしていますか|https://engineering.kumogata.example.com/entry/2025/03/log-masking|43|セキュリティ,ログ,個人情報|アプリケーション側とログ基盤側の二段構えでマスキングする方法を紹介します。|14|t
Raspberry Piで自宅の電力消費を可視化する|https://blog.kazamidori.example/entry/2025/03/13/raspi-power-monitor|27|RaspberryPi,IoT,電子工作||12|t
Bun 1.2でNode.jsのプロジェクトはどこまで動くか試した|https://zenn.dev/usagi_runtime/articles/bun-12-node-compat|63|Bun,Node.js,JavaScript|手元の20プロジェクトで検証した結果をまとめます。|8|t
エンジニアが知っておきたい著作権とライセンスの基礎|https://gihyo.example.jp/article/2025/03/copyright-license-basics|85|ライセンス,OSS,法律|GPL、MIT、Apache 2.0の違いから、生成AIの出力の扱いまで。|10|
Kafkaのコンシューマーラグを監視するベストプラクティス|https://qiita.com/tonbo_stream/items/4e5f6a7b8c9d0e1f2a3b|14|Kafka,監視||16|
「とりあえずSlackで聞く」をやめたらチームが静かになった|https://note.com/kingyo_pm/n/n8b9c0d1e2f3a|91|Slack,コミュニケーション,チーム|非同期のコミュニケーションに切り替えて3か月、集中できる時間が増えました。|7|t
WebAssemblyでブラウザ上にSQLiteを載せる|https://zenn.dev/kamome_wasm/articles/sqlite-wasm-opfs|36|WebAssembly,SQLite,ブラウザ|OPFSを使って永続化するところまで試しました。|11|
Pull Requestのテンプレートを変えたらレビューの質が上がった|https://tech.hanamizuki.example.jp/entry/2025/03/13/pr-template|30|GitHub,コードレビュー||9|t
量子コンピュータの仕組みをエンジニア向けに解説する|https://www.kagiya-sec.example.jp/blog/2025/quantum-computing-for-engineers|48|量子コンピュータ,暗号|耐量子暗号への移行がなぜ今話題になっているのかも説明します。|13|t
Excelマクロしか書けなかった私がPythonで業務を自動化するまで|https://note.com/hibari_office/n/n0d1e2f3a4b5c|40|Python,業務効率化,Excel||8|
ログイン画面のUXを改善してコンバージョンが12%上がった話|https://developers.harugumo.example.co.jp/entry/2025/03/13/login-ux|57|UX,デザイン,認証|パスキー対応と、エラーメッセージの書き方の見直しが効きました。|10|t
Vite 6のEnvironment APIで何が変わるのか|https://zenn.dev/hibari_front/articles/vite6-environment-api|25|Vite,フロントエンド,JavaScript|SSRやエッジランタイム向けのビルドがどう整理されたのかを読み解きます。|9|
障害対応の振り返りで「なぜなぜ分析」をやめた理由|https://tech.hanamizuki.example.jp/entry/2025/03/13/stop-five-whys|66|障害対応,SRE,ふりかえり|原因を一つに絞らないポストモーテムに切り替えた経緯を紹介します。|12|t
"""

SB_HOT = [
    ("なぜ私たちはマイクロサービスをモノリスに戻したのか", 612),
    ("新人エンジニア向け研修資料「Webアプリケーションの基礎」2025年度版を公開します", 1480),
    ("個人開発のサービスを5年続けてわかったこと", 903),
    ("「技術的負債」という言葉をやめてみた結果", 544),
    ("OSSのメンテナーを5年やってきて思うこと", 421),
]

SB_CATEGORIES = [
    ("総合", "all"),
    ("一般", "general"),
    ("世の中", "social"),
    ("政治と経済", "economics"),
    ("暮らし", "life"),
    ("学び", "knowledge"),
    ("テクノロジー", "it"),
    ("おもしろ", "fun"),
    ("エンタメ", "entertainment"),
    ("アニメとゲーム", "game"),
]


def _sb_entries() -> list[tuple[str, str, int, list[str], str, datetime, bool]]:
    out = []
    when = SB_START
    for line in SB_ROWS.strip().splitlines():
        title, url, users, tags, desc, gap, thumb = line.split("|")
        when = when - timedelta(minutes=int(gap))
        out.append((title, url, int(users), tags.split(","), desc, when, thumb == "t"))
    return out


SB_URLS = {line.split("|")[0]: line.split("|")[1] for line in SB_ROWS.strip().splitlines()}


def _sb_domain(url: str) -> str:
    return url.split("/")[2]


def _sb_entry_href(url: str) -> str:
    """The bookmark page of an article: ``/entry/s/<host/path>`` for https pages."""
    return "/entry/s/" + url.removeprefix("https://")


def _sb_item(title: str, url: str, users: int, tags: list[str], desc: str, when: datetime, thumb: bool) -> str:
    eid = 4760000000000000000 + _num(url, 15)
    thumb_html = (
        f'<p class="entrylist-contents-thumb"><span style="background-image:url(\'https://cdn-ak-scissors.b.st-shioribako.example/image/square/{_hex(url, 40)}/height=288;version=1;width=512/{esc(url)}\');" data-gtm-click-label="entry-info-thumbnail"></span></p>'
        if thumb
        else ""
    )
    desc_html = (
        f'<p class="entrylist-contents-description" data-gtm-click-label="entry-info-description-href">{esc(desc)}</p>'
        if desc
        else ""
    )
    tag_html = "".join(
        f'<li><a class="entrylist-contents-tag-link" href="/q/{esc(t)}?target=tag&amp;sort=recent" data-gtm-click-label="entry-info-tag" rel="tag">{esc(t)}</a></li>'
        for t in tags
    )
    favicon = f"https://cdn-ak2.favicon.st-shioribako.example/64?url={esc('https://' + _sb_domain(url) + '/')}"
    return f"""<li class="{"entrylist-image-entry " if thumb else ""}js-keyboard-selectable-item">
  <div class="entrylist-contents js-hatena-bookmark-entry" data-eid="{eid}" data-entry-url="{esc(url)}">
    <div class="entrylist-contents-main">
      <h3 class="entrylist-contents-title">
        <a href="{esc(url)}" title="{esc(title)}" target="_blank" rel="noopener" class="js-keyboard-openable" data-entry-eid="{eid}" data-gtm-click-label="entry-info-title">{esc(title)}</a>
      </h3>
      <span class="entrylist-contents-users">
        <a href="{esc(_sb_entry_href(url))}" class="js-keyboard-entry-page-openable" title="すべてのブックマークを見る" data-gtm-click-label="entry-info-users"><span>{users}</span> users</a>
      </span>
      <div class="entrylist-contents-body">
        <a href="{esc(url)}" title="{esc(title)}" target="_blank" rel="noopener" data-gtm-click-label="entry-info-body">
          {desc_html}
          {thumb_html}
        </a>
      </div>
      <div class="entrylist-contents-detail">
        <ul class="entrylist-contents-meta">
          <li class="entrylist-contents-category"><a href="/hotentry/it" data-gtm-click-label="entry-info-category">テクノロジー</a></li>
          <li class="entrylist-contents-date">{when:%Y/%m/%d %H:%M}</li>
        </ul>
        <ul class="entrylist-contents-tags">{tag_html}</ul>
        <div class="entrylist-contents-bookmark">
          <button type="button" class="entrylist-contents-add-bookmark js-bookmark-add-button" data-gtm-click-label="entry-info-add-bookmark" aria-label="ブックマークに追加"><span class="entrylist-contents-add-bookmark-icon"></span></button>
        </div>
      </div>
      <p class="entrylist-contents-domain">
        <a href="/site/{esc(_sb_domain(url))}/" title="『{esc(_sb_domain(url))}』の新着エントリー" data-gtm-click-label="entry-info-root-url"><img src="{favicon}" alt="" class="favicon" width="16" height="16"><span>{esc(_sb_domain(url))}</span></a>
      </p>
    </div>
  </div>
</li>"""


def _sb_ad(slot: int) -> str:
    return f"""<li class="entrylist-ad-item">
  <div class="entrylist-ad">
    <p class="entrylist-ad-label">広告</p>
    <div id="google_ads_iframe_/4374287/shiori_pc_entrylist_infeed_{slot}__container__" class="ad-slot" style="min-height:120px"></div>
  </div>
</li>"""


def _sb_page(number: int, total: int, entries: list[tuple[str, str, int, list[str], str, datetime, bool]]) -> str:
    items = [_sb_item(*e) for e in entries]
    items.insert(5, _sb_ad(number))
    tabs = "".join(
        f'<li class="navi-link-item{" is-active" if key == "it" else ""}"><a href="/entrylist/{key}" data-gtm-click-label="global-navi-category">{esc(name)}</a></li>'
        for name, key in SB_CATEGORIES
    )
    hot = "".join(
        f'<li class="hotentry-ranking-item"><span class="hotentry-ranking-number">{i + 1}</span><a href="{esc(_sb_entry_href(SB_URLS[t]))}" class="hotentry-ranking-title">{esc(t)}</a><span class="hotentry-ranking-users">{u} users</span></li>'
        for i, (t, u) in enumerate(SB_HOT)
    )
    readmore = (
        f'<p class="entrylist-readmore js-keyboard-selectable-item"><a href="{SB_CAT}?page={number + 1}" class="js-keyboard-openable" data-gtm-click-label="entrylist-readmore">もっと読む</a></p>'
        if number < total
        else ""
    )
    title_page = "" if number == 1 else f"（{number}ページ目）"
    return f"""<!DOCTYPE html>
<html lang="ja" data-admode="pc" data-page-scope="EntryList">
<head>
<meta charset="utf-8">
<title>テクノロジーの新着エントリー{title_page} - しおり箱</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="しおり箱のテクノロジーカテゴリの新着エントリーです。">
<link rel="canonical" href="{SB_HOST}{SB_CAT}{"" if number == 1 else f"?page={number}"}">
<link rel="alternate" type="application/rss+xml" title="RSS" href="{SB_HOST}/entrylist/it.rss">
<link rel="stylesheet" href="https://b.st-shioribako.example/css/entrylist.css?20250310">
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<script>window.Shiori = {{ locale: "ja", rkm: "", category: "it", page: {number} }};</script>
</head>
<body class="page-entrylist">
<div id="container">
<header class="globalheader" role="banner">
  <div class="globalheader-inner">
    <h1 class="globalheader-logo"><a href="/" data-gtm-click-label="global-header-logo"><img src="https://b.st-shioribako.example/images/logo.svg" alt="しおり箱" width="140" height="28"></a></h1>
    <form class="globalheader-search" action="/search" method="get" role="search"><input type="search" name="q" placeholder="しおり箱を検索"><input type="hidden" name="target" value="text"><button type="submit">検索</button></form>
    <ul class="globalheader-menu">
      <li><a href="/guide">使い方</a></li>
      <li><a href="https://www.shioribako.example/login?location={SB_HOST}{SB_CAT}" class="globalheader-login" data-gtm-click-label="global-header-login">ログイン</a></li>
      <li><a href="https://www.shioribako.example/register" class="globalheader-register">ユーザー登録</a></li>
    </ul>
  </div>
  <nav class="navi-category" aria-label="カテゴリー"><ul class="navi-link-list">{tabs}</ul></nav>
  <div class="navi-switch"><a href="/hotentry/it" class="navi-switch-item">人気</a><span class="navi-switch-item is-active">新着</span></div>
</header>
<div class="wrapper">
  <main class="entrylist-wrapper" role="main">
    <div class="entrylist-header">
      <h2 class="entrylist-header-title">テクノロジーの新着エントリー</h2>
      <form class="entrylist-header-threshold" action="{SB_CAT}" method="get">
        <label for="threshold">表示条件</label>
        <select id="threshold" name="threshold" onchange="this.form.submit()"><option value="1">1 users以上</option><option value="3" selected>3 users以上</option><option value="5">5 users以上</option><option value="10">10 users以上</option></select>
      </form>
    </div>
    <section class="entrylist-main">
      <ul class="entrylist-item">
{chr(10).join(items)}
      </ul>
      {readmore}
    </section>
  </main>
  <aside class="entrylist-sidebar">
    <section class="sidebar-hotentry">
      <h2 class="sidebar-title">テクノロジーの人気エントリー</h2>
      <ol class="hotentry-ranking">{hot}</ol>
      <p class="sidebar-more"><a href="/hotentry/it">人気エントリーをもっと読む</a></p>
    </section>
    <div class="sidebar-ad"><div id="google_ads_iframe_/4374287/shiori_pc_entrylist_side__container__" style="min-height:250px"></div></div>
  </aside>
</div>
<footer class="globalfooter">
  <ul class="globalfooter-links"><li><a href="/guide/terms">利用規約</a></li><li><a href="/guide/privacy">プライバシーポリシー</a></li><li><a href="/help">ヘルプ</a></li><li><a href="/guide/ad">広告掲載</a></li></ul>
  <p class="globalfooter-copyright">© 2005-2025 Shioribako Inc.</p>
</footer>
</div>
<script src="https://b.st-shioribako.example/js/entrylist.js?20250310" defer></script>
</body>
</html>"""


@thirtyfirst_b
def build_shioribako() -> None:
    entries = _sb_entries()
    pages = chunks(entries, [20, 20, 20])
    s = Site(
        "shioribako",
        kind="social-bookmark new-entries list in Japanese (Hatena-Bookmark-style 2024–25: entrylist-contents blocks, '<span>42</span> users', 'もっと読む' ?page=N)",
        start=SB_CAT.lstrip("/"),
        description="A Japanese social-bookmark service's technology new-entries list: external article links, bookmark counts, tags, domains.",
    )
    for number, page in enumerate(pages, start=1):
        path = SB_CAT.lstrip("/") + ("/index.html" if number == 1 else f"@page={number}")
        s.list_page(path, _sb_page(number, len(pages), page))
    for title, url, users, tags, desc, when, _thumb in entries:
        s.expect(
            {
                "title": title,
                "url": url,
                "users": users,
                "domain": _sb_domain(url),
                "date": when.date().isoformat(),
                "tags": tags,
                "description": desc or None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# bottlebrush-tenders: AusTender-style current ATM list, /atm then ?page=2 and ?page=3.
# ---------------------------------------------------------------------------------------------------

BT_HOST = "https://www.tenders.bottlebrush.example"
BT_PER_PAGE = 15

#: title | ATM ID | agency | category | close day | close time | publish day | location | ATM type | flags (m multi-agency, a addenda)
BT_ROWS = """
Provision of Grounds Maintenance Services - Darwin Region|DEF/EMS/2025-0117|Department of Defence|70111700 - Parks and gardens and orchards|2025-03-17|2:00 pm|2025-02-24|NT|Request for Tender|a
Independent Evaluation of the Regional Digital Inclusion Program|DITRDCSA-EVAL-25-03|Department of Infrastructure, Transport, Regional Development, Communications, Sport and the Arts|80101500 - Business and corporate management consultation services|2025-03-18|12:00 pm|2025-02-25|ACT|Request for Quote|
Supply of Personal Protective Equipment|ABF2025/041|Australian Border Force|46181500 - Safety apparel|2025-03-19|2:00 pm|2025-02-19|ACT, NSW, QLD, VIC|Request for Tender|m
Translation and Interpreting Services Panel Refresh|HA-PROC-2025-0088|Department of Home Affairs|82111900 - Written translation services|2025-03-20|2:00 pm|2025-02-18|National|Request for Tender|ma
Cleaning Services for Hobart Office Accommodation|ATO 2025-0312|Australian Taxation Office|76111500 - General building and office cleaning and maintenance services|2025-03-21|2:00 pm|2025-03-03|TAS|Request for Quote|
Market Research: Public Awareness of Biosecurity Rules|DAFF-RFQ-2025-0219|Department of Agriculture, Fisheries and Forestry|80141500 - Market research|2025-03-21|5:00 pm|2025-03-05|ACT|Request for Quote|
Fleet Vehicle Telematics Solution|AFP-RFT-2025-006|Australian Federal Police|81112200 - Software maintenance and support|2025-03-24|2:00 pm|2025-02-20|National|Request for Tender|a
Heritage Conservation Works - Old Parliament House Roof|MOAD-2025-T04|Museum of Australian Democracy|72151500 - Building and construction heritage and restoration services|2025-03-25|2:00 pm|2025-02-27|ACT|Request for Tender|
Scientific Diving Services for Reef Monitoring|AIMS/RFQ/2025/012|Australian Institute of Marine Science|77101600 - Environmental monitoring|2025-03-25|12:00 pm|2025-03-04|QLD|Request for Quote|
Cyber Security Assessment Services|DFAT-24-0987|Department of Foreign Affairs and Trade|81111800 - System and system component administration services|2025-03-26|2:00 pm|2025-02-26|ACT|Request for Tender|
Provision of Legal Services - Employment Law|FWO-LS-2025-01|Fair Work Ombudsman|80121600 - Business law services|2025-03-27|2:00 pm|2025-03-06|National|Expression of Interest|
Design and Construction of Laboratory Fit-out, Clayton|CSIRO-RFT-2025-017|Commonwealth Scientific and Industrial Research Organisation|72121400 - Specialized public building construction services|2025-03-28|2:00 pm|2025-02-28|VIC|Request for Tender|a
Catering Services for Point Cook Base|DEF/EMS/2025-0132|Department of Defence|90101700 - Cafeteria services|2025-03-28|2:00 pm|2025-03-07|VIC|Request for Tender|
Records Digitisation Services|NAA-2025-RFQ-004|National Archives of Australia|80161500 - Management support services|2025-03-31|2:00 pm|2025-03-03|ACT, NSW|Request for Quote|
Remote Area Health Workforce Study|DoHAC/RFT/2025/0041|Department of Health and Aged Care|85101600 - Health care system evaluation services|2025-04-01|2:00 pm|2025-03-04|National|Request for Tender|
Supply and Installation of Solar Arrays - Remote Community Centres|NIAA-2025-0066|National Indigenous Australians Agency|26101700 - Solar power generation equipment|2025-04-02|2:00 pm|2025-03-05|NT, WA|Request for Tender|a
Learning Management System Replacement|APSC-RFT-2025-02|Australian Public Service Commission|43232300 - Data management and query software|2025-04-03|2:00 pm|2025-03-06|ACT|Request for Tender|
Courier and Secure Document Delivery Services|AGD/2025/0178|Attorney-General's Department|78102200 - Postal and small parcel and courier services|2025-04-04|12:00 pm|2025-03-07|ACT, NSW, VIC|Request for Quote|m
Bushfire Recovery Grants Administration Support|NEMA-EOI-2025-003|National Emergency Management Agency|80111600 - Temporary personnel services|2025-04-07|2:00 pm|2025-03-10|National|Expression of Interest|
Audio Visual Equipment Refresh - Canberra Campus|ANU-RFT-2025-021|Australian National University|45111600 - Projectors and supplies|2025-04-08|2:00 pm|2025-03-10|ACT|Request for Tender|
Aviation Weather Observation Equipment Maintenance|BOM-RFT-2025-008|Bureau of Meteorology|81151800 - Meteorology|2025-04-09|2:00 pm|2025-03-11|National|Request for Tender|a
Property Valuation Services Panel|DOF-2025-PVS|Department of Finance|80131800 - Real estate services|2025-04-10|2:00 pm|2025-03-11|National|Request for Tender|m
Freight Forwarding for Overseas Exhibitions|NGA-2025-RFQ-07|National Gallery of Australia|78101800 - Freight transport|2025-04-11|5:00 pm|2025-03-12|ACT|Request for Quote|
Security Guarding Services - Brisbane Tax Office|ATO 2025-0335|Australian Taxation Office|92121500 - Guard services|2025-04-14|2:00 pm|2025-03-12|QLD|Request for Tender|
Request for Information: Quantum-Safe Encryption|ASD-RFI-2025-01|Australian Signals Directorate|43233200 - Security and protection software|2025-04-15|2:00 pm|2025-03-12|ACT|Request for Information|
Waste Management Services - Pine Gap|DEF/EMS/2025-0141|Department of Defence|76121500 - Refuse disposal and treatment|2025-04-16|2:00 pm|2025-03-13|NT|Request for Tender|
Social Media Monitoring Service|DSS-RFQ-2025-0093|Department of Social Services|82101600 - Broadcast advertising|2025-04-17|12:00 pm|2025-03-13|ACT|Request for Quote|
Maintenance of Weighbridges at Ports|DAFF-RFT-2025-0224|Department of Agriculture, Fisheries and Forestry|72101500 - Building support services|2025-04-22|2:00 pm|2025-03-13|NSW, QLD, SA, VIC, WA|Request for Tender|
Marine Pest Surveillance Services|DCCEEW-RFT-2025-0031|Department of Climate Change, Energy, the Environment and Water|77101600 - Environmental monitoring|2025-04-23|2:00 pm|2025-03-13|TAS, VIC|Request for Tender|
Medical Imaging Reporting Services|DVA-2025-0057|Department of Veterans' Affairs|85121800 - Medical laboratories|2025-04-24|2:00 pm|2025-03-14|National|Request for Tender|
Actuarial Review of the Compensation Scheme|COMCARE-2025-04|Comcare|84111600 - Audit services|2025-04-28|2:00 pm|2025-03-14|ACT|Request for Quote|
Construction of Patrol Boat Maintenance Facility, Cairns|DEF/EMS/2025-0150|Department of Defence|72101500 - Building support services|2025-05-06|2:00 pm|2025-03-14|QLD|Request for Tender|a
Managed Print Services|IPA-RFT-2025-01|IP Australia|44101500 - Printing and publishing equipment|2025-05-08|2:00 pm|2025-03-14|ACT, NSW, VIC|Request for Tender|m
Archaeological Survey Services - Western Sydney|DITRDCSA-2025-0112|Department of Infrastructure, Transport, Regional Development, Communications, Sport and the Arts|81151600 - Geology|2025-05-09|2:00 pm|2025-03-14|NSW|Expression of Interest|
Antarctic Station Fuel Supply|AAD-RFT-2025-03|Australian Antarctic Division|15101500 - Petroleum and distillates|2025-05-20|2:00 pm|2025-03-14|TAS|Request for Tender|
Youth Mental Health Campaign Creative Agency|DoHAC/RFT/2025/0049|Department of Health and Aged Care|82101500 - Advertising|2025-05-27|2:00 pm|2025-03-14|National|Request for Tender|
"""

BT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _bt_rows() -> list[list[str]]:
    return [line.split("|") for line in BT_ROWS.strip().splitlines()]


def _bt_uuid(atm_id: str) -> str:
    h = _hex(atm_id, 32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _bt_day(day: str) -> str:
    d = date.fromisoformat(day)
    return f"{d.day}-{BT_MONTHS[d.month - 1]}-{d.year}"


def _bt_desc(label: str, value: str) -> str:
    return f'<div class="list-desc"><span>{esc(label)}</span><div class="list-desc-inner">{value}</div></div>'


def _bt_item(row: list[str]) -> str:
    title, atm_id, agency, category, close_day, close_time, publish_day, location, atm_type, flags = row
    href = f"/Atm/Show/{_bt_uuid(atm_id)}"
    badges = []
    if "m" in flags:
        badges.append('<span class="badge badge-info">Multi-agency access</span>')
    if "a" in flags:
        badges.append('<span class="badge badge-warning">Addenda available</span>')
    return f"""<article class="row" role="article" aria-label="{esc(title)}">
  <div class="col-sm-4">
    <p class="lead font20" role="heading" aria-level="2">{esc(title)}</p>
    {"<p class='atm-flags'>" + " ".join(badges) + "</p>" if badges else ""}
  </div>
  <div class="col-sm-8">
    <div class="listInner">
      {_bt_desc("ATM ID:", f'<a class="u" href="{href}">{esc(atm_id)}</a>')}
      {_bt_desc("Agency:", esc(agency))}
      {_bt_desc("Category:", esc(category))}
      {_bt_desc("Close Date & Time:", f'{_bt_day(close_day)} {close_time} <span class="text-muted">(ACT Local Time)</span>')}
      {_bt_desc("Publish Date:", _bt_day(publish_day))}
      {_bt_desc("Location:", esc(location))}
      {_bt_desc("ATM Type:", esc(atm_type))}
      <div class="list-desc"><span></span><div class="list-desc-inner"><a class="detail" href="{href}" title="Full Details for {esc(atm_id)}">Full Details <i class="fa fa-angle-right" aria-hidden="true"></i></a></div></div>
    </div>
  </div>
</article>"""


def _bt_href(page: int) -> str:
    return "/atm" if page == 1 else f"/atm?page={page}"


def _bt_pager(number: int, total: int) -> str:
    items = []
    if number > 1:
        items.append(
            f'<li class="page-item"><a class="page-link" href="{_bt_href(number - 1)}" rel="prev" aria-label="Previous page">&laquo;</a></li>'
        )
    else:
        items.append('<li class="page-item disabled"><span class="page-link">&laquo;</span></li>')
    for page in range(1, total + 1):
        if page == number:
            items.append(f'<li class="page-item active" aria-current="page"><span class="page-link">{page}</span></li>')
        else:
            items.append(f'<li class="page-item"><a class="page-link" href="{_bt_href(page)}">{page}</a></li>')
    if number < total:
        items.append(
            f'<li class="page-item"><a class="page-link" href="{_bt_href(number + 1)}" rel="next" aria-label="Next page">&raquo;</a></li>'
        )
    else:
        items.append('<li class="page-item disabled"><span class="page-link">&raquo;</span></li>')
    return f'<nav aria-label="Search results pages"><ul class="pagination">{"".join(items)}</ul></nav>'


def _bt_page(number: int, total: int, rows: list[list[str]], count: int) -> str:
    first = (number - 1) * BT_PER_PAGE + 1
    last = first + len(rows) - 1
    agencies = sorted({r[2] for r in _bt_rows()})
    options = "".join(f'<option value="{_num(a, 4)}">{esc(a)}</option>' for a in agencies)
    items = "\n".join(_bt_item(r) for r in rows)
    return f"""<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bottlebrush Tenders - Current ATM List</title>
<link href="/Content/bootstrap.min.css?v=3.4.1" rel="stylesheet">
<link href="/Content/font-awesome.min.css" rel="stylesheet">
<link href="/Content/site.css?v=20250203" rel="stylesheet">
<script src="/Scripts/modernizr-2.8.3.js"></script>
</head>
<body>
<a class="sr-only sr-only-focusable" href="#mainContent">Skip to main content</a>
<div class="govBanner"><div class="container"><img src="/Content/images/coat-of-arms.svg" alt="Commonwealth Coat of Arms" height="48"> <span>An Australian Government website</span></div></div>
<header class="siteHeader">
  <div class="container">
    <a class="brand" href="/"><img src="/Content/images/bottlebrush-logo.svg" alt="Bottlebrush Tenders - the Government tender system" height="56"></a>
    <ul class="nav navbar-nav navbar-right loginNav"><li><a href="/Account/Register">Register</a></li><li><a href="/Account/Login?ReturnUrl=%2Fatm">Login</a></li></ul>
  </div>
  <nav class="navbar navbar-default mainNav" role="navigation">
    <div class="container">
      <ul class="nav navbar-nav">
        <li><a href="/">Home</a></li>
        <li class="dropdown active"><a href="/atm" class="dropdown-toggle" data-toggle="dropdown">Approaches to Market <b class="caret"></b></a>
          <ul class="dropdown-menu"><li><a href="/atm">Current ATM List</a></li><li><a href="/Atm/ClosedView">Closed ATM List</a></li><li><a href="/Search/AtmAdvancedSearch">Advanced ATM Search</a></li></ul></li>
        <li><a href="/Search/CnAdvancedSearch">Contract Notices</a></li>
        <li><a href="/Son/List">Standing Offers</a></li>
        <li><a href="/App/List">Annual Procurement Plans</a></li>
        <li><a href="/Reports/Index">Reports</a></li>
        <li><a href="/Help/Index">Help</a></li>
      </ul>
    </div>
  </nav>
</header>
<div class="alert alert-info siteNotice" role="alert"><div class="container"><i class="fa fa-info-circle" aria-hidden="true"></i> Scheduled maintenance: Bottlebrush Tenders will be unavailable from 8:00 pm Saturday 22 March to 6:00 am Sunday 23 March 2025 (ACT Local Time).</div></div>
<div id="mainContent" class="container" role="main">
  <ol class="breadcrumb"><li><a href="/">Home</a></li><li class="active">Current ATM List</li></ol>
  <div class="row">
    <div class="col-sm-12"><h1>Current Approaches to Market (ATMs)</h1>
    <p>The list below shows all ATMs currently open. To view the details and documents of an ATM, and to lodge a response, you must be registered and logged in.</p></div>
  </div>
  <div class="box boxY searchBox">
    <form action="/atm" method="get" class="form-inline" role="search">
      <div class="form-group"><label for="form-Keyword">Keyword</label> <input type="text" class="form-control" id="form-Keyword" name="Keyword"></div>
      <div class="form-group"><label for="form-AgencyUuid">Agency</label> <select id="form-AgencyUuid" name="AgencyUuid" class="form-control"><option value="">All agencies</option>{options}</select></div>
      <div class="form-group"><label for="form-SortBy">Sort by</label> <select id="form-SortBy" name="SortBy" class="form-control"><option value="CloseDate" selected>Close Date (soonest first)</option><option value="PublishDate">Publish Date (newest first)</option><option value="Title">Title</option><option value="Agency">Agency</option></select></div>
      <button type="submit" class="btn btn-primary searchIcon"><i class="fa fa-search" aria-hidden="true"></i> Search</button>
    </form>
  </div>
  <p class="resultCount">Showing {first}-{last} of {count} records</p>
  <div class="boxEQH">
{items}
  </div>
  {_bt_pager(number, total)}
</div>
<footer class="siteFooter">
  <div class="container">
    <ul class="list-inline"><li><a href="/Home/Privacy">Privacy</a></li><li><a href="/Home/Accessibility">Accessibility</a></li><li><a href="/Home/Copyright">Copyright</a></li><li><a href="/Home/Disclaimer">Disclaimer</a></li><li><a href="/Help/Contact">Contact us</a></li></ul>
    <p>Bottlebrush Tenders is administered by the Department of Finance. All times are ACT Local Time.</p>
  </div>
</footer>
<script src="/Scripts/jquery-3.7.1.min.js"></script>
<script src="/Scripts/bootstrap.min.js"></script>
<script src="/Scripts/site.js?v=20250203"></script>
</body>
</html>"""


@thirtyfirst_b
def build_bottlebrush_tenders() -> None:
    rows = _bt_rows()
    pages = chunks(rows, [15, 15, 6])
    s = Site(
        "bottlebrush-tenders",
        kind="government tender list (AusTender-style 2024–25: article rows of list-desc label / list-desc-inner value pairs, untitled-link titles, ATM ID and Full Details links, ?page=N Bootstrap pager)",
        start="atm",
        description="An Australian government tender system's current approaches to market, three pages sorted by close date.",
    )
    for number, page in enumerate(pages, start=1):
        path = "atm/index.html" if number == 1 else f"atm@page={number}"
        s.list_page(path, _bt_page(number, len(pages), page, len(rows)))
    for title, atm_id, agency, category, close_day, close_time, publish_day, location, atm_type, _flags in rows:
        s.expect(
            {
                "title": title,
                "url": f"/Atm/Show/{_bt_uuid(atm_id)}",
                "atm_id": atm_id,
                "agency": agency,
                "category": category,
                "close_date": close_day,
                "close_time": close_time,
                "publish_date": publish_day,
                "location": location,
                "atm_type": atm_type,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in THIRTYFIRST_B.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
