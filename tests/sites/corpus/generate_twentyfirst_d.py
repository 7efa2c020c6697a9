"""Twenty-first wave, part D: three small-business pages of the long-tail web, copied from their real 2024–25
markup and written before any heuristic was changed for them.

* **bistro-menu** — a neighbourhood bistro's WordPress (Astra) menu page drawn by the Five Star Restaurant
  Menu plugin (``food-and-drink-menu``): ``div.fdm-menu > ul.fdm-section`` per section, ``li.fdm-section-header >
  h3`` (+ a note), ``li.fdm-item > div.fdm-item-panel`` with ``p.fdm-item-title``, a ``div.fdm-item-price-wrapper``
  of one or two ``div.fdm-item-price`` (bare "14" on food, "£5.50" on drinks, "Market price" once), the description
  in ``div.fdm-item-content``, dietary markers as ``abbr`` after the name; a set-lunch box (a Gutenberg group naming
  dishes again), a dietary key, a Smash Balloon Instagram grid, opening hours, a CookieYes banner.
  Written down: name, section, description, price, currency, dietary.
* **workable-careers** — a company careers page on apply.workable.com (the React app's server-rendered markup:
  ``styles--xxxx`` hashed classes and ``data-ui`` hooks): ``ul[data-ui=list] > li[data-ui=job]`` rows whose one
  link wraps ``h3[data-ui=job-title] > span``, ``small[data-ui=job-posted]`` "Posted 3 days ago", ``span[data-ui=
  job-workplace] > strong`` (Remote / Hybrid / On-site), ``div[data-ui=job-location]`` "Berlin, Germany" (a "+2
  locations" suffix on one), ``span[data-ui=job-department]`` and ``span[data-ui=job-type]``; filters, a
  "Show more" link over ``?page=N``. Written down: title, url, department, location, workplace, employment_type.
* **sessionize-speakers** — a WordPress conference site's speakers page embedding the Sessionize "Speakers grid"
  view (``div#sessionize.sessionize-wrapper > div.sz-root > div.sz-speakers--grid > ul > li.sz-speaker``: photo,
  ``h3.sz-speaker__name``, ``h4.sz-speaker__tagline``, ``ul.sz-speaker__sessions`` links), a keynote hero strip
  repeating three speakers, and the Sessionize modal left in the page holding one speaker's full card.
  Written down: name, tagline, sessions.

Run ``uv run python tests/sites/corpus/generate_twentyfirst_d.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

TWENTYFIRST_D: dict[str, Callable[[], None]] = {}


def twentyfirst_d(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TWENTYFIRST_D[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hex(text: str, size: int = 10) -> str:
    """A stable id derived from ``text`` (the real sites use random ones)."""
    return hashlib.sha1(text.encode()).hexdigest()[:size]


# ---------------------------------------------------------------------------------------------------
# bistro-menu: WordPress (Astra) + Five Star Restaurant Menu, one page.
# ---------------------------------------------------------------------------------------------------

DIET_NAMES = {"V": "Vegetarian", "VG": "Vegan", "GF": "Gluten free"}

#: (section, note, [(name, description, prices as shown, dietary)]).
BISTRO_MENU: list[tuple[str, str, list[tuple[str, str | None, list[str], list[str]]]]] = [
    (
        "Starters",
        "Served with Kentish sourdough & cultured butter",
        [
            ("Soup of the day", "Ask your server — always vegetarian, usually seasonal", ["7.5"], ["V"]),
            ("Heritage beetroot", "Whipped goat's curd, candied walnuts, blood orange", ["9"], ["V", "GF"]),
            ("Cornish crab on toast", "Brown crab mayonnaise, pickled cucumber, dill", ["13.5"], []),
            ("Chicken liver parfait", "Madeira jelly, toasted brioche, cornichons", ["10"], []),
            ("Burrata", "Roast Isle of Wight tomatoes, basil oil, aged balsamic", ["12"], ["V", "GF"]),
            ("Salt & pepper squid", "Lime aioli, pickled chilli", ["11"], ["GF"]),
            ("Charred hispi cabbage", "Miso butter, crispy shallots, sesame", ["8.5"], ["VG"]),
            ("Rock oysters", "Mignonette, lemon — each", ["3.5"], ["GF"]),
        ],
    ),
    (
        "Mains",
        "Please tell us about any allergies when you order",
        [
            ("28-day aged ribeye", "Bone marrow butter, watercress, triple-cooked chips", ["34"], ["GF"]),
            ("Pan-roasted hake", "Brown shrimp, samphire, beurre blanc", ["24"], ["GF"]),
            (
                "Catch of the day",
                "Whole fish from Brixham, grilled over charcoal, salsa verde",
                ["Market price"],
                ["GF"],
            ),
            ("Confit duck leg", "Puy lentils, smoked bacon, cavolo nero", ["22"], []),
            ("Wild mushroom risotto", "Aged parmesan, truffle oil, crispy sage", ["18"], ["V", "GF"]),
            ("Braised beef short rib", "Horseradish mash, glazed carrots, red wine jus", ["26"], []),
            ("Cauliflower steak", "Romesco, toasted almonds, caper & raisin dressing", ["17"], ["VG", "GF"]),
            ("Bistro burger", "Dry-aged beef, Ogleshield, pickles, brioche bun, fries", ["18.5"], []),
            ("Pork belly", None, ["21"], ["GF"]),
        ],
    ),
    (
        "Desserts",
        "",
        [
            ("Dark chocolate delice", "Salted caramel, crème fraîche", ["9"], ["V"]),
            ("Sticky toffee pudding", "Butterscotch sauce, clotted cream", ["8.5"], ["V"]),
            ("Rhubarb & custard tart", "Poached Yorkshire rhubarb, vanilla custard", ["8.5"], ["V"]),
            ("Affogato", "Vanilla ice cream, espresso, amaretti", ["6"], ["V", "GF"]),
            ("Coconut panna cotta", "Passion fruit, lime, toasted coconut", ["7.5"], ["VG", "GF"]),
            ("British cheeses", "Three cheeses, quince, oatcakes, celery", ["12"], ["V"]),
        ],
    ),
    (
        "Drinks",
        "Wine by the 175ml glass or bottle",
        [
            (
                "Picpoul de Pinet, Domaine Félines Jourdan",
                "Languedoc, France — crisp, citrus, saline",
                ["£7.50", "£29"],
                ["VG"],
            ),
            ("Côtes du Rhône, Domaine de la Janasse", "Rhône, France — red fruit, pepper", ["£8.50", "£34"], ["VG"]),
            ("Nyetimber Classic Cuvée", "West Sussex — English sparkling", ["£65"], []),
            ("Negroni", "Sipsmith gin, Campari, sweet vermouth", ["£11"], []),
            ("Bistro spritz", "Aperitivo, prosecco, soda, orange", ["£9.50"], ["VG"]),
            ("Harbour Pale Ale (330ml)", "Cornwall, 4.5%", ["£6"], []),
            ("Fresh mint tea", None, ["£3.50"], ["VG", "GF"]),
        ],
    ),
]

SET_LUNCH = [
    "Soup of the day",
    "Chicken liver parfait",
    "Confit duck leg",
    "Wild mushroom risotto",
    "Sticky toffee pudding",
    "Affogato",
]


def _price_number(shown: str) -> float | int | str:
    """'£7.50' → 7.5, '14' → 14; words stay words."""
    text = shown.lstrip("£")
    try:
        value = float(text)
    except ValueError:
        return shown
    return int(value) if value.is_integer() else value


def _fdm_item(index: int, name: str, description: str | None, prices: list[str], dietary: list[str]) -> str:
    numbers = [v for v in (_price_number(p) for p in prices) if not isinstance(v, str)]
    low = min(numbers) if numbers else ""
    high = max(numbers) if numbers else ""
    price_divs = "\n".join(f'\t\t\t<div class="fdm-item-price">{esc(p)}</div>' for p in prices)
    diet = ""
    if dietary:
        marks = " ".join(
            f'<abbr class="fdm-diet fdm-diet-{d.lower()}" title="{DIET_NAMES[d]}">{d}</abbr>' for d in dietary
        )
        diet = f'\n\t\t<span class="fdm-item-dietary">{marks}</span>'
    content = (
        f'\n\t\t<div class="fdm-item-content">\n\t\t\t<p>{esc(description)}</p>\n\t\t</div>' if description else ""
    )
    classes = "fdm-item fdm-item-has-price" + (" fdm-item-ajax-open" if index % 7 == 3 else "")
    return f"""<li class="{classes}">
	<div class="fdm-item-panel" data-postid="{4100 + index}">
		<p class="fdm-item-title">{esc(name)}</p>{diet}
		<div class="fdm-item-price-wrapper" data-min_price="{low}" data-max_price="{high}">
{price_divs}
		</div>{content}
		<div class="fdm-clearfix"></div>
	</div>
