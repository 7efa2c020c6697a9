"""Twenty-seventh wave, part B: an F-Droid repository website's category list, a Dutch electronics retailer's category
page and a US property portal's search results, copied from their real 2024–25 markup as a logged-out visitor gets
it and written before any heuristic was changed for them.

* **droidcommons** — a free-software Android repository's website built like f-droid.org (Jekyll with the
  jekyll-fdroid plugin, a static site regenerated with each repository index), category "Science & Education"
  (``/en/categories/science-education/``, then ``/2/`` and ``/3/``; 30 packages a page). The site chrome: the
  header with the logo, the main nav (Download / Browse / Documentation / News / Forum / Donate), the language
  menu, the search widget posting to a separate search host; ``h3`` category title and intro; then
  ``div#full-package-list`` of ``a.package-header`` links, each wrapping ``img.package-icon`` (alt
  "package icon"), ``div.package-info`` > ``h4.package-name`` with the name as an indented text node,
  ``span.package-summary`` and ``span.package-license``; the ``ul.browse-navigation`` pager (first / previous /
  numbered / next / last, the current page as a ``span``), the sidebar (category list with counts, latest news
  posts), the footer with the language switcher. Written down: title, url, summary, license.
* **vlotwinkel** — a Dutch electronics retailer built like Coolblue (2024–25), category "Laptops"
  (``/laptops``, then ``?pagina=2`` / ``?pagina=3``; 24 a page). The page: cookie-wall dialog, USP bar
  ("Voor 23.59 uur besteld, morgen gratis bezorgd"), header with search and "Mijn account", breadcrumbs,
  h1 with "(1.284 resultaten)"-style counts, a filter column of facet checkboxes with counts, a sort select,
  the grid of ``div.product-card.grid`` cards: image link, ``div.product-card__title`` > ``div.h3`` > ``a.link``
  with a full model title, a ``review-rating`` block of star icons with a hidden "4,5 van 5 sterren" and
  "(123 reviews)", ``div.product-card__highlights`` lists of pros (svg + text), ``div.product-card__price`` with
  ``span.sales-price__former-price`` "1.099,-" struck and ``strong.sales-price__current`` "949,-" (or "89,99"),
  "Tweedekans vanaf 799,-" lines on some, ``div.product-card__delivery`` "Morgen gratis bezorgd" / "Uiterlijk
  vrijdag 21 maart bezorgd" / "Tijdelijk uitverkocht", "Onze keuze" badges on some, a
  compare checkbox and an "In winkelwagen" button; an advice-article promo card between records on page 1, the
  pager (``nav.pagination``: numbered ``a`` links and "Volgende"), the footer. Written down: title, url, price,
  currency, original_price (when struck), rating, review_count, delivery.
* **porchlight-realty** — a US property portal built like Realtor.com (2024–25 Next.js), search "Raleigh, NC"
  homes for sale (``/realestateandhomes-search/Raleigh_NC``, then ``/pg-2`` and ``/pg-3``; 30 a page here).
  Next.js markup: CSS-module classes (``BasePropertyCard_propertyCardWrap__…``), ``data-testid`` attributes
  everywhere (``card-content``, ``card-description``, ``card-price``, ``card-meta`` with
  ``property-meta-beds`` / ``-baths`` / ``-sqft`` / ``-lot-size`` items, each a ``meta-value`` span plus a unit
  and a ``screen-reader-value``, ``card-address-1`` / ``card-address-2``, ``broker-title``), status lines
  ("House for sale", "Condo for sale", "Townhome for sale", "Land for sale"), flags ("New - 5 hours ago",
  "Price reduced", "Open house Sat, Mar 15"), "Brokered by …" lines, an ad slot and a "mortgage calculator"
  promo between records, the map toggle, the filter bar, the pager (``nav[aria-label=pagination]`` with
  ``a[aria-label="Go to page N"]`` and "Next"), the footer; the page's properties again in
  ``script#__NEXT_DATA__``. Written down: address, locality, url, price, currency, status, beds, baths, sqft, lot (as shown), broker.

Run ``uv run python tests/sites/corpus/generate_twentyseventh_b.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

TWENTYSEVENTH_B: dict[str, Callable[[], None]] = {}


def twentyseventh_b(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TWENTYSEVENTH_B[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _num(text: str, size: int = 9) -> int:
    """A stable number derived from ``text`` (the real sites use database ids)."""
    return int(hashlib.sha1(text.encode()).hexdigest()[:12], 16) % (10**size)


# ---------------------------------------------------------------------------------------------------
# droidcommons: jekyll-fdroid category list, /en/categories/science-education/ then /2/ and /3/.
# ---------------------------------------------------------------------------------------------------

#: name | package id | summary | licence.
FD_ROWS = """
Abacus Trainer|org.abacustrainer.app|Learn mental arithmetic with a virtual soroban|GPL-3.0-or-later
AlgoDeck|net.algodeck.cards|Flashcards for algorithms and data structures interview prep|MIT
AnkiLite Reader|io.github.ankilite|Review shared spaced-repetition decks offline|AGPL-3.0-only
Astro Almanac|de.astroalmanac|Rise, set and transit times for the Sun, Moon and planets|GPL-3.0-or-later
Atlas of Bones|org.atlasofbones|Interactive human skeleton with Latin and English names|CC-BY-SA-4.0
Binary Clock Tutor|com.binaryclocktutor|Practise reading binary and BCD clocks|Apache-2.0
Boolean Playground|io.github.boolplay|Build logic circuits from gates and watch truth tables update|GPL-3.0-only
Chem Balancer|org.chembalancer|Balance chemical equations step by step|GPL-3.0-or-later
Circuit Sketch|net.circuitsketch|Draw schematics and simulate simple DC circuits|GPL-2.0-or-later
Conjugator ES|io.github.conjugator.es|Spanish verb tables with every tense and mood|MIT
Constellation Cards|org.constellationcards|Learn the 88 constellations with a quiz mode|GPL-3.0-or-later
Daily Kanji|jp.dailykanji.app|One kanji a day with stroke order and example words|Apache-2.0
Decibel Meter|org.decibelmeter|Measure sound levels with your microphone|GPL-3.0-or-later
Element Table|com.elementtable.pt|Periodic table with isotopes, electron shells and history|GPL-3.0-or-later
Equate|io.github.equate.calc|Scientific calculator that shows the parse tree of each expression|Apache-2.0
Field Botanist|org.fieldbotanist|Identification keys for wildflowers of Western Europe|CC-BY-4.0
Fraction Pizza|net.fractionpizza|Fractions for young children, one slice at a time|GPL-3.0-or-later
Geo Quiz Offline|org.geoquiz.offline|Capitals, flags and borders without an internet connection|GPL-3.0-or-later
Graphulator|de.graphulator|Plot functions, derivatives and intersections|GPL-3.0-or-later
Herbarium Log|io.github.herbariumlog|Catalogue pressed specimens with photos and GPS|AGPL-3.0-or-later
Hydro Tables|org.hydrotables|Steam and water property tables for engineering students|MIT
Kana Drill|org.kanadrill|Hiragana and katakana drills with handwriting recognition|GPL-3.0-or-later
Lab Timer Pro|net.labtimer|Several named countdown timers for lab protocols|GPL-3.0-or-later
Latin Declensions|org.latindeclensions|Nouns and adjectives of all five declensions|GPL-2.0-only
Lexicon DE-EN|de.lexicon.deen|Offline German–English dictionary with 400,000 entries|GPL-3.0-or-later
Logic Grid Puzzles|io.github.logicgrid|Deduction puzzles that teach formal reasoning|MIT
Lunar Phase|org.lunarphase|Moon phase, libration and illumination for any date|GPL-3.0-or-later
Magnetometer Lab|net.magnetometerlab|Record and export magnetic field readings|GPL-3.0-or-later
Math Scratchpad|org.mathscratchpad|Write LaTeX and see it rendered as you type|MPL-2.0
Metronome Study|org.metronomestudy|Practice tempo ladders with a precise metronome|GPL-3.0-or-later
Microscope Cam|io.github.microscopecam|Use a USB microscope with measurements and scale bars|GPL-3.0-or-later
Molecule Viewer|org.moleculeviewer|Render PDB and MOL files in 3D|LGPL-2.1-or-later
Morse Trainer|org.morsetrainer|Learn Morse code with the Koch method|GPL-3.0-or-later
Music Intervals|net.musicintervals|Ear training for intervals, chords and scales|GPL-3.0-or-later
Night Sky Red|org.nightskyred|Red-light star chart that keeps your night vision|GPL-3.0-or-later
Number Bonds|org.numberbonds|Addition facts to twenty for primary school|Apache-2.0
Open Anatomy|io.github.openanatomy|Organ systems atlas from public-domain illustrations|CC0-1.0
Orbit Sandbox|net.orbitsandbox|Gravity simulator for planets, moons and slingshots|GPL-3.0-or-later
Pendulum Lab|org.pendulumlab|Measure g with your phone's accelerometer|MIT
Phonetic Keyboard|org.phonetickeyboard|Type IPA symbols in any app|Apache-2.0
Physics Formulas|org.physicsformulas|Searchable formula sheet from mechanics to optics|GPL-3.0-or-later
Pi Memorizer|com.pimemorizer|Memorise digits of pi with chunking exercises|WTFPL
Pocket Sundial|de.pocketsundial|Turn your phone into a calibrated sundial|GPL-3.0-or-later
Prime Explorer|io.github.primeexplorer|Sieve, factorise and visualise prime numbers|MIT
Quiz Master Libre|org.quizmasterlibre|Make and share multiple-choice quizzes as plain files|GPL-3.0-or-later
Radio Waves|org.radiowaves|Learn for the amateur radio licence exam|GPL-3.0-or-later
Reading Ruler|net.readingruler|Overlay that helps readers with dyslexia follow lines|GPL-3.0-or-later
Rock Identifier|org.rockidentifier|Key to common rocks and minerals with hardness tests|CC-BY-SA-4.0
Seismo Logger|org.seismologger|Log vibrations and share readings with citizen science networks|GPL-3.0-or-later
Sign Language ASL|io.github.aslletters|Fingerspelling alphabet with practice videos|GPL-3.0-or-later
Slide Rule|org.sliderule|A working slide rule with C, D, A, K and log scales|GPL-2.0-or-later
Spectroscope|net.spectroscope|Analyse light spectra with a diffraction grating and the camera|GPL-3.0-or-later
Statistics Calc|org.statscalc|Descriptive statistics, t-tests and regressions|GPL-3.0-or-later
Stellar Parallax|org.stellarparallax|Explains distances to nearby stars with an animation|MIT
Touch Typing Tutor|org.touchtyping|Learn to type on a physical keyboard connected by USB|GPL-3.0-or-later
Tree Rings|io.github.treerings|Count and date tree rings from a photo|AGPL-3.0-only
Unit Converter Plus|org.unitconverterplus|Convert over 800 units, with history|GPL-3.0-or-later
Verb Trainer FR|io.github.verbtrainer.fr|French irregular verbs, with audio|GPL-3.0-or-later
Vocab Builder|org.vocabbuilder|Word lists from any e-book you are reading|GPL-3.0-or-later
Water Cycle Kids|org.watercyclekids|Animated lessons on evaporation, clouds and rain|CC-BY-4.0
Weather Station Log|net.weatherstationlog|Record observations for school weather projects|GPL-3.0-or-later
Wiki Offline Learner|org.wikioffline|Read curated Wikipedia subsets without data|GPL-3.0-or-later
World Clock Atlas|org.worldclockatlas|Time zones on a map with daylight shading|Apache-2.0
X-Ray Crystallography|io.github.xraycryst|Bragg's law and lattice explorations for students|GPL-3.0-or-later
Yoga Anatomy|net.yogaanatomy|Muscles engaged in each pose, with diagrams|CC-BY-SA-4.0
Zettel Notes|org.zettelnotes|Zettelkasten notes in plain Markdown files|GPL-3.0-or-later
Zoology Quiz|org.zoologyquiz|Animal classes, orders and families in quiz form|GPL-3.0-or-later
"""


class FDApp(NamedTuple):
    name: str
    package: str
    summary: str
    license: str


FD_APPS = [FDApp(*line.split("|")) for line in FD_ROWS.strip().splitlines()]
FD_PER_PAGE = 30
FD_PATH = "/en/categories/science-education/"
FD_CATEGORIES = [
    ("Connectivity", "connectivity", 412),
    ("Development", "development", 689),
    ("Games", "games", 771),
    ("Graphics", "graphics", 203),
    ("Internet", "internet", 1154),
    ("Money", "money", 187),
    ("Multimedia", "multimedia", 864),
    ("Navigation", "navigation", 402),
    ("Phone & SMS", "phone-sms", 161),
    ("Reading", "reading", 329),
    ("Science & Education", "science-education", len(FD_APPS)),
    ("Security", "security", 398),
    ("Sports & Health", "sports-health", 296),
    ("System", "system", 1012),
    ("Theming", "theming", 214),
    ("Time", "time", 243),
    ("Writing", "writing", 377),
]
FD_NEWS = [
    ("/en/2025/03/07/twif.html", "This Week in DroidCommons 2025 10"),
    ("/en/2025/02/28/twif.html", "This Week in DroidCommons 2025 09"),
    ("/en/2025/02/21/client-1-22-released.html", "Client 1.22 released with faster index updates"),
]


def _fd_href(number: int) -> str:
    return FD_PATH if number == 1 else f"{FD_PATH}{number}/"


def _fd_icon(app: FDApp) -> str:
    digest = hashlib.sha256(app.package.encode()).hexdigest()[:43]
    return f"/repo/{app.package}/en-US/icon_{digest}=.png"


def _fd_item(app: FDApp) -> str:
    return f"""
		<a class="package-header" href="/en/packages/{app.package}/">

			<img class="package-icon" src="{_fd_icon(app)}" alt="package icon" onerror="this.src='/assets/ic_repo_app_default_Nj8ZtaBbxmH7nIf1p6H2XbKTFRFO3gjLd4Cb_6hLTTk=.png';this.onerror=null" />

			<div class="package-info">
				<h4 class="package-name">
					{esc(app.name)}
				</h4>

				<span class="package-summary">{esc(app.summary)}</span>

				<span class="package-license">{esc(app.license)}</span>
			</div>
		</a>
