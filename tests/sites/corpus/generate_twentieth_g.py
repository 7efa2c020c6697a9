"""Twentieth wave, part G: three public scraping sandboxes copied from their real 2024–25 markup and written
before any heuristic was changed for them.

* **countries-simple** — scrapethissite.com's "Countries of the World: A Simple Example" (/pages/simple/):
  the Bootstrap 3 ``nav#site-nav`` tabs, ``section#countries`` with the ``h1.page-title`` (+ a small item
  count), a lead paragraph, then one ``div.row`` of ``div.col-md-4.country`` blocks: ``h3.country-name``
  holding an empty ``i.flag-icon.flag-icon-xx`` and the name as a bare, whitespace-padded text node, and
  ``div.country-info`` with ``strong`` labels "Capital:", "Population:", "Area (km<sup>2</sup>):" each
  followed by ``span.country-capital`` / ``country-population`` / ``country-area`` and a ``br``. The data is
  GeoNames' country table in ISO-code order (population a bare integer, area a Python float such as
  ``468.0``; uninhabited territories show ``None`` as capital and ``0`` people). The real page has 250
  countries; the copy keeps the first 71 (AD … FJ). Written down: name, capital (not the ``None``
  placeholder), population, area.
* **turtles-frames** — scrapethissite.com's "Turtles All the Way Down: Frames & iFrames" (/pages/frames/):
  the outer page has the same chrome and one ``<iframe src="?frame=i">``; the frame document
  (/pages/frames/?frame=i, a bare Bootstrap page) lists ``div.col-md-4.turtle-family-card > div.thumbnail``
  cards with ``img.turtle-image``, ``h3.family-name`` and a "Learn More" button to
  ``?frame=i&family=<Name>``, whose page (in the frame) tells the family's common name, discoverer and year.
  Written down: family, image, url (the "Learn More" link, resolved against the frame).
* **tsquotes-table** — quotes.toscrape.com/tableful/: the whole page is one ``table border=1`` — a header row
  (title link, Login), then per quote a row whose single cell is ``“text” Author: Name`` and a row
  ``Tags: <a href="/tableful/tag/x/">x</a> …``, a row with the "Next" (and "Previous") link to
  /tableful/page/N/, and the GoodReads / Zyte footer row. Written down: text, author, tags.

Run ``uv run python tests/sites/corpus/generate_twentieth_g.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks
from generate_twentieth_d import TS_QUOTES

TWENTIETH_G: dict[str, Callable[[], None]] = {}


def twentieth_g(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TWENTIETH_G[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def jinja(value: object) -> str:
    """Escape text the way Jinja2 (markupsafe) does on both sandboxes: ``'`` becomes ``&#39;``."""
    text = str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&#34;").replace("'", "&#39;")


# ---------------------------------------------------------------------------------------------------
# scrapethissite.com: the chrome both sandbox pages share.
# ---------------------------------------------------------------------------------------------------

STTS_HEAD = """<!doctype html>
<html lang="en">

  <head>
    <meta charset="utf-8">
    <title>{title} | Scrape This Site | A public sandbox for learning web scraping</title>
    <link rel="icon" type="image/png" href="/static/images/scraper-icon.png" />

    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="description" content="{lead}">

    <link href="https://maxcdn.bootstrapcdn.com/bootstrap/3.3.5/css/bootstrap.min.css" rel="stylesheet" integrity="sha256-MfvZlkHCEqatNoGiOXveE8FIwMzZg4W85qfrfIFBfYc= sha512-dTfge/zgoMYpP7QbHy4gWMEGsbsdZeCXz7irItjcC3sPUFtf0kuFbDz/ixG7ArTxmDjLXDmezHubeNikyKGVyQ==" crossorigin="anonymous">
    <link href='https://fonts.googleapis.com/css?family=Lato:400,700' rel='stylesheet' type='text/css'>
    <link rel="stylesheet" type="text/css" href="/static/css/styles.css">
    {extra_css}
  </head>
"""