</li>"""


def _instagram() -> str:
    posts = [
        ("C5xQ2", "First Yorkshire rhubarb of the year 🌱 #rhubarb #bistro"),
        ("C5vA9", "Sunday lunch is back — book via the link in bio"),
        ("C5s7K", "Brixham day boats came in heavy this morning"),
        ("C5pR1", "New on the wine list: Picpoul from Domaine Félines Jourdan"),
        ("C5mZ4", "Team tasting night 🍷"),
        ("C5kB8", "Hispi cabbage, miso butter. That's it. That's the post."),
    ]
    items = "\n".join(
        f"""<div class="sbi_item sbi_type_image sbi_new sbi_transition" id="sbi_{_hex(code, 17)}" data-date="17{index}0210000">
	<div class="sbi_photo_wrap">
		<a class="sbi_photo" href="https://www.instagram.com/p/{code}8cLmE/" target="_blank" rel="noopener nofollow" data-full-res="https://scontent.cdninstagram.com/v/t51.29350-15/{_hex(code, 12)}_n.jpg">
			<img src="https://theparsonsbistro.co.uk/wp-content/plugins/instagram-feed/img/placeholder.png" alt="{esc(caption)}">
		</a>
	</div>
</div>"""
        for index, (code, caption) in enumerate(posts)
    )
    return f"""<div id="sb_instagram" class="sbi sbi_mob_col_2 sbi_tab_col_3 sbi_col_6" style="padding-bottom: 10px;" data-feedid="*1" data-res="auto" data-cols="6" data-num="6" data-shortcode-atts="{{&quot;feed&quot;:&quot;1&quot;}}" data-postid="212" data-sbi-flags="favorLocal">
	<div class="sb_instagram_header">
		<a href="https://www.instagram.com/theparsonsbistro/" target="_blank" rel="nofollow noopener" title="@theparsonsbistro" class="sbi_header_link">
			<div class="sbi_header_text sbi_no_bio"><h3>theparsonsbistro</h3></div>
		</a>
	</div>
	<div id="sbi_images">
{items}
	</div>
	<div id="sbi_load">
		<span class="sbi_follow_btn"><a href="https://www.instagram.com/theparsonsbistro/" target="_blank" rel="nofollow noopener">Follow on Instagram</a></span>
	</div>
	<span class="sbi_resized_image_data" data-feed-id="*1" data-resized="[]"></span>