"""


def _fd_pager(number: int, total: int) -> str:
    def item(label: str, target: int | None, current: bool = False) -> str:
        if current:
            return f'\t<li class="nav current"><span class="label">{label}</span></li>\n'
        if target is None:
            return f'\t<li class="nav disabled"><span class="label">{label}</span></li>\n'
        return f'\t<li class="nav page-numbers"><a class="label" href="{_fd_href(target)}">{label}</a></li>\n'

    out = item("&lt;&lt; first", 1 if number > 1 else None)
    out += item("&lt; previous", number - 1 if number > 1 else None)
    for page in range(1, total + 1):
        out += item(str(page), page, page == number)
    out += item("next &gt;", number + 1 if number < total else None)
    out += item("last &gt;&gt;", total if number < total else None)
    return f'<div class="browse-navigation">\n<ul class="browse-navigation">\n{out}</ul>\n</div>'


def _fd_page(number: int, total: int, apps: list[FDApp]) -> str:
    items = "".join(_fd_item(app) for app in apps)
    categories = "".join(
        f'\t\t\t<li class="sidebar-category{" sidebar-category--active" if key == "science-education" else ""}"><a href="/en/categories/{key}/">{esc(name)}</a> <span class="sidebar-category-count">{count}</span></li>\n'
        for name, key, count in FD_CATEGORIES
    )
    news = "".join(f'\t\t\t<li><a href="{href}">{esc(title)}</a></li>\n' for href, title in FD_NEWS)
    title_page = "" if number == 1 else f" (page {number})"
    return f"""<!DOCTYPE html>
<html lang="en-US" dir="ltr">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<title>Science &amp; Education{title_page} | DroidCommons - Free and Open Source Android App Repository</title>
	<meta name="description" content="Science &amp; Education apps in the DroidCommons repository: free and open source software for Android.">
	<meta property="og:site_name" content="DroidCommons - Free and Open Source Android App Repository">
	<meta property="og:title" content="Science &amp; Education">
	<meta property="og:image" content="https://droidcommons.org/assets/dc-logo_9xdkqZcbpCh0u0JmKYwyp-iFc3SRb6FSWXC-qlJyqMg=.png">
	<link rel="canonical" href="https://droidcommons.org{_fd_href(number)}">
	<link rel="alternate" type="application/rss+xml" title="DroidCommons News" href="/feed.xml">
	<link rel="alternate" hreflang="de" href="https://droidcommons.org/de/categories/science-education/">
	<link rel="alternate" hreflang="fr" href="https://droidcommons.org/fr/categories/science-education/">
	<link rel="alternate" hreflang="nl" href="https://droidcommons.org/nl/categories/science-education/">
	<link rel="stylesheet" href="/css/main.css?v=c3e9ab71">
	<link rel="icon" type="image/png" href="/assets/favicon-32x32_ulBVIc1pyMXPmKXNrY5iPc4Z3Oc4T9Zq6T7kpDQ4-AY=.png">
	<script src="/js/package-search.js?v=c3e9ab71" async></script>
</head>
<body>
<div class="site-wrapper">

<header class="site-header">
	<div class="site-header-wrap">
		<div class="site-header-brand">
			<a href="/en/" class="site-header-brand-link"><img class="site-header-logo" src="/assets/dc-logo-text_Kx0ePbWlR1jq5nJ9l-hU2xkS6Q1bSjx9b7cqq3A9JvE=.svg" alt="DroidCommons"></a>
		</div>
		<button class="site-header-burger" aria-label="Toggle menu" onclick="document.body.classList.toggle('menu-open')">&#9776;</button>
		<nav class="site-nav">
			<ul class="nav-menu">
				<li class="nav-menu-item"><a href="/en/">Download</a></li>
				<li class="nav-menu-item active"><a href="/en/packages/">Browse</a></li>
				<li class="nav-menu-item"><a href="/en/docs/">Documentation</a></li>
				<li class="nav-menu-item"><a href="/en/news/">News</a></li>
				<li class="nav-menu-item"><a href="https://forum.droidcommons.org">Forum</a></li>
				<li class="nav-menu-item"><a href="/en/donate/">Donate</a></li>
			</ul>
		</nav>
		<div class="site-header-lang dropdown">
			<button class="dropdown-toggle" aria-haspopup="true">English</button>
			<ul class="dropdown-menu">
				<li><a href="/de/categories/science-education/">Deutsch</a></li>
				<li><a href="/es/categories/science-education/">Español</a></li>
				<li><a href="/fr/categories/science-education/">Français</a></li>
				<li><a href="/nl/categories/science-education/">Nederlands</a></li>
				<li><a href="/pt_BR/categories/science-education/">Português (Brasil)</a></li>
				<li><a href="/zh_Hans/categories/science-education/">简体中文</a></li>
			</ul>
		</div>
	</div>
</header>

<div class="site-content">
	<div class="article-area">

<div class="post-content">

<h3 class="category-title">Science &amp; Education</h3>
<p class="category-intro">Apps for learning, teaching and doing science: references, calculators, flashcards and lab tools.
Showing {len(FD_APPS)} packages.</p>

<div id="full-package-list">
{items}
</div>

{_fd_pager(number, total)}

</div>

	</div>

	<aside class="sidebar">
		<div class="sidebar-widget">
			<h3>Search</h3>
			<form class="search-form" action="https://search.droidcommons.org/" method="get">
				<input type="hidden" name="lang" value="en">
				<input type="search" name="q" placeholder="Search apps" aria-label="Search apps">
				<button type="submit" class="search-button">Search</button>
			</form>
		</div>
		<div class="sidebar-widget">
			<h3>Categories</h3>
			<ul class="sidebar-categories">
{categories}			</ul>
		</div>
		<div class="sidebar-widget">
			<h3>Latest news</h3>
			<ul class="sidebar-news">
{news}			</ul>
			<a href="/feed.xml" class="sidebar-feed">Subscribe via RSS</a>
		</div>
	</aside>
