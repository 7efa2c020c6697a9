"""Third wave of open corpus sites (issue #3): Drupal Views, Discourse, an eBay-like search grid and a
German job board. Day-first dates, and records that mix a list (tags, skills) with single fields.

Run ``uv run python tests/sites/corpus/generate_third.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**. They
were written, and measured, before the heuristics were changed for them.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, money, slug

THIRD: dict[str, Callable[[], None]] = {}


def third(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    THIRD[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


# ---------------------------------------------------------------------------------------------------
# zeldam-nieuws: a Dutch municipality's news overview on Drupal 10: a View in "fields" row style
# (div.views-row > div.views-field.views-field-… > .field-content), the created date as plain text
# in the Dutch day-first format "14/03/2026", a taxonomy term link, a trimmed body; an exposed
# filter form, a "Meest gelezen" block that is another View with the same row classes, and a footer.
# ---------------------------------------------------------------------------------------------------

# (title, category, day, summary, has image)
NIEUWS = [
    (
        "Werkzaamheden aan de Stationsweg starten op maandag",
        "Verkeer",
        date(2026, 3, 27),
        "Vanaf maandag wordt de Stationsweg tussen de rotonde en de Kerkstraat opnieuw ingericht. Fietsers worden omgeleid via de Molenlaan.",
        True,
    ),
    (
        "Inloopavond over het nieuwe bestemmingsplan Oosterpark",
        "Wonen",
        date(2026, 3, 25),
        "Bewoners kunnen op 8 april hun vragen stellen over de plannen voor 120 nieuwe woningen aan de oostkant van het park.",
        True,
    ),
    (
        "Gemeente zoekt vrijwilligers voor Koningsdag",
        "Evenementen",
        date(2026, 3, 24),
        "Voor de vrijmarkt en de kinderspelen op het Marktplein zoeken we nog handen. Aanmelden kan tot 15 april.",
        False,
    ),
    (
        "Nieuwe openingstijden milieustraat",
        "Afval",
        date(2026, 3, 20),
        "Vanaf 1 april is de milieustraat aan de Industrieweg ook op zaterdagmiddag open.",
        True,
    ),
    (
        "Subsidie voor groene daken verlengd",
        "Duurzaamheid",
        date(2026, 3, 19),
        "Inwoners en ondernemers kunnen ook dit jaar tot 50 procent van de kosten van een groen dak vergoed krijgen.",
        True,
    ),
    (
        "Gemeenteraad stemt in met nieuw zwembad",
        "Bestuur",
        date(2026, 3, 17),
        "Met 21 stemmen voor en 6 tegen heeft de raad dinsdagavond ingestemd met de bouw van een nieuw zwembad bij sportpark De Vliet.",
        True,
    ),
    (
        "Blauwe container voortaan om de week geleegd",
        "Afval",
        date(2026, 3, 13),
        "Omdat er steeds meer papier wordt ingezameld, komt de vuilniswagen vanaf april om de twee weken langs.",
        False,
    ),
    (
        "Burgemeester opent vernieuwde bibliotheek",
        "Cultuur",
        date(2026, 3, 12),
        "De bibliotheek aan het Raadhuisplein is na een verbouwing van acht maanden weer open, met een leescafé en een makerspace.",
        True,
    ),
    (
        "Laadpalen op twaalf nieuwe plekken",
        "Duurzaamheid",
        date(2026, 3, 10),
        "In de wijken Noord en Centrum komen deze maand twaalf openbare laadpalen bij.",
        True,
    ),
    (
        "Paspoort aanvragen: maak op tijd een afspraak",
        "Dienstverlening",
        date(2026, 3, 6),
        "Voor de zomer is het druk aan de balie. Vraag uw reisdocument minstens zes weken voor vertrek aan.",
        False,
    ),
    (
        "Bomenkap langs de Dijkweg om veiligheidsredenen",
        "Openbare ruimte",
        date(2026, 3, 5),
        "Veertien zieke essen langs de Dijkweg worden gekapt. Er komen 30 nieuwe bomen voor terug.",
        True,
    ),
    (
        "Startersleningen weer beschikbaar",
        "Wonen",
        date(2026, 3, 3),
        "Koopstarters onder de 35 jaar kunnen opnieuw een starterslening aanvragen voor een woning tot € 390.000.",
        True,
    ),
    (
        "Carnavalsoptocht trok 15.000 bezoekers",
        "Evenementen",
        date(2026, 2, 26),
        "De optocht door het centrum was de drukste in jaren. De gemeente bedankt de verkeersregelaars en vrijwilligers.",
        True,
    ),
    (
        "Nieuwe speeltuin in de Bloemenwijk",
        "Openbare ruimte",
        date(2026, 2, 24),
        "Kinderen uit de buurt hebben meegetekend aan de nieuwe speeltuin aan de Tulpstraat, die in mei opengaat.",
        False,
    ),
    (
        "Hondenbelasting wordt afgeschaft",
        "Bestuur",
        date(2026, 2, 19),
        "Vanaf 2027 betalen hondenbezitters in Zeldam geen hondenbelasting meer.",
        True,
    ),
    (
        "Gratis energiecoach voor huurders",
        "Duurzaamheid",
        date(2026, 2, 17),
        "Huurders kunnen een energiecoach aan huis krijgen die tips geeft en gratis ledlampen en tochtstrips meebrengt.",
        True,
    ),
    (
        "Wijkcentrum De Horst krijgt nieuwe beheerder",
        "Welzijn",
        date(2026, 2, 12),
        "Stichting Samen Zeldam neemt per 1 maart het beheer van wijkcentrum De Horst over.",
        True,
    ),
    (
        "Verkiezingen: stempassen zijn verstuurd",
        "Bestuur",
        date(2026, 2, 11),
        "Heeft u uw stempas uiterlijk 4 maart nog niet ontvangen? Neem dan contact op met de gemeente.",
        False,
    ),
    (
        "Gladheidsbestrijding: zo strooit de gemeente",
        "Openbare ruimte",
        date(2026, 2, 9),
        "Hoofdwegen, fietspaden en busroutes worden als eerste gestrooid. Bekijk de strooikaart op onze website.",
        True,
    ),
    (
        "Jongerenraad zoekt nieuwe leden",
        "Welzijn",
        date(2026, 2, 4),
        "Ben je tussen de 14 en 23 jaar en wil je meepraten over Zeldam? Meld je aan voor de jongerenraad.",
        True,
    ),
    (
        "Parkeervergunning voortaan digitaal",
        "Dienstverlening",
        date(2026, 2, 2),
        "De papieren kaart achter de voorruit verdwijnt: vergunningen worden gekoppeld aan het kenteken.",
        True,
    ),
    (
        "Resultaten inwonerspanel over de binnenstad",
        "Bestuur",
        date(2026, 1, 29),
        "Zeven op de tien inwoners willen meer groen in de binnenstad en minder auto's op het Marktplein.",
        False,
    ),
    (
        "Nieuwjaarsreceptie in het gemeentehuis",
        "Evenementen",
        date(2026, 1, 8),
        "De burgemeester en wethouders heten alle inwoners welkom op de nieuwjaarsreceptie op vrijdag 9 januari.",
        True,
    ),
    (
        "Kerstbomen inleveren levert een lootje op",
        "Afval",
        date(2026, 1, 5),
        "Kinderen die een kerstboom inleveren bij de milieustraat krijgen een lot voor de verloting van een fiets.",
        True,
    ),
]


def _nieuws_url(title: str) -> str:
    return f"/nieuws/{slug(title)}"


def _nieuws_row(index: int, item: tuple[Any, ...]) -> str:
    title, category, day, summary, image = item
    term = 40 + sorted({n[1] for n in NIEUWS}).index(category)
    picture = (
        f'<div class="views-field views-field-field-afbeelding"><div class="field-content">  <img loading="lazy" src="/sites/default/files/styles/teaser/public/2026-{day.month:02d}/{slug(title)[:30]}.jpg?itok=Xa{index:02d}q9" width="480" height="320" alt="" typeof="foaf:Image">\n</div></div>'
        if image
        else ""
    )
    return f"""<div class="views-row">{picture}<div class="views-field views-field-title"><h3 class="field-content"><a href="{_nieuws_url(title)}" hreflang="nl">{esc(title)}</a></h3></div><div class="views-field views-field-created"><span class="views-label views-label-created">Gepubliceerd: </span><span class="field-content">{day:%d/%m/%Y}</span></div><div class="views-field views-field-field-onderwerp"><div class="field-content"><a href="/taxonomy/term/{term}" hreflang="nl">{esc(category)}</a></div></div><div class="views-field views-field-body"><div class="field-content"><p>{esc(summary)}</p></div></div></div>"""


@third
def build_zeldam_nieuws() -> None:
    s = Site(
        "zeldam-nieuws",
        kind="news list (Drupal Views, Dutch, day-first dates)",
        start="nieuws/",
        description="A Dutch municipality's news overview: a Drupal View in fields row style, created dates as dd/mm/yyyy text, taxonomy term links, a second View block with the same row classes.",
    )
    rows = "\n".join(_nieuws_row(i, n) for i, n in enumerate(NIEUWS))
    popular = "".join(
        f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{_nieuws_url(NIEUWS[i][0])}" hreflang="nl">{esc(NIEUWS[i][0])}</a></span></div></div>'
        for i in (5, 14, 2, 11)
    )
    categories = sorted({n[1] for n in NIEUWS})
    options = "".join(f'<option value="{40 + i}">{esc(c)}</option>' for i, c in enumerate(categories))
    page = f"""<!DOCTYPE html>