</div>"""


@twentyfirst_d
def build_bistro_menu() -> None:
    s = Site(
        "bistro-menu",
        kind="restaurant menu (WordPress Astra + Five Star Restaurant Menu 2024–25: ul.fdm-section per course with li.fdm-section-header > h3, li.fdm-item with p.fdm-item-title, fdm-item-price as bare '9' or '8.5' on food and '£9.50' on drinks, two prices on wines, 'Market price' once, dietary abbr V/VG/GF after the name, a set-lunch box and an Instagram grid around it)",
        start="menu/",
        description="A neighbourhood bistro's WordPress site (Astra theme, Five Star Restaurant Menu / food-and-drink-menu plugin) as served in 2024–25: the Astra header (logo, primary menu Home / Menu / Private dining / Gift vouchers / Contact, a 'Book a table' button), the page title 'Our menu' and an intro paragraph, a Gutenberg group 'Set lunch' box (Mon–Fri 12–3pm, '2 courses 22 · 3 courses 27', six dish names from the menu in a list), the plugin's div#fdm-menu-1.fdm-menu.fdm-layout-classic with one ul.fdm-section per course (Starters, Mains, Desserts, Drinks): li.fdm-section-header > h3 + a note, then li.fdm-item > div.fdm-item-panel with p.fdm-item-title, a span of abbr dietary markers (V, VG, GF with titles), div.fdm-item-price-wrapper data-min_price/data-max_price holding one div.fdm-item-price per price ('14' and '8.5' on food, '£7.50' and '£29' glass/bottle on the wines, 'Market price' on the catch of the day), div.fdm-item-content > p description (missing on two). Around it: a dietary key paragraph with the same abbr, the VAT/service note, a Smash Balloon Instagram feed (six sbi_item tiles with captions), footer widgets (address, opening hours as a table, newsletter form), a CookieYes consent banner, Yoast JSON-LD naming the restaurant. One page, 30 dishes. Written down: name, section, description, price (a number; 'Market price' as text on the one dish), currency (GBP), dietary (list of the markers).",
    )
    sections = []
    index = 0
    for section, note, dishes in BISTRO_MENU:
        items = []
        for name, description, prices, dietary in dishes:
            index += 1
            items.append(_fdm_item(index, name, description, prices, dietary))
            price = _price_number(prices[0])
            s.expect(
                {
                    "name": name,
                    "section": section,
                    "description": description,
                    "price": price,
                    "currency": None if isinstance(price, str) else "GBP",
                    "dietary": dietary or None,
                }
            )
        note_html = f"\n\t\t<p>{esc(note)}</p>" if note else ""
        body = "\n".join(items)
        sections.append(
            f"""<ul class="fdm-section fdm-sectionid-{30 + len(sections)} fdm-section-{slug(section)}">
	<li class="fdm-section-header" id="fdm-section-header-{slug(section)}">
		<h3>{esc(section)}</h3>{note_html}
	</li>
{body}
</ul>"""
        )
    set_lunch = "\n".join(f"\t\t<li>{esc(dish)}</li>" for dish in SET_LUNCH)
    menu = "\n".join(sections)
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Menu – The Parsons Bistro</title>
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://theparsonsbistro.co.uk/menu/">
<meta property="og:locale" content="en_GB">
<meta property="og:type" content="article">
<meta property="og:title" content="Menu – The Parsons Bistro">
<meta property="og:description" content="Seasonal British bistro cooking in Faversham. Lunch Wednesday to Sunday, dinner Wednesday to Saturday.">
<script type="application/ld+json" class="yoast-schema-graph">{{"@context":"https://schema.org","@graph":[{{"@type":"WebPage","@id":"https://theparsonsbistro.co.uk/menu/","url":"https://theparsonsbistro.co.uk/menu/","name":"Menu – The Parsons Bistro","isPartOf":{{"@id":"https://theparsonsbistro.co.uk/#website"}},"datePublished":"2023-03-02T11:20:41+00:00","dateModified":"2025-03-14T16:02:19+00:00","inLanguage":"en-GB"}},{{"@type":"Restaurant","@id":"https://theparsonsbistro.co.uk/#organization","name":"The Parsons Bistro","servesCuisine":"Modern British","priceRange":"££","telephone":"+44 1795 530 218","address":{{"@type":"PostalAddress","streetAddress":"14 Court Street","addressLocality":"Faversham","postalCode":"ME13 7AX","addressCountry":"GB"}},"hasMenu":"https://theparsonsbistro.co.uk/menu/"}}]}}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="https://theparsonsbistro.co.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.3" media="all">
<link rel="stylesheet" id="fdm-css-base-css" href="https://theparsonsbistro.co.uk/wp-content/plugins/food-and-drink-menu/assets/css/base.css?ver=2.4.14" media="all">
<link rel="stylesheet" id="fdm-css-classic-css" href="https://theparsonsbistro.co.uk/wp-content/plugins/food-and-drink-menu/assets/css/classic.css?ver=2.4.14" media="all">
<link rel="stylesheet" id="sbi_styles-css" href="https://theparsonsbistro.co.uk/wp-content/plugins/instagram-feed/css/sbi-styles.min.css?ver=6.6.1" media="all">
<style id="fdm-custom-css">.fdm-item-dietary abbr{{font-size:.7em;border:1px solid currentColor;border-radius:3px;padding:0 3px;margin-left:4px;text-decoration:none}}.fdm-section-header h3{{font-family:'Cormorant Garamond',serif}}</style>
</head>
<body itemtype="https://schema.org/WebPage" itemscope="itemscope" class="page-template-default page page-id-212 wp-custom-logo ast-desktop ast-page-builder-template ast-no-sidebar astra-4.8.3 ast-single-post ast-inherit-site-logo-transparent ast-hfb-header">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">
	<div id="ast-desktop-header" data-toggle-type="dropdown">
		<div class="ast-main-header-wrap main-header-bar-wrap">
			<div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item" data-section="section-primary-header-builder">
				<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container" data-section="section-primary-header-builder">
					<div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center">
						<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left">
							<div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline">
								<div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope">
									<span class="site-logo-img"><a href="https://theparsonsbistro.co.uk/" class="custom-logo-link" rel="home"><img width="180" height="64" src="https://theparsonsbistro.co.uk/wp-content/uploads/2023/02/parsons-logo.svg" class="custom-logo" alt="The Parsons Bistro" decoding="async"></a></span>
								</div>
							</div>
						</div>
						<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section">
							<div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1">
								<div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Site Navigation: Main" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope"><div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">
<li id="menu-item-20" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-home menu-item-20"><a href="https://theparsonsbistro.co.uk/" class="menu-link">Home</a></li>
<li id="menu-item-214" class="menu-item menu-item-type-post_type menu-item-object-page current-menu-item page_item page-item-212 current_page_item menu-item-214"><a href="https://theparsonsbistro.co.uk/menu/" aria-current="page" class="menu-link">Menu</a></li>
<li id="menu-item-318" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-318"><a href="https://theparsonsbistro.co.uk/private-dining/" class="menu-link">Private dining</a></li>
<li id="menu-item-402" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-402"><a href="https://theparsonsbistro.vouchercart.com/" class="menu-link">Gift vouchers</a></li>
<li id="menu-item-22" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-22"><a href="https://theparsonsbistro.co.uk/contact/" class="menu-link">Contact</a></li>
</ul></div></nav></div></div>
							</div>
							<div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-button-1" data-section="section-hb-button-1">
								<div class="ast-builder-button-wrap ast-builder-button-size-sm"><a class="ast-custom-button-link" href="https://www.opentable.co.uk/r/the-parsons-bistro-faversham" target="_blank" role="button" aria-label="Book a table"><div class="ast-custom-button">Book a table</div></a></div>
							</div>
						</div>
					</div>
				</div>
			</div>
		</div>
	</div>
</header>
<div id="content" class="site-content">
<div class="ast-container">
<div id="primary" class="content-area primary">
<main id="main" class="site-main">
<article class="post-212 page type-page status-publish ast-article-single" id="post-212" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<header class="entry-header ast-no-thumbnail">
	<h1 class="entry-title" itemprop="headline">Our menu</h1>
</header>
<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">

<p>We cook with what Kent's growers and the Brixham day boats bring us, so the menu changes a little every week. This is tonight's — last updated <strong>14 March 2025</strong>.</p>

<div class="wp-block-group set-menu has-border-color has-pale-cyan-blue-background-color has-background is-layout-constrained wp-block-group-is-layout-constrained" style="border-width:1px;padding-top:24px;padding-bottom:24px">
	<h2 class="wp-block-heading has-text-align-center">Set lunch</h2>
	<p class="has-text-align-center"><em>Wednesday to Friday, 12–3pm</em></p>
	<p class="has-text-align-center has-large-font-size"><strong>2 courses 22 · 3 courses 27</strong></p>
	<ul class="wp-block-list has-text-align-center">
{set_lunch}
	</ul>
	<p class="has-text-align-center has-small-font-size">Not available on bank holidays or in December.</p>
</div>

<div class="wp-block-buttons is-content-justification-center is-layout-flex wp-block-buttons-is-layout-flex">
	<div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="https://theparsonsbistro.co.uk/wp-content/uploads/2025/03/parsons-menu-march-2025.pdf">Download the menu (PDF)</a></div>
</div>

<div id="fdm-menu-1" class="fdm-menu fdm-menu-208 fdm-columns-1 fdm-layout-classic clearfix">
{menu}
</div>

<p class="dietary-key has-small-font-size"><abbr title="Vegetarian">V</abbr> vegetarian · <abbr title="Vegan">VG</abbr> vegan · <abbr title="Gluten free">GF</abbr> made without gluten-containing ingredients. Our kitchen handles all 14 major allergens; please ask us for the allergen matrix.</p>
<p class="has-small-font-size">All prices are in pounds and include VAT. A discretionary service charge of 12.5% is added to tables of six or more.</p>

<h2 class="wp-block-heading">Follow us</h2>
{_instagram()}

</div>
</article>
</main>
</div>
</div>
</div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon">
	<div class="site-primary-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-3-equal ast-builder-grid-row-tablet-3-equal ast-builder-grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack" data-section="section-primary-footer-builder">
		<div class="ast-builder-grid-row-container-inner"><div class="ast-builder-footer-grid-columns site-primary-footer-inner-wrap ast-builder-grid-row">
			<div class="site-footer-primary-section-1 site-footer-section site-footer-section-1">
				<aside class="footer-widget-area widget-area site-footer-focus-item footer-widget-area-inner" data-section="sidebar-widgets-footer-widget-1" aria-label="Footer Widget 1"><section id="block-7" class="widget widget_block">
					<h2 class="wp-block-heading">Find us</h2>
					<p>The Parsons Bistro<br>14 Court Street<br>Faversham ME13 7AX<br><a href="tel:+441795530218">01795 530 218</a><br><a href="mailto:hello@theparsonsbistro.co.uk">hello@theparsonsbistro.co.uk</a></p>
				</section></aside>
			</div>
			<div class="site-footer-primary-section-2 site-footer-section site-footer-section-2">
				<aside class="footer-widget-area widget-area site-footer-focus-item footer-widget-area-inner" data-section="sidebar-widgets-footer-widget-2" aria-label="Footer Widget 2"><section id="block-8" class="widget widget_block">
					<h2 class="wp-block-heading">Opening hours</h2>
					<figure class="wp-block-table is-style-stripes"><table><tbody>
						<tr><td>Monday – Tuesday</td><td>Closed</td></tr>
						<tr><td>Wednesday – Thursday</td><td>12–3pm, 6–9.30pm</td></tr>
						<tr><td>Friday – Saturday</td><td>12–3pm, 6–10pm</td></tr>
						<tr><td>Sunday</td><td>12–5pm</td></tr>
					</tbody></table></figure>
				</section></aside>
			</div>
			<div class="site-footer-primary-section-3 site-footer-section site-footer-section-3">
				<aside class="footer-widget-area widget-area site-footer-focus-item footer-widget-area-inner" data-section="sidebar-widgets-footer-widget-3" aria-label="Footer Widget 3"><section id="block-9" class="widget widget_block">
					<h2 class="wp-block-heading">Newsletter</h2>
					<form class="mc4wp-form mc4wp-form-311" method="post" data-id="311" data-name="Newsletter"><div class="mc4wp-form-fields"><p><input type="email" name="EMAIL" placeholder="Your email address" required></p><p><input type="submit" value="Sign up"></p></div></form>
				</section></aside>
			</div>
		</div></div>
	</div>
	<div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full" data-section="section-below-footer-builder">
		<div class="ast-footer-copyright"><p>Copyright © 2025 The Parsons Bistro Ltd · Company no. 12873301 · <a href="https://theparsonsbistro.co.uk/privacy-policy/">Privacy</a></p></div>
	</div>
</footer>
</div>
<div class="cky-consent-container cky-banner-bottom" tabindex="0">
	<div class="cky-consent-bar" data-cky-tag="notice" style="background-color:#FFFFFF;border-color:#f4f4f4">
		<div class="cky-notice">
			<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p>
			<div class="cky-notice-group">
				<div class="cky-notice-des" data-cky-tag="description"><p>We use cookies to enhance your browsing experience, serve personalised content, and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.</p></div>
				<div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons">
					<button class="cky-btn cky-btn-customize" aria-label="Customise" data-cky-tag="settings-button">Customise</button>
					<button class="cky-btn cky-btn-reject" aria-label="Reject All" data-cky-tag="reject-button">Reject All</button>
					<button class="cky-btn cky-btn-accept" aria-label="Accept All" data-cky-tag="accept-button">Accept All</button>
				</div>
			</div>
		</div>
	</div>
</div>
<script src="https://theparsonsbistro.co.uk/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script id="fdm-base-js-js-extra">var fdmFromSettings = {{"sidebar_click_action":"onlyselected","details_lightbox":"","disable_price_filtering":""}};</script>
<script src="https://theparsonsbistro.co.uk/wp-content/plugins/food-and-drink-menu/assets/js/base.js?ver=2.4.14" id="fdm-base-js-js"></script>
<script src="https://theparsonsbistro.co.uk/wp-content/plugins/instagram-feed/js/sbi-scripts.min.js?ver=6.6.1" id="sbi_scripts-js"></script>
<script src="https://theparsonsbistro.co.uk/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.8.3" id="astra-theme-js-js"></script>
</body>
</html>"""
    s.list_page("menu/index.html", page)
    s.finish()