STTS_NAV = """
  <body>
    <nav id="site-nav">
        <div class="container">
            <div class="col-md-12">
                <ul class="nav nav-tabs">
                    <li id="nav-homepage">
                        <a href="/" class="nav-link hidden-sm hidden-xs">
                            <img src="/static/images/scraper-icon.png" id="nav-logo">
                            Scrape This Site
                        </a>
                    </li>
                    <li id="nav-sandbox" class="active">
                        <a href="/pages/" class="nav-link">
                            <i class="glyphicon glyphicon-console hidden-sm hidden-xs"></i>
                            Sandbox
                        </a>
                    </li>
                    <li id="nav-lessons">
                        <a href="/lessons/" class="nav-link">
                            <i class="glyphicon glyphicon-education hidden-sm hidden-xs"></i>
                            Lessons
                        </a>
                    </li>
                    <li id="nav-faq">
                        <a href="/faq/" class="nav-link">
                            <i class="glyphicon glyphicon-flag hidden-sm hidden-xs"></i>
                            FAQ
                        </a>
                    </li>
                    <li id="nav-login" class="pull-right">
                        <a href="/login/" class="nav-link">
                            Login
                        </a>
                    </li>
                </ul>
            </div>
        </div>
    </nav>

    <script type="text/javascript">
      var _gaq = _gaq || [];
      _gaq.push(['_setAccount', 'UA-41551755-8']);
      _gaq.push(['_trackPageview']);
    </script>

    <div id="page">
"""

STTS_FOOT = """
    </div>

    <section id="footer">
        <div class="container">
            <div class="row">
                <div class="col-md-12 text-center text-muted">
                    Lessons and Videos &copy; Hartley Brody 2023
                </div>
            </div>
        </div>
    </section>

    <script src="https://ajax.googleapis.com/ajax/libs/jquery/1.11.3/jquery.min.js"></script>
    <script src="https://maxcdn.bootstrapcdn.com/bootstrap/3.3.5/js/bootstrap.min.js" integrity="sha256-Sk3nkD6mLTMOF0EOpNtsIry+s1CsaqQC1rVLTAy+0yc= sha512-K1qjQ+NcF2TYO/eI3M6v8EiNYZfA95pQumfvcVrTHtwQVDG+aHRqLi/ETn2uB+1JqwYqVG3LIvdm9lj6imS/pQ==" crossorigin="anonymous"></script>
    <script src="/static/js/pjax-standalone.min.js"></script>
    <script src="/static/js/site.js"></script>

  </body>
</html>"""


def _stts_page(title: str, lead: str, section: str, body: str, small: str = "", extra_css: str = "") -> str:
    """A scrapethissite sandbox page: head, nav tabs, the titled section around ``body``, footer."""
    small_html = f"\n                            <small>{small}</small>" if small else ""
    return (
        STTS_HEAD.format(title=jinja(title), lead=jinja(lead), extra_css=extra_css)
        + STTS_NAV
        + f"""        <section id="{section}">
            <div class="container">
                <div class="row">
                    <div class="col-md-12">
                        <h1 class="page-title">
                            <img src="/static/images/scraper-icon.png" class="hidden-xs">
                            {jinja(title)}{small_html}
                        </h1>
                        <p class="lead">
                            {jinja(lead)}
                        </p>
                        <hr>
                    </div>
                </div>
{body}
            </div>
        </section>
"""
        + STTS_FOOT
    )


# ---------------------------------------------------------------------------------------------------
# countries-simple: /pages/simple/ — GeoNames' country table, one block per country.
# ---------------------------------------------------------------------------------------------------