<html lang="nl" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  schema: http://schema.org/">
  <head>
    <meta charset="utf-8" />
    <meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
    <meta name="MobileOptimized" content="width" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <link rel="icon" href="/themes/custom/zeldam/favicon.ico" type="image/vnd.microsoft.icon" />
    <title>Nieuws | Gemeente Zeldam</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_k3Vx1aQ9dH2.css?delta=0&amp;language=nl&amp;theme=zeldam&amp;include=eJxdjUEO" />
  </head>
  <body class="path-nieuws">
    <a href="#main-content" class="visually-hidden focusable skip-link">Overslaan en naar de inhoud gaan</a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    <div class="layout-container">
      <header role="banner" class="site-header">
        <div class="region region-header">
          <div id="block-zeldam-branding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/zeldam/logo.svg" alt="Home" /></a><div class="site-name"><a href="/" rel="home">Gemeente Zeldam</a></div></div>
          <nav role="navigation" aria-labelledby="block-zeldam-main-menu-menu" id="block-zeldam-main-menu" class="block block-menu navigation menu--main">
            <h2 class="visually-hidden" id="block-zeldam-main-menu-menu">Hoofdnavigatie</h2>
            <ul class="menu"><li class="menu-item"><a href="/wonen-en-leven" data-drupal-link-system-path="node/12">Wonen en leven</a></li><li class="menu-item"><a href="/ondernemen" data-drupal-link-system-path="node/13">Ondernemen</a></li><li class="menu-item"><a href="/bestuur" data-drupal-link-system-path="node/14">Bestuur en organisatie</a></li><li class="menu-item menu-item--active-trail"><a href="/nieuws" data-drupal-link-system-path="nieuws" class="is-active" aria-current="page">Nieuws</a></li><li class="menu-item"><a href="/contact" data-drupal-link-system-path="node/15">Contact</a></li></ul>
          </nav>
        </div>
      </header>
      <div class="region region-breadcrumb"><div id="block-zeldam-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Kruimelpad</h2><ol><li><a href="/">Home</a></li><li>Nieuws</li></ol></nav></div></div>
      <main role="main">
        <a id="main-content" tabindex="-1"></a>
        <div class="layout-content">
          <div class="region region-content">
            <div data-drupal-messages-fallback class="hidden"></div>
            <div id="block-zeldam-page-title" class="block block-core block-page-title-block"><h1 class="page-title">Nieuws</h1></div>
            <div id="block-zeldam-content" class="block block-system block-system-main-block">
<div class="views-element-container"><div class="view view-nieuws view-id-nieuws view-display-id-page_1 js-view-dom-id-5e1c0a4b9f7d2c3e8a6b1f0d9c7e4a2b">
    <div class="view-header"><p>Het laatste nieuws van de gemeente Zeldam. Bent u journalist? Neem contact op met de afdeling Communicatie.</p></div>
    <div class="view-filters">
<form class="views-exposed-form" data-drupal-selector="views-exposed-form-nieuws-page-1" action="/nieuws" method="get" id="views-exposed-form-nieuws-page-1" accept-charset="UTF-8">
  <div class="js-form-item form-item js-form-type-textfield form-item-search js-form-item-search"><label for="edit-search">Zoeken</label><input data-drupal-selector="edit-search" type="text" id="edit-search" name="search" value="" size="30" maxlength="128" class="form-text" /></div>
  <div class="js-form-item form-item js-form-type-select form-item-onderwerp js-form-item-onderwerp"><label for="edit-onderwerp">Onderwerp</label><select data-drupal-selector="edit-onderwerp" id="edit-onderwerp" name="onderwerp" class="form-select"><option value="All" selected="selected">- Alle -</option>{options}</select></div>
  <div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit-nieuws" type="submit" id="edit-submit-nieuws" value="Toepassen" class="button js-form-submit form-submit" /></div>
</form>
</div>
    <div class="view-content">
{rows}
    </div>
    <div class="view-footer"><p><a href="/nieuws/rss.xml">RSS-feed</a> &middot; <a href="/nieuws/archief">Ouder nieuws in het archief</a></p></div>