</div>

<footer class="site-footer">
	<div class="site-footer-wrap">
		<p class="site-footer-license">Except as otherwise noted, the content on this site is licensed under a
		<a href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike 4.0 License</a>.</p>
		<ul class="site-footer-links">
			<li><a href="/en/about/">About</a></li>
			<li><a href="/en/contribute/">Contribute</a></li>
			<li><a href="https://gitlab.com/droidcommons/website/-/edit/master/_layouts/browse.html">Edit this page</a></li>
			<li><a href="/en/docs/Security_Model/">Security</a></li>
		</ul>
		<form class="site-footer-lang" action="/lang" method="get">
			<select name="lang" onchange="this.form.submit()" aria-label="Language">
				<option value="en" selected>English</option><option value="de">Deutsch</option><option value="fr">Français</option><option value="nl">Nederlands</option>
			</select>
		</form>
	</div>
</footer>

</div>
</body>
</html>
"""


@twentyseventh_b
def build_droidcommons() -> None:
    s = Site(
        "droidcommons",
        kind="app repository category list (F-Droid website 2024–25, Jekyll + jekyll-fdroid: div#full-package-list of a.package-header links wrapping img.package-icon 'package icon', div.package-info > h4.package-name with the name as an indented text node, span.package-summary, span.package-license; ul.browse-navigation first / previous / numbered / next / last with the current page a span; sidebar categories with counts; /N/ paths)",
        start="en/categories/science-education/",
        description="A free-software Android repository's website (droidcommons.org) built like f-droid.org with Jekyll and the jekyll-fdroid plugin, category Science & Education (/en/categories/science-education/, then /2/ and /3/; 30 packages a page), as a visitor gets it in 2025: a head with the title 'Science & Education | DroidCommons - Free and Open Source Android App Repository' (' (page N)' on later pages), og tags, canonical and hreflang links, an RSS link; header.site-header with the logo, a burger button, nav.site-nav (Download / Browse (active) / Documentation / News / Forum / Donate) and a language dropdown; div.post-content with h3.category-title and a short intro 'Showing 67 packages.'; div#full-package-list of a.package-header links to /en/packages/<package id>/, each wrapping img.package-icon (alt 'package icon', an onerror fallback) and div.package-info > h4.package-name (the name as an indented text node), span.package-summary and span.package-license (an SPDX id); div.browse-navigation > ul.browse-navigation of li.nav items: '<< first', '< previous', numbered links, 'next >', 'last >>' (disabled spans at the ends, the current page a span in li.nav.current); the sidebar (a search form posting to search.droidcommons.org, a category list with counts, three latest news posts, an RSS link) and the footer (licence line, links, a language select). 30 + 30 + 7 packages, alphabetical. Written down: title (the name), url, summary, license.",
    )
    pages = chunks(FD_APPS, [FD_PER_PAGE, FD_PER_PAGE, len(FD_APPS) - 2 * FD_PER_PAGE])
    for number, apps in enumerate(pages, 1):
        path = (
            "en/categories/science-education/index.html"
            if number == 1
            else f"en/categories/science-education/{number}/index.html"
        )
        s.list_page(path, _fd_page(number, len(pages), apps))
    for app in FD_APPS:
        s.expect(
            {
                "title": app.name,
                "url": f"/en/packages/{app.package}/",
                "summary": app.summary,
                "license": app.license,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# vlotwinkel: a Coolblue-like Dutch category page, /laptops then ?pagina=2 / ?pagina=3, 24 a page.
# ---------------------------------------------------------------------------------------------------

#: title | price | former price ('' when none) | rating ('' when no reviews) | reviews | delivery key | choice | tweedekans
VW_ROWS = """
Lenovo IdeaPad Slim 3 15IRH8 83EM007LMH|549|649|4.4|1873|morgen|keuze|479
HP 15-fd0975nd|499||4.2|642|morgen||
Apple MacBook Air (2024) 13 inch M3 (8 core CPU / 8 core GPU) 16GB/256GB Middernacht QWERTY|1149|1299|4.8|2311|morgen|keuze|1029
ASUS Vivobook 15 X1504VA-NJ1042W|479||4.1|355|morgen||
Acer Aspire Go 15 AG15-31P-C2MZ|329|379|3.9|908|morgen||289
Lenovo ThinkPad E16 Gen 2 (Intel) 21MA002UMH|899||4.5|127|uiterlijk||
HP Envy x360 14-fc0970nd|999|1149|4.6|214|morgen||
Microsoft Surface Laptop 7 13,8 inch Snapdragon X Plus 16GB/512GB Platinum|1249||4.3|96|morgen||
Dell Inspiron 14 Plus 7440-6793|1049||4.4|58|uiterlijk||
ASUS Zenbook 14 OLED UX3405MA-PZ066W|1099|1299|4.7|489|morgen|keuze|
Lenovo Legion Pro 5 16IRX9 83DF00DTMH|1699||4.6|301|morgen||
Acer Swift Go 14 SFG14-73-79ZX|849|999|4.3|177|morgen||
HP Victus 16-s1975nd|1099||4.2|233|uiterlijk||
Apple MacBook Pro (2024) 14 inch M4 (10 core CPU / 10 core GPU) 16GB/512GB Space Black QWERTY|1899||4.9|412|morgen||
MSI Thin 15 B13VE-1470NL|899|1049|3.8|164|morgen||
Lenovo Yoga Slim 7 14Q8X9 83ED001LMH|1199||4.5|88|morgen||
ASUS TUF Gaming A15 FA507NVR-LP005W|1199|1349|4.4|276|morgen||
Samsung Galaxy Book4 Pro 14 inch NP940XGK-KG1NL|1399||4.5|71|uiterlijk||
Dell XPS 13 9345 Snapdragon X Elite|1599||||uiterlijk||
HP ProBook 450 G10 85B04EA|799||4.1|39|morgen||
Chromebook: Lenovo IdeaPad Slim 3 Chrome 14M868 82XJ002KMH|329|399|4.2|412|morgen||
ASUS ROG Strix G16 G614JV-N3135W|1599|1799|4.6|145|morgen||
Acer Chromebook Plus 515 CB515-2H-32LA|449||4.0|83|morgen||
Lenovo IdeaPad Flex 5 14ABR8 82XX0067MH|649||4.3|512|uitverkocht||
HP Pavilion Plus 14-ew1970nd|949|1099|4.4|66|morgen||
Apple MacBook Air (2024) 15 inch M3 (8 core CPU / 10 core GPU) 16GB/512GB Zilver QWERTY|1599||4.8|734|morgen||1449
Microsoft Surface Laptop Go 3 i5/8GB/256GB Platinum|699|799|4.1|298|morgen||
Dell Latitude 5440 - 8GXH5|1129||||uiterlijk||
ASUS Vivobook S 16 OLED S5606MA-MX051W|1149||4.5|143|morgen||
Lenovo ThinkBook 16 G6 IRL 21KH00NYMH|749||4.2|94|morgen||
HP OmniBook X 14-fe0970nd|1299|1499|4.3|52|morgen||
Acer Nitro V 15 ANV15-51-79J3|999||4.3|388|morgen|keuze|899
MSI Modern 15 H C13M-255NL|699|749|3.9|47|uiterlijk||
Lenovo Legion 5 16IRX9 83DG00C8MH|1349||4.7|267|morgen||
ASUS ProArt PX13 HN7306WV-LX025X|2299||4.6|19|uiterlijk||
Samsung Galaxy Book4 360 15 inch NP750QGK-KG2NL|999|1199|4.2|61|morgen||
Apple MacBook Pro (2024) 16 inch M4 Pro (14 core CPU / 20 core GPU) 24GB/512GB Zilver QWERTY|2899||4.9|98|morgen||
HP 14-ep0975nd|549||4.0|201|uitverkocht||
Dell 15 DC15250-5792|599|699|4.0|75|morgen||
Lenovo Yoga 7 2-in-1 14AHP9 83DK0043MH|899||4.4|163|morgen||
Acer Predator Helios Neo 16 PHN16-72-94PF|1899|2099|4.5|64|morgen||
ASUS Vivobook 14 X1404VA-EB212W|429||4.1|317|morgen||
Microsoft Surface Pro 11 13 inch Snapdragon X Plus 16GB/256GB + Keyboard Zwart|1349||4.4|121|morgen||
HP EliteBook 840 G11 A26S1EA|1649||||uiterlijk||
Lenovo IdeaPad Pro 5 14AHP9 83D3002UMH|1049|1199|4.6|208|morgen||
Gigabyte G6 KF-H3BE854KH|1099||4.0|89|morgen||
Chromebook: HP Chromebook 14a-nf0970nd|299||4.1|154|morgen||
ASUS Zenbook S 14 UX5406SA-PV030W|1599||4.7|43|morgen||
Acer Aspire 3 A315-510P-37G8|399|449|3.8|623|morgen||
Lenovo ThinkPad X1 Carbon Gen 12 21KC006UMH|2199||4.6|27|uiterlijk||
HP Spectre x360 16-aa0975nd|1799|1999|4.5|38|morgen||
Dell Alienware m16 R2-5927|2399||4.4|31|uiterlijk||
MSI Katana 15 B13VFK-1452NL|1149|1299|4.1|112|morgen||
Samsung Galaxy Book4 Edge 14 inch NP940XMA-KB1NL|1499||4.3|57|morgen||
Lenovo IdeaPad Slim 5 16AHP9 83DD003LMH|799||4.5|286|morgen||
ASUS Vivobook Go 15 E1504FA-NJ936W|379||3.9|402|morgen||
Apple MacBook Air (2022) 13 inch M2 (8 core CPU / 8 core GPU) 16GB/256GB Spacegrijs QWERTY|999|1099|4.8|1520|morgen||899
Acer Swift X 14 SFX14-72G-79UW|1699||4.6|23|uitverkocht||
HP ZBook Firefly 14 G11 86B10EA|2149||||uiterlijk||
"""


class VWProduct(NamedTuple):
    title: str
    price: int
    former: int | None
    rating: float | None
    reviews: int | None
    delivery: str
    choice: bool
    second: int | None


def _vw_products() -> list[VWProduct]:
    out = []
    for line in VW_ROWS.strip().splitlines():
        title, price, former, rating, reviews, delivery, choice, second = line.split("|")
        out.append(
            VWProduct(
                title,
                int(price),
                int(former) if former else None,
                float(rating) if rating else None,
                int(reviews) if reviews else None,
                delivery,
                choice == "keuze",
                int(second) if second else None,
            )
        )
    return out


VW_PRODUCTS = _vw_products()
VW_PER_PAGE = 24
VW_DELIVERY = {
    "morgen": "Morgen gratis bezorgd",
    "uiterlijk": "Uiterlijk vrijdag 21 maart bezorgd",
    "uitverkocht": "Tijdelijk uitverkocht",
}
VW_HIGHLIGHTS = [
    ["Geschikt voor dagelijks gebruik en studie", "Snel opstarten dankzij de SSD", "Full HD scherm"],
    ["Lange accuduur van 14 uur", "Licht om mee te nemen: 1,2 kg", "Scherp OLED scherm"],
    ["Speelt zware games in hoge instellingen", "Scherm van 165 Hz", "Goede koeling"],
    ["Toetsenbord met numeriek gedeelte", "Veel aansluitingen, ook HDMI", "Uitbreidbaar werkgeheugen"],
]


def _vw_id(product: VWProduct) -> int:
    return 900000 + _num(product.title, 5)


def _vw_url(product: VWProduct) -> str:
    return f"/product/{_vw_id(product)}/{slug(product.title)}.html"


def _vw_money(amount: int) -> str:
    return f"{amount:,}".replace(",", ".") + ",-"


def _vw_stars(rating: float) -> str:
    out = ""
    for index in range(1, 6):
        state = "full" if rating >= index - 0.25 else "half" if rating >= index - 0.75 else "empty"
        out += f'<svg class="review-rating__icon review-rating__icon--{state}" width="16" height="16" aria-hidden="true"><use href="/assets/icons.svg#star-{state}"></use></svg>'
    return out


def _vw_card(product: VWProduct, index: int) -> str:
    url = _vw_url(product)
    pid = _vw_id(product)
    title = esc(product.title)
    if product.rating is not None:
        dutch = f"{product.rating:.1f}".replace(".", ",")
        rating = (
            f'<div class="product-card__rating"><a href="{url}#product-reviews" class="review-rating review-rating--small">'
            f'<div class="review-rating__icons" title="{dutch} van 5 sterren">{_vw_stars(product.rating)}</div>'
            f'<span class="screen-reader-only">Beoordeling: {dutch} van 5 sterren</span>'
            f'<span class="review-rating__reviews text--truncate">{product.reviews} reviews</span></a></div>'
        )
    else:
        rating = '<div class="product-card__rating"><span class="review-rating__reviews color--additional">Nog geen reviews</span></div>'
    pros = "".join(
        f'<li class="pros-and-cons-list__item pros-and-cons-list__item--pro"><svg class="icon icon--plus" width="12" height="12" aria-hidden="true"><use href="/assets/icons.svg#plus"></use></svg><span class="pros-and-cons-list__text">{esc(text)}</span></li>'
        for text in VW_HIGHLIGHTS[_num(product.title, 3) % len(VW_HIGHLIGHTS)]
    )
    former = (
        f'<span class="sales-price__former-price"><span class="screen-reader-only">Adviesprijs</span>{_vw_money(product.former)}</span>'
        if product.former
        else ""
    )
    second = (
        f'<div class="product-card__second-chance"><a href="/tweedekans{url}" class="link link--secondary">Tweedekans vanaf {_vw_money(product.second)}</a></div>'
        if product.second
        else ""
    )
    choice = (
        '<div class="product-card__badge"><span class="badge badge--choice"><svg class="icon" width="14" height="14" aria-hidden="true"><use href="/assets/icons.svg#keuze"></use></svg>Onze keuze</span></div>'
        if product.choice
        else ""
    )
    sold_out = product.delivery == "uitverkocht"
    delivery_class = "color--unavailable" if sold_out else "color--available"
    button = (
        f'<button type="button" class="button button--secondary button--full-width js-notify-me" data-product-id="{pid}">Houd me op de hoogte</button>'
        if sold_out
        else f'<form action="/winkelwagen/toevoegen" method="post" class="js-add-to-cart"><input type="hidden" name="productId" value="{pid}"><button type="submit" class="button button--order button--full-width" aria-label="{title} in winkelwagen"><svg class="icon" width="20" height="20" aria-hidden="true"><use href="/assets/icons.svg#cart"></use></svg> In winkelwagen</button></form>'
    )
    image = f"https://image.vlotwinkel.nl/300x750/products/{pid}_{slug(product.title)[:40]}.png"
    return f"""<div class="col--6 col--4@md col--3@lg js-product-card-container"><div class="product-card grid js-product-card" data-component="product-card" data-product-id="{pid}" data-position="{index}">
{choice}<div class="product-card__image col--4 col--12@sm"><a href="{url}" tabindex="-1" aria-hidden="true" class="js-product-link"><img src="{image}" alt="{title}" loading="lazy" width="300" height="300" class="product-card__image-element"></a></div>
<div class="product-card__title col--8 col--12@sm"><div class="h3 mt--4@sm"><a href="{url}" title="{title}" class="link">{title}</a></div></div>
{rating}
<div class="product-card__highlights col--12"><ul class="pros-and-cons-list">{pros}</ul></div>
<div class="product-card__price col--12"><div class="sales-price">{former}<strong class="sales-price__current">{_vw_money(product.price)}</strong></div>{second}</div>
<div class="product-card__delivery col--12"><span class="icon-with-text"><svg class="icon {delivery_class}" width="16" height="16" aria-hidden="true"><use href="/assets/icons.svg#{"cross" if sold_out else "check"}"></use></svg><span class="{delivery_class}">{VW_DELIVERY[product.delivery]}</span></span></div>
<div class="product-card__compare col--12"><label class="checkbox checkbox--small"><input type="checkbox" class="js-compare-checkbox" name="compare" value="{pid}"><span class="checkbox__label">Vergelijk</span></label></div>
<div class="product-card__order col--12">{button}</div>
</div></div>
"""


VW_PROMO = """<div class="col--6 col--4@md col--3@lg"><div class="advice-card"><a href="/advies/welke-laptop-past-bij-mij" class="advice-card__link"><img src="https://image.vlotwinkel.nl/advice/laptop-keuzehulp.jpg" alt="" loading="lazy" width="300" height="300"><span class="advice-card__label">Advies</span><strong class="advice-card__title">Welke laptop past bij mij?</strong><span class="advice-card__text">Beantwoord 5 vragen en wij zoeken de laptop die bij je past.</span><span class="link link--arrow">Start de keuzehulp</span></a></div></div>
"""


def _vw_href(number: int) -> str:
    return "/laptops" if number == 1 else f"/laptops?pagina={number}"


def _vw_pager(number: int, total: int) -> str:
    items = ""
    if number > 1:
        items += f'<li class="pagination__item pagination__item--previous"><a href="{_vw_href(number - 1)}" class="pagination__link" rel="prev" aria-label="Vorige pagina">Vorige</a></li>'
    for page in range(1, total + 1):
        if page == number:
            items += f'<li class="pagination__item"><span class="pagination__link pagination__link--active" aria-current="page">{page}</span></li>'
        else:
            items += f'<li class="pagination__item"><a href="{_vw_href(page)}" class="pagination__link" aria-label="Pagina {page}">{page}</a></li>'
    if number < total:
        items += f'<li class="pagination__item pagination__item--next"><a href="{_vw_href(number + 1)}" class="pagination__link" rel="next" aria-label="Volgende pagina">Volgende</a></li>'
    return f'<nav class="pagination" aria-label="Paginering"><ul class="pagination__list">{items}</ul></nav>'


VW_FACETS = [
    ("Merk", [("Lenovo", 312), ("HP", 287), ("ASUS", 241), ("Acer", 176), ("Apple", 64), ("Dell", 98), ("MSI", 57)]),
    ("Besturingssysteem", [("Windows 11 Home", 874), ("Windows 11 Pro", 201), ("macOS", 64), ("ChromeOS", 71)]),
    ("Schermdiagonaal", [("13 inch", 96), ("14 inch", 402), ("15 inch", 377), ("16 inch", 311), ("17 inch", 63)]),
    ("Werkgeheugen (RAM)", [("8 GB", 241), ("16 GB", 702), ("32 GB", 190)]),
]


def _vw_page(number: int, total: int, products: list[VWProduct], first: int) -> str:
    cards = [_vw_card(product, first + i) for i, product in enumerate(products)]
    if number == 1:
        cards.insert(8, VW_PROMO)
    facets = "".join(
        f'<div class="filter"><button class="filter__toggle" aria-expanded="true">{esc(name)}</button><ul class="filter__options">'
        + "".join(
            f'<li><label class="checkbox"><input type="checkbox" name="{slug(name)}" value="{slug(value)}"><span class="checkbox__label">{esc(value)} <span class="filter__count">({count})</span></span></label></li>'
            for value, count in values
        )
        + "</ul></div>"
        for name, values in VW_FACETS
    )
    listing = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://www.vlotwinkel.nl/"},
            {
                "@type": "ListItem",
                "position": 2,
                "name": "Computers & tablets",
                "item": "https://www.vlotwinkel.nl/computers-tablets",
            },
            {"@type": "ListItem", "position": 3, "name": "Laptops", "item": "https://www.vlotwinkel.nl/laptops"},
        ],
    }
    layer = {
        "event": "productListView",
        "pageType": "productListPage",
        "category": "Laptops",
        "page": number,
        "products": [{"id": _vw_id(p), "position": first + i} for i, p in enumerate(products)],
    }
    title_page = "" if number == 1 else f" - Pagina {number}"
    last = first + len(products) - 1
    return f"""<!DOCTYPE html>
