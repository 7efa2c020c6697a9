"""Twentieth wave, part F: three public scraping-practice pages people point their first scrapers at,
copied as they are served in 2024–25 and measured before any heuristic was changed for them. Each is a
single page: the real ones do not page, and their few records are the ones they show.

* **datatables-practice** — the-internet.herokuapp.com ``/tables`` ("Data Tables", Dave Haeffner's
  Sinatra app on Foundation 4): the "Fork me on GitHub" ribbon, an empty ``#flash-messages`` row, then
  ``div.example`` with h3 "Data Tables", an explanatory paragraph and two ``table.tablesorter`` holding
  the same four people: ``#table1`` ("No Class or ID attributes…": bare ``td`` cells) and ``#table2``
  ("Class and ID attributes…": ``td.last-name`` / ``first-name`` / ``email`` / ``dues`` / ``web-site`` /
  ``action``), headers ``th.header > span`` "Last Name, First Name, Email, Due, Web Site, Action", dues
  "$50.00", the web site as plain text, and ``#edit`` / ``#delete`` links; the tablesorter init script and
  the "Powered by Elemental Selenium" footer. Written down: each person once — last_name, first_name,
  dues + currency, website (not the e-mail: the product redacts
  e-mail addresses by default).
* **wstables** — webscraper.io ``/test-sites/tables`` ("Table playground"): the webscraper.io header,
  hero and footer of the e-commerce test sites, then h2-titled ``table.table.table-bordered`` tables: a
  semantically correct one (``thead`` / ``tbody``, "# / First Name / Last Name / Username", the
  Bootstrap documentation's Mark Otto @mdo rows), one without ``thead`` whose first ``tbody`` row holds
  bold header cells, and two tables side by side in one row. Written down: the rows of the first table
  (number, first_name, last_name, username).
* **acuart** — Acunetix's deliberately vulnerable PHP shop testphp.vulnweb.com, ``listproducts.php?cat=1``
  (a Dreamweaver template from the early 2000s: ``InstanceBeginEditable`` comments, ``MM_reloadPage``,
  an absolutely positioned ``#mainLayer``, ``#masthead`` with the logo and ``#globalNav`` as a layout
  table of "home | categories | artists | …" links), ``h2#pageName`` "Posters" and one ``div.story`` per
  picture: ``a[href=product.php?pic=N] > h3`` title, a ``showimage.php`` thumbnail floated left inside
  the description paragraph, "painted by: <a href=artists.php?artist=N>", a "comment on this picture"
  popup link; the ``#navBar`` (search form, section links, "Links", the Flash advert), the ``#siteInfo``
  footer and the grey "This is not a real shop" warning. The real site puts its pictures in that one
  category. Written down: title, url, description, artist.

Run ``uv run python tests/sites/corpus/generate_twentieth_f.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, esc
from generate_twentieth_pages import APP_CSS, APP_JS, CSRF, CSS_PATH, FOOTER, HEAD, HEADER, JS_PATH

TWENTIETH_F: dict[str, Callable[[], None]] = {}


def twentieth_f(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this part."""
    TWENTIETH_F[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


# ---------------------------------------------------------------------------------------------------
# datatables-practice: the-internet.herokuapp.com/tables
# ---------------------------------------------------------------------------------------------------

#: last name, first name, email, dues, web site: the app's own four rows.
PEOPLE = [
    ("Smith", "John", "jsmith@gmail.com", 50.0, "http://www.jsmith.com"),
    ("Bach", "Frank", "fbach@yahoo.com", 51.0, "http://www.frank.com"),
    ("Doe", "Jason", "jdoe@hotmail.com", 100.0, "http://www.jdoe.com"),
    ("Conway", "Tim", "tconway@earthlink.net", 50.0, "http://www.timconway.com"),
]
COLUMNS = [
    ("last-name", "Last Name"),
    ("first-name", "First Name"),
    ("email", "Email"),
    ("dues", "Due"),
    ("web-site", "Web Site"),
    ("action", "Action"),
]


def _ti_table(number: int, with_classes: bool) -> str:
    """One of the two tablesorter tables; the second names every cell's column in its class."""

    def cls(name: str) -> str:
        return f' class="{name}"' if with_classes else ""

    heads = "\n".join(f'        <th class="header"><span{cls(name)}>{label}</span></th>' for name, label in COLUMNS)
    rows = []
    for last, first, email, dues, web in PEOPLE:
        cells = [last, first, email, f"${dues:.2f}", web]
        tds = "\n".join(
            f"        <td{cls(name)}>{esc(value)}</td>" for (name, _), value in zip(COLUMNS, cells, strict=False)
        )
        rows.append(
            f"""      <tr>
{tds}
        <td{cls("action")}>
          <a href='#edit'>edit</a>
          <a href='#delete'>delete</a>
        </td>
      </tr>"""
        )
    body = "\n".join(rows)
    return f"""  <table id="table{number}" class="tablesorter">
    <thead>
      <tr>
{heads}
      </tr>
    </thead>
    <tbody>
{body}
    </tbody>
  </table>"""


@twentieth_f
def build_datatables_practice() -> None:
    """the-internet's Data Tables page: the same four people in a bare and a classed table."""
    s = Site(
        "datatables-practice",
        kind="table listing (the-internet.herokuapp.com /tables 2024–25, Foundation 4: two table.tablesorter with the same four people — #table1 bare td cells, #table2 td.last-name/first-name/email/dues/web-site/action —, th.header > span headers, dues '$50.00', the web site as plain text, #edit / #delete links)",
        start="tables",
        description="The 'Data Tables' page of Dave Haeffner's the-internet practice app (the-internet.herokuapp.com/tables, 2024–25): the Foundation 4 layout with the 'Fork me on GitHub' ribbon image, an empty #flash-messages row, div#content.large-12.columns > div.example with h3 'Data Tables', a paragraph about sortable tables with actions, then h4 'Example 1' + 'No Class or ID attributes to signify groupings of rows and columns' and table#table1.tablesorter (thead th.header > span 'Last Name / First Name / Email / Due / Web Site / Action', tbody rows of bare td cells: 'Smith', 'John', 'jsmith@gmail.com', '$50.00', 'http://www.jsmith.com' as text, and an action cell with a[href='#edit'] 'edit' and a[href='#delete'] 'delete'), then h4 'Example 2' + 'Class and ID attributes to signify groupings of rows and columns' and table#table2.tablesorter with the same four people whose cells carry td.last-name, first-name, email, dues, web-site, action (the header spans the same classes); the jquery.tablesorter init script and the 'Powered by Elemental Selenium' footer. One page, four people. Written down: each person once — last_name, first_name, dues, currency, website (no email: the product redacts e-mail addresses by default).",
    )
    page = f"""<!DOCTYPE html>
<!--[if IE 8]>               <html class="no-js lt-ie9" lang="en" > <![endif]-->
<!--[if gt IE 8]><!--> <html class="no-js" lang="en" > <!--<![endif]-->

<head>
  <script src="/js/vendor/298279967.js"></script>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width" />
  <title>The Internet</title>

  <link rel="stylesheet" href="/css/app.css">
  <link rel="stylesheet" href="/css/font-awesome.css">

  <script src="/js/vendor/jquery-1.11.3.min.js"></script>
  <script src="/js/vendor/jquery-ui-1.11.4/jquery-ui.js"></script>
  <script src="/js/foundation/foundation.js"></script>
  <script src="/js/foundation/foundation.alerts.js"></script>
  <script type="text/javascript">
    $(document).foundation();
  </script>
</head>

<body>
  <a href="https://github.com/tourdedave/the-internet"><img style="position: absolute; top: 0; right: 0; border: 0;" src="/img/forkme_right_green_007200.png" alt="Fork me on GitHub"></a>

  <div class="row">
    <div id="flash-messages" class="large-12 columns">
    </div>
  </div>

  <div class="row">
    <div id="content" class="large-12 columns">
      <script src="/js/vendor/jquery.tablesorter.js"></script>
<div class="example">
  <h3>Data Tables</h3>
  <p>Often times when you see a table it contains data which is sortable --
  sometimes with actions that can be taken within each row (e.g. edit, delete).
  And it can be challenging to automate interaction with sets of data in a
  table depending on how it is constructed.</p>

  <h4>Example 1</h4>
  <p>No Class or ID attributes to signify groupings of rows and columns</p>

{_ti_table(1, with_classes=False)}

  <br />

  <h4>Example 2</h4>
  <p>Class and ID attributes to signify groupings of rows and columns</p>

{_ti_table(2, with_classes=True)}
</div>

<script>
  $(function() {{
    $("#table1").tablesorter();
    $("#table2").tablesorter();
  }});
</script>

    </div>
  </div>

  <div id="page-footer" class="row">
    <div class="large-4 large-centered columns">
      <hr>
      <div style="text-align: center;">Powered by <a target="_blank" href="http://elementalselenium.com/">Elemental Selenium</a></div>
    </div>
  </div>
</body>
</html>"""
    s.list_page("tables/index.html", page)
    s.write(
        "css/app.css",
        "/* Foundation 4 (excerpt) */\n.row{max-width:62.5em;margin:0 auto}\ntable{border:solid 1px #ddd}\nth.header{cursor:pointer}\n",
    )
    for last, first, _email, dues, web in PEOPLE:  # not the e-mail: the product redacts it by default
        s.expect({"last_name": last, "first_name": first, "dues": dues, "currency": "USD", "website": web})
    s.finish()


# ---------------------------------------------------------------------------------------------------
# wstables: webscraper.io/test-sites/tables
# ---------------------------------------------------------------------------------------------------

#: number, first name, last name, username — per table, as the page shows them.
SEMANTIC = [(1, "Mark", "Otto", "@mdo"), (2, "Jacob", "Thornton", "@fat"), (3, "Larry", "the Bird", "@twitter")]
NO_THEAD = [(4, "Harry", "Potter", "@hp"), (5, "John", "Snow", "@dunno"), (6, "Tim", "Bean", "@timbean")]
LEFT = [(1, "Mark", "Otto", "@mdo"), (2, "Jacob", "Thornton", "@fat")]
RIGHT = [(3, "Larry", "the Bird", "@twitter"), (4, "Harry", "Potter", "@hp")]
HEADS = ["#", "First Name", "Last Name", "Username"]


def _ws_rows(rows: list[tuple[int, str, str, str]]) -> str:
    return "\n".join(
        "\t\t\t\t\t<tr>\n" + "\n".join(f"\t\t\t\t\t\t<td>{esc(v)}</td>" for v in row) + "\n\t\t\t\t\t</tr>"
        for row in rows
    )


def _ws_table(rows: list[tuple[int, str, str, str]], thead: bool) -> str:
    """A Bootstrap bordered table, with a real thead or with bold cells in the first body row."""
    if thead:
        heads = "\n".join(f"\t\t\t\t\t\t<th>{h}</th>" for h in HEADS)
        return f"""<table class="table table-bordered">
				<thead>
					<tr>
{heads}
					</tr>
				</thead>
				<tbody>
{_ws_rows(rows)}
				</tbody>
			</table>"""
    heads = "\n".join(f"\t\t\t\t\t\t<td><b>{h}</b></td>" for h in HEADS)
    return f"""<table class="table table-bordered">
				<tbody>
					<tr>
{heads}
					</tr>
{_ws_rows(rows)}
				</tbody>
			</table>"""


@twentieth_f
def build_wstables() -> None:
    """webscraper.io's table playground: several small tables on one page; the first one's rows."""
    s = Site(
        "wstables",
        kind="table listing (webscraper.io 'Table playground' test site 2024–25: h2-titled table.table.table-bordered tables on one page — a semantic thead/tbody one, one whose header is a first tbody row of bold td cells, two side by side —, '# / First Name / Last Name / Username' columns, the webscraper.io header, hero, footer and cookie box)",
        start="test-sites/tables",
        description="webscraper.io's table test site (/test-sites/tables, 2024–25): the Laravel page of the test sites (GTM and anti-flicker snippets, the dark navbar with Web Scraper / Cloud Scraper / Pricing / Learn dropdown / Install / Cloud Login, the 'Test Sites' hero), then div.container.test-site > div.col-md-12 with h1 'Table playground' and h2 sections: 'Semantically correct table with thead and tbody' (table.table.table-bordered, thead th '# / First Name / Last Name / Username', tbody rows 1 Mark Otto @mdo, 2 Jacob Thornton @fat, 3 Larry the Bird @twitter), 'Table without thead tag' (the header is the first tbody row of td > b cells; rows 4 Harry Potter @hp, 5 John Snow @dunno, 6 Tim Bean @timbean), and 'Multiple data tables in one page' (two thead tables in div.col-md-6 columns repeating four of those people); the footer link columns and the hidden cookie banner. One page. Written down: the rows of the first (semantic) table — number, first_name, last_name, username.",
    )
    head = (
        HEAD.replace("__TITLE__", "Tables")
        .replace("__CSS__", CSS_PATH.replace("@", "?"))
        .replace("__JS__", JS_PATH.replace("@", "?"))
        .replace("__CANONICAL__", "/test-sites/tables")
        .replace("__CSRF__", CSRF)
    )
    page = f"""{head}
<div class="wrapper">
	{HEADER}
	<div class="formenu-here container-fluid">
	</div>
	<div class="container-fluid blog-hero">
		<div class="container">
			<div class="row">
				<div class="col-lg-12">
					<h1>Test Sites</h1>
				</div>
			</div>
		</div>
	</div>

	<div class="container test-site">
		<div class="row">
			<div class="col-md-12">
			<h1>Table playground</h1>

			<h2>Semantically correct table with thead and tbody</h2>
			{_ws_table(SEMANTIC, thead=True)}

			<h2>Table without thead tag</h2>
			{_ws_table(NO_THEAD, thead=False)}

			<h2>Multiple data tables in one page</h2>
			<div class="row">
				<div class="col-md-6">
			{_ws_table(LEFT, thead=True)}
				</div>
				<div class="col-md-6">
			{_ws_table(RIGHT, thead=True)}
				</div>
			</div>
			</div>
		</div>
	</div>
	<div class="push"></div>
</div>
{FOOTER}"""
    s.list_page("test-sites/tables/index.html", page)
    s.write(CSS_PATH, APP_CSS)
    s.write(JS_PATH, APP_JS)
    for number, first, last, user in SEMANTIC:
        s.expect({"number": number, "first_name": first, "last_name": last, "username": user})
    s.finish()


# ---------------------------------------------------------------------------------------------------
# acuart: testphp.vulnweb.com/listproducts.php?cat=1
# ---------------------------------------------------------------------------------------------------

ARTISTS = {1: "r4w8173", 2: "Blad3", 3: "lyzae"}
#: picture id, title, artist id, description (the site's lorem ipsum, one text a picture).
PICTURES = [
    (
        1,
        "The shore",
        1,
        "Lorem ipsum dolor sit amet, consectetuer adipiscing elit. Donec molestie. Sed aliquam sem ut arcu. Phasellus sollicitudin. Vestibulum condimentum facilisis nulla. In hac habitasse platea dictumst. Nulla nonummy. Cras quis libero.",
    ),
    (
        2,
        "Mistery",
        1,
        "Donec molestie. Sed aliquam sem ut arcu. Phasellus sollicitudin. Vestibulum condimentum facilisis nulla. In hac habitasse platea dictumst. Nulla nonummy. Cras quis libero. Cras venenatis. Aliquam posuere lobortis pede.",
    ),
    (
        3,
        "The universe",
        1,
        "Lorem ipsum dolor sit amet, consectetuer adipiscing elit. Donec molestie. Sed aliquam sem ut arcu. Phasellus sollicitudin.",
    ),
    (
        4,
        "Walking",
        1,
        "Sed aliquam sem ut arcu. Phasellus sollicitudin. Vestibulum condimentum facilisis nulla. In hac habitasse platea dictumst. Nulla nonummy.",
    ),
    (
        5,
        "Mean",
        2,
        "Phasellus sollicitudin. Vestibulum condimentum facilisis nulla. In hac habitasse platea dictumst. Nulla nonummy. Cras quis libero. Cras venenatis. Aliquam posuere lobortis pede. Nullam fringilla urna id leo.",
    ),
    (
        6,
        "Thing",
        2,
        "Vestibulum condimentum facilisis nulla. In hac habitasse platea dictumst. Nulla nonummy. Cras quis libero. Cras venenatis.",
    ),
    (
        7,
        "Trees",
        3,
        "Lorem ipsum dolor sit amet, consectetuer adipiscing elit. Nulla nonummy. Cras quis libero. Cras venenatis. Aliquam posuere lobortis pede. Nullam fringilla urna id leo. Praesent aliquet pretium erat.",
    ),
]


def _aa_story(pic: int, title: str, artist: int, text: str) -> str:
    """One picture as the PHP loop echoes it: single-quoted attributes, all on one line."""
    return (
        f"<div class='story'><a href='product.php?pic={pic}'><h3>{esc(title)}</h3></a>"
        f"<p><a href='showimage.php?file=./pictures/{pic}.jpg' target='_blank'><img style='cursor:pointer' border='0' align='left' src='showimage.php?file=./pictures/{pic}.jpg&size=160' width='160' height='100'></a>{esc(text)}</p>"
        f"<p>painted by: <a href='artists.php?artist={artist}'>{esc(ARTISTS[artist])}</a></p>"
        f"<p>comment on this picture: <a href='comment.php?pid={pic}' target='_blank' onClick=\"window.open('./comment.php?pid={pic}', 'comment', 'width=500, height=400')\">comment</a></p></div>"
    )


@twentieth_f
def build_acuart() -> None:
    """Acunetix's vulnerable test shop: one category's pictures in a Dreamweaver-template page."""
    s = Site(
        "acuart",
        kind="product catalogue (Acunetix testphp.vulnweb.com 'Acunetix Art' 2024–25: an early-2000s Dreamweaver template, ISO-8859-2, MM_reloadPage script, layout table navigation, div.story items — a > h3 title to product.php?pic=N, a showimage.php thumbnail inside the description paragraph, 'painted by:' artist link, a 'comment on this picture' popup link —, #navBar search form and links, a Flash advert, a 'not a real shop' warning)",
        start="listproducts.php?cat=1",
        description="Acunetix's deliberately vulnerable PHP art shop (testphp.vulnweb.com/listproducts.php?cat=1, 2024–25): an HTML 4.01 Transitional Dreamweaver-template page (InstanceBegin/InstanceBeginEditable comments, charset iso-8859-2, title 'pictures', style.css, the MM_reloadPage Netscape 4 script), div#mainLayer absolutely positioned 700px wide with div#masthead (h1#siteName logo link to acunetix.com, h6#siteInfo 'TEST and Demonstration site for Acunetix Web Vulnerability Scanner', div#globalNav holding a layout table of 'home | categories | artists | disclaimer | your cart | guestbook | AJAX Demo'), then div#content with h2#pageName 'Posters' and seven div.story written on one line each by the PHP loop: a[href='product.php?pic=N'] > h3 title, a p whose first child is a showimage.php?file=./pictures/N.jpg thumbnail link (img align=left) followed by the lorem-ipsum description, p 'painted by: <a href=artists.php?artist=N>r4w8173</a>', p 'comment on this picture: <a onClick=window.open(…)>comment</a>'; div#navBar with the 'search art' form, div#sectionLinks (Browse categories, Browse artists, Your cart, Signup, Your profile, Our guestbook, AJAX Demo), div.relatedLinks 'Links' and a Flash object/embed advert; the div#siteInfo footer 'About Us | Privacy Policy | Contact Us | Shop | HTTP Parameter Pollution | ©2019 Acunetix Ltd' and the grey 'Warning: This is not a real shop…' box. The real site files all its pictures in this one category (the others list none), so one page. Written down: title, url, description, artist.",
    )
    stories = "".join(_aa_story(*row) for row in PICTURES)
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"
"http://www.w3.org/TR/html4/loose.dtd">
<html><!-- InstanceBegin template="/Templates/main_dynamic_template.dwt.php" codeOutsideHTMLIsLocked="false" -->
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">

<!-- InstanceBeginEditable name="document_title_rgn" -->
<title>pictures</title>
<!-- InstanceEndEditable -->
<link rel="stylesheet" href="style.css" type="text/css">
<!-- InstanceBeginEditable name="headers_rgn" -->
<!-- here goes headers headers -->
<!-- InstanceEndEditable -->
<script language="JavaScript" type="text/JavaScript">
<!--
function MM_reloadPage(init) {{  //reloads the window if Nav4 resized
  if (init==true) with (navigator) {{if ((appName=="Netscape")&&(parseInt(appVersion)==4)) {{
    document.MM_pgW=innerWidth; document.MM_pgH=innerHeight; onresize=MM_reloadPage; }}}}
  else if (innerWidth!=document.MM_pgW || innerHeight!=document.MM_pgH) location.reload();
}}
MM_reloadPage(true);
//-->
</script>

</head>
<body>
<div id="mainLayer" style="position:absolute; width:700px; z-index:1">
<div id="masthead">
  <h1 id="siteName"><a href="https://www.acunetix.com/"><img src="images/logo.gif" width="306" height="38" border="0" alt="Acunetix website security"></a></h1>
  <h6 id="siteInfo">TEST and Demonstration site for <a href="https://www.acunetix.com/vulnerability-scanner/">Acunetix Web Vulnerability Scanner</a></h6>
  <div id="globalNav">
      \t<table border="0" cellpadding="0" cellspacing="0" width="100%"><tr>
	<td align="left">
		<a href="index.php">home</a> | <a href="categories.php">categories</a> | <a href="artists.php">artists
		</a> | <a href="disclaimer.php">disclaimer</a> | <a href="cart.php">your cart</a> |
		<a href="guestbook.php">guestbook</a> |
		<a href="AJAX/index.php">AJAX Demo</a>
	</td>
	<td align="right">
		</td>
	</tr></table>
  </div>
</div>
<!-- end masthead -->

<!-- begin content -->
<!-- InstanceBeginEditable name="content_rgn" -->
<div id="content">
	<h2 id='pageName'>Posters</h2>{stories}</div>
<!-- InstanceEndEditable -->
<!--end content -->

<div id="navBar">
  <div id="search">
    <form action="search.php?test=query" method="post">
      <label>search art</label>
      <input name="searchFor" type="text" size="10">
      <input name="goButton" type="submit" value="go">
    </form>
  </div>
  <div id="sectionLinks">
    <ul>
      <li><a href="categories.php">Browse categories</a></li>
      <li><a href="artists.php">Browse artists</a></li>
      <li><a href="cart.php">Your cart</a></li>
      <li><a href="login.php">Signup</a></li>
\t  <li><a href="userinfo.php">Your profile</a></li>
\t  <li><a href="guestbook.php">Our guestbook</a></li>
		<li><a href="AJAX/index.php">AJAX Demo</a></li>
\t  </li>
    </ul>
  </div>
  <div class="relatedLinks">
    <h3>Links</h3>
    <ul>
      <li><a href="http://www.acunetix.com">Security art</a></li>
\t  <li><a href="https://www.acunetix.com/vulnerability-scanner/php-security-scanner/">PHP scanner</a></li>
\t  <li><a href="https://www.acunetix.com/blog/articles/prevent-sql-injection-vulnerabilities-in-php-applications/">PHP vuln help</a></li>
\t  <li><a href="http://www.eclectasy.com/Fractal-Explorer/index.html">Fractal Explorer</a></li>
    </ul>
  </div>
  <div id="advert">
    <p>
      <object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000" codebase="http://download.macromedia.com/pub/shockwave/cabs/flash/swflash.cab#version=6,0,29,0" width="107" height="66">
        <param name="movie" value="Flash/add.swf">
        <param name=quality value=high>
        <embed src="Flash/add.swf" quality=high pluginspage="http://www.macromedia.com/shockwave/download/index.cgi?P1_Prod_Version=ShockwaveFlash" type="application/x-shockwave-flash" width="107" height="66"></embed>
      </object>
    </p>
  </div>
</div>

<!--end navbar -->
<div id="siteInfo">  <a href="http://www.acunetix.com">About Us</a> | <a href="privacy.php">Privacy Policy</a> | <a href="mailto:wvs@acunetix.com">Contact Us</a> | <a href="/Mod_Rewrite_Shop/">Shop</a> | <a href="/hpp/">HTTP Parameter Pollution</a> | &copy;2019
  Acunetix Ltd
</div>


<br>
<div style="background-color:lightgray;width:100%;text-align:center;font-size:12px;padding:1px">
<p style="padding-left:5%;padding-right:5%"><b>Warning</b>: This is not a real shop. This is an example PHP application, which is intentionally vulnerable to web attacks. It is intended to help you test Acunetix. It also helps you understand how developer errors and bad configuration may let someone break into your website. You can use it to test other tools and your manual hacking skills as well. Tip: Look for potential SQL Injections, Cross-site Scripting (XSS), and Cross-site Request Forgery (CSRF), and more.</p>
</div>
</div>
</body>
<!-- InstanceEnd --></html>"""
    s.list_page("listproducts.php@cat=1", page)
    s.write(
        "style.css",
        "body{margin:0;font-family:verdana,arial,sans-serif;font-size:11px;color:#333}\n#content{float:left;width:480px;margin:0 0 0 200px}\n#navBar{position:absolute;top:80px;left:0;width:180px}\n.story{clear:both;padding:10px 0}\n",
    )
    for pic, title, artist, text in PICTURES:
        s.expect({"title": title, "url": f"/product.php?pic={pic}", "description": text, "artist": ARTISTS[artist]})
    s.finish()


def main() -> None:
    """Rebuild the sites of this part."""
    for name, build in TWENTIETH_F.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}")


if __name__ == "__main__":
    main()