# ---------------------------------------------------------------------------------------------------
# workable-careers: apply.workable.com/<company>/ (server-rendered React markup), ?page=N.
# ---------------------------------------------------------------------------------------------------

#: (title, department, location, extra locations, workplace, employment type, posted).
WORKABLE_JOBS: list[tuple[str, str | None, str, int, str, str | None, str]] = [
    ("Senior Backend Engineer (Go)", "Engineering", "Berlin, Germany", 0, "Hybrid", "Full time", "Posted 3 days ago"),
    ("Staff Platform Engineer", "Engineering", "Berlin, Germany", 2, "Hybrid", "Full time", "Posted 5 days ago"),
    (
        "Product Designer, Carrier App",
        "Product & Design",
        "Lisbon, Portugal",
        0,
        "Hybrid",
        "Full time",
        "Posted 6 days ago",
    ),
    ("Account Executive DACH", "Sales", "Munich, Germany", 0, "On-site", "Full time", "Posted 7 days ago"),
    ("Data Engineer", "Data", "Germany", 0, "Remote", "Full time", "Posted 8 days ago"),
    (
        "Working Student – Customer Operations (m/f/d)",
        "Operations",
        "Berlin, Germany",
        0,
        "On-site",
        "Part time",
        "Posted 9 days ago",
    ),
    ("Engineering Manager, Routing", "Engineering", "Berlin, Germany", 0, "Hybrid", "Full time", "Posted 10 days ago"),
    (
        "Senior Frontend Engineer (React/TypeScript)",
        "Engineering",
        "Portugal",
        0,
        "Remote",
        "Full time",
        "Posted 12 days ago",
    ),
    (
        "Customer Success Manager – Enterprise",
        "Customer Success",
        "Hamburg, Germany",
        0,
        "Hybrid",
        "Full time",
        "Posted 13 days ago",
    ),
    (
        "Freight Operations Specialist (Dutch speaking)",
        "Operations",
        "Rotterdam, Netherlands",
        0,
        "On-site",
        "Full time",
        "Posted 14 days ago",
    ),
    (
        "Machine Learning Engineer, ETA Prediction",
        "Data",
        "Berlin, Germany",
        1,
        "Hybrid",
        "Full time",
        "Posted 15 days ago",
    ),
    (
        "Sales Development Representative (French speaking)",
        "Sales",
        "Lisbon, Portugal",
        0,
        "On-site",
        "Full time",
        "Posted 16 days ago",
    ),
    (
        "Senior Product Manager, Billing",
        "Product & Design",
        "Berlin, Germany",
        0,
        "Hybrid",
        "Full time",
        "Posted 18 days ago",
    ),
    ("Site Reliability Engineer", "Engineering", "Spain", 0, "Remote", "Full time", "Posted 19 days ago"),
    ("People Partner", "People", "Berlin, Germany", 0, "Hybrid", "Part time", "Posted 20 days ago"),
    ("Finance Intern (6 months)", "Finance", "Berlin, Germany", 0, "On-site", "Internship", "Posted 21 days ago"),
    ("Technical Writer (Freelance)", None, "Germany", 0, "Remote", "Contract", "Posted 22 days ago"),
    ("Solutions Engineer", "Sales", "Amsterdam, Netherlands", 0, "Hybrid", "Full time", "Posted 23 days ago"),
    ("Senior Data Analyst, Pricing", "Data", "Lisbon, Portugal", 0, "Hybrid", "Full time", "Posted 25 days ago"),
    ("Mobile Engineer (Kotlin)", "Engineering", "Poland", 0, "Remote", "Contract", "Posted 26 days ago"),
    ("Talent Acquisition Lead", "People", "Berlin, Germany", 0, "Hybrid", "Full time", "Posted 27 days ago"),
    (
        "Key Account Manager – Shippers (m/w/d)",
        "Sales",
        "Düsseldorf, Germany",
        0,
        "On-site",
        "Full time",
        "Posted 28 days ago",
    ),
    ("Security Engineer", "Engineering", "Berlin, Germany", 0, "Hybrid", None, "Posted 29 days ago"),
    ("Office & Workplace Coordinator", "People", "Berlin, Germany", 0, "On-site", "Part time", "Posted 30+ days ago"),
    ("Head of Finance", "Finance", "Berlin, Germany", 0, "Hybrid", "Full time", "Posted 30+ days ago"),
    ("QA Automation Engineer", "Engineering", "Lisbon, Portugal", 0, "Hybrid", None, "Posted 30+ days ago"),
    (
        "Carrier Onboarding Associate (Polish speaking)",
        "Operations",
        "Poland",
        0,
        "Remote",
        "Full time",
        "Posted 30+ days ago",
    ),
    ("General Application", None, "Berlin, Germany", 0, "Hybrid", "Full time", "Posted 30+ days ago"),
]
WORKABLE_DEPARTMENTS = sorted({job[1] for job in WORKABLE_JOBS if job[1]})