<html lang="nl-NL" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Laptops kopen? - Vandaag besteld, morgen in huis{title_page} - Vlotwinkel</title>
<meta name="description" content="Laptop kopen? Bekijk onze 1.103 laptops. Vandaag besteld, morgen in huis. Gratis retourneren binnen 30 dagen.">
<link rel="canonical" href="https://www.vlotwinkel.nl{_vw_href(number)}">
<link rel="alternate" hreflang="nl-BE" href="https://www.vlotwinkel.be/nl/laptops">
<link rel="alternate" hreflang="fr-BE" href="https://www.vlotwinkel.be/fr/ordinateurs-portables">
<link rel="stylesheet" href="/assets/css/main.7f3a91c2.css">
<script>document.documentElement.className=document.documentElement.className.replace("no-js","js");window.dataLayer=window.dataLayer||[];window.dataLayer.push({json.dumps(layer)});</script>
<script type="application/ld+json">{json.dumps(listing)}</script>
<script src="/assets/js/main.5c21e0ab.js" defer></script>
</head>
<body class="page-product-list">
<div class="cookie-dialog js-cookie-dialog" role="dialog" aria-modal="true" aria-labelledby="cookie-title"><div class="cookie-dialog__content"><h2 id="cookie-title" class="h3">Vlotwinkel en cookies</h2><p>Wij gebruiken cookies om je een persoonlijke ervaring te geven en onze website te verbeteren. Kies hieronder wat je goed vindt.</p><div class="cookie-dialog__buttons"><button type="button" class="button button--primary js-cookie-accept">Ja, ik accepteer</button><button type="button" class="button button--secondary js-cookie-settings">Instellingen</button></div></div></div>
<div class="usp-bar"><ul class="usp-bar__list"><li class="usp-bar__item">Voor 23.59 uur besteld, morgen gratis bezorgd</li><li class="usp-bar__item">Ook op zondag bezorgd</li><li class="usp-bar__item">30 dagen bedenktijd en gratis retourneren</li></ul><a href="/klantenservice" class="usp-bar__link">Klantenservice</a></div>
<header class="site-header"><div class="site-header__container"><a href="/" class="site-header__logo" aria-label="Vlotwinkel homepage"><svg width="120" height="32" aria-hidden="true"><use href="/assets/icons.svg#logo"></use></svg></a>
<button type="button" class="site-header__menu-button js-menu-toggle" aria-expanded="false">Categorieën</button>
<form action="/zoeken" method="get" class="search-form" role="search"><label for="search-query" class="screen-reader-only">Zoeken</label><input id="search-query" type="search" name="query" placeholder="Waar ben je naar op zoek?" autocomplete="off" class="search-form__input"><button type="submit" class="search-form__button" aria-label="Zoeken"><svg width="20" height="20" aria-hidden="true"><use href="/assets/icons.svg#search"></use></svg></button></form>
<nav class="site-header__actions"><a href="/mijn-vlotwinkel" class="site-header__action">Mijn account</a><a href="/verlanglijstje" class="site-header__action">Verlanglijstje</a><a href="/winkelwagen" class="site-header__action site-header__action--cart">Winkelwagen <span class="badge badge--count">0</span></a></nav></div>
<nav class="main-navigation" aria-label="Hoofdmenu"><ul class="main-navigation__list"><li><a href="/computers-tablets">Computers &amp; tablets</a></li><li><a href="/beeld-geluid">Beeld &amp; geluid</a></li><li><a href="/telefonie">Telefonie</a></li><li><a href="/huishouden">Huishouden</a></li><li><a href="/keuken">Keuken</a></li><li><a href="/wonen-tuin">Wonen &amp; tuin</a></li><li><a href="/acties" class="main-navigation__link--deals">Acties</a></li></ul></nav></header>
<main class="container" id="main">
<nav class="breadcrumbs" aria-label="Kruimelpad"><ol class="breadcrumbs__list"><li class="breadcrumbs__item"><a href="/">Home</a></li><li class="breadcrumbs__item"><a href="/computers-tablets">Computers &amp; tablets</a></li><li class="breadcrumbs__item" aria-current="page">Laptops</li></ol></nav>
<div class="grid">
<div class="col--12"><h1 class="h1">Laptops <span class="product-list-count color--additional">({len(VW_PRODUCTS)} resultaten)</span></h1>{'<p class="category-intro">Op zoek naar een nieuwe laptop? Bij ons kies je uit laptops voor werk, studie en gaming. Twijfel je? Onze keuzehulp helpt je in 5 vragen verder.</p>' if number == 1 else ""}</div>
<aside class="col--12 col--3@lg product-list-filters js-filters"><h2 class="h4">Filters</h2><div class="filter"><button class="filter__toggle" aria-expanded="true">Prijs</button><div class="filter__range"><input type="number" name="prijs-min" aria-label="Minimumprijs" placeholder="279"><input type="number" name="prijs-max" aria-label="Maximumprijs" placeholder="4.299"></div></div>{facets}</aside>
<section class="col--12 col--9@lg product-list js-product-list" aria-label="Producten">
<div class="product-list__header"><p class="product-list__results">{first} - {last} van {len(VW_PRODUCTS)} resultaten</p><form action="/laptops" method="get" class="product-list__sort"><label for="sort">Sorteer op</label><select id="sort" name="sorteren" class="js-sort"><option value="populariteit" selected>Populariteit</option><option value="prijs-laag-hoog">Prijs (laag - hoog)</option><option value="prijs-hoog-laag">Prijs (hoog - laag)</option><option value="beoordeling">Beoordeling</option><option value="nieuw">Nieuw</option></select></form></div>
<div class="grid product-grid">
{"".join(cards)}</div>
{_vw_pager(number, total)}
</section>
</div>
</main>
<footer class="site-footer"><div class="site-footer__columns"><div><h2 class="h4">Klantenservice</h2><ul><li><a href="/klantenservice/bezorgen">Bezorgen</a></li><li><a href="/klantenservice/retourneren">Retourneren</a></li><li><a href="/klantenservice/garantie">Garantie en reparatie</a></li></ul></div><div><h2 class="h4">Over Vlotwinkel</h2><ul><li><a href="/over-ons">Over ons</a></li><li><a href="/werken-bij">Werken bij</a></li><li><a href="/winkels">Onze winkels</a></li></ul></div><div><h2 class="h4">Betaalmethoden</h2><ul class="payment-methods"><li>iDEAL</li><li>Bancontact</li><li>Creditcard</li><li>In3</li></ul></div></div><p class="site-footer__legal">© 2025 Vlotwinkel B.V. · <a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a> · <a href="/algemene-voorwaarden">Algemene voorwaarden</a> · Prijzen zijn inclusief btw</p></footer>
</body>
</html>
"""


@twentyseventh_b
def build_vlotwinkel() -> None:
    s = Site(
        "vlotwinkel",
        kind="electronics category page (Coolblue 2024–25, Dutch: div.product-card.grid cards, div.product-card__title > div.h3 > a.link full model titles, review-rating star svgs + sr-only 'Beoordeling: 4,4 van 5 sterren' + '1873 reviews' or 'Nog geen reviews', pros lists, span.sales-price__former-price '649,-' with a hidden 'Adviesprijs' + strong.sales-price__current '549,-', 'Tweedekans vanaf 479,-' links, 'Onze keuze' badges, delivery lines 'Morgen gratis bezorgd' / 'Uiterlijk vrijdag 21 maart bezorgd' / 'Tijdelijk uitverkocht', an advice card in the grid, nav.pagination 'Vorige' / numbered / 'Volgende' over ?pagina=N)",
        start="laptops",
        description=f"A Dutch electronics retailer (vlotwinkel.nl) built like Coolblue in 2024–25, category Laptops (/laptops, then ?pagina=2 and ?pagina=3; 24 a page), as a visitor gets it: a head with a dataLayer push of product ids and positions and BreadcrumbList JSON-LD; a cookie dialog 'Vlotwinkel en cookies' with 'Ja, ik accepteer', the USP bar ('Voor 23.59 uur besteld, morgen gratis bezorgd', …), the header (logo, 'Categorieën', search form 'Waar ben je naar op zoek?', 'Mijn account' / 'Verlanglijstje' / 'Winkelwagen 0'), the main navigation, breadcrumbs, h1 'Laptops ({len(VW_PRODUCTS)} resultaten)' with an intro on page 1, a filter column (price range inputs, facet checkboxes with '(312)' counts), '1 - 24 van {len(VW_PRODUCTS)} resultaten' and a 'Sorteer op' select; then div.product-grid of div.product-card.grid cards (data-product-id, data-position): an 'Onze keuze' badge on some, an image link, div.product-card__title > div.h3 > a.link (title attribute = text) to /product/<id>/<slug>.html, div.product-card__rating with a review-rating link (five star svgs titled '4,4 van 5 sterren', span.screen-reader-only 'Beoordeling: 4,4 van 5 sterren', span.review-rating__reviews '1873 reviews') or 'Nog geen reviews', div.product-card__highlights with three pros, div.product-card__price > div.sales-price with span.sales-price__former-price (a hidden 'Adviesprijs' then '649,-') on discounted ones and strong.sales-price__current '549,-' / '1.149,-', a 'Tweedekans vanaf 479,-' link on some, div.product-card__delivery ('Morgen gratis bezorgd', 'Uiterlijk vrijdag 21 maart bezorgd', 'Tijdelijk uitverkocht' in red), a 'Vergelijk' checkbox and an 'In winkelwagen' form button (or 'Houd me op de hoogte' when sold out); on page 1 an advice card 'Welke laptop past bij mij?' sits ninth in the grid; nav.pagination 'Vorige' / numbered links (the current one a span) / 'Volgende' over ?pagina=N (page 1 the bare path); the footer. 24 + 24 + 11 laptops. Written down: title, url, price, currency (EUR), original_price (the struck price, where shown), rating (out of 5), review_count, delivery (the line as shown).",
    )
    pages = chunks(VW_PRODUCTS, [VW_PER_PAGE, VW_PER_PAGE, len(VW_PRODUCTS) - 2 * VW_PER_PAGE])
    first = 1
    for number, products in enumerate(pages, 1):
        path = "laptops/index.html" if number == 1 else f"laptops@pagina={number}"
        s.list_page(path, _vw_page(number, len(pages), products, first))
        first += len(products)
    for product in VW_PRODUCTS:
        s.expect(
            {
                "title": product.title,
                "url": _vw_url(product),
                "price": float(product.price),
                "currency": "EUR",
                "original_price": float(product.former) if product.former else None,
                "rating": product.rating,
                "review_count": product.reviews,
                "delivery": VW_DELIVERY[product.delivery],
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# porchlight-realty: a Realtor.com-like Next.js search, /realestateandhomes-search/Raleigh_NC then /pg-N.
# ---------------------------------------------------------------------------------------------------

PR_PER_PAGE = 30
PR_PATH = "/realestateandhomes-search/Raleigh_NC"
PR_STREETS = [
    "Sandy Ridge Rd",
    "Lassiter Mill Rd",
    "Glenwood Ave",
    "Oberlin Rd",
    "Fairview Rd",
    "Six Forks Rd",
    "Wade Ave",
    "Hillsborough St",
    "Falls of Neuse Rd",
    "Ray Rd",
    "Creedmoor Rd",
    "Leesville Rd",
    "Lead Mine Rd",
    "Durant Rd",
    "Buffaloe Rd",
    "Poole Rd",
    "Rock Quarry Rd",
    "Tryon Rd",
    "Avent Ferry Rd",
    "Lake Wheeler Rd",
    "Boylan Ave",
    "Person St",
    "Oakwood Ave",
    "Dixie Trl",
    "Brookside Dr",
    "Anderson Dr",
    "Harps Mill Rd",
    "Kildaire Farm Rd",
]
PR_ZIPS = [
    "27603",
    "27604",
    "27605",
    "27606",
    "27607",
    "27608",
    "27609",
    "27610",
    "27612",
    "27613",
    "27614",
    "27615",
    "27616",
    "27617",
]
PR_BROKERS = [
    "Coldwell Banker Advantage",
    "Keller Williams Preferred Realty",
    "Berkshire Hathaway HomeServices Carolinas Realty",
    "RE/MAX United",
    "Compass Carolinas LLC",
    "Howard Perry & Walston Realtors",
    "Fathom Realty NC LLC",
    "Hunter Rowe Realty",
    "eXp Realty LLC",
    "Allen Tate Realtors",
    "Long & Foster Real Estate",
    "Redfin Corporation",
]
#: kind | status text | price range (thousands) | beds range | has lot
PR_KINDS = [
    ("house", "House for sale", (315, 1450), (2, 5), True),
    ("house", "House for sale", (290, 980), (3, 5), True),
    ("condo", "Condo for sale", (189, 545), (1, 3), False),
    ("townhome", "Townhome for sale", (265, 610), (2, 4), False),
    ("land", "Land for sale", (85, 420), (0, 0), True),
    ("multi", "Multi-family home for sale", (420, 890), (4, 8), True),
]
PR_FLAGS = ["", "", "", "new", "reduced", "", "open", "", "new", "", "", "reduced", "coming", ""]


class PRHome(NamedTuple):
    id: str
    line1: str
    zip: str
    status: str
    kind: str
    price: int
    reduced_by: int | None
    beds: int | None
    baths: float | None
    sqft: int | None
    lot: str | None
    broker: str
    flag: str


def _pr_homes(count: int) -> list[PRHome]:
    out: list[PRHome] = []
    for index in range(count):
        seed = _num(f"home-{index}", 12)
        street = PR_STREETS[(index * 11 + seed % 5) % len(PR_STREETS)]
        number = 100 + seed % 9800
        kind, status, (low, high), (bmin, bmax), has_lot = PR_KINDS[(seed // 7) % len(PR_KINDS) if index % 3 else 0]
        unit = f" Unit {100 + seed % 400}" if kind == "condo" else ""
        if kind == "condo":
            bmax = min(bmax, 3)
        zip_code = PR_ZIPS[(seed // 13) % len(PR_ZIPS)]
        price = (low + (seed // 17) % (high - low)) * 1000
        flag = PR_FLAGS[index % len(PR_FLAGS)]
        reduced = ((seed // 19) % 4 + 1) * 5000 if flag == "reduced" else None
        if kind == "land":
            beds = baths = sqft = None
        else:
            beds = bmin + (seed // 23) % (bmax - bmin + 1)
            baths = max(1.0, beds - 1 + (0.5 if (seed // 29) % 2 else 0.0)) if kind != "multi" else float(beds)
            sqft = 550 + beds * 420 + (seed // 31) % 600
            if kind != "multi":
                per_sqft = 165 + (seed // 41) % 190  # dollars a square foot, so price follows size
                price = sqft * per_sqft // 1000 * 1000
        if seed % 3 == 0:
            price -= 100  # the $424,900 habit
        lot = None
        if has_lot:
            acres = ((seed // 37) % 180 + 12) / 100
            lot = f"{acres:.2f} acre lot" if acres >= 0.3 or kind == "land" else f"{int(acres * 43560):,} sqft lot"
        pid = f"M{6 + seed % 3}{seed % 10000:04d}-{(seed // 10000) % 100000:05d}"
        out.append(
            PRHome(
                pid,
                f"{number} {street}{unit}",
                zip_code,
                status,
                kind,
                price,
                reduced,
                beds,
                baths,
                sqft,
                lot,
                PR_BROKERS[seed % len(PR_BROKERS)],
                flag,
            )
        )
    return out


PR_HOMES = _pr_homes(77)


def _pr_url(home: PRHome) -> str:
    line = home.line1.replace(" Unit ", " Unit-").replace(" ", "-")
    return f"/realestateandhomes-detail/{line}_Raleigh_NC_{home.zip}_{home.id}"


def _pr_flag(home: PRHome, index: int) -> str:
    text = {
        "new": f"New - {1 + index % 11} hours ago",
        "reduced": "Price reduced",
        "open": "Open house Sat, Mar 15",
        "coming": "Coming soon",
    }.get(home.flag)
    if not text:
        return ""
    return f'<div class="FlagsContainer_flagContainer__Yf2Ky" data-testid="flag-container"><div class="base__StyledType-rui__sc-108xfm0-0 jtQmfA Flag_flag__mFE1y flag--{home.flag}" data-testid="flag">{text}</div></div>'


def _pr_meta(home: PRHome) -> str:
    items = ""
    if home.beds is not None:
        items += f'<li class="PropertyBedMetastyles__StyledPropertyBedMeta-rui__a4nnof-0 bNnKZD" data-testid="property-meta-beds"><span data-testid="meta-value" class="base__StyledType-rui__sc-108xfm0-0 kmyLHl">{home.beds}</span><span class="meta-label">bed</span></li>'
    if home.baths is not None:
        baths = f"{home.baths:g}"
        items += f'<li class="PropertyBathMetastyles__StyledPropertyBathMeta-rui__sc-67m6bo-0 bTxBTM" data-testid="property-meta-baths"><span data-testid="meta-value" class="base__StyledType-rui__sc-108xfm0-0 kmyLHl">{baths}</span><span class="meta-label">bath</span></li>'
    if home.sqft is not None:
        items += f'<li class="PropertySqftMetastyles__StyledPropertySqftMeta-rui__sc-1gdau7i-0 eBqNHI" data-testid="property-meta-sqft"><span class="VisuallyHiddenstyles__StyledVisuallyHidden-rui__aoql8k-0 jXkAIS" data-testid="screen-reader-value">{home.sqft:,} square feet</span><span data-testid="meta-value" class="base__StyledType-rui__sc-108xfm0-0 kmyLHl" aria-hidden="true">{home.sqft:,}</span><span class="meta-label" aria-hidden="true">sqft</span></li>'
    if home.lot is not None:
        value, unit = home.lot.split(" ", 1)
        items += f'<li class="PropertyLotSizeMetastyles__StyledPropertyLotSizeMeta-rui__sc-1cz4zco-0 cyzHqy" data-testid="property-meta-lot-size"><span class="VisuallyHiddenstyles__StyledVisuallyHidden-rui__aoql8k-0 jXkAIS" data-testid="screen-reader-value">{home.lot}</span><span data-testid="meta-value" class="base__StyledType-rui__sc-108xfm0-0 kmyLHl" aria-hidden="true">{value}</span><span class="meta-label" aria-hidden="true">{unit}</span></li>'
    return f'<ul class="PropertyMetastyles__StyledPropertyMeta-rui__sc-1g5rdjn-0 dLfSHi card-meta" data-testid="card-meta">{items}</ul>'


def _pr_card(home: PRHome, index: int) -> str:
    url = _pr_url(home)
    address = f"{home.line1}, Raleigh, NC {home.zip}"
    reduced = (
        f'<div class="Price_reducedAmount__P4q0z" data-testid="card-price-reduced"><svg width="12" height="12" aria-hidden="true" viewBox="0 0 12 12"><path d="M6 10 1 4h10z"></path></svg><span>${home.reduced_by // 1000}k</span></div>'
        if home.reduced_by
        else ""
    )
    photos = 12 + _num(home.id, 2) % 30
    return f"""<div class="BasePropertyCard_propertyCardWrap__30VCU" id="property_id_{home.id[1:].replace("-", "")}" data-testid="result-card"><div class="CardContainer_cardContainer__z1gN8 BasePropertyCard_propertyCard__N5tuo" data-testid="card-container"><a href="{url}" class="LinkComponent_anchor__0C2xC" aria-label="{esc(address)}" tabindex="-1" rel="noopener"><div class="BasePropertyCard_cardPhotoWrap__Ff2Tz" data-testid="card-photo"><picture><source type="image/webp" srcset="https://ap.rdcpix.com/{_num(home.id, 9)}l-m{_num(home.id + "x", 10)}rd-w480_h360.webp"><img src="https://ap.rdcpix.com/{_num(home.id, 9)}l-m{_num(home.id + "x", 10)}rd-w480_h360.jpg" alt="{esc(address)}" class="Photo_photo__dXlGn" loading="{"eager" if index < 3 else "lazy"}" width="480" height="360"></picture><span class="PhotoCount_count__Y9u1O">1/{photos}</span></div></a>{_pr_flag(home, index)}<button type="button" class="SaveButton_saveButton__Lq0yB" aria-label="Save this home" data-testid="save-button"><svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true"><path d="M12 21s-8-5.3-8-11a4.5 4.5 0 0 1 8-2.8A4.5 4.5 0 0 1 20 10c0 5.7-8 11-8 11z" fill="none" stroke="currentColor"></path></svg></button>