#: (ISO code, name, capital or None, population, area in km²) — GeoNames' figures as the sandbox shows them.
COUNTRIES: list[tuple[str, str, str | None, int, float]] = [
    ("ad", "Andorra", "Andorra la Vella", 84000, 468.0),
    ("ae", "United Arab Emirates", "Abu Dhabi", 4975593, 82880.0),
    ("af", "Afghanistan", "Kabul", 29121286, 647500.0),
    ("ag", "Antigua and Barbuda", "St. John's", 86754, 443.0),
    ("ai", "Anguilla", "The Valley", 13254, 102.0),
    ("al", "Albania", "Tirana", 2986952, 28748.0),
    ("am", "Armenia", "Yerevan", 2968000, 29800.0),
    ("ao", "Angola", "Luanda", 13068161, 1246700.0),
    ("aq", "Antarctica", None, 0, 14000000.0),
    ("ar", "Argentina", "Buenos Aires", 41343201, 2766890.0),
    ("as", "American Samoa", "Pago Pago", 57881, 199.0),
    ("at", "Austria", "Vienna", 8205000, 83858.0),
    ("au", "Australia", "Canberra", 21515754, 7686850.0),
    ("aw", "Aruba", "Oranjestad", 71566, 193.0),
    ("ax", "Åland", "Mariehamn", 26711, 1580.0),
    ("az", "Azerbaijan", "Baku", 8303512, 86600.0),
    ("ba", "Bosnia and Herzegovina", "Sarajevo", 4590000, 51129.0),
    ("bb", "Barbados", "Bridgetown", 285653, 431.0),
    ("bd", "Bangladesh", "Dhaka", 156118464, 144000.0),
    ("be", "Belgium", "Brussels", 10403000, 30510.0),
    ("bf", "Burkina Faso", "Ouagadougou", 16241811, 274200.0),
    ("bg", "Bulgaria", "Sofia", 7148785, 110910.0),
    ("bh", "Bahrain", "Manama", 738004, 665.0),
    ("bi", "Burundi", "Bujumbura", 9863117, 27830.0),
    ("bj", "Benin", "Porto-Novo", 9056010, 112620.0),
    ("bl", "Saint Barthélemy", "Gustavia", 8450, 21.0),
    ("bm", "Bermuda", "Hamilton", 65365, 53.0),
    ("bn", "Brunei", "Bandar Seri Begawan", 395027, 5770.0),
    ("bo", "Bolivia", "Sucre", 9947418, 1098580.0),
    ("bq", "Bonaire", "Kralendijk", 18012, 328.0),
    ("br", "Brazil", "Brasília", 201103330, 8511965.0),
    ("bs", "Bahamas", "Nassau", 301790, 13940.0),
    ("bt", "Bhutan", "Thimphu", 699847, 47000.0),
    ("bv", "Bouvet Island", None, 0, 49.0),
    ("bw", "Botswana", "Gaborone", 2029307, 600370.0),
    ("by", "Belarus", "Minsk", 9685000, 207600.0),
    ("bz", "Belize", "Belmopan", 314522, 22966.0),
    ("ca", "Canada", "Ottawa", 33679000, 9984670.0),
    ("cc", "Cocos [Keeling] Islands", "West Island", 628, 14.0),
    ("cd", "DR Congo", "Kinshasa", 70916439, 2345410.0),
    ("cf", "Central African Republic", "Bangui", 4844927, 622984.0),
    ("cg", "Republic of the Congo", "Brazzaville", 3039126, 342000.0),
    ("ch", "Switzerland", "Bern", 7581000, 41290.0),
    ("ci", "Ivory Coast", "Yamoussoukro", 21058798, 322460.0),
    ("ck", "Cook Islands", "Avarua", 21388, 240.0),
    ("cl", "Chile", "Santiago", 16746491, 756950.0),
    ("cm", "Cameroon", "Yaoundé", 19294149, 475440.0),
    ("cn", "China", "Beijing", 1330044000, 9596960.0),
    ("co", "Colombia", "Bogotá", 47790000, 1138910.0),
    ("cr", "Costa Rica", "San José", 4516220, 51100.0),
    ("cu", "Cuba", "Havana", 11423000, 110860.0),
    ("cv", "Cape Verde", "Praia", 508659, 4033.0),
    ("cw", "Curacao", "Willemstad", 141766, 444.0),
    ("cx", "Christmas Island", "Flying Fish Cove", 1500, 135.0),
    ("cy", "Cyprus", "Nicosia", 1102677, 9250.0),
    ("cz", "Czech Republic", "Prague", 10476000, 78866.0),
    ("de", "Germany", "Berlin", 81802257, 357021.0),
    ("dj", "Djibouti", "Djibouti", 740528, 23000.0),
    ("dk", "Denmark", "Copenhagen", 5484000, 43094.0),
    ("dm", "Dominica", "Roseau", 72813, 754.0),
    ("do", "Dominican Republic", "Santo Domingo", 9823821, 48730.0),
    ("dz", "Algeria", "Algiers", 34586184, 2381740.0),
    ("ec", "Ecuador", "Quito", 14790608, 283560.0),
    ("ee", "Estonia", "Tallinn", 1291170, 45226.0),
    ("eg", "Egypt", "Cairo", 80471869, 1001450.0),
    ("eh", "Western Sahara", "Laâyoune / El Aaiún", 273008, 266000.0),
    ("er", "Eritrea", "Asmara", 5792984, 121320.0),
    ("es", "Spain", "Madrid", 46505963, 504782.0),
    ("et", "Ethiopia", "Addis Ababa", 88013491, 1127127.0),
    ("fi", "Finland", "Helsinki", 5244000, 337030.0),
    ("fj", "Fiji", "Suva", 875983, 18270.0),
]