def _workable_shortcode(title: str) -> str:
    return _hex(title).upper()


def _workable_job(job: tuple[str, str | None, str, int, str, str | None, str]) -> str:
    title, department, location, extra, workplace, employment, posted = job
    code = _workable_shortcode(title)
    more = (
        f'<span class="styles--2TdGW styles--1hqmh" data-ui="job-location-more">+{extra} location{"s" if extra > 1 else ""}</span>'
        if extra
        else ""
    )
    department_html = (
        f'\n\t\t\t\t<span class="styles--3vx-H" data-ui="job-department">{esc(department)}</span>' if department else ""
    )
    type_html = (
        f'\n\t\t\t\t<span class="styles--3vx-H" data-ui="job-type">{esc(employment)}</span>' if employment else ""
    )
    return f"""<li class="styles--1vo9F" data-ui="job" data-id="{code}" tabindex="-1">
	<a href="/freightlane/j/{code}/" aria-labelledby="{code}_title" class="styles--1OnOt" tabindex="0">
		<div class="styles--3dHjp">
			<div class="styles--1vH5I">
				<h3 class="styles--3TJHk" data-ui="job-title" id="{code}_title"><span>{esc(title)}</span></h3>
				<small class="styles--1Wm6T" data-ui="job-posted">{esc(posted)}</small>
			</div>
			<div class="styles--2TdGW styles--1Sarc">
				<div class="styles--1Sarc styles--3da6V"><span class="styles--2wIkk" data-ui="job-workplace"><strong>{esc(workplace)}</strong></span></div>
				<div class="styles--1Sarc styles--Xn8hR" data-ui="job-location"><svg class="styles--1LbDt" aria-hidden="true" width="16" height="16" viewBox="0 0 16 16"><path d="M8 1a5 5 0 0 0-5 5c0 3.5 5 9 5 9s5-5.5 5-9a5 5 0 0 0-5-5z"></path></svg><div class="styles--3Tqlx" data-ui="job-location-tooltip"><span class="styles--2TdGW"><span data-ellipsis-element="true">{esc(location)}</span></span></div>{more}</div>
				<div class="styles--1Sarc styles--1QTGO">{department_html}{type_html}
				</div>
			</div>
		</div>
	</a>
</li>"""