</div>
</div>
            </div>
          </div>
        </div>
        <aside class="layout-sidebar-second" role="complementary">
          <div class="region region-sidebar-second">
            <div class="views-element-container block block-views block-views-blocknieuws-block-1" id="block-zeldam-views-block-nieuws-block-1"><h2>Meest gelezen</h2><div><div class="view view-nieuws view-id-nieuws view-display-id-block_1 js-view-dom-id-a0c9e3f1d2b4"><div class="view-content">{popular}</div></div></div></div>
            <div id="block-zeldam-contactblok" class="block block-block-content"><h2>Contact</h2><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>Bel 14 0555 of mail naar <a href="mailto:info@zeldam.nl">info@zeldam.nl</a>.<br>Maandag t/m vrijdag van 08.30 tot 17.00 uur.</p></div></div>
          </div>
        </aside>
      </main>
      <footer role="contentinfo" class="site-footer">
        <div class="region region-footer">
          <nav role="navigation" aria-labelledby="block-zeldam-footer-menu" id="block-zeldam-footer" class="block block-menu navigation menu--footer"><h2 class="visually-hidden" id="block-zeldam-footer-menu">Footer</h2><ul class="menu"><li class="menu-item"><a href="/privacy">Privacyverklaring</a></li><li class="menu-item"><a href="/cookies">Cookies</a></li><li class="menu-item"><a href="/toegankelijkheid">Toegankelijkheid</a></li><li class="menu-item"><a href="/proclaimer">Proclaimer</a></li></ul></nav>
          <div class="footer-address"><p>Gemeente Zeldam &middot; Raadhuisplein 1 &middot; 4301 AB Zeldam &middot; Postbus 20, 4300 AA Zeldam</p></div>
        </div>
      </footer>
    </div>
    </div>
    <script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","pathPrefix":"","currentPath":"nieuws","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"nl"}},"pluralDelimiter":"\\u0003","user":{{"uid":0,"permissionsHash":"4b1c9e"}}}}</script>
    <script src="/sites/default/files/js/js_QfH3Ue8.js?scope=footer&amp;delta=0&amp;language=nl&amp;theme=zeldam"></script>
  </body>
</html>"""
    s.list_page("nieuws/index.html", page)
    for title, category, day, summary, _image in NIEUWS:
        s.expect(
            {
                "title": title,
                "url": _nieuws_url(title),
                "date": day.isoformat(),
                "category": category,
                "summary": summary,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# brewlab-community: a Discourse forum as its server sends it to a client without JavaScript (the
# crawler view): table.topic-list rows, absolute topic links, a category badge, a tag list
# (div.discourse-tags > a.discourse-tag) beside single fields, replies and views as numbers ("1.2k"),
# a pinned "About" topic that is a real topic too; the header and footer of the crawler layout.
# ---------------------------------------------------------------------------------------------------

FORUM = "https://community.brewlab.example"
# (title, category, tags, replies, views shown, views)
TOPICS = [
    ("About the Brewing Equipment category", "Brewing Equipment", [], 1, "1.4k", 1400),
    (
        "Fermenter temperature swings at night – is a heat belt enough?",
        "Brewing Equipment",
        ["fermentation", "temperature"],
        14,
        "392",
        392,
    ),
    ("My first all-grain brew day: lessons learned", "Brew Days", ["all-grain", "beginner"], 27, "1.1k", 1100),
    (
        "Stuck fermentation at 1.030 with a Belgian yeast",
        "Troubleshooting",
        ["yeast", "fermentation", "belgian"],
        19,
        "648",
        648,
    ),
    ("Best budget grain mill in 2026?", "Brewing Equipment", ["grain-mill", "budget"], 8, "215", 215),
    (
        "Recipe review: West Coast IPA with Citra and Simcoe",
        "Recipes",
        ["ipa", "hops", "recipe-review"],
        11,
        "503",
        503,
    ),
    ("Cleaning a plate chiller without taking it apart", "Brewing Equipment", ["cleaning", "chiller"], 6, "187", 187),
    ("Water profile for a Munich Helles", "Recipes", ["water", "lager"], 9, "276", 276),
    ("Kegging vs bottling: what made you switch?", "Kegging", ["kegging", "bottling"], 42, "2.3k", 2300),
    ("Infection or just krausen? (photos)", "Troubleshooting", ["infection", "photos"], 16, "871", 871),
    (
        "Pressure fermenting lagers at ale temperatures",
        "Brew Days",
        ["lager", "pressure", "fermentation"],
        23,
        "1.5k",
        1500,
    ),
    ("Keezer build with four taps", "Kegging", ["keezer", "diy"], 31, "1.9k", 1900),
    ("Dry hopping schedule for NEIPA", "Recipes", ["neipa", "dry-hopping"], 12, "644", 644),
    ("PID controller wiring help", "Brewing Equipment", ["electric", "diy", "pid"], 7, "233", 233),
    ("Sour beer without a separate fermenter?", "Troubleshooting", ["sour", "kettle-sour"], 10, "418", 418),
    ("Club meetup: Rotterdam, 18 April", "Events", ["meetup"], 5, "142", 142),
    ("How long do liquid yeast packs really last?", "Troubleshooting", ["yeast", "storage"], 18, "957", 957),
    ("Share your label designs", "Off Topic", [], 36, "2.7k", 2700),
    ("Carbonation chart for a 3 m beer line", "Kegging", ["carbonation", "beer-line"], 9, "381", 381),
    ("BIAB with a 40 L kettle: efficiency numbers", "Brew Days", ["biab", "efficiency"], 13, "552", 552),
    ("Smoked porter recipe that won a local comp", "Recipes", ["porter", "competition"], 4, "298", 298),
    (
        "Oxygen in transfers: closed transfer on a budget",
        "Kegging",
        ["oxidation", "closed-transfer", "budget"],
        15,
        "734",
        734,
    ),
    ("Measuring pH: strips or a meter?", "Brewing Equipment", ["water", "ph"], 21, "1.2k", 1200),
    ("Cider from supermarket apple juice", "Off Topic", ["cider"], 8, "412", 412),
    ("Mash temperature dropped 4 °C in an hour", "Troubleshooting", ["mash", "insulation"], 12, "366", 366),
    ("Weekly brew day thread", "Brew Days", [], 58, "3.4k", 3400),
]


def _topic_url(index: int, title: str) -> str:
    return f"{FORUM}/t/{slug(title)}/{18240 + index * 7}"


def _category_id(category: str) -> int:
    return 5 + sorted({t[1] for t in TOPICS}).index(category)


def _topic_row(index: int, topic: tuple[Any, ...]) -> str:
    title, category, tags, replies, shown, _views = topic
    tag_links = "".join(
        f"<a href='{FORUM}/tag/{t}' class='discourse-tag' rel='tag'>{esc(t)}</a>\n            " for t in tags
    )
    tag_block = f'<div class="discourse-tags">\n            {tag_links}</div>' if tags else ""
    pinned = (
        "<span class='topic-status'><span class='d-icon d-icon-thumbtack' title='pinned'></span></span>"
        if index == 0
        else ""
    )
    return f"""        <tr class="topic-list-item">
          <td class="main-link" itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'>
            <meta itemprop='position' content='{index + 1}'>
            <span class="link-top-line">{pinned}
              <a itemprop='url' href='{_topic_url(index, title)}' class='title raw-link raw-topic-link'>{esc(title)}</a>
            </span>
            <div class="link-bottom-line">
                <a href='/c/{slug(category)}/{_category_id(category)}' class='badge-wrapper bullet'>
                  <span class='badge-category-bg' style='background-color: #{(_category_id(category) * 2654435) % 0xFFFFFF:06x}'></span>
                  <span class='badge-category clear-badge'>
                    <span class='category-name'>{esc(category)}</span>
                  </span>
                </a>
              {tag_block}
            </div>
          </td>
          <td class="replies">
            <span class='posts' title='posts'>{replies}</span>
          </td>
          <td class="views">
            <span class='views' title='views'>{shown}</span>
          </td>
        </tr>"""


@third
def build_brewlab_community() -> None:
    s = Site(
        "brewlab-community",
        kind="forum topic list (Discourse crawler view, tag lists)",
        start="latest/",
        description="A Discourse forum's latest topics as sent to clients without JavaScript: a topic-list table, absolute topic links, a category badge, a tag list, replies and views ('1.2k').",
    )
    rows = "\n".join(_topic_row(i, t) for i, t in enumerate(TOPICS))
    page = f"""<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>BrewLab Community - Home brewers helping home brewers</title>
    <meta name="description" content="A friendly place to talk about home brewing: equipment, recipes, brew days and troubleshooting.">
    <meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 8a2c4e1">
    <link rel="icon" type="image/png" href="{FORUM}/uploads/default/optimized/1X/3a9f_2_32x32.png">
    <meta name="theme-color" media="all" content="#ffffff">
    <meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, user-scalable=yes, viewport-fit=cover">
    <link rel="canonical" href="{FORUM}/latest" />
    <link rel="search" type="application/opensearchdescription+xml" href="{FORUM}/opensearch.xml" title="BrewLab Community Search">
    <link href="/stylesheets/color_definitions_base__1_0b6c.css?__ws=community.brewlab.example" media="all" rel="stylesheet" class="light-scheme"/>
    <link href="/stylesheets/desktop_9f3d.css?__ws=community.brewlab.example" media="all" rel="stylesheet" data-target="desktop"  />
    <meta property="og:site_name" content="BrewLab Community" />
    <meta property="og:type" content="website" />
    <meta property="og:title" content="BrewLab Community" />
    <meta property="og:description" content="A friendly place to talk about home brewing." />
  </head>
  <body class="crawler ">
    <header>
  <a href="/">
      <img src="{FORUM}/uploads/default/original/1X/brewlab-logo.png" alt="BrewLab Community" id="site-logo" style="max-width: 150px;">
  </a>