def _country(code: str, name: str, capital: str | None, population: int, area: float) -> str:
    return f"""
                <div class="col-md-4 country">
                    <h3 class="country-name">
                        <i class="flag-icon flag-icon-{code}"></i>
                        {jinja(name)}
                    </h3>
                    <div class="country-info">
                        <strong>Capital:</strong> <span class="country-capital">{jinja(capital)}</span><br>
                        <strong>Population:</strong> <span class="country-population">{population}</span><br>
                        <strong>Area (km<sup>2</sup>):</strong> <span class="country-area">{area!r}</span><br>
                    </div>
                </div><!--.col-->
"""


@twentieth_g
def build_countries_simple() -> None:
    s = Site(
        "countries-simple",
        kind="label/value blocks (scrapethissite.com 'Countries of the World: A Simple Example' 2024–25: div.col-md-4.country blocks, the name a bare text node after an i.flag-icon in h3.country-name, strong 'Capital:' / 'Population:' / 'Area (km<sup>2</sup>):' labels before span.country-*; one page, no links)",
        start="pages/simple/",
        description="scrapethissite.com's /pages/simple/ as served in 2024–25: the Bootstrap 3 nav#site-nav tabs (Scrape This Site, Sandbox, Lessons, FAQ, Login), section#countries with h1.page-title 'Countries of the World: A Simple Example' + small item count, a lead paragraph, then one div.row of div.col-md-4.country blocks: h3.country-name = an empty i.flag-icon.flag-icon-xx + the name as a whitespace-padded text node; div.country-info = strong 'Capital:' span.country-capital, br, strong 'Population:' span.country-population (a bare integer), br, strong 'Area (km<sup>2</sup>):' span.country-area (a Python float: 468.0, 14000000.0), br. GeoNames data in ISO-code order; uninhabited territories (Antarctica, Bouvet Island) show capital 'None' and population 0. No record links, no pager. The real page has 250 countries; the copy keeps the first 71 (Andorra … Fiji). Written down: name, capital (left out where the page says None), population, area.",
    )
    lead = "A single page that lists information about all the countries in the world. Good for those just get started with web scraping."
    blocks = "".join(_country(*country) for country in COUNTRIES)
    body = f"""
                <div class="row">
{blocks}
                </div><!--.row-->
"""
    page = _stts_page(
        "Countries of the World: A Simple Example",
        lead,
        "countries",
        body,
        small=f"{len(COUNTRIES)} items",
        extra_css='<link rel="stylesheet" type="text/css" href="/static/css/flag-icon.min.css">',
    )
    s.list_page("pages/simple/index.html", page)
    for _code, name, capital, population, area in COUNTRIES:
        s.expect({"name": name, "capital": capital, "population": population, "area": area})
    s.finish()


# ---------------------------------------------------------------------------------------------------
# turtles-frames: /pages/frames/ — the families live in the document of an iframe.
# ---------------------------------------------------------------------------------------------------