<div class="CardContent__StyledCardContent-rui__sc-7ptz1z-0 kfrLsd card-content" data-testid="card-content"><a href="{url}" class="LinkComponent_anchor__0C2xC card-anchor" rel="noopener"><div class="message-container" data-testid="card-description"><div class="base__StyledType-rui__sc-108xfm0-0 eAJJCF message">{home.status}</div></div><div class="price-wrapper"><div class="Price__Component-rui__x3geed-0 gipzbd card-price" data-testid="card-price"><span class="base__StyledType-rui__sc-108xfm0-0 dQAzyh">${home.price:,}</span></div>{reduced}</div>{_pr_meta(home)}<div class="content-col-left" data-testid="card-address"><div class="truncate-line" data-testid="card-address-1">{esc(home.line1)}</div><div class="truncate-line" data-testid="card-address-2">Raleigh, NC {home.zip}</div></div></a>
<div class="BrokerTitle_brokerTitle__ZkbBW" data-testid="broker-title"><span class="BrokerTitle_titleText__20u1P">Brokered by {esc(home.broker)}</span></div>
<div class="CardActions_cardActions__lN8yH"><a href="{url}#contact" class="Button_button__kp8Fk Button_secondary__2C7Cp" data-testid="email-agent-button">Email agent</a></div></div></div></div>
"""


PR_AD = '<div class="AdSlot_adContainer__wP0uA" data-testid="ad-slot-srp-list"><span class="AdSlot_label__u9dqe">Advertisement</span><div id="srp-list-ad-1" class="AdSlot_ad__8Jq4V" style="min-height:250px"></div></div>\n'
PR_PROMO = '<div class="MortgagePromo_card__h6PLa" data-testid="mortgage-promo"><h3 class="MortgagePromo_title__Gr2xQ">How much home can you afford?</h3><p>Raleigh buyers with 20% down pay about $2,410/mo on a $425,000 home.</p><a href="/mortgage/calculator?source=srp_card" class="Button_button__kp8Fk Button_primary__x5a1b">Try our affordability calculator</a><a href="/mortgage/get-pre-approved?source=srp_card" class="MortgagePromo_link__mX8oD">Get pre-approved</a></div>\n'


def _pr_href(number: int) -> str:
    return PR_PATH if number == 1 else f"{PR_PATH}/pg-{number}"


def _pr_pager(number: int, total: int) -> str:
    prev = (
        f'<a class="item btn" href="{_pr_href(number - 1)}" aria-label="Go to previous page" rel="prev"><svg width="16" height="16" aria-hidden="true" viewBox="0 0 16 16"><path d="M10 3 5 8l5 5" fill="none" stroke="currentColor"></path></svg>Previous</a>'
        if number > 1
        else '<a class="item btn disabled" aria-disabled="true" aria-label="Go to previous page"><svg width="16" height="16" aria-hidden="true" viewBox="0 0 16 16"><path d="M10 3 5 8l5 5" fill="none" stroke="currentColor"></path></svg>Previous</a>'
    )
    pages = "".join(
        f'<a class="item btn current" aria-current="true" aria-label="Current page, page {page}">{page}</a>'
        if page == number
        else f'<a class="item btn" href="{_pr_href(page)}" aria-label="Go to page {page}">{page}</a>'
        for page in range(1, total + 1)
    )
    nxt = (
        f'<a class="item btn" href="{_pr_href(number + 1)}" aria-label="Go to next page" rel="next">Next<svg width="16" height="16" aria-hidden="true" viewBox="0 0 16 16"><path d="m6 3 5 5-5 5" fill="none" stroke="currentColor"></path></svg></a>'
        if number < total
        else '<a class="item btn disabled" aria-disabled="true" aria-label="Go to next page">Next</a>'
    )
    return f'<div class="Pagination_paginationContainer__vl9aQ" data-testid="pagination"><nav role="navigation" aria-label="pagination" class="Pagination_pagination__4tVWE">{prev}{pages}{nxt}</nav></div>'


def _pr_next_data(number: int, homes: list[PRHome]) -> str:
    props = []
    for home in homes:
        props.append(
            {
                "property_id": home.id[1:].replace("-", ""),
                "listing_id": str(2970000000 + _num(home.id, 6)),
                "status": "for_sale",
                "list_price": home.price,
                "price_reduced_amount": home.reduced_by,
                "permalink": _pr_url(home).rsplit("/", 1)[1],
                "flags": {
                    "is_new_listing": home.flag == "new",
                    "is_price_reduced": home.flag == "reduced",
                    "is_coming_soon": home.flag == "coming",
                    "is_pending": None,
                    "is_contingent": None,
                },
                "description": {
                    "type": {
                        "house": "single_family",
                        "condo": "condos",
                        "townhome": "townhomes",
                        "land": "land",
                        "multi": "multi_family",
                    }[home.kind],
                    "beds": home.beds,
                    "baths_consolidated": None if home.baths is None else f"{home.baths:g}",
                    "sqft": home.sqft,
                    "lot_sqft": None
                    if home.lot is None
                    else int(float(home.lot.split(" ")[0].replace(",", "")) * (43560 if "acre" in home.lot else 1)),
                },
                "location": {
                    "address": {
                        "line": home.line1,
                        "city": "Raleigh",
                        "state_code": "NC",
                        "postal_code": home.zip,
                        "coordinate": {
                            "lat": 35.7 + _num(home.id, 4) / 100000,
                            "lon": -78.7 + _num(home.id + "lon", 4) / 100000,
                        },
                    },
                    "county": {"name": "Wake", "fips_code": "37183"},
                },
                "branding": [{"name": home.broker, "type": "Office"}],
                "primary_photo": {"href": f"https://ap.rdcpix.com/{_num(home.id, 9)}l-m{_num(home.id + 'x', 10)}s.jpg"},
            }
        )
    data = {
        "props": {
            "pageProps": {
                "searchResults": {"home_search": {"count": len(homes), "total": len(PR_HOMES), "results": props}},
                "searchParams": {"location": "Raleigh_NC", "page": number, "limit": PR_PER_PAGE, "sort": "relevant"},
                "seoData": {"title": "Raleigh, NC Homes for Sale & Real Estate"},
            },
            "__N_SSP": True,
        },
        "page": "/realestateandhomes-search/[...location]",
        "query": {"location": ["Raleigh_NC"] + ([f"pg-{number}"] if number > 1 else [])},
        "buildId": "srp-2025.03.14-8f2c1a7",
        "isFallback": False,
        "gssp": True,
        "scriptLoader": [],
    }
    return json.dumps(data, separators=(",", ":")).replace("<", "\\u003c")


def _pr_page(number: int, total: int, homes: list[PRHome], first: int) -> str:
    cards = []
    for i, home in enumerate(homes):
        cards.append(
            f'<li class="PropertiesList_listItem__zM2kB" data-testid="list-item">{_pr_card(home, first + i)}</li>'
        )
        if i == 5:
            cards.append(f'<li class="PropertiesList_listItem__zM2kB PropertiesList_adItem__u3kPl">{PR_AD}</li>')
        if i == 13 and number == 1:
            cards.append(f'<li class="PropertiesList_listItem__zM2kB">{PR_PROMO}</li>')
    title_page = "" if number == 1 else f" | Page {number}"
    last = first + len(homes) - 1
    return f"""<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>Raleigh, NC Homes for Sale &amp; Real Estate{title_page} | Porchlight</title><meta name="description" content="Search {len(PR_HOMES)} homes for sale in Raleigh, NC. View photos, prices and open houses, and find the right Raleigh real estate agent."/><link rel="canonical" href="https://www.porchlight.com{_pr_href(number)}"/>{f'<link rel="prev" href="https://www.porchlight.com{_pr_href(number - 1)}"/>' if number > 1 else ""}{f'<link rel="next" href="https://www.porchlight.com{_pr_href(number + 1)}"/>' if number < total else ""}<meta property="og:title" content="Raleigh, NC Homes for Sale &amp; Real Estate"/><meta name="next-head-count" content="9"/><link rel="preload" href="/_next/static/css/4a9e2c71b83f0d15.css" as="style"/><link rel="stylesheet" href="/_next/static/css/4a9e2c71b83f0d15.css" data-n-g=""/><link rel="preload" href="/_next/static/css/b7d3e01f29ac4c58.css" as="style"/><link rel="stylesheet" href="/_next/static/css/b7d3e01f29ac4c58.css" data-n-p=""/><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-2f1c4d7e8a9b0c31.js" defer=""></script><script src="/_next/static/chunks/framework-0e8d27528ba61906.js" defer=""></script><script src="/_next/static/chunks/main-5b9c1f0e2d3a4b67.js" defer=""></script><script src="/_next/static/chunks/pages/_app-91d2c3e4f5a6b7c8.js" defer=""></script><script src="/_next/static/chunks/pages/realestateandhomes-search/%5B...location%5D-3c4d5e6f7a8b9c0d.js" defer=""></script><script src="/_next/static/srp-2025.03.14-8f2c1a7/_buildManifest.js" defer=""></script><script src="/_next/static/srp-2025.03.14-8f2c1a7/_ssgManifest.js" defer=""></script></head><body><div id="__next"><div class="Layout_layout__n0Zt4">