</header>

    <div id="main-outlet" class="wrap" role="main">
        <div class="navigation" role="navigation" itemscope itemtype='http://schema.org/SiteNavigationElement'>
    <span itemprop='name'><a href="/categories" class="" itemprop="url">Categories</a></span>
    <span itemprop='name'><a href="/latest" class="active" itemprop="url">Latest</a></span>
    <span itemprop='name'><a href="/top" class="" itemprop="url">Top</a></span>
</div>

  <h1>Latest topics</h1>
  <div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'>
    <meta itemprop='itemListOrder' content='http://schema.org/ItemListOrderDescending'>
    <table class='topic-list'>
      <thead>
        <tr>
          <th>Topic</th>
          <th></th>
          <th class="replies">Replies</th>
          <th class="views">Views</th>
        </tr>
      </thead>
      <tbody>
{rows}
      </tbody>
    </table>
  </div>

    </div>
    <footer class="container wrap">
      <nav class='crawler-nav'>
        <ul>
        <li itemscope itemtype='http://schema.org/SiteNavigationElement'>
          <span itemprop='name'>
            <a href='/' itemprop="url">Home </a>
          </span>
        </li>
        <li itemscope itemtype='http://schema.org/SiteNavigationElement'>
          <span itemprop='name'>
            <a href='/categories' itemprop="url">Categories </a>
          </span>
        </li>
        <li itemscope itemtype='http://schema.org/SiteNavigationElement'>
          <span itemprop='name'>
            <a href='/guidelines' itemprop="url">Guidelines </a>
          </span>
        </li>
          <li itemscope itemtype='http://schema.org/SiteNavigationElement'>
            <span itemprop='name'>
              <a href='/tos' itemprop="url">Terms of Service </a>
            </span>
          </li>
          <li itemscope itemtype='http://schema.org/SiteNavigationElement'>
            <span itemprop='name'>
              <a href='/privacy' itemprop="url">Privacy Policy </a>
            </span>
          </li>
        </ul>
      </nav>
      <p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p>
    </footer>
  </body>