#: (family, common name, discovered by, year, image on Wikimedia Commons)
TURTLES: list[tuple[str, str, str, int, str]] = [
    (
        "Carettochelyidae",
        "Pig-nosed turtle",
        "Boulenger",
        1887,
        "3/36/Carettochelys_insculpta_-_Karlsruhe_Zoo_01.jpg/320px-Carettochelys_insculpta_-_Karlsruhe_Zoo_01.jpg",
    ),
    (
        "Cheloniidae",
        "Sea turtles",
        "Oppel",
        1811,
        "6/6b/Chelonia_mydas_is_going_for_the_air_edit.jpg/320px-Chelonia_mydas_is_going_for_the_air_edit.jpg",
    ),
    (
        "Chelydridae",
        "Snapping turtles",
        "Gray",
        1831,
        "c/cb/Common_Snapping_Turtle_Chelydra_serpentina_Central_New_York_2.jpg/320px-Common_Snapping_Turtle_Chelydra_serpentina_Central_New_York_2.jpg",
    ),
    (
        "Dermatemydidae",
        "Central American river turtle",
        "Gray",
        1870,
        "5/54/Dermatemys_mawii_-_Tabasco.jpg/320px-Dermatemys_mawii_-_Tabasco.jpg",
    ),
    (
        "Dermochelyidae",
        "Leatherback sea turtle",
        "Fitzinger",
        1843,
        "2/2b/Leatherback_sea_turtle_Tinglar%2C_USVI_%285839996547%29.jpg/320px-Leatherback_sea_turtle_Tinglar%2C_USVI_%285839996547%29.jpg",
    ),
    (
        "Emydidae",
        "Pond or water turtles",
        "Rafinesque",
        1815,
        "8/8e/Trachemys_scripta_elegans_-_Pond_slider_01.jpg/320px-Trachemys_scripta_elegans_-_Pond_slider_01.jpg",
    ),
    (
        "Geoemydidae",
        "Asian river, leaf, roofed or Asian box turtles",
        "Theobald",
        1868,
        "1/1d/Cuora_amboinensis_-_Amboina_box_turtle.jpg/320px-Cuora_amboinensis_-_Amboina_box_turtle.jpg",
    ),
    (
        "Kinosternidae",
        "Mud or musk turtles",
        "Agassiz",
        1857,
        "e/e5/Sternotherus_odoratus_-_common_musk_turtle.jpg/320px-Sternotherus_odoratus_-_common_musk_turtle.jpg",
    ),
    (
        "Platysternidae",
        "Big-headed turtle",
        "Gray",
        1869,
        "4/4f/Platysternon_megacephalum_-_big-headed_turtle.jpg/320px-Platysternon_megacephalum_-_big-headed_turtle.jpg",
    ),
    (
        "Testudinidae",
        "Tortoises",
        "Batsch",
        1788,
        "a/a9/Aldabra_giant_tortoise_%28Aldabrachelys_gigantea%29.jpg/320px-Aldabra_giant_tortoise_%28Aldabrachelys_gigantea%29.jpg",
    ),
    (
        "Trionychidae",
        "Softshell turtles",
        "Fitzinger",
        1826,
        "d/dd/Apalone_spinifera_-_spiny_softshell_turtle.jpg/320px-Apalone_spinifera_-_spiny_softshell_turtle.jpg",
    ),
    (
        "Chelidae",
        "Austro-American sideneck turtles",
        "Gray",
        1831,
        "7/7c/Chelodina_longicollis_-_eastern_long-necked_turtle.jpg/320px-Chelodina_longicollis_-_eastern_long-necked_turtle.jpg",
    ),
    (
        "Pelomedusidae",
        "Afro-American sideneck turtles",
        "Cope",
        1868,
        "0/05/Pelomedusa_subrufa_-_African_helmeted_turtle.jpg/320px-Pelomedusa_subrufa_-_African_helmeted_turtle.jpg",
    ),
    (
        "Podocnemididae",
        "Madagascan big-headed, American sideneck river turtles",
        "Cope",
        1868,
        "9/92/Podocnemis_unifilis_-_yellow-spotted_river_turtle.jpg/320px-Podocnemis_unifilis_-_yellow-spotted_river_turtle.jpg",
    ),
]
COMMONS = "https://upload.wikimedia.org/wikipedia/commons/thumb/"