<header class="Header_header__hF4wD" data-testid="global-header"><a href="#main-content" class="SkipLink_skip__a1T3u">Skip to main content</a><a href="/" class="Header_logo__Qx4bE" aria-label="Porchlight home"><svg width="132" height="24" aria-hidden="true"><use href="/static/icons.svg#logo"></use></svg></a><nav class="Header_nav__yK0dP" aria-label="Main"><ul><li><a href="/realestateandhomes-search/Raleigh_NC" aria-current="page">Buy</a></li><li><a href="/sell">Sell</a></li><li><a href="/apartments/Raleigh_NC">Rent</a></li><li><a href="/mortgage">Mortgage</a></li><li><a href="/realestateagents">Find Realtors®</a></li><li><a href="/myhome">My Home</a></li><li><a href="/news">News &amp; Insights</a></li></ul></nav><div class="Header_account__jR3tS"><a href="/myaccount/login" class="Button_button__kp8Fk Button_tertiary__9Vb2n">Log in</a><a href="/myaccount/signup" class="Button_button__kp8Fk Button_primary__x5a1b">Sign up</a></div></header>
<main id="main-content" class="SearchResultsPage_main__Kb3Xf">
<div class="SearchFilters_filterBar__x2QmE" data-testid="filter-bar"><form action="/realestateandhomes-search" method="get" role="search" class="SearchBox_searchBox__LJ0Qb"><label for="srp-search" class="VisuallyHidden_hidden__6nVjm">Search</label><input id="srp-search" type="text" name="location" value="Raleigh, NC" placeholder="Address, School, City, Zip or Neighborhood" autocomplete="off" data-testid="search-input"/><button type="submit" aria-label="Search">Search</button></form><button type="button" class="FilterButton_button__0d0Ua" data-testid="filter-status">For Sale</button><button type="button" class="FilterButton_button__0d0Ua" data-testid="filter-price">Price</button><button type="button" class="FilterButton_button__0d0Ua" data-testid="filter-beds-baths">Beds &amp; baths</button><button type="button" class="FilterButton_button__0d0Ua" data-testid="filter-home-type">Home type</button><button type="button" class="FilterButton_button__0d0Ua" data-testid="filter-more">More filters</button><button type="button" class="SaveSearch_button__7fTzX" data-testid="save-search">Save search</button></div>
<section class="SearchResultsPage_results__gU9bV"><div class="SearchResultsHeader_header__q1rNn"><h1 class="SearchResultsHeader_title__0u3yN" data-testid="search-result-title">Raleigh, NC Homes for Sale &amp; Real Estate</h1><div class="SearchResultsHeader_meta__j2Dw1"><span data-testid="results-header-count">{len(PR_HOMES)} homes</span><span class="VisuallyHidden_hidden__6nVjm">Showing {first} to {last}</span><label for="srp-sort">Sort by</label><select id="srp-sort" data-testid="srp-sort"><option value="relevant" selected>Relevant listings</option><option value="newest">Newest listings</option><option value="price_low">Lowest price</option><option value="price_high">Highest price</option><option value="open_house_date">Open house date</option><option value="price_reduced_date">Recently reduced</option><option value="largest_sqft">Largest sqft</option></select><button type="button" class="MapToggle_toggle__dY5hk" data-testid="map-toggle" aria-pressed="false">Map</button></div></div>
<ul class="PropertiesList_propertiesContainer__Y9rLk" data-testid="property-list">
{"".join(cards)}</ul>
{_pr_pager(number, total)}
<div class="SeoLinks_container__c8Uq3"><h2>Nearby cities</h2><ul><li><a href="/realestateandhomes-search/Cary_NC">Cary homes for sale</a></li><li><a href="/realestateandhomes-search/Durham_NC">Durham homes for sale</a></li><li><a href="/realestateandhomes-search/Wake-Forest_NC">Wake Forest homes for sale</a></li><li><a href="/realestateandhomes-search/Apex_NC">Apex homes for sale</a></li><li><a href="/realestateandhomes-search/Garner_NC">Garner homes for sale</a></li></ul><h2>Raleigh real estate market</h2><p>The median listing home price in Raleigh, NC was $449,900 in February 2025, trending up 1.2% year over year. Homes sold after 41 days on the market on average.</p></div>
</section>
</main>
<footer class="Footer_footer__yW6vF" data-testid="global-footer"><ul class="Footer_links__mT2Nq"><li><a href="/about">About us</a></li><li><a href="/careers">Careers</a></li><li><a href="/feedback">Feedback</a></li><li><a href="/media">Media room</a></li><li><a href="/advertise">Ad choices</a></li><li><a href="/fairhousing">Fair housing</a></li></ul><p class="Footer_legal__Sc0Zq">© 2025 Porchlight Real Estate Inc. All rights reserved. Listings information is provided by the local multiple listing services and is deemed reliable but not guaranteed. <a href="/terms">Terms of use</a> · <a href="/privacy">Privacy</a></p></footer>
</div></div><script id="__NEXT_DATA__" type="application/json">{_pr_next_data(number, homes)}</script></body></html>
"""


@twentyseventh_b
def build_porchlight_realty() -> None:
    s = Site(
        "porchlight-realty",
        kind="property search results (Realtor.com 2024–25 Next.js: CSS-module + styled-components -rui__ classes and data-testid everywhere, li > div[data-testid=result-card] cards with a photo link (aria-label = address), flags 'New - 3 hours ago' / 'Price reduced' / 'Open house Sat, Mar 15' / 'Coming soon', card-description 'House for sale' / 'Condo for sale' / 'Land for sale', card-price '$425,000' + a '$10k' reduction, card-meta li[data-testid=property-meta-*] 'meta-value' spans + 'bed' / 'bath' / 'sqft' / lot with screen-reader copies, card-address-1 / card-address-2, 'Brokered by …'; an ad slot and a mortgage promo in the list; pagination 'Go to page N' over /pg-N; __NEXT_DATA__ with the results)",
        start="realestateandhomes-search/Raleigh_NC",
        description=f"A US property portal (porchlight.com) built like Realtor.com in 2024–25 with Next.js, homes for sale in Raleigh, NC (/realestateandhomes-search/Raleigh_NC, then /pg-2 and /pg-3; 30 a page here), as a logged-out visitor gets it: a Next.js head (title 'Raleigh, NC Homes for Sale & Real Estate | Porchlight' with ' | Page N' later, canonical, rel prev / next, hashed /_next/static CSS and chunks); div#__next with the header (skip link, logo, Buy / Sell / Rent / Mortgage / Find Realtors® / My Home / News & Insights, 'Log in' / 'Sign up'), a filter bar (search box 'Raleigh, NC', For Sale / Price / Beds & baths / Home type / More filters buttons, 'Save search'), h1 'Raleigh, NC Homes for Sale & Real Estate', '{len(PR_HOMES)} homes', a 'Sort by' select and a Map toggle; ul[data-testid=property-list] of li > div.BasePropertyCard_propertyCardWrap__…[data-testid=result-card]: a photo link to /realestateandhomes-detail/<street>_Raleigh_NC_<zip>_M<id> (aria-label = full address, picture + '1/24' photo count), a flag div ('New - 3 hours ago', 'Price reduced', 'Open house Sat, Mar 15', 'Coming soon') on some, a 'Save this home' button, then div.card-content[data-testid=card-content] > a.card-anchor (the same URL) with div[data-testid=card-description] > div.message ('House for sale', 'Condo for sale', 'Townhome for sale', 'Land for sale', 'Multi-family home for sale'), div[data-testid=card-price] '$425,000' and on reduced homes a '$10k' reduction with an arrow svg, ul[data-testid=card-meta] of li[data-testid=property-meta-beds / -baths / -sqft / -lot-size] each a span[data-testid=meta-value] ('3', '2.5', '1,850', '0.26') then a unit span ('bed', 'bath', 'sqft', 'acre lot' / 'sqft lot'), sqft and lot with a hidden screen-reader-value ('1,850 square feet', '0.26 acre lot'; land has no beds, baths or sqft; condos and townhomes no lot), div[data-testid=card-address] with card-address-1 (street line) and card-address-2 ('Raleigh, NC 27612'); then 'Brokered by …' and an 'Email agent' link; an 'Advertisement' ad slot after the sixth card of every page and a mortgage-calculator promo on page 1; div[data-testid=pagination] > nav[aria-label=pagination] with 'Previous' (disabled on page 1), a.item.btn numbered links 'Go to page N' (the current one without href) and 'Next'; nearby-city SEO links, a market paragraph and the footer; script#__NEXT_DATA__ with the page's home_search results (property ids, list_price, flags, description beds / baths_consolidated / sqft / lot_sqft, address, branding). 30 + 30 + 17 homes. Written down: address (card-address-1), locality (card-address-2), url, price, currency (USD), status (the description line), beds, baths, sqft (where shown), lot (as shown: '0.26 acre lot' / '7,840 sqft lot', where shown), broker (the name after 'Brokered by').",
    )
    pages = chunks(PR_HOMES, [PR_PER_PAGE, PR_PER_PAGE, len(PR_HOMES) - 2 * PR_PER_PAGE])
    first = 1
    for number, homes in enumerate(pages, 1):
        path = (
            "realestateandhomes-search/Raleigh_NC/index.html"
            if number == 1
            else f"realestateandhomes-search/Raleigh_NC/pg-{number}/index.html"
        )
        s.list_page(path, _pr_page(number, len(pages), homes, first))
        first += len(homes)
    for home in PR_HOMES:
        s.expect(
            {
                "address": home.line1,
                "locality": f"Raleigh, NC {home.zip}",
                "url": _pr_url(home),
                "price": float(home.price),
                "currency": "USD",
                "status": home.status,
                "beds": home.beds,
                "baths": home.baths,
                "sqft": home.sqft,
                "lot": home.lot,
                "broker": home.broker,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TWENTYSEVENTH_B.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