</html>"""
    s.list_page("latest/index.html", page)
    for index, (title, category, tags, replies, _shown, views) in enumerate(TOPICS):
        s.expect(
            {
                "title": title,
                "url": _topic_url(index, title),
                "category": category,
                "tags": tags or None,
                "replies": replies,
                "views": views,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# bidbay: an eBay-like search result list (srp-results > li.s-item): the invisible first "Shop on
# eBay" placeholder item with a price, "New listing" highlights inside titles, condition subtitles,
# "Was: £…" struck-through prices beside the price, price ranges, bids on auctions, postage and
# origin lines, "Sponsored" items (same classes, a sponsored label and an ad-click link), a
# refinements sidebar with counts, and related searches.
# ---------------------------------------------------------------------------------------------------

# (title, condition, price or (low, high), was, bids, new listing, postage)
LOTS = [
    (
        "Leica M6 Classic 35mm Rangefinder Film Camera Body Black",
        "Pre-owned",
        2450.00,
        None,
        None,
        False,
        "+£12.00 postage",
    ),
    ("Olympus OM-1 35mm SLR Camera with 50mm f/1.8 Lens", "Pre-owned", 129.99, 159.99, None, True, "Free postage"),
    ("Canon AE-1 Program Film Camera – Serviced, New Seals", "Pre-owned", 189.00, None, None, False, "+£6.95 postage"),
    ("Nikon FM2 Chrome Body Only", "Pre-owned", 231.00, None, 17, False, "+£9.50 postage"),
    ("Kodak Portra 400 35mm Film 36 Exp (5 Pack)", "Brand new", 64.99, 72.50, None, False, "Free postage"),
    ("Pentax K1000 with SMC 50mm f/2 – Tested", "Pre-owned", 145.00, None, 9, True, "+£7.00 postage"),
    ("Ilford HP5 Plus 400 120 Roll Film", "Brand new", (8.49, 39.99), None, None, False, "Free postage"),
    ("Mamiya RB67 Pro S Medium Format Kit", "Pre-owned", 549.00, None, None, False, "+£25.00 postage"),
    (
        "Yashica T4 Point and Shoot – Spares or Repairs",
        "For parts or not working",
        88.00,
        None,
        23,
        False,
        "+£4.20 postage",
    ),
    ("Fujifilm Instax Mini 12 Instant Camera Blossom Pink", "Brand new", 69.00, 79.99, None, False, "Free postage"),
    ("Hasselblad 500C/M with 80mm Planar", "Pre-owned", 1895.00, None, None, True, "Free postage"),
    ("Minolta X-700 SLR with MD 50mm f/1.7", "Pre-owned", 99.95, None, None, False, "+£8.00 postage"),
    ("Paterson Universal Developing Tank with 2 Reels", "Brand new", 31.99, 36.00, None, False, "+£3.49 postage"),
    ("Contax T2 Titanium Compact – Boxed", "Pre-owned", 1320.00, None, 31, False, "+£15.00 postage"),
    ("Rolleiflex 2.8F Twin Lens Reflex", "Pre-owned", 1650.00, None, None, False, "+£20.00 postage"),
    ("Canon FD 50mm f/1.4 S.S.C. Lens", "Pre-owned", 74.00, None, 5, True, "+£5.50 postage"),
    ("Lomography Color 800 35mm (3 Pack)", "Brand new", 33.50, None, None, False, "Free postage"),
    ("Nikon F3 HP Body – Light Seals Replaced", "Pre-owned", 395.00, 449.00, None, False, "+£10.00 postage"),
    ("Zenit E with Helios 44-2 Lens", "Pre-owned", 42.00, None, 12, False, "+£6.00 postage"),
    ("Polaroid Now+ Gen 2 Instant Camera Black", "Open box", 109.00, 139.99, None, False, "Free postage"),
    ("Voigtländer Bessa R2A Rangefinder", "Pre-owned", 689.00, None, None, False, "+£14.00 postage"),
    ("Kodak Ektar 100 120 Film (5 Pack)", "Brand new", 58.90, None, None, True, "Free postage"),
]
# Sponsored items: the same markup as results, marked "Sponsored", shown after results 3 and 11.
PROMOTED = [
    ("NEW Retro Film Camera Reusable 35mm Point & Shoot", "Brand new", 24.99, "Free postage"),
    ("Camera Strap Vintage Leather Brown Universal", "Brand new", 11.95, "Free postage"),
]


def _lot_url(index: int, title: str) -> str:
    return f"https://www.bidbay.example/itm/{335812004417 + index * 1931}"


def _gbp_plain(amount: float) -> str:
    return money(amount, "£")


def _lot_price(price: float | tuple[float, float]) -> str:
    if isinstance(price, tuple):
        return f'<span class="s-item__price"><span class="ITALIC">{_gbp_plain(price[0])}</span><span class="DEFAULT"> to </span><span class="ITALIC">{_gbp_plain(price[1])}</span></span>'
    return f'<span class="s-item__price">{_gbp_plain(price)}</span>'


def _lot(index: int, item: tuple[Any, ...]) -> str:
    title, condition, price, was, bids, new, postage = item
    url = _lot_url(index, title)
    heading = (
        f'<span role="heading" aria-level="3"><span class="LIGHT_HIGHLIGHT">New listing</span>{esc(title)}</span>'
        if new
        else f'<span role="heading" aria-level="3">{esc(title)}</span>'
    )
    was_line = (
        f'<div class="s-item__detail s-item__detail--primary"><span class="s-item__trending-price"><span class="clipped">Previous price:</span><span class="STRIKETHROUGH">{_gbp_plain(was)}</span> <span class="s-item__discount s-item__discount">{round(100 * (was - price) / was)}% off</span></span></div>'
        if was
        else ""
    )
    buy = (
        f'<div class="s-item__detail s-item__detail--primary"><span class="s-item__bids s-item__bidCount">{bids} bids</span> &middot; <span class="s-item__time-left">{(index * 7) % 23 + 1}h {(index * 13) % 60}m left</span></div>'
        if bids
        else '<div class="s-item__detail s-item__detail--primary"><span class="s-item__dynamic s-item__formatBuyItNow">Buy it now</span></div>'
    )
    return f"""<li class="s-item s-item__pl-on-bottom" id="item{335812004417 + index * 1931:x}" data-viewport='{{"trackableId":"01HQ{index:04d}"}}'><div class="s-item__wrapper clearfix"><div class="s-item__image-section"><div class="s-item__image"><a tabindex="-1" aria-hidden="true" data-interactions='[{{"actionKind":"NAVSRC"}}]' href="{url}?hash=item4e3f{index:04d}:g:AbcAAOSw{index:02d}&amp;amdata=enc%3AAQAJAAAA"><div class="s-item__image-wrapper image-treatment"><img alt="{esc(title)}" src="https://i.bbimg.example/images/g/AbcAAOSw{index:02d}/s-l500.webp" loading="lazy"></div></a></div></div><div class="s-item__info clearfix"><a data-interactions='[{{"actionKind":"NAVSRC"}}]' href="{url}?hash=item4e3f{index:04d}:g:AbcAAOSw{index:02d}&amp;amdata=enc%3AAQAJAAAA" class="s-item__link"><div class="s-item__title">{heading}</div></a><div class="s-item__subtitle"><span class="SECONDARY_INFO">{esc(condition)}</span></div><div class="s-item__details clearfix"><div class="s-item__detail s-item__detail--primary">{_lot_price(price)}</div>{was_line}{buy}<div class="s-item__detail s-item__detail--primary"><span class="s-item__shipping s-item__logisticsCost">{esc(postage)}</span></div><div class="s-item__detail s-item__detail--primary"><span class="s-item__location s-item__itemLocation">from United Kingdom</span></div></div></div></div></li>"""


def _promoted(index: int, item: tuple[Any, ...]) -> str:
    title, condition, price, postage = item
    url = f"https://www.bidbay.example/itm/{405511203300 + index}"
    return f"""<li class="s-item s-item__pl-on-bottom s-item--watch-at-corner" id="item-promo-{index}"><div class="s-item__wrapper clearfix"><div class="s-item__image-section"><div class="s-item__image"><a tabindex="-1" aria-hidden="true" href="{url}?_trkparms=ispr%3D1&amp;amdata=enc%3APL{index}"><div class="s-item__image-wrapper image-treatment"><img alt="{esc(title)}" src="https://i.bbimg.example/images/g/PrMo{index}/s-l500.webp" loading="lazy"></div></a></div></div><div class="s-item__info clearfix"><a href="{url}?_trkparms=ispr%3D1&amp;amdata=enc%3APL{index}" class="s-item__link"><div class="s-item__title"><span role="heading" aria-level="3">{esc(title)}</span></div></a><div class="s-item__subtitle"><span class="SECONDARY_INFO">{esc(condition)}</span></div><div class="s-item__details clearfix"><div class="s-item__detail s-item__detail--primary">{_lot_price(price)}</div><div class="s-item__detail s-item__detail--primary"><span class="s-item__dynamic s-item__formatBuyItNow">Buy it now</span></div><div class="s-item__detail s-item__detail--primary"><span class="s-item__shipping s-item__logisticsCost">{esc(postage)}</span></div><div class="s-item__detail s-item__detail--secondary"><span class="s-item__sep"><span role="text" aria-label="Sponsored">Sponsored</span></span></div></div></div></div></li>"""


@third
def build_bidbay() -> None:
    s = Site(
        "bidbay",
        kind="marketplace search results (eBay-like, sponsored items, struck prices)",
        start="sch/film-cameras/",
        description="An eBay-like search result list: a hidden 'Shop on eBay' placeholder item, 'New listing' highlights, condition subtitles, struck-through previous prices, bids, postage lines and Sponsored items with the same classes.",
    )
    items = [
        '<li class="s-item s-item--placeholder" data-view="mi:1686|iid:1"><div class="s-item__wrapper clearfix"><div class="s-item__info clearfix"><a href="https://bidbay.example/itm/123456" class="s-item__link"><div class="s-item__title"><span role="heading" aria-level="3">Shop on BidBay</span></div></a><div class="s-item__details clearfix"><div class="s-item__detail s-item__detail--primary"><span class="s-item__price">£20.00</span></div></div></div></div></li>'
    ]
    for index, lot in enumerate(LOTS):
        items.append(_lot(index, lot))
        if index == 2:
            items.append(_promoted(0, PROMOTED[0]))
        if index == 10:
            items.append(_promoted(1, PROMOTED[1]))
    conditions = [("Brand new", 612), ("Open box", 24), ("Pre-owned", 4310), ("For parts or not working", 198)]
    refinements = "".join(
        f'<li class="x-refine__main__list--value"><a class="cbx x-refine__multi-select-link" href="/sch/film-cameras/?LH_ItemCondition={i + 1000}"><input type="checkbox" class="cbx x-refine__multi-select-checkbox" tabindex="-1" aria-hidden="true"><span class="cbx x-refine__multi-select-cbx">{esc(c)}</span><span class="x-refine__multi-select-histogram"><span class="clipped">(</span>{n:,}<span class="clipped"> Items)</span></span></a></li>'
        for i, (c, n) in enumerate(conditions)
    )
    related = "".join(
        f'<li class="srp-related-searches__item"><a href="/sch/{slug(q)}/">{esc(q)}</a></li>'
        for q in ("35mm film camera", "point and shoot film camera", "film camera lens", "medium format camera")
    )
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Film Cameras for sale | BidBay</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://ir.bbstatic.example/rs/c/srp/srp-9e1f3a.css">
<link rel="canonical" href="https://www.bidbay.example/b/Film-Cameras/15230/bn_1865468">
</head>
<body class="s-page no-touch skin-large">
<div id="gh-gb" class="gh-w"><header id="gh" role="banner"><a href="#mainContent" class="gh-hdn">Skip to main content</a><a id="gh-la" href="https://www.bidbay.example/">BidBay Home</a><form id="gh-f" method="get" action="https://www.bidbay.example/sch/i.html"><input type="text" class="gh-tb ui-autocomplete-input" aria-label="Search for anything" placeholder="Search for anything" name="_nkw" value="film camera"><select aria-label="Select a category for search" name="_sacat" id="gh-cat"><option value="0">All Categories</option><option value="625" selected>Cameras &amp; Photography</option></select><input type="submit" value="Search" id="gh-btn"></form><ul id="gh-topl"><li class="gh-t"><a href="https://signin.bidbay.example/">Sign in</a> or <a href="https://reg.bidbay.example/">register</a></li><li class="gh-t"><a href="https://www.bidbay.example/deals">Daily Deals</a></li><li class="gh-t"><a href="https://www.bidbay.example/help">Help &amp; Contact</a></li></ul><a class="gh-eb-li-a gh-rvi-menu" href="https://cart.bidbay.example/" aria-label="Your shopping basket contains 1 item"><i class="gh-cart-n">1</i></a></header></div>
<div class="srp-main srp-main--isLarge" id="mainContent">
<div class="srp-controls srp-controls--resultsCount"><h1 class="srp-controls__count-heading"><span class="BOLD">5,144</span> <span class="BOLD">results for film camera</span></h1><span class="srp-save-search"><button class="srp-save-search__btn">Save this search</button></span></div>
<div class="srp-controls__control srp-controls__sort"><span class="srp-sort srp-sort--filter-evo"><button class="fake-menu-button__button">Sort: Best Match</button></span></div>
<div class="srp-rail__left" role="complementary"><section class="x-refine__left__nav"><h2 class="clipped">Filter</h2><li class="x-refine__main__list"><div class="x-refine__item">Condition</div><ul class="x-refine__main__value">{refinements}</ul></li><li class="x-refine__main__list"><div class="x-refine__item">Buying format</div><ul class="x-refine__main__value"><li><a href="/sch/film-cameras/?LH_Auction=1">Auction</a></li><li><a href="/sch/film-cameras/?LH_BIN=1">Buy it now</a></li><li><a href="/sch/film-cameras/?LH_BO=1">Accepts offers</a></li></ul></li></section></div>
<div id="srp-river-main" class="srp-river-main clearfix"><div id="srp-river-results" class="srp-river-results clearfix">
<ul class="srp-results srp-list clearfix">
{chr(10).join(items)}
</ul>
</div>
<div class="srp-river-answer srp-river-answer--REWRITE_START"><div class="srp-related-searches"><h2>Related searches</h2><ul>{related}</ul></div></div>
</div>
</div>
<footer id="glbfooter" class="gh-w" role="contentinfo"><div id="gf-BIG"><ul><li><a href="https://www.bidbay.example/about">About BidBay</a></li><li><a href="https://www.bidbay.example/policies">Policies</a></li><li><a href="https://www.bidbay.example/help">Help &amp; Contact</a></li><li><a href="https://www.bidbay.example/sell">Start selling</a></li></ul></div><div id="gf-l"><p>Copyright &copy; 1995-2026 BidBay Inc. All Rights Reserved. <a href="https://www.bidbay.example/legal">User Agreement</a>, <a href="https://www.bidbay.example/privacy">Privacy</a>, <a href="https://www.bidbay.example/cookies">Cookies</a></p></div></footer>
</body>
</html>"""
    s.list_page("sch/film-cameras/index.html", page)
    for index, (title, condition, price, was, bids, _new, _postage) in enumerate(LOTS):
        s.expect(
            {
                "title": title,
                "url": _lot_url(index, title),
                "condition": condition,
                # A price range counts from its lower end, as on the corpus's other shops.
                "price": price[0] if isinstance(price, tuple) else price,
                "currency": "GBP",
                "original_price": was,
                "bids": bids,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# jobwerk: a German job board: article.job-item cards with the title link, the company, the place,
# the employment type, a skill list (ul > li), a salary band on some ("55.000 – 70.000 € / Jahr"),
# "vor 3 Tagen"-free absolute dates in the German day-first format "3.4.2026" (every posting of the
# last fortnight, so no day above 12: only the page's language says which number is the day),
# "Top-Job" promoted cards outside the list, path pagination (/seite-2/), a cookie notice, a footer.
# ---------------------------------------------------------------------------------------------------

# (title, company, city, type, skills, salary, day of April 2026)
STELLEN = [
    (
        "Backend-Entwickler (m/w/d) Python",
        "Nordlicht Software GmbH",
        "Hamburg",
        "Vollzeit",
        ["Python", "Django", "PostgreSQL"],
        "60.000 – 75.000 € / Jahr",
        12,
    ),
    (
        "Frontend Developer (m/w/d) React",
        "Kiezkraft AG",
        "Berlin",
        "Vollzeit",
        ["React", "TypeScript", "CSS"],
        "55.000 – 68.000 € / Jahr",
        12,
    ),
    (
        "Werkstudent (m/w/d) Data Analytics",
        "Alpenblick Versicherung",
        "München",
        "Werkstudent",
        ["SQL", "Python", "Tableau"],
        "18 € / Stunde",
        11,
    ),
    (
        "DevOps Engineer (m/w/d)",
        "Rheinwerk Cloud GmbH",
        "Köln",
        "Vollzeit",
        ["Kubernetes", "Terraform", "AWS", "Linux"],
        None,
        11,
    ),
    (
        "IT-Systemadministrator (m/w/d)",
        "Stadtwerke Oberhausen",
        "Oberhausen",
        "Vollzeit",
        ["Windows Server", "Active Directory"],
        "TV-V EG 9",
        10,
    ),
    (
        "Java-Entwickler (m/w/d) Banking",
        "Mainufer Bank",
        "Frankfurt am Main",
        "Vollzeit",
        ["Java", "Spring Boot", "Kafka"],
        "70.000 – 85.000 € / Jahr",
        10,
    ),
    ("UX/UI Designer (m/w/d)", "Pixelhafen Agentur", "Hamburg", "Teilzeit", ["Figma", "User Research"], None, 9),
    (
        "Data Scientist (m/w/d) Energiewirtschaft",
        "Windpark Nord GmbH",
        "Bremen",
        "Vollzeit",
        ["Python", "Machine Learning", "Pandas"],
        "65.000 – 80.000 € / Jahr",
        9,
    ),
    (
        "Ausbildung Fachinformatiker (m/w/d) Anwendungsentwicklung",
        "Elbtal Logistik",
        "Dresden",
        "Ausbildung",
        ["Java", "SQL"],
        "1.150 € / Monat",
        8,
    ),
    ("SAP-Berater (m/w/d) FI/CO", "Schwabenconsult GmbH", "Stuttgart", "Vollzeit", ["SAP S/4HANA", "FI/CO"], None, 8),
    (
        "Embedded Software Engineer (m/w/d) C++",
        "Bodensee Sensorik",
        "Friedrichshafen",
        "Vollzeit",
        ["C++", "RTOS", "CAN"],
        "62.000 – 78.000 € / Jahr",
        7,
    ),
    ("Product Owner (m/w/d) E-Commerce", "Kiezkraft AG", "Berlin", "Vollzeit", ["Scrum", "Jira"], None, 7),
    (
        "Junior Webentwickler (m/w/d) PHP",
        "Ruhrpott Digital",
        "Essen",
        "Vollzeit",
        ["PHP", "Laravel", "MySQL"],
        "42.000 – 48.000 € / Jahr",
        6,
    ),
    (
        "IT-Security Analyst (m/w/d)",
        "Mainufer Bank",
        "Frankfurt am Main",
        "Vollzeit",
        ["SIEM", "ISO 27001", "Python"],
        "68.000 – 82.000 € / Jahr",
        6,
    ),
    (
        "Cloud Architect (m/w/d) Azure",
        "Rheinwerk Cloud GmbH",
        "Düsseldorf",
        "Vollzeit",
        ["Azure", "Bicep", "Networking"],
        None,
        5,
    ),
    (
        "Mobile Developer (m/w/d) Flutter",
        "Alpenblick Versicherung",
        "München",
        "Vollzeit",
        ["Flutter", "Dart"],
        "58.000 – 72.000 € / Jahr",
        4,
    ),
    (
        "Technischer Redakteur (m/w/d) Software",
        "Bodensee Sensorik",
        "Friedrichshafen",
        "Teilzeit",
        ["Markdown", "Docs as Code"],
        None,
        3,
    ),
    (
        "IT-Support (m/w/d) 1st Level",
        "Elbtal Logistik",
        "Dresden",
        "Vollzeit",
        ["Windows 11", "Ticketsysteme"],
        "36.000 – 40.000 € / Jahr",
        3,
    ),
    (
        "Machine Learning Engineer (m/w/d)",
        "Nordlicht Software GmbH",
        "Hamburg",
        "Remote",
        ["PyTorch", "MLOps", "Python"],
        "75.000 – 95.000 € / Jahr",
        2,
    ),
    ("Scrum Master (m/w/d)", "Schwabenconsult GmbH", "Stuttgart", "Vollzeit", ["Scrum", "SAFe"], None, 2),
    (
        "Datenbankadministrator (m/w/d) Oracle",
        "Stadtwerke Oberhausen",
        "Oberhausen",
        "Vollzeit",
        ["Oracle", "PL/SQL"],
        "TV-V EG 10",
        1,
    ),
    (
        "Praktikum (m/w/d) Softwareentwicklung",
        "Pixelhafen Agentur",
        "Hamburg",
        "Praktikum",
        ["JavaScript", "Git"],
        "Mindestlohn",
        1,
    ),
]
TOP_JOBS = [
    ("Senior Consultant (m/w/d) Digitalisierung", "Beratungshaus Westend", "Frankfurt am Main"),
    ("Teamleiter (m/w/d) Softwareentwicklung", "Havelsoft GmbH", "Potsdam"),
]


def _stelle_url(index: int, title: str) -> str:
    return f"/stellenangebote/{slug(title)}-{88410 + index * 3}/"


def _stelle(index: int, job: tuple[Any, ...]) -> str:
    title, company, city, kind, skills, salary, day = job
    skill_items = "".join(f'<li class="job-item__skill">{esc(k)}</li>' for k in skills)
    salary_line = (
        f'<li class="job-item__meta-item job-item__meta-item--salary"><span class="visually-hidden">Gehalt: </span><i class="icon icon-euro" aria-hidden="true"></i>{esc(salary)}</li>'
        if salary
        else ""
    )
    return f"""<article class="job-item" data-job-id="{88410 + index * 3}">
  <div class="job-item__logo"><img src="/media/logos/{slug(company)}.png" alt="{esc(company)} Logo" width="64" height="64" loading="lazy"></div>
  <div class="job-item__content">
    <h2 class="job-item__title"><a href="{_stelle_url(index, title)}" class="job-item__link">{esc(title)}</a></h2>
    <div class="job-item__company">{esc(company)}</div>
    <ul class="job-item__meta">
      <li class="job-item__meta-item job-item__meta-item--location"><i class="icon icon-pin" aria-hidden="true"></i>{esc(city)}</li>
      <li class="job-item__meta-item job-item__meta-item--type"><i class="icon icon-clock" aria-hidden="true"></i>{esc(kind)}</li>
      {salary_line}
    </ul>
    <ul class="job-item__skills" aria-label="Anforderungen">{skill_items}</ul>
    <div class="job-item__footer"><span class="job-item__date">Veröffentlicht am {day}.4.2026</span><button class="job-item__save" type="button" aria-label="Merken"><i class="icon icon-heart"></i></button></div>
  </div>
</article>"""


def _top_job(job: tuple[str, str, str]) -> str:
    title, company, city = job
    return f'<article class="top-job"><span class="top-job__badge">Top-Job</span><h3 class="top-job__title"><a href="/stellenangebote/{slug(title)}-top/">{esc(title)}</a></h3><div class="top-job__company">{esc(company)}</div><div class="top-job__location">{esc(city)}</div></article>'


def _jobwerk_layout(number: int, pages: int, body: str) -> str:
    def page_href(n: int) -> str:
        return "/jobs/it/" if n == 1 else f"/jobs/it/seite-{n}/"

    links = "".join(
        f'<li class="pagination__item pagination__item--current"><span aria-current="page">{n}</span></li>'
        if n == number
        else f'<li class="pagination__item"><a href="{page_href(n)}">{n}</a></li>'
        for n in range(1, pages + 1)
    )
    nxt = (
        f'<li class="pagination__item pagination__item--next"><a href="{page_href(number + 1)}" rel="next">Weiter</a></li>'
        if number < pages
        else ""
    )
    prev = (
        f'<li class="pagination__item pagination__item--prev"><a href="{page_href(number - 1)}" rel="prev">Zurück</a></li>'
        if number > 1
        else ""
    )
    cities = ["Berlin", "Hamburg", "München", "Köln", "Frankfurt am Main", "Stuttgart", "Düsseldorf", "Dresden"]
    facets = "".join(
        f'<li class="facet__option"><a href="/jobs/it/{slug(c)}/">{esc(c)} <span class="facet__count">({(i * 37) % 90 + 12})</span></a></li>'
        for i, c in enumerate(cities)
    )
    return f"""<!DOCTYPE html>
<html lang="de-DE">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>IT-Jobs: 214 Stellenangebote{"" if number == 1 else f" – Seite {number}"} | jobwerk.de</title>
<meta name="description" content="Aktuelle IT-Jobs in ganz Deutschland: Softwareentwicklung, Administration, Data Science und mehr.">
<link rel="stylesheet" href="/assets/css/app.7c2e91.css">
</head>
<body class="page-search">
<div class="cookie-notice" role="dialog" aria-label="Cookie-Hinweis"><p>Wir verwenden Cookies, um Ihnen die bestmögliche Nutzung unserer Website zu ermöglichen. <a href="/datenschutz/">Mehr erfahren</a></p><button class="btn btn--primary" type="button">Alle akzeptieren</button><button class="btn btn--link" type="button">Nur notwendige</button></div>
<header class="header"><div class="container"><a class="header__logo" href="/">jobwerk</a><nav class="header__nav" aria-label="Hauptnavigation"><ul><li><a href="/jobs/">Jobs finden</a></li><li><a href="/unternehmen/">Unternehmen</a></li><li><a href="/ratgeber/">Karriere-Ratgeber</a></li><li><a href="/arbeitgeber/">Für Arbeitgeber</a></li></ul></nav><a class="header__login" href="/login/">Anmelden</a></div></header>
<main class="container search-page">
  <nav class="breadcrumb" aria-label="Brotkrumen"><ol><li><a href="/">Startseite</a></li><li><a href="/jobs/">Jobs</a></li><li>IT</li></ol></nav>
  <h1 class="search-page__title">214 IT-Jobs in Deutschland</h1>
  <div class="search-page__layout">
    <aside class="filters"><h2 class="filters__title">Filter</h2><section class="facet"><h3 class="facet__title">Ort</h3><ul class="facet__options">{facets}</ul></section><section class="facet"><h3 class="facet__title">Anstellungsart</h3><ul class="facet__options"><li class="facet__option"><a href="/jobs/it/?art=vollzeit">Vollzeit <span class="facet__count">(162)</span></a></li><li class="facet__option"><a href="/jobs/it/?art=teilzeit">Teilzeit <span class="facet__count">(21)</span></a></li><li class="facet__option"><a href="/jobs/it/?art=remote">Remote <span class="facet__count">(34)</span></a></li></ul></section></aside>
    <div class="results">
      <div class="results__toolbar"><span class="results__count">Seite {number} von {pages}</span><label>Sortieren nach <select name="sort"><option>Relevanz</option><option selected>Datum</option></select></label></div>
      <section class="top-jobs" aria-label="Top-Jobs">{"".join(_top_job(j) for j in TOP_JOBS)}</section>
      <div class="results__list">
{body}
      </div>
      <nav class="pagination" aria-label="Seiten"><ul>{prev}{links}{nxt}</ul></nav>
    </div>
  </div>
  <section class="job-alert"><h2>Job-Alarm</h2><p>Neue IT-Jobs direkt per E-Mail erhalten.</p><form action="/job-alarm/" method="post"><input type="email" name="email" placeholder="Ihre E-Mail-Adresse"><button class="btn" type="submit">Job-Alarm aktivieren</button></form></section>
</main>
<footer class="footer"><div class="container"><ul class="footer__links"><li><a href="/impressum/">Impressum</a></li><li><a href="/datenschutz/">Datenschutz</a></li><li><a href="/agb/">AGB</a></li><li><a href="/kontakt/">Kontakt</a></li></ul><p>&copy; 2026 jobwerk GmbH, Leipzig</p></div></footer>
</body>
</html>"""


@third
def build_jobwerk() -> None:
    s = Site(
        "jobwerk",
        kind="job board (German, skill lists, day-first dates)",
        start="jobs/it/",
        description="A German IT job board: cards with company, place, employment type, a skill list (ul > li), an optional salary band and 'Veröffentlicht am 3.4.2026' dates (no day above 12: the page's language decides); Top-Job cards above the list.",
    )
    pages = chunks(list(enumerate(STELLEN)), [12, 10])
    for number, jobs in enumerate(pages, 1):
        body = "\n".join(_stelle(i, j) for i, j in jobs)
        path = "jobs/it/index.html" if number == 1 else f"jobs/it/seite-{number}/index.html"
        s.list_page(path, _jobwerk_layout(number, len(pages), body))
    for index, (title, company, city, kind, skills, salary, day) in enumerate(STELLEN):
        s.expect(
            {
                "title": title,
                "url": _stelle_url(index, title),
                "company": company,
                "location": city,
                "job_type": kind,
                "skills": skills,
                "salary": salary,
                "date": date(2026, 4, day).isoformat(),
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in THIRD.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind']:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