FRAME_HEAD = """<!doctype html>
<html lang="en">

  <head>
    <meta charset="utf-8">
    <title>Turtles All the Way Down: Frames &amp; iFrames | Scrape This Site | A public sandbox for learning web scraping</title>
    <link rel="icon" type="image/png" href="/static/images/scraper-icon.png" />

    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1">

    <link href="https://maxcdn.bootstrapcdn.com/bootstrap/3.3.5/css/bootstrap.min.css" rel="stylesheet" integrity="sha256-MfvZlkHCEqatNoGiOXveE8FIwMzZg4W85qfrfIFBfYc= sha512-dTfge/zgoMYpP7QbHy4gWMEGsbsdZeCXz7irItjcC3sPUFtf0kuFbDz/ixG7ArTxmDjLXDmezHubeNikyKGVyQ==" crossorigin="anonymous">
    <link href='https://fonts.googleapis.com/css?family=Lato:400,700' rel='stylesheet' type='text/css'>
    <link rel="stylesheet" type="text/css" href="/static/css/styles.css">
  </head>

  <body>
    <div class="container">
"""
FRAME_FOOT = """
    </div><!--.container-->
  </body>
</html>"""


def _learn_more(family: str) -> str:
    return f"?frame=i&family={family}"


def _turtle_card(family: str, image: str) -> str:
    return f"""
            <div class="col-md-4 turtle-family-card">
                <div class="thumbnail">
                    <img src="{COMMONS}{image}" class="turtle-image center-block">
                    <div class="caption">
                        <h3 class="family-name">{family}</h3>
                        <p>
                            <a href="{_learn_more(family)}" class="btn btn-default btn-xs">Learn More</a>
                        </p>
                    </div>
                </div>
            </div>
"""


def _turtle_detail(family: str, common: str, discoverer: str, year: int, image: str) -> str:
    return (
        FRAME_HEAD
        + f"""        <div class="row">
            <div class="col-md-6 col-md-offset-3 turtle-family-detail">
                <img src="{COMMONS}{image}" class="turtle-image center-block">
                <h3 class="family-name">{family}</h3>
                <p class="lead">
                    The {family} family of turtles was first discovered by {discoverer} in {year}. Members of this family are commonly known as {jinja(common.lower())}.
                </p>
                <a href="?frame=i" class="btn btn-default">&larr; Back to all turtles</a>
            </div>
        </div>
"""
        + FRAME_FOOT
    )


@twentieth_g
def build_turtles_frames() -> None:
    s = Site(
        "turtles-frames",
        kind="records inside an iframe (scrapethissite.com 'Turtles All the Way Down: Frames & iFrames' 2024–25: the outer page holds only <iframe src='?frame=i'>; the frame document lists div.turtle-family-card thumbnails with img, h3.family-name and a relative 'Learn More' link ?frame=i&family=Name)",
        start="pages/frames/",
        description="scrapethissite.com's /pages/frames/ as served in 2024–25: the sandbox chrome (nav#site-nav tabs, footer, jQuery/Bootstrap/pjax scripts) around section#frames with h1.page-title 'Turtles All the Way Down: Frames & iFrames', a lead paragraph, and one <iframe src='?frame=i' style='width:100%; height:1200px; border:none;'> — no record on the outer page. The frame document (/pages/frames/?frame=i, served as a separate bare Bootstrap page without nav) is a div.row of div.col-md-4.turtle-family-card > div.thumbnail cards: img.turtle-image (a Wikimedia Commons thumbnail), div.caption with h3.family-name and p > a.btn 'Learn More' href='?frame=i&family=Carettochelyidae' (relative to the frame's URL); each detail page (in the frame) says 'The X family of turtles was first discovered by Y in YEAR. Members of this family are commonly known as the Z.' with a back button. 14 families (the Wikipedia order: Cryptodira, then Pleurodira). A person gives the outer page URL. Written down: family, image, url (the Learn More link as the browser resolves it).",
    )
    lead = "Some older sites might still use frames to break up thier pages. Modern ones might be using iFrames to expose data. Learn about turtles as you scrape content inside frames."
    body = """
                <div class="row">
                    <div class="col-md-12">
                        <iframe src="?frame=i" style="width:100%; height:1200px; border:none;"></iframe>
                    </div>
                </div>
"""
    s.write("pages/frames/index.html", _stts_page("Turtles All the Way Down: Frames & iFrames", lead, "frames", body))
    cards = "".join(_turtle_card(family, image) for family, _c, _d, _y, image in TURTLES)
    frame = (
        FRAME_HEAD
        + f"""        <div class="row">
{cards}
        </div>
"""
        + FRAME_FOOT
    )
    s.list_page("pages/frames/@frame=i", frame)
    for family, common, discoverer, year, image in TURTLES:
        s.write(f"pages/frames/@frame=i&family={family}", _turtle_detail(family, common, discoverer, year, image))
        s.expect({"family": family, "image": COMMONS + image, "url": "/pages/frames/" + _learn_more(family)})
    s.finish()