def _workable_page(number: int, total: int, jobs: list[tuple[str, str | None, str, int, str, str | None, str]]) -> str:
    rows = "\n".join(_workable_job(job) for job in jobs)
    options = "\n".join(f'\t\t\t\t\t<option value="{slug(d)}">{esc(d)}</option>' for d in WORKABLE_DEPARTMENTS)
    more = (
        f'<a href="?page={number + 1}" class="styles--1ZKRN styles--2VeEN" data-ui="load-more-button" role="button"><span>Show more</span></a>'
        if number < total
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Freightlane - Current openings</title>
<meta name="description" content="Find out what it's like to work at Freightlane. Explore our open jobs and apply today.">
<meta property="og:title" content="Freightlane - Current openings">
<meta property="og:image" content="https://workablehr.s3.amazonaws.com/uploads/account/open_graph_logo/581204/social?1712049823">
<link rel="canonical" href="https://apply.workable.com/freightlane/">
<link rel="stylesheet" href="https://apply.workable.com/static/css/careers.7c1d2f9b.css">
</head>
<body>
<div id="app">
<div class="styles--3IYUq" data-ui="careers-page">
	<div class="styles--1Eq9V" data-ui="cookie-consent" role="dialog" aria-label="Cookie consent">
		<p>We use cookies to make this site work and to understand how you use it. <a href="https://www.workable.com/privacy" target="_blank" rel="noopener noreferrer">Learn more</a></p>
		<button class="styles--1ZKRN" data-ui="cookie-consent-decline" type="button">Decline all</button>
		<button class="styles--1ZKRN styles--2VeEN" data-ui="cookie-consent-accept" type="button">Accept all</button>
	</div>
	<header class="styles--2ntG5" data-ui="company-header">
		<a href="/freightlane/" class="styles--3HKPt" data-ui="company-logo"><img src="https://workablehr.s3.amazonaws.com/uploads/account/logo/581204/logo" alt="Freightlane" class="styles--1Eg-b"></a>
		<nav class="styles--1lFpv"><a href="https://freightlane.io" target="_blank" rel="noopener noreferrer" data-ui="company-url">View website</a></nav>
	</header>
	<main class="styles--1Sx8B" id="main">
		<section class="styles--2MKUg" data-ui="overview">
			<h1 class="styles--1bH6V" data-ui="company-name">Freightlane</h1>
			<div class="styles--2w6z1" data-ui="company-description">
				<p>Freightlane is the operating system for European road freight. Shippers book capacity in seconds, carriers fill empty kilometres, and our routing engine plans 2.4 million truck kilometres a week.</p>
				<p>We are 240 people from 38 countries, with hubs in Berlin and Lisbon and teammates working remotely across Europe.</p>
			</div>
		</section>
		<section class="styles--3-pXe" data-ui="jobs-section">
			<h2 class="styles--3RvPR">Current openings</h2>
			<form class="styles--1i7bD" data-ui="jobs-filters" role="search" action="/freightlane/" method="get">
				<label class="styles--2y0Fm"><span class="styles--screen-reader">Search</span><input type="search" name="query" placeholder="Search" data-ui="search-input" class="styles--2d1aX"></label>
				<label class="styles--2y0Fm"><span class="styles--screen-reader">Location</span><select name="location" data-ui="location-filter">
					<option value="">Location</option>
					<option value="de">Germany</option>
					<option value="pt">Portugal</option>
					<option value="nl">Netherlands</option>
					<option value="es">Spain</option>
					<option value="pl">Poland</option>
				</select></label>
				<label class="styles--2y0Fm"><span class="styles--screen-reader">Department</span><select name="department" data-ui="department-filter">
					<option value="">Department</option>
{options}
				</select></label>
				<label class="styles--2y0Fm"><span class="styles--screen-reader">Work type</span><select name="worktype" data-ui="worktype-filter">
					<option value="">Work type</option>
					<option value="full">Full time</option>
					<option value="part">Part time</option>
					<option value="contract">Contract</option>
					<option value="internship">Internship</option>
				</select></label>
				<label class="styles--2y0Fm"><input type="checkbox" name="remote" value="true" data-ui="remote-filter"> <span>Remote</span></label>
			</form>
			<p class="styles--2Ou_U" data-ui="jobs-count"><span>{len(WORKABLE_JOBS)} jobs</span></p>
			<ul class="styles--3TJHk" data-ui="list">
{rows}
			</ul>
			<div class="styles--3oC6y" data-ui="load-more">{more}</div>
		</section>
	</main>
	<footer class="styles--2ntQ0" data-ui="footer">
		<a href="https://freightlane.io" data-ui="footer-company-url">View website</a>
		<a href="https://help.workable.com/hc/en-us/categories/115000249573-Candidates" target="_blank" rel="noopener noreferrer">Help</a>
		<a href="https://www.workable.com/accessibility" target="_blank" rel="noopener noreferrer">Accessibility</a>
		<a href="https://www.workable.com/privacy" target="_blank" rel="noopener noreferrer">Privacy</a>
		<span data-ui="powered-by">Powered by <a href="https://www.workable.com/?utm_source=careers_page&amp;utm_medium=powered_by" target="_blank" rel="noopener noreferrer"><img src="https://apply.workable.com/static/images/workable-logo.svg" alt="Workable" height="14"></a></span>
	</footer>
</div>
</div>
<script>window.__careers = {{"account":{{"subdomain":"freightlane","name":"Freightlane","id":581204}},"page":{number},"locale":"en"}};</script>
<script src="https://apply.workable.com/static/js/careers.3f9a1e0c.js" defer></script>
</body>
</html>"""


@twentyfirst_d
def build_workable_careers() -> None:
    s = Site(
        "workable-careers",
        kind="company careers page (apply.workable.com 2024–25 server-rendered React markup: styles--xxxx hashed classes, data-ui hooks; li[data-ui=job] rows whose one link wraps title, 'Posted 3 days ago', workplace strong, location with '+2 locations', department and type spans; filters as selects; 'Show more' link over ?page=N)",
        start="freightlane/",
        description="A company careers page hosted on apply.workable.com (apply.workable.com/freightlane/) as server-rendered in 2024–25: hashed CSS-module classes (styles--1vo9F …) and data-ui hooks everywhere; a cookie-consent dialog, the company header (logo, 'View website'), an overview section (company name h1, two paragraphs), 'Current openings' with a filter form (search input; Location, Department and Work type selects whose options repeat the department and type words; a Remote checkbox), '28 jobs', then ul[data-ui=list] > li[data-ui=job] rows: one a href='/freightlane/j/<SHORTCODE>/' wrapping h3[data-ui=job-title] > span, small[data-ui=job-posted] 'Posted 3 days ago' / 'Posted 30+ days ago', span[data-ui=job-workplace] > strong (Remote / Hybrid / On-site), div[data-ui=job-location] with an svg pin and the location ('Berlin, Germany', or just 'Germany' for remote jobs) plus a 'job-location-more' span ('+2 locations', '+1 location') on two rows, span[data-ui=job-department] (missing on two) and span[data-ui=job-type] (Full time / Part time / Contract / Internship; missing on two). A 'Show more' link (a[data-ui=load-more-button] href='?page=N') under the list; 10 + 10 + 8 jobs; the Workable footer (Help, Accessibility, Privacy, Powered by Workable) and a small window.__careers script. Written down: title, url, department, location, workplace, employment_type.",
    )
    pages = chunks(WORKABLE_JOBS, [10, 10, 8])
    for number, jobs in enumerate(pages, 1):
        path = "freightlane/index.html" if number == 1 else f"freightlane/@page={number}"
        s.list_page(path, _workable_page(number, len(pages), jobs))
        for title, department, location, _extra, workplace, employment, _posted in jobs:
            s.expect(
                {
                    "title": title,
                    "url": f"/freightlane/j/{_workable_shortcode(title)}/",
                    "department": department,
                    "location": location,
                    "workplace": workplace,
                    "employment_type": employment,
                }
            )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# sessionize-speakers: WordPress conference site + Sessionize "Speakers grid" embed, one page.
# ---------------------------------------------------------------------------------------------------

#: (name, tagline, [session titles]); keynotes first, as Sessionize sorts "top speakers" first.
SPEAKERS: list[tuple[str, str | None, list[str]]] = [
    ("Dr. Amara Okonkwo", "Principal Engineer at Nordlicht Energy", ["Keynote: Software for a Grid That Never Sleeps"]),
    ("Henrik Lindqvist", "Creator of the Tern web framework", ["Keynote: Fifteen Years of Saying No"]),
    ("Priya Raghunathan", "VP Engineering, Quillstack", ["Keynote: The Boring Path to Reliability"]),
    (
        "Tomás Ferreira",
        "Staff Engineer @ Bairro Pay",
        ["Idempotency Keys in Anger", "Workshop: Building a Payments Ledger in Postgres"],
    ),
    ("Sophie van der Berg", "Frontend Lead at Kade Digital", ["Container Queries Are Here: Now What?"]),
    ("Marcus Oyelaran", "Developer Advocate, Graphlane", ["GraphQL Federation Without Tears"]),
    ("Yuki Tanabe", "Rust consultant and trainer", ["Unsafe Rust for the Rest of Us"]),
    (
        "Eleanor Whitcombe",
        "Accessibility Specialist, GOV.UK Design System",
        ["Beyond the Audit: Accessibility as a Practice"],
    ),
    ("Jakub Nowicki", "SRE at Flotilla Cloud", ["Postmortems That Actually Change Things"]),
    ("Fatima Zahra Benali", None, ["From Notebook to Production: MLOps on a Shoestring"]),
    ("Lars Ødegaard", "Independent", ["A Tour of Modern CSS Layout"]),
    ("Chiara Romano", "Engineering Manager at Trattoria Labs", ["Growing Engineers Without Burning Them Out"]),
    ("Daniel Kowalczyk", "Kotlin GDE · Android at Sklep", ["Compose Multiplatform in Production"]),
    ("Aisling Byrne", "Security Engineer, Harbourside Bank", ["Supply-Chain Attacks on Your CI"]),
    ("Ravi Menon", "Co-founder & CTO, Lumen Metrics", ["OpenTelemetry: The Missing Manual"]),
    ("Ingrid Solberg", "Data Engineer at Fjordline", ["DuckDB Ate My Data Warehouse"]),
    ("Kwame Asante", "Senior Software Engineer, Tessellate", ["Event Sourcing: The Good Parts"]),
    ("Camille Dubois", "UX Engineer · W3C invited expert", ["Designing Forms People Can Finish"]),
    ("Ben Hartley", "Staff Engineer at Copperline", ["Testing in Production, Safely", "Panel: Is the Monolith Back?"]),
    ("Nadia Haddad", "Platform Engineer, Cedar Health", ["Panel: Is the Monolith Back?"]),
    ("Oskar Brandt", None, ["WebAssembly Components Outside the Browser"]),
    ("Mei-Ling Chou", "Machine Learning Engineer at Kestrel AI", ["Evaluating LLM Features Without Vibes"]),
    ("Grégoire Lambert", "Maintainer of pgrouter", ["Connection Pooling Deep Dive"]),
    ("Zanele Mokoena", "Head of Developer Experience, Baobab", ["Golden Paths, Not Golden Cages"]),
    ("Patrick O'Sullivan", "Principal Consultant, Thoughtful Systems", ["Legacy Code Is Just Code That Works"]),
    ("Hana Kimura", "iOS Engineer at Sakura Travel", ["SwiftUI Performance Pitfalls"]),
    ("Stefan Wojcik", "Team Lead at Bitbarn", ["Lightning: Ten Git Tricks in Five Minutes"]),
    ("Olga Petrenko", "QA Architect", ["Property-Based Testing for Mere Mortals"]),
    ("Rafael Moreno", "Software Engineer, Brisa Mobility", ["Lightning: Offline-First Maps"]),
    ("Ama Boateng", "Engineering Director, Savanna Fintech", ["Writing Design Docs People Read"]),
]
KEYNOTES = 3
SZ_EVENT = "k7p2vq9x"


def _sz_id(text: str) -> str:
    h = hashlib.sha1(text.encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def _sz_session_id(title: str) -> str:
    return str(600000 + int(hashlib.sha1(title.encode()).hexdigest()[:6], 16) % 300000)


def _sz_photo(name: str) -> str:
    return f"https://sessionize.com/image/{_hex(name, 4)}-400o400o2-{_hex(name + 'p', 22)}.jpg"


def _sz_speaker(name: str, tagline: str | None, sessions: list[str], *, top: bool) -> str:
    sid = _sz_id(name)
    load = f"https://sessionize.com/api/v2/{SZ_EVENT}/view/SpeakerDetails?speakerId={sid}"
    tagline_html = f'\n\t<h4 class="sz-speaker__tagline">{esc(tagline)}</h4>' if tagline else ""
    talks = "\n".join(
        f'\t\t<li data-sessionid="{_sz_session_id(t)}"><a href="#" data-sessionid="{_sz_session_id(t)}" data-sessionize-load-url="https://sessionize.com/api/v2/{SZ_EVENT}/view/SessionDetails?sessionId={_sz_session_id(t)}">{esc(t)}</a></li>'
        for t in sessions
    )
    return f"""<li class="sz-speaker sz-speaker--compact{" sz-speaker--top" if top else ""}" data-speakerid="{sid}">
	<div class="sz-speaker__photo"><a href="#" data-speakerid="{sid}" data-sessionize-load-url="{load}" data-sessionize-load-size="lg"><img src="{_sz_photo(name)}" alt="{esc(name)}" width="128" height="128"></a></div>
	<h3 class="sz-speaker__name"><a href="#" data-speakerid="{sid}" data-sessionize-load-url="{load}">{esc(name)}</a></h3>{tagline_html}
	<ul class="sz-speaker__sessions">
{talks}
	</ul>
</li>"""


def _keynote_card(name: str, tagline: str | None, sessions: list[str]) -> str:
    talk = sessions[0].removeprefix("Keynote: ")
    return f"""<div class="wp-block-column keynote-card is-layout-flow wp-block-column-is-layout-flow">
	<figure class="wp-block-image size-medium is-style-rounded"><img decoding="async" width="300" height="300" src="https://northseadevdays.eu/wp-content/uploads/2025/02/{slug(name)}-300x300.jpg" alt="" class="wp-image-1{len(name)}4"></figure>
	<p class="keynote-badge has-small-font-size">Keynote</p>
	<h3 class="wp-block-heading">{esc(name)}</h3>
	<p class="has-small-font-size">{esc(tagline or "")}</p>
	<p><em>“{esc(talk)}”</em></p>
</div>"""


def _sz_modal(name: str, tagline: str | None, sessions: list[str]) -> str:
    sid = _sz_id(name)
    talks = "\n".join(
        f'\t\t\t\t\t<li data-sessionid="{_sz_session_id(t)}"><a href="#" data-sessionid="{_sz_session_id(t)}">{esc(t)}</a></li>'
        for t in sessions
    )
    return f"""<div class="sz-modal-container" style="display: none;">
	<div class="sz-modal-overlay"></div>
	<div class="sz-modal sz-modal--lg">
		<div class="sz-modal__close"><a href="#" class="sz-modal__close-btn" title="Close">×</a></div>
		<div class="sz-modal__content">
			<div class="sz-root">
			<div class="sz-speaker sz-speaker--full" data-speakerid="{sid}">
				<div class="sz-speaker__photo"><img src="{_sz_photo(name)}" alt="{esc(name)}" width="128" height="128"></div>
				<h3 class="sz-speaker__name">{esc(name)}</h3>
				<h4 class="sz-speaker__tagline">{esc(tagline or "")}</h4>
				<p class="sz-speaker__bio">Tomás builds the money-moving parts of Bairro Pay, a Lisbon payments company. Before that he spent six years on core banking systems, which is where he learned to love double-entry bookkeeping and distrust retries.</p>
				<ul class="sz-speaker__links">
					<li><a href="https://www.linkedin.com/in/tomasferreira-dev" target="_blank" class="sz-speaker__link sz-speaker__link--linkedin"><span class="sz-speaker__link-label">LinkedIn</span></a></li>
					<li><a href="https://bsky.app/profile/tferreira.dev" target="_blank" class="sz-speaker__link sz-speaker__link--blog"><span class="sz-speaker__link-label">Bluesky</span></a></li>
				</ul>
				<ul class="sz-speaker__sessions">
{talks}
				</ul>
			</div>
			</div>
		</div>
	</div>
</div>"""


@twentyfirst_d
def build_sessionize_speakers() -> None:
    s = Site(
        "sessionize-speakers",
        kind="conference speakers wall (WordPress block theme + the Sessionize 'Speakers grid' embed 2024–25: div.sz-speakers--grid > ul > li.sz-speaker with photo, h3.sz-speaker__name, h4.sz-speaker__tagline, ul.sz-speaker__sessions links; keynote hero strip repeating three speakers, a Sessionize modal left in the page with one speaker's full card)",
        start="speakers/",
        description="A community conference's WordPress site (Twenty Twenty-Four-style block theme) speakers page as served in 2024–25: the site header (logo, nav Schedule / Speakers / Venue / Sponsors / Code of Conduct, a 'Get tickets' button on Pretix), a cover block, a 'Keynote speakers' hero strip of three wp-block-column cards (photo, 'Keynote' badge, name h3, tagline, talk title in quotes) repeating the first three speakers, a short intro paragraph, then the Sessionize embed as document.write leaves it: a <style> block, div#sessionize.sessionize-wrapper > div.sz-root > div.sz-speakers--grid > ul > li.sz-speaker.sz-speaker--compact (data-speakerid UUID; sz-speaker--top on the keynotes) holding div.sz-speaker__photo > a[data-sessionize-load-url] > img (sessionize.com/image/…), h3.sz-speaker__name > a href='#', h4.sz-speaker__tagline (missing on two), ul.sz-speaker__sessions > li[data-sessionid] > a href='#' (two sessions for two speakers, a shared panel); then the Sessionize popup markup left in the page by the cache plugin (div.sz-modal-container, display:none, with a div.sz-speaker.sz-speaker--full card of one speaker: photo, name, tagline, bio, links, sessions); a sponsor logo grid, a newsletter form and the footer. One page, 30 speakers. Written down: name, tagline, sessions (list of session titles).",
    )
    grid = "\n".join(_sz_speaker(n, t, ss, top=i < KEYNOTES) for i, (n, t, ss) in enumerate(SPEAKERS))
    keynotes = "\n".join(_keynote_card(*sp) for sp in SPEAKERS[:KEYNOTES])
    for name, tagline, sessions in SPEAKERS:
        s.expect({"name": name, "tagline": tagline, "sessions": sessions})
    sponsors = "\n".join(
        f'\t<figure class="wp-block-image size-full"><a href="https://{slug(sp)}.com/"><img decoding="async" src="https://northseadevdays.eu/wp-content/uploads/2025/01/logo-{slug(sp)}.svg" alt="{esc(sp)}"></a></figure>'
        for sp in ["Flotilla Cloud", "Quillstack", "Graphlane", "Lumen Metrics", "Bitbarn", "Harbourside Bank"]
    )
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta name="robots" content="max-image-preview:large">
	<title>Speakers – Northsea Dev Days 2025</title>
	<link rel="canonical" href="https://northseadevdays.eu/speakers/">
	<meta property="og:title" content="Speakers – Northsea Dev Days 2025">
	<meta property="og:description" content="Thirty speakers, two days, one harbour. 12–13 June 2025, Aberdeen.">
	<link rel="stylesheet" id="wp-block-library-css" href="https://northseadevdays.eu/wp-includes/css/dist/block-library/style.min.css?ver=6.7.2" media="all">
	<style id="global-styles-inline-css">:root{{--wp--preset--color--base:#f9f9f9;--wp--preset--color--contrast:#111111;--wp--preset--color--accent-1:#0b6e99}}</style>
</head>
<body class="page-template-default page page-id-88 wp-embed-responsive">
<div class="wp-site-blocks">
<header class="wp-block-template-part">
	<div class="wp-block-group alignfull has-base-background-color has-background is-layout-constrained wp-block-group-is-layout-constrained">
		<div class="wp-block-group alignwide is-content-justification-space-between is-nowrap is-layout-flex wp-block-group-is-layout-flex">
			<div class="wp-block-site-logo"><a href="https://northseadevdays.eu/" class="custom-logo-link" rel="home"><img width="160" height="48" src="https://northseadevdays.eu/wp-content/uploads/2024/11/nsdd-logo.svg" class="custom-logo" alt="Northsea Dev Days"></a></div>
			<nav class="is-responsive items-justified-right wp-block-navigation is-horizontal is-content-justification-right is-layout-flex wp-container-core-navigation-is-layout-1 wp-block-navigation-is-layout-flex" aria-label="Header navigation">
				<ul class="wp-block-navigation__container is-responsive items-justified-right wp-block-navigation">
					<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="https://northseadevdays.eu/schedule/"><span class="wp-block-navigation-item__label">Schedule</span></a></li>
					<li class="wp-block-navigation-item current-menu-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="https://northseadevdays.eu/speakers/" aria-current="page"><span class="wp-block-navigation-item__label">Speakers</span></a></li>
					<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="https://northseadevdays.eu/venue/"><span class="wp-block-navigation-item__label">Venue</span></a></li>
					<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="https://northseadevdays.eu/sponsors/"><span class="wp-block-navigation-item__label">Sponsors</span></a></li>
					<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="https://northseadevdays.eu/code-of-conduct/"><span class="wp-block-navigation-item__label">Code of Conduct</span></a></li>
				</ul>
			</nav>
			<div class="wp-block-buttons is-layout-flex wp-block-buttons-is-layout-flex"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="https://pretix.eu/nsdd/2025/">Get tickets</a></div></div>
		</div>
	</div>
</header>
<main class="wp-block-group is-layout-constrained wp-block-group-is-layout-constrained">
<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">

<div class="wp-block-cover alignfull is-light" style="min-height:280px"><span aria-hidden="true" class="wp-block-cover__background has-accent-1-background-color has-background-dim-100 has-background-dim"></span><div class="wp-block-cover__inner-container is-layout-constrained wp-block-cover-is-layout-constrained">
	<h1 class="wp-block-heading has-text-align-center">Speakers</h1>
	<p class="has-text-align-center">12–13 June 2025 · Aberdeen Harbour Conference Centre</p>
</div></div>

<h2 class="wp-block-heading has-text-align-center">Keynote speakers</h2>
<div class="wp-block-columns keynotes is-layout-flex wp-container-core-columns-is-layout-1 wp-block-columns-is-layout-flex">
{keynotes}
</div>

<p>Our line-up was picked by the programme committee from 412 submissions. Click a speaker to read their bio, or see the <a href="https://northseadevdays.eu/schedule/">full schedule</a>.</p>

<!-- Sessionize embed: https://sessionize.com/api/v2/{SZ_EVENT}/view/SpeakerWall -->
<div id="sessionize" class="sessionize-wrapper" data-sessionize-load-url="https://sessionize.com/api/v2/{SZ_EVENT}/view/SpeakerWall">
<style>
#sessionize.sessionize-wrapper .sz-speakers--grid > ul {{ display: flex; flex-wrap: wrap; margin: 0 -8px; padding: 0; list-style: none; }}
#sessionize.sessionize-wrapper .sz-speaker.sz-speaker--compact {{ width: 50%; padding: 16px 8px; text-align: center; }}
@media (min-width: 48em) {{ #sessionize.sessionize-wrapper .sz-speaker.sz-speaker--compact {{ width: 25%; }} }}
#sessionize.sessionize-wrapper .sz-speaker.sz-speaker--compact .sz-speaker__photo img {{ display: block; width: 100%; margin: 0 auto; border-radius: 50%; }}
#sessionize.sessionize-wrapper .sz-speaker.sz-speaker--compact .sz-speaker__name {{ margin-bottom: 0; font-size: 20px; line-height: 1.25; font-weight: bold; color: #111; }}
#sessionize.sessionize-wrapper .sz-speaker.sz-speaker--compact .sz-speaker__tagline {{ font-size: 14px; line-height: 1.5; font-weight: normal; color: rgba(17, 17, 17, 0.6); }}
</style>
<div class="sz-root">
<div class="sz-speakers--grid">
<ul>
{grid}
</ul>
</div>
</div>
</div>
<script type="text/javascript" src="https://sessionize.com/api/v2/{SZ_EVENT}/view/SpeakerWall"></script>

<h2 class="wp-block-heading has-text-align-center">Thank you to our sponsors</h2>
<div class="wp-block-gallery sponsors has-nested-images columns-6 is-cropped is-layout-flex wp-block-gallery-is-layout-flex">
{sponsors}
</div>

<div class="wp-block-group newsletter is-layout-constrained wp-block-group-is-layout-constrained">
	<h2 class="wp-block-heading">Stay in the loop</h2>
	<form class="newsletter-form" action="https://northseadevdays.us21.list-manage.com/subscribe/post" method="post"><input type="email" name="EMAIL" placeholder="you@example.com" required> <button type="submit">Subscribe</button></form>
</div>

</div>
</main>
<footer class="wp-block-template-part">
	<div class="wp-block-group alignfull is-layout-constrained wp-block-group-is-layout-constrained">
		<p class="has-small-font-size">Northsea Dev Days is a not-for-profit conference run by volunteers. © 2025 NSDD CIC · <a href="https://northseadevdays.eu/privacy/">Privacy</a> · <a href="mailto:hello@northseadevdays.eu">hello@northseadevdays.eu</a></p>
	</div>
</footer>
</div>
{_sz_modal(*SPEAKERS[KEYNOTES])}
<script src="https://northseadevdays.eu/wp-includes/blocks/navigation/view.min.js?ver=6.7.2" id="wp-block-navigation-view-js" type="module"></script>
</body>
</html>"""
    s.list_page("speakers/index.html", page)
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TWENTYFIRST_D.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