# ---------------------------------------------------------------------------------------------------
# tsquotes-table: quotes.toscrape.com/tableful/ — the page is one big bordered table.
# ---------------------------------------------------------------------------------------------------


def _table_quote(text: str, author: str, tags: list[str]) -> str:
    links = "".join(
        f"""
                <a href="/tableful/tag/{tag}/">{tag}</a>
            """
        for tag in tags
    )
    shown = jinja(f"\u201c{text}\u201d")
    return f"""
        <tr style="border-bottom: 0px; ">
            <td style="padding-top: 2em;">{shown} Author: {jinja(author)}</td>
        </tr>

        <tr>
            <td style="padding-bottom: 2em;">Tags: {links}
            </td>
        </tr>
    """


def _table_page(number: int, count: int, rows: list[tuple[str, str, list[str]]]) -> str:
    previous = f'\n            <a href="/tableful/page/{number - 1}/">Previous</a>\n            ' if number > 1 else ""
    following = f'\n            <a href="/tableful/page/{number + 1}/">Next</a>\n            ' if number < count else ""
    quotes = "".join(_table_quote(*row) for row in rows)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
	<meta charset="UTF-8">
	<title>Quotes to Scrape</title>
    <link rel="stylesheet" href="/static/bootstrap.min.css">
    <link rel="stylesheet" href="/static/main.css">
</head>
<body>
    <table border="1" width="50%" align="center">
        <tr>
            <td>
                <h1>
                    <a href="/" style="text-decoration: none">Quotes to Scrape</a>
                </h1>
            </td>
            <td>
                <p>

                    <a href="/login">Login</a>

                </p>
            </td>
        </tr>

    {quotes}
        <tr>
            <td>{previous}{following}
            </td>
        </tr>
        <tr>
            <td>
                Quotes by: <a href="https://www.goodreads.com/quotes">GoodReads.com</a>
            </td>
            <td>
                Made with <span class='zyte'>❤</span> by <a class='zyte' href="https://www.zyte.com">Zyte</a>
            </td>
        </tr>
    </table>
</body>
</html>"""


@twentieth_g
def build_tsquotes_table() -> None:
    s = Site(
        "tsquotes-table",
        kind="quotes in one big table (quotes.toscrape.com/tableful/ 2024–25: per quote a row whose single cell is '“text” Author: Name' and a row 'Tags:' with links /tableful/tag/x/, no classes; a 'Next' link to /tableful/page/N/)",
        start="tableful/",
        description="quotes.toscrape.com/tableful/ as served in 2024–25: no div layout — the body is one <table border=1 width=50% align=center>: a header row (h1 'Quotes to Scrape' link, 'Login'), then for every quote two rows without any class: tr style='border-bottom: 0px; ' > td style='padding-top: 2em;' holding the text in curly quotes (Jinja-escaped: &#39;) followed by ' Author: Name' in the same cell, and tr > td style='padding-bottom: 2em;' 'Tags: ' + one a href='/tableful/tag/x/' per tag (one quote has none); a row with a bare 'Previous' / 'Next' link to /tableful/page/N/; a footer row (GoodReads.com, Made with ❤ by Zyte). Ten quotes a page, authors repeating, no author links. Written down: text (with its curly quotes), author, tags.",
    )
    pages = chunks(TS_QUOTES, [10, 10, 10])
    for number, rows in enumerate(pages, 1):
        path = "tableful/index.html" if number == 1 else f"tableful/page/{number}/index.html"
        s.list_page(path, _table_page(number, len(pages), rows))
    for text, author, tags in TS_QUOTES:
        s.expect({"text": f"\u201c{text}\u201d", "author": author, "tags": tags or None})
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TWENTIETH_G.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
