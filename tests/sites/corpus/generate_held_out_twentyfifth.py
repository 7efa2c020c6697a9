"""Held-out wave twenty-five: three list pages copied from their real 2024–25 platform markup with invented data,
and frozen before any heuristic saw them.

* **filingvault** — a company's filing index on SEC EDGAR's classic company browse page
  (``/cgi-bin/browse-edgar?action=getcompany``, still served beside the newer JavaScript page): the XHTML 1.0
  Transitional shell with the seal / banner header, breadcrumbs, the blue filer box (Mailing / Business Address
  ``div.mailer`` spans, ``span.companyName`` with ``CIK#`` and a "see all company filings" link, ``p.identInfo`` with
  SIC, state location, state of incorporation and fiscal year end), the filter form (Filing Type, Prior to, Ownership
  radios, "Limit Results Per Page" select, Search / Show All buttons), then ``div#seriesDiv > table.tableFile2`` with
  one ``tr`` a filing (``blueRow`` every other row): the form type in a bare ``td``, a Format cell with a
  ``#documentsbutton`` link to the filing index (and ``#interactiveDataBtn`` on XBRL filings; the ids repeat on every
  row as EDGAR's do), ``td.small`` with the description, ``<br />Acc-no: …&nbsp;(34 Act)&nbsp; Size: 412 KB``
  (no Act on Forms 3 / 4, CORRESP, UPLOAD and Schedules 13G), the filing date ``2025-03-20`` and a File/Film Number
  cell (file number link, ``<br>``, film number; empty on Forms 3 / 4 and CORRESP, no film on UPLOAD). Paging is
  EDGAR's own: "Items 1 - 10" and ``input[type=button]`` "Next 10" / "Previous 10" whose only URL is in an
  ``onClick="parent.location='…&start=10&count=10&hidefilings=0'"`` script. Written down: form, url, description,
  accession_number, act, size, filing_date, file_number, film_number.
* **estuaria-journal** — an open-access journal's search results on Open Journal Systems 3.3 (default theme,
  ``index.php/<journal>/search/search?query=…``): ``pkp_structure_head`` with the text site name, primary menu
  (Current / Archives / Announcements / About ▾), Register / Login, the search link; ``nav.cmp_breadcrumbs``; the
  search form (query, "Advanced filters" fieldset with Published After / Before ``html_select_date`` selects and an
  Author field); ``div.search_results`` of ``div.obj_article_summary`` (optional ``div.cover`` image link,
  ``h3.title > a#article-N`` with an optional ``span.subtitle`` inside the link, ``div.meta`` with ``div.authors``
  "A, B, C", ``div.pages`` on most and ``div.published`` ``2024-03-14``), then ``div.cmp_pagination`` with PKP's
  ``page_info`` "1 - 10 of 26 Items" and ``page_links`` (``<strong>1</strong>`` and links ``2 3 > >>`` / ``<< < 1``
  built with every empty search field and ``&searchPage=N#results``); the sidebar blocks (Make a Submission,
  Information, Current Issue feeds, Keywords cloud), the ISSN footer and the OJS/PKP brand. The journal shows 10
  items a page (a journal setting). Written down: title, subtitle, url, authors, pages, date.
* **kettleleaf** — a tea shop's category page on Odoo 17 eCommerce (``/shop/category/loose-leaf-tea-5``, 12
  products a page in rows of 3, the shop's "Description" option on): the Odoo website header (logo, Home / Shop /
  Tea Guides / Contact us, the cart badge, Sign in), the ``aside#products_grid_before`` rail (category radios,
  ``form.js_attributes`` checkboxes for Origin / Type and a price-range input), the category description, the
  products header (search box, pricelist and "Sort By: Featured" dropdowns, grid / list toggle), then the
  ``table`` grid: ``td.oe_product[data-ribbon-id]`` > ``form.oe_product_cart[itemtype=Product]`` with the image link,
  an ``o_ribbon`` "Sale" / "Sold out" / "New!" span on some, ``h6.o_wsale_products_item_title > a[itemprop=name]``,
  ``div.oe_subdescription`` on most, add-to-cart / wishlist buttons, ``div.product_price`` with
  ``<span class="oe_currency_value">12.60</span>&nbsp;€``, a struck ``del`` base price on discounted teas and hidden
  ``itemprop=price`` / ``priceCurrency`` spans; product links carry ``?category=5`` (``?page=2&category=5`` on later
  pages); ``ul.pagination`` of chevron icons (no ``href`` when disabled) and numbers over ``/page/N``; the mobile
  offcanvas filters, the cookies bar and "Powered by Odoo". Written down: name, url, price, currency, original_price,
  badge, description.

Run ``uv run python tests/sites/corpus/generate_held_out_twentyfifth.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **frozen**.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import FROZEN, ROOT, Site, chunks, esc, slug

FROZEN |= {"filingvault", "estuaria-journal", "kettleleaf"}

TWENTYFIFTH: dict[str, Callable[[], None]] = {}


def twentyfifth(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TWENTYFIFTH[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


# ---------------------------------------------------------------------------------------------------
# filingvault: SEC EDGAR's classic company browse page (getcompany), ten filings a page.
# ---------------------------------------------------------------------------------------------------

FV_CIK = "0001874231"
FV_CIK_SHORT = FV_CIK.lstrip("0")
FV_COUNT = 10
FV_PAGE_SIZES = [10, 10, 6]
FV_BASE = f"/cgi-bin/browse-edgar?action=getcompany&CIK={FV_CIK}&type=&dateb=&owner=include"

#: (form, description, accession number, act or None, size, filing date, file number or None, film number or None, XBRL)
FV_FILINGS: list[tuple[str, str, str, str | None, str, str, str | None, str | None, bool]] = [
    (
        "8-K",
        "Current report, items 2.02 and 9.01",
        "0001213900-25-024518",
        "34 Act",
        "412 KB",
        "2025-03-20",
        "001-42318",
        "25753861",
        True,
    ),
    (
        "10-K",
        "Annual report [Section 13 and 15(d), not S-K Item 405]",
        "0001213900-25-024377",
        "34 Act",
        "14 MB",
        "2025-03-20",
        "001-42318",
        "25753104",
        True,
    ),
    (
        "4",
        "Statement of changes in beneficial ownership of securities",
        "0001874231-25-000011",
        None,
        "11 KB",
        "2025-03-04",
        None,
        None,
        False,
    ),
    (
        "4",
        "Statement of changes in beneficial ownership of securities",
        "0001874231-25-000010",
        None,
        "9 KB",
        "2025-03-04",
        None,
        None,
        False,
    ),
    (
        "SCHEDULE 13G",
        "Statement of acquisition of beneficial ownership by individuals",
        "0000950103-25-002871",
        None,
        "24 KB",
        "2025-02-14",
        "005-93712",
        "25634410",
        False,
    ),
    (
        "SCHEDULE 13G/A",
        "[Amend] Statement of acquisition of beneficial ownership by individuals",
        "0001104659-25-013322",
        None,
        "19 KB",
        "2025-02-12",
        "005-93712",
        "25617805",
        False,
    ),
    (
        "8-K",
        "Current report, items 5.02 and 9.01",
        "0001213900-25-009114",
        "34 Act",
        "268 KB",
        "2025-02-03",
        "001-42318",
        "25579012",
        True,
    ),
    (
        "4",
        "Statement of changes in beneficial ownership of securities",
        "0001874231-25-000004",
        None,
        "8 KB",
        "2025-01-17",
        None,
        None,
        False,
    ),
    (
        "8-K",
        "Current report, items 7.01 and 9.01",
        "0001213900-25-002265",
        "34 Act",
        "3 MB",
        "2025-01-10",
        "001-42318",
        "25521330",
        True,
    ),
    (
        "3",
        "Initial statement of beneficial ownership of securities",
        "0001874231-25-000002",
        None,
        "6 KB",
        "2025-01-06",
        None,
        None,
        False,
    ),
    (
        "SC 13G",
        "Statement of acquisition of beneficial ownership by individuals",
        "0000902664-24-006541",
        None,
        "15 KB",
        "2024-12-09",
        "005-93712",
        "24528904",
        False,
    ),
    (
        "10-Q",
        "Quarterly report [Sections 13 or 15(d)]",
        "0001213900-24-098112",
        "34 Act",
        "9 MB",
        "2024-11-14",
        "001-42318",
        "24461337",
        True,
    ),
    (
        "8-K",
        "Current report, items 2.02 and 9.01",
        "0001213900-24-097960",
        "34 Act",
        "356 KB",
        "2024-11-14",
        "001-42318",
        "24460918",
        True,
    ),
    (
        "S-8",
        "Securities to be offered to employees in employee benefit plans",
        "0001213900-24-094203",
        "33 Act",
        "187 KB",
        "2024-11-04",
        "333-283104",
        "24424561",
        False,
    ),
    (
        "4",
        "Statement of changes in beneficial ownership of securities",
        "0001874231-24-000019",
        None,
        "14 KB",
        "2024-10-29",
        None,
        None,
        False,
    ),
    (
        "4",
        "Statement of changes in beneficial ownership of securities",
        "0001874231-24-000018",
        None,
        "10 KB",
        "2024-10-29",
        None,
        None,
        False,
    ),
    (
        "8-K",
        "Current report, items 1.01, 3.03, 5.03, 8.01, and 9.01",
        "0001213900-24-090455",
        "34 Act",
        "1 MB",
        "2024-10-28",
        "001-42318",
        "24415893",
        True,
    ),
    (
        "424B4",
        "Prospectus [Rule 424(b)(4)]",
        "0001213900-24-089876",
        "33 Act",
        "2 MB",
        "2024-10-25",
        "333-281954",
        "24412370",
        False,
    ),
    (
        "EFFECT",
        "Notice of Effectiveness",
        "9999999995-24-003409",
        "33 Act",
        "1 KB",
        "2024-10-24",
        "333-281954",
        "24398871",
        False,
    ),
    (
        "8-A12B",
        "Registration of securities [Section 12(b)]",
        "0001213900-24-089105",
        "34 Act",
        "18 KB",
        "2024-10-23",
        "001-42318",
        "24394110",
        False,
    ),
    (
        "3",
        "Initial statement of beneficial ownership of securities",
        "0001874231-24-000008",
        None,
        "7 KB",
        "2024-10-23",
        None,
        None,
        False,
    ),
    ("CORRESP", "Correspondence", "0001213900-24-087302", None, "26 KB", "2024-10-18", None, None, False),
    (
        "S-1/A",
        "[Amend] General form for registration of securities under the Securities Act of 1933",
        "0001213900-24-086977",
        "33 Act",
        "7 MB",
        "2024-10-17",
        "333-281954",
        "24390255",
        False,
    ),
    ("UPLOAD", "SEC-generated letter", "0000000000-24-011872", None, "58 KB", "2024-09-30", "333-281954", None, False),
    (
        "S-1",
        "General form for registration of securities under the Securities Act of 1933",
        "0001213900-24-077031",
        "33 Act",
        "8 MB",
        "2024-09-06",
        "333-281954",
        "24282419",
        False,
    ),
    (
        "D",
        "Notice of Exempt Offering of Securities",
        "0001874231-23-000002",
        "33 Act",
        "7 KB",
        "2023-06-12",
        "021-489617",
        "23997150",
        False,
    ),
]


def _fv_index_url(accession: str) -> str:
    return f"/Archives/edgar/data/{FV_CIK_SHORT}/{accession.replace('-', '')}/{accession}-index.htm"


def _fv_page_url(start: int) -> str:
    """The URL EDGAR's Next / Previous buttons go to (raw ampersands: it sits in a script string)."""
    return f"{FV_BASE}&start={start}&count={FV_COUNT}&hidefilings=0"


def _fv_row(index: int, filing: tuple[str, str, str, str | None, str, str, str | None, str | None, bool]) -> str:
    form, description, accession, act, size, day, file_no, film, xbrl = filing
    cls = ' class="blueRow"' if index % 2 == 1 else ""
    buttons = f'<a href="{_fv_index_url(accession)}" id="documentsbutton">&nbsp;Documents</a>'
    if xbrl:
        buttons += f'&nbsp; <a href="/cgi-bin/viewer?action=view&amp;cik={FV_CIK_SHORT}&amp;accession_number={accession}&amp;xbrl_type=v" id="interactiveDataBtn">&nbsp;Interactive Data</a>'
    act_html = f"&nbsp;({act})" if act else ""
    file_html = ""
    if file_no:
        file_html = f'<a href="/cgi-bin/browse-edgar?action=getcompany&amp;filenum={file_no}&amp;owner=include&amp;count={FV_COUNT}">{file_no}</a><br>'
        file_html += f"{film}         " if film else "         "
    return f"""<tr{cls}>
<td nowrap="nowrap">{esc(form)}</td>
<td nowrap="nowrap">{buttons}</td>
<td class="small" >{esc(description)}
<br />Acc-no: {accession}{act_html}&nbsp; Size: {size}            </td>
            <td>{day}</td>
            <td nowrap="nowrap">{file_html}</td>
         </tr>"""


def _fv_paging(number: int, total: int, first: int, last: int) -> str:
    buttons = []
    if number > 1:
        buttons.append(
            f'<input type="button" value="Previous {FV_COUNT}" onClick="parent.location=\'{_fv_page_url((number - 2) * FV_COUNT)}\'">'
        )
    if number < total:
        buttons.append(
            f'<input type="button" value="Next {FV_COUNT}" onClick="parent.location=\'{_fv_page_url(number * FV_COUNT)}\'">'
        )
    atom = f"{FV_BASE}&start={(number - 1) * FV_COUNT}&count={FV_COUNT}&output=atom".replace("&", "&amp;")
    return f"""<div style="margin-top: 5px; margin-bottom: 5px;">
<form>
<table border="0" width="100%">
<tr>
<td>Items {first} - {last}&nbsp;&nbsp;<a href="{atom}"><img src="/images/rss-feed-icon-14x14.png" alt="{FV_CIK} Filings" border="0" align="top" /> RSS Feed</a></td>
<td style="text-align: right;">{"&nbsp;".join(buttons)}</td>
</tr>
</table>
</form>
</div>"""


def _fv_page(
    number: int, total: int, filings: list[tuple[str, str, str, str | None, str, str, str | None, str | None, bool]]
) -> str:
    first = (number - 1) * FV_COUNT + 1
    last = first + len(filings) - 1
    rows = "\n".join(_fv_row(i, f) for i, f in enumerate(filings))
    paging = _fv_paging(number, total, first, last)
    selected = ' selected="selected"'
    count_options = "".join(
        f'<option value="{n}"{selected if n == FV_COUNT else ""}>{n} Entries</option>' for n in (10, 20, 40, 80, 100)
    )
    show_all = (
        f"/cgi-bin/browse-edgar?action=getcompany&CIK={FV_CIK}&type=&dateb=&owner=include&count={FV_COUNT}&search_text="
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>EDGAR Search Results</title>
<link rel="stylesheet" type="text/css" href="/include/interactive.css" />
<link rel="alternate" type="application/atom+xml" title="ATOM" href="{FV_BASE.replace("&", "&amp;")}&amp;start={(number - 1) * FV_COUNT}&amp;count={FV_COUNT}&amp;output=atom" />
<script type="text/javascript" src="/include/jquery-1.4.3.min.js"></script>
<script type="text/javascript" src="/include/accordionMenu.js"></script>
<script type="text/javascript" src="/include/Tooltip.js"></script>
<script type="text/javascript" src="/include/ArrowTooltip.js"></script>
<script type="text/javascript">
   $(document).ready(function() {{
      $('.tooltip').each(function() {{
         new ArrowTooltip(this);
      }});
   }});
   function verify_prior_to() {{
      var v = document.getElementById('prior_to').value;
      if (v != '' && !/^[0-9]{{8}}$/.test(v)) {{
         alert('Date format is YYYYMMDD');
         return false;
      }}
      return true;
   }}
</script>
<!-- Google Tag Manager -->
<script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':
new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
}})(window,document,'script','dataLayer','GTM-TD3BKV');</script>
<!-- End Google Tag Manager -->
</head>
<body style="margin: 0">
<!-- SEC Web Analytics - For information please visit: https://www.sec.gov/privacy.htm#collectedinfo -->
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-TD3BKV" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<!-- End SEC Web Analytics -->
<noscript><div style="color:red; font-weight:bold; text-align:center;">This page uses Javascript. Your browser either doesn't support Javascript or you have it turned off. To see this page as it is meant to appear please use a Javascript enabled browser.</div></noscript>
<!-- BEGIN BANNER -->
<div id="headerTop">
   <div id="Nav"><a href="/index.htm">Home</a> | <a href="/cgi-bin/browse-edgar?action=getcurrent">Latest Filings</a> | <a href="javascript:history.back()">Previous Page</a></div>
   <div id="seal"><a href="/index.htm"><img src="/images/sealTop.gif" alt="SEC Seal" border="0" /></a></div>
   <div id="secWordGraphic"><img src="/images/bannerTitle.gif" alt="SEC Banner" /></div>
</div>
<div id="headerBottom">
   <div id="searchHome"><a href="/edgar/search-and-access">EDGAR Search Home</a></div>
   <div id="PageTitle">EDGAR Search Results</div>
</div>
<!-- END BANNER -->

<!-- BEGIN BREADCRUMBS -->
<div id="breadCrumbs">
   <ul>
      <li><a href="/index.htm">SEC Home</a> &#187;</li>
      <li><a href="/edgar/search-and-access">Search the Next-Generation EDGAR System</a> &#187;</li>
      <li><a href="/edgar/searchedgar/companysearch">Company Search</a> &#187;</li>
      <li class="last">Current Page</li>
   </ul>
</div>
<!-- END BREADCRUMBS -->

<div id="contentDiv">
<!-- START FILER DIV -->
<div style="margin: 15px 0 10px 0; padding: 3px; overflow: hidden; background-color: #BCD6F8;">
<div class="mailer">Mailing Address
<span class="mailerAddress">200 CLARENDON STREET, SUITE 1400</span>
<span class="mailerAddress">
BOSTON MA 02116		</span>
</div>
<div class="mailer">Business Address
<span class="mailerAddress">200 CLARENDON STREET, SUITE 1400</span>
<span class="mailerAddress">
BOSTON MA 02116		</span>
<span class="mailerAddress">(617) 555-0142</span>
</div>
<div class="companyInfo">
<span class="companyName">Bramblecrest Therapeutics, Inc. <acronym title="Central Index Key">CIK</acronym>#: <a href="/cgi-bin/browse-edgar?action=getcompany&amp;CIK={FV_CIK}&amp;owner=include&amp;count=40">{FV_CIK} (see all company filings)</a></span>
<p class="identInfo"><acronym title="Standard Industrial Code">SIC</acronym>: <a href="/cgi-bin/browse-edgar?action=getcompany&amp;SIC=2834&amp;owner=include&amp;count=40">2834</a> - PHARMACEUTICAL PREPARATIONS<br />State location: <a href="/cgi-bin/browse-edgar?action=getcompany&amp;State=MA&amp;owner=include&amp;count=40">MA</a> | State of Inc.: <strong>DE</strong> | Fiscal Year End: 1231<br />(Office of Life Sciences)<br />formerly: Bramblecrest Bio, Inc. (filings through 2024-08-21)<br />Get <a href="/cgi-bin/own-disp?action=getissuer&amp;CIK={FV_CIK}"><b>insider transactions</b></a> for this <b>issuer</b>.</p>
</div>
</div>
<!-- END FILER DIV -->

<div style="margin-top: 5px; margin-bottom: 5px;">
<form method="get" action="/cgi-bin/browse-edgar" onsubmit="return verify_prior_to();">
<input type="hidden" name="action" value="getcompany" />
<input type="hidden" name="CIK" value="{FV_CIK}" />
<table border="0" width="100%">
<tr>
<td>
<label for="type">Filing Type:</label> <input type="text" size="10" name="type" id="type" value="" />
&nbsp;<label for="prior_to">Prior to: (YYYYMMDD)</label> <input type="text" size="12" name="dateb" id="prior_to" value="" />
&nbsp;<span class="tooltip" title="Include, exclude or show only ownership reports (Forms 3, 4 and 5).">Ownership?</span>
<input type="radio" name="owner" value="include" checked="checked" id="include" /><label for="include">include</label>
<input type="radio" name="owner" value="exclude" id="exclude" /><label for="exclude">exclude</label>
<input type="radio" name="owner" value="only" id="only" /><label for="only">only</label>
&nbsp;<label for="count">Limit Results Per Page</label>
<select name="count" id="count">{count_options}</select>
<input type="submit" value="Search" />
<input type="button" value="Show All" onclick="parent.location='{show_all}'" />
</td>
</tr>
</table>
</form>
</div>

{paging}

<div id="seriesDiv" style="margin-top: 0px;">
<table class="tableFile2" summary="Results">
         <tr>
            <th width="7%" scope="col">Filings</th>
            <th width="10%" scope="col">Format</th>
            <th scope="col">Description</th>
            <th width="10%" scope="col">Filing Date</th>
            <th width="15%" scope="col">File/Film Number</th>
         </tr>
{rows}
      </table>
</div>

{paging}

</div>
<!-- BEGIN FOOTER -->
<div id="footer">
   <div class="currentURL">https://www.sec.gov/cgi-bin/browse-edgar</div>
   <div class="links"><a href="/index.htm">Home</a> | <a href="/edgar/search-and-access">Search the Next-Generation EDGAR System</a> | <a href="javascript:history.back()">Previous Page</a></div>
   <div class="modified">Modified 03/20/2025</div>
</div>
<!-- END FOOTER -->
</body>
</html>"""


@twentyfifth
def build_filingvault() -> None:
    s = Site(
        "filingvault",
        kind="regulatory filings index (SEC EDGAR classic company browse page 2024–25, browse-edgar?action=getcompany: XHTML 1.0 Transitional, filer box of div.mailer addresses / span.companyName with CIK# / p.identInfo SIC and state, the type / prior-to / ownership / count filter form, div#seriesDiv > table.tableFile2 of tr / tr.blueRow filings: bare form-type td, #documentsbutton (+ #interactiveDataBtn) links repeated on every row, td.small description + '<br />Acc-no: 0001213900-25-024518&nbsp;(34 Act)&nbsp; Size: 412 KB', '2025-03-20', file-number link + <br> + film number (empty or half empty on some), 'Items 1 - 10' and Next 10 / Previous 10 input buttons whose URL exists only in onClick parent.location scripts, &start=N&count=10&hidefilings=0)",
        start=f"cgi-bin/browse-edgar?action=getcompany&CIK={FV_CIK}&type=&dateb=&owner=include&count={FV_COUNT}",
        description="A newly listed biotech's filings on EDGAR's classic company page (owner=include, count=10, newest first): the headerTop seal / banner with Home | Latest Filings | Previous Page, headerBottom 'EDGAR Search Results', the breadcrumbs list, the blue filer box (Mailing / Business Address spans with the phone, span.companyName 'Bramblecrest Therapeutics, Inc. CIK#: 0001874231 (see all company filings)', p.identInfo with SIC 2834, State location MA, State of Inc. DE, Fiscal Year End 1231, the office, a 'formerly:' line and the insider-transactions link), the filter form (Filing Type, Prior to (YYYYMMDD) with a validating script, Ownership include / exclude / only radios, 'Limit Results Per Page' 10 / 20 / 40 / 80 / 100 Entries, Search and a Show All button), then the paging strip 'Items 1 - 10' + RSS Feed link + input buttons 'Next 10' / 'Previous 10' whose only URL is in onClick=\"parent.location='/cgi-bin/browse-edgar?…&start=10&count=10&hidefilings=0'\" (raw ampersands), div#seriesDiv > table.tableFile2[summary=Results] with a th row (Filings / Format / Description / Filing Date / File/Film Number) and one tr per filing (tr.blueRow every other row): the form type ('8-K', '10-K', '4', 'SCHEDULE 13G/A', 'S-1/A', 'EFFECT', 'UPLOAD'…) as a bare td, the Format td with a#documentsbutton '&nbsp;Documents' to /Archives/edgar/data/1874231/<acc>/<acc>-index.htm and on XBRL filings a#interactiveDataBtn to the viewer (duplicate ids on every row), td.small with the description ('[Amend] …' on amendments) then '<br />Acc-no: 0001213900-25-024518&nbsp;(34 Act)&nbsp; Size: 412 KB' (no Act on Forms 3 / 4, CORRESP, UPLOAD and Schedules 13G), the filing date td '2025-03-20', and the File/Film Number td (file-number link to filenum=…, <br>, film number; empty on Forms 3 / 4 and CORRESP, no film number on UPLOAD); the paging strip again below and the footer with 'Modified 03/20/2025'. Pages are ?…&start=0/10/20&count=10&hidefilings=0 (the start URL has neither start nor hidefilings; the Previous button of page 2 goes to start=0). 10 + 10 + 6 filings. Written down: form, url (the Documents link), description, accession_number, act, size, filing_date, file_number, film_number.",
    )
    pages = chunks(FV_FILINGS, FV_PAGE_SIZES)
    start_file = f"cgi-bin/browse-edgar@action=getcompany&CIK={FV_CIK}&type=&dateb=&owner=include&count={FV_COUNT}"
    for number, filings in enumerate(pages, 1):
        html = _fv_page(number, len(pages), filings)
        paged_file = "cgi-bin/browse-edgar@" + _fv_page_url((number - 1) * FV_COUNT).split("?", 1)[1]
        if number == 1:
            s.list_page(start_file, html)
            s.write(paged_file, html)
        else:
            s.list_page(paged_file, html)
    for form, description, accession, act, size, day, file_no, film, _xbrl in FV_FILINGS:
        s.expect(
            {
                "form": form,
                "url": _fv_index_url(accession),
                "description": description,
                "accession_number": accession,
                "act": act,
                "size": size,
                "filing_date": day,
                "file_number": file_no,
                "film_number": film,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# estuaria-journal: Open Journal Systems 3.3 search results (default theme), ten items a page.
# ---------------------------------------------------------------------------------------------------

OJ_PATH = "estuaria"
OJ_BASE = f"/index.php/{OJ_PATH}"
OJ_VERSION = "3.3.0.18"
OJ_QUERY = "seagrass"
OJ_PAGE_SIZES = [10, 10, 6]
OJ_NAME = "Estuaria: Journal of Coastal and Estuarine Ecology"
#: The fields OJS's page_links carries along, empty when the search came from the header box.
OJ_ARGS = "searchJournal=3&authors=&title=&abstract=&galleyFullText=&discipline=&subject=&type=&coverage=&indexTerms=&dateFromMonth=&dateFromDay=&dateFromYear=&dateToMonth=&dateToDay=&dateToYear=&orderBy=&orderDir="

#: (submission id, title, subtitle or None, authors, pages or None, date published, has a cover image)
OJ_ARTICLES: list[tuple[int, str, str | None, list[str], str | None, str, bool]] = [
    (
        1842,
        "Seagrass meadow recovery after the 2019 marine heatwave in a temperate lagoon",
        None,
        ["Marta Ferreira", "João P. Almeida", "Inês Cardoso"],
        "1-19",
        "2024-11-28",
        True,
    ),
    (
        1907,
        "Blue carbon stocks beneath Zostera marina",
        "A ten-site survey of the southern North Sea",
        ["Hendrik de Wit", "Lotte Bakker"],
        "20-41",
        "2025-02-17",
        False,
    ),
    (
        1655,
        "Grazing pressure by black brant on intertidal seagrass",
        None,
        ["Carla Ortiz-Mena", "Samuel K. Hart", "Priya Venkataraman", "Owen Blythe"],
        "77-95",
        "2023-09-04",
        False,
    ),
    (
        1930,
        "Light thresholds for Posidonia oceanica at its depth limit",
        None,
        ["Giulia Santangelo"],
        None,
        "2025-03-10",
        False,
    ),
    (
        1712,
        "Epiphyte loads and nutrient enrichment in Halodule wrightii beds of the northern Gulf of Mexico",
        None,
        ["Tyler Broussard", "Ana Lucía Reyes", "Mark Thibodeaux"],
        "141-160",
        "2024-02-22",
        False,
    ),
    (
        1598,
        "Sediment sulphide intrusion as an early warning signal of seagrass die-off",
        None,
        ["Kasper Nørgaard", "Signe Lund", "Mikkel Holm", "Anne Vestergaard", "Jens Riis"],
        "203-219",
        "2023-05-15",
        True,
    ),
    (
        1874,
        "Restoring seagrass with seeds",
        "Hessian bag planting trials in a Welsh estuary",
        ["Rhian Morgan", "Gareth Pryce"],
        "58-74",
        "2024-12-19",
        False,
    ),
    (
        1433,
        "Fish nursery value of estuarine seagrass compared with unvegetated sand",
        None,
        ["Aroha Ngata", "William Tane", "Lucy Fairbairn"],
        "12-30",
        "2022-03-08",
        False,
    ),
    (
        1801,
        "Editorial: Twenty years of seagrass monitoring in Estuaria",
        None,
        ["Helen McAllister"],
        "1-3",
        "2024-07-01",
        False,
    ),
    (
        1689,
        "Drone-based mapping of intertidal seagrass cover using multispectral imagery",
        None,
        ["Felix Hartmann", "Yuki Tanabe", "Clara Weiß"],
        "96-112",
        "2023-11-20",
        False,
    ),
    (
        1521,
        "Wasting disease prevalence in Zostera marina along a salinity gradient",
        None,
        ["Erik Lindqvist", "Maja Sandberg"],
        "44-59",
        "2022-10-03",
        False,
    ),
    (
        1943,
        "Carbon burial rates in restored versus natural seagrass meadows",
        None,
        ["Daniel Okafor", "Rebecca Thorne", "Liam O'Connell"],
        None,
        "2025-03-24",
        False,
    ),
    (
        1766,
        "Boat mooring scars in seagrass",
        "Extent, persistence and recovery at three Mediterranean anchorages",
        ["Nikos Papadakis", "Elena Kouri", "Dimitris Andreou"],
        "161-182",
        "2024-04-29",
        False,
    ),
    (
        1377,
        "Seagrass-associated invertebrate assemblages in a subtropical estuary",
        None,
        ["Bruna Tavares", "Rafael Lima"],
        "233-250",
        "2021-09-13",
        False,
    ),
    (
        1612,
        "A global dataset of seagrass shoot density measurements, 1975–2022",
        None,
        ["Sophie Laurent", "Matthieu Girard", "Amina Diallo", "Pedro Nunes", "Hannah Kim", "Oliver Grant"],
        "1-14",
        "2023-06-26",
        True,
    ),
    (
        1489,
        "Dugong feeding trails as indicators of seagrass condition",
        None,
        ["Jessica Nguyen", "Peter Whitaker"],
        "60-77",
        "2022-05-30",
        False,
    ),
    (
        1728,
        "Nitrogen retention by seagrass in a eutrophic coastal lagoon",
        None,
        ["Tomás Oyarzún", "Valentina Rojas", "Felipe Araya"],
        "113-131",
        "2024-01-15",
        False,
    ),
    (
        1905,
        "Genetic diversity of transplanted Zostera noltii",
        None,
        ["Anneke Visser", "Jeroen Smit"],
        "42-57",
        "2025-02-17",
        False,
    ),
    (
        1340,
        "Long-term decline of seagrass in a South African estuarine bay",
        None,
        ["Thandiwe Mokoena", "Pieter van der Merwe", "Zanele Dube"],
        "88-104",
        "2021-04-19",
        False,
    ),
    (
        1853,
        "Heat tolerance of Cymodocea nodosa seedlings",
        None,
        ["Laura Martín-Vidal", "Sergio Pons"],
        "75-90",
        "2024-12-19",
        False,
    ),
    (
        1567,
        "Community science monitoring of seagrass",
        "Lessons from Seagrass Spotter volunteers",
        ["Emma Doyle", "Ciarán Walsh", "Niamh Byrne"],
        "131-146",
        "2023-01-23",
        False,
    ),
    (
        1294,
        "Hydrodynamic modelling of wave attenuation by Posidonia meadows",
        None,
        ["Marco Bellini", "Francesca Rizzo", "Luca Ferraro"],
        "301-322",
        "2020-12-07",
        False,
    ),
    (
        1634,
        "Stable isotope evidence for seagrass-derived carbon in juvenile flatfish",
        None,
        ["Ingrid Solberg"],
        "35-49",
        "2023-08-14",
        False,
    ),
    (
        1958,
        "Sea urchin overgrazing and seagrass loss after predator decline",
        None,
        ["Kai Lehmann", "Ayşe Demir", "Nadia Farouk"],
        None,
        "2025-04-02",
        False,
    ),
    (
        1402,
        "Seasonal photosynthetic performance of Halophila ovalis in a tropical estuary",
        None,
        ["Siti Rahmawati", "Budi Santoso"],
        "178-194",
        "2021-11-29",
        False,
    ),
    (
        1745,
        "Microplastic trapping by seagrass canopies: a flume study",
        None,
        ["Chloé Dubois", "Antoine Mercier", "Rania Haddad"],
        "183-199",
        "2024-03-18",
        False,
    ),
]


def _oj_page_href(page: int) -> str:
    return f"{OJ_BASE}/search/search?query={OJ_QUERY}&{OJ_ARGS}&searchPage={page}#results"


def _oj_summary(article: tuple[int, str, str | None, list[str], str | None, str, bool]) -> str:
    ident, title, subtitle, authors, pages, day, cover = article
    href = f"{OJ_BASE}/article/view/{ident}"
    cover_html = ""
    if cover:
        cover_html = f"""
	<div class="cover">
		<a href="{href}" class="file">
			<img src="/public/journals/3/submission_{ident}_{ident + 2117}_coverImage_en_US.jpg" alt="">
		</a>
	</div>
"""
    subtitle_html = (
        f"""
							<span class="subtitle">
					{esc(subtitle)}
				</span>
					"""
        if subtitle
        else ""
    )
    pages_html = (
        f"""

							<div class="pages">{esc(pages)}</div>
		"""
        if pages
        else ""
    )
    return f"""<div class="obj_article_summary">{cover_html}
	<h3 class="title">
		<a id="article-{ident}" href="{href}">
			{esc(title)}{subtitle_html}
		</a>
	</h3>

		<div class="meta">
				<div class="authors">
			{esc(", ".join(authors)).replace("&#x27;", "&#039;")}
		</div>
		{pages_html}
					<div class="published">
				{day}
			</div>

	</div>


</div>"""


def _oj_pagination(number: int, total: int, first: int, last: int, count: int) -> str:
    links = ""
    if number > 1:
        links += f'<a href="{esc(_oj_page_href(1))}">&lt;&lt;</a>&nbsp;<a href="{esc(_oj_page_href(number - 1))}">&lt;</a>&nbsp;'
    for page in range(1, total + 1):
        if page == number:
            links += f"<strong>{page}</strong>&nbsp;"
        else:
            links += f'<a href="{esc(_oj_page_href(page))}">{page}</a>&nbsp;'
    if number < total:
        links += f'<a href="{esc(_oj_page_href(number + 1))}">&gt;</a>&nbsp;<a href="{esc(_oj_page_href(total))}">&gt;&gt;</a>&nbsp;'
    return f"""<div class="cmp_pagination">
				{first} - {last} of {count} Items&nbsp;&nbsp;&nbsp;&nbsp;{links}
			</div>"""


def _oj_select(name: str, options: list[tuple[str, str]]) -> str:
    items = '<option value=""></option>\n' + "\n".join(f'<option value="{v}">{label}</option>' for v, label in options)
    return f'<select name="{name}">\n{items}\n</select>'


def _oj_date_selects(prefix: str) -> str:
    months = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
    years = [(str(y), str(y)) for y in range(2014, 2026)]
    month_opts = [(f"{i:02d}", m) for i, m in enumerate(months, 1)]
    day_opts = [(f"{d:02d}", f"{d:02d}") for d in range(1, 32)]
    return (
        _oj_select(f"{prefix}Year", years)
        + "\n"
        + _oj_select(f"{prefix}Month", month_opts)
        + "\n"
        + _oj_select(f"{prefix}Day", day_opts)
    )


def _oj_page(
    number: int, total: int, articles: list[tuple[int, str, str | None, list[str], str | None, str, bool]], first: int
) -> str:
    summaries = "\n\t\t\t\t\t".join(_oj_summary(a) for a in articles)
    last = first + len(articles) - 1
    pagination = _oj_pagination(number, total, first, last, len(OJ_ARTICLES))
    v = OJ_VERSION
    return f"""<!DOCTYPE html>
<html lang="en-US" xml:lang="en-US">
<head>
	<meta charset="utf-8">
	<meta name="viewport" content="width=device-width, initial-scale=1.0">
	<title>
		Search
							| {esc(OJ_NAME)}
			</title>


<link rel="icon" href="/public/journals/3/favicon_en_US.png">
<meta name="generator" content="Open Journal Systems {v}">
<meta name="google-site-verification" content="q3vB1x0wLr7cK2YtP9dZ4mFhS6nJuA8eXoR5iTgWbE0" />
<link rel="alternate" type="application/atom+xml" href="{OJ_BASE}/gateway/plugin/WebFeedGatewayPlugin/atom">
<link rel="alternate" type="application/rdf+xml" href="{OJ_BASE}/gateway/plugin/WebFeedGatewayPlugin/rss">
<link rel="alternate" type="application/rss+xml" href="{OJ_BASE}/gateway/plugin/WebFeedGatewayPlugin/rss2">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK2M4XC9B"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date());
  gtag('config', 'G-7QK2M4XC9B');
</script>
	<link rel="stylesheet" href="{OJ_BASE}/$$$call$$$/page/page/css?name=stylesheet" type="text/css" /><link rel="stylesheet" href="{OJ_BASE}/$$$call$$$/page/page/css?name=font" type="text/css" /><link rel="stylesheet" href="/lib/pkp/styles/fontawesome/fontawesome.css?v={v}" type="text/css" />
</head>
<body class="pkp_page_search pkp_op_search has_site_logo" dir="ltr">

	<div class="pkp_structure_page">

				<header class="pkp_structure_head" id="headerNavigationContainer" role="banner">
						<nav class="cmp_skip_to_content" aria-label="Jump to content links">
	<a href="#pkp_content_main">Skip to main content</a>
	<a href="#siteNav">Skip to main navigation menu</a>
		<a href="#pkp_content_footer">Skip to site footer</a>
</nav>

			<div class="pkp_head_wrapper">

				<div class="pkp_site_name_wrapper">
					<button class="pkp_site_nav_toggle">
						<span>Open Menu</span>
					</button>
										<div class="pkp_site_name">
																<a href="{OJ_BASE}/index" class="is_img">
							<img src="/public/journals/3/pageHeaderLogoImage_en_US.png" width="1180" height="240" alt="{esc(OJ_NAME)}" />
						</a>
										</div>
				</div>


				<nav class="pkp_site_nav_menu" aria-label="Site Navigation">
					<a id="siteNav"></a>
					<div class="pkp_navigation_primary_row">
						<div class="pkp_navigation_primary_wrapper">
																				<ul id="navigationPrimary" class="pkp_navigation_primary pkp_nav_list">
								<li class="">
				<a href="{OJ_BASE}/issue/current">
					Current
				</a>
							</li>
								<li class="">
				<a href="{OJ_BASE}/issue/archive">
					Archives
				</a>
							</li>
								<li class="">
				<a href="{OJ_BASE}/announcement">
					Announcements
				</a>
							</li>
								<li class="">
				<a href="{OJ_BASE}/about">
					About
				</a>
									<ul>
																					<li class="">
									<a href="{OJ_BASE}/about">
										About the Journal
									</a>
								</li>
																												<li class="">
									<a href="{OJ_BASE}/about/submissions">
										Submissions
									</a>
								</li>
																												<li class="">
									<a href="{OJ_BASE}/about/editorialTeam">
										Editorial Team
									</a>
								</li>
																												<li class="">
									<a href="{OJ_BASE}/about/privacy">
										Privacy Statement
									</a>
								</li>
																												<li class="">
									<a href="{OJ_BASE}/about/contact">
										Contact
									</a>
								</li>
																		</ul>
							</li>
			</ul>



																						<div class="pkp_navigation_search_wrapper">
									<a href="{OJ_BASE}/search" class="pkp_search pkp_search_desktop">
										<span class="fa fa-search" aria-hidden="true"></span>
										Search
									</a>
								</div>
													</div>
					</div>
					<div class="pkp_navigation_user_wrapper" id="navigationUserWrapper">
							<ul id="navigationUser" class="pkp_navigation_user pkp_nav_list">
								<li class="profile">
				<a href="{OJ_BASE}/user/register">
					Register
				</a>
							</li>
								<li class="profile">
				<a href="{OJ_BASE}/login">
					Login
				</a>
							</li>
										</ul>

					</div>
				</nav>
			</div><!-- .pkp_head_wrapper -->
		</header><!-- .pkp_structure_head -->

						<div class="pkp_structure_content has_sidebar">
			<div class="pkp_structure_main" role="main">
				<a id="pkp_content_main"></a>

<div class="page page_search">

	<nav class="cmp_breadcrumbs" role="navigation" aria-label="You are here:">
	<ol>
		<li>
			<a href="{OJ_BASE}/index">
				Home
			</a>
			<span class="separator">/</span>
		</li>
		<li class="current">
			<span aria-current="page">
									Search
							</span>
		</li>
	</ol>
</nav>

	<h1>
		Search
	</h1>

			<form class="cmp_form" method="get" action="{OJ_BASE}/search/search">

				<div class="search_input">
			<label class="pkp_screen_reader" for="query">
				Search articles for
			</label>
			<input type="text" id="query" name="query" value="{OJ_QUERY}" class="query" placeholder="Search">
		</div>

		<fieldset class="search_advanced">
			<legend>
				Advanced filters
			</legend>
			<div class="date_range">
				<div class="from">
					<label class="label">
						Published After
					</label>
					{_oj_date_selects("dateFrom")}
				</div>
				<div class="to">
					<label class="label">
						Published Before
					</label>
					{_oj_date_selects("dateTo")}
				</div>
			</div>
			<div class="author">
				<label class="label" for="authors">
					Author
				</label>
				<input type="text" id="authors" name="authors" value="">
			</div>
					</fieldset>

		<div class="submit">
			<button class="submit" type="submit">Search</button>
		</div>
	</form>


		<h2 class="pkp_screen_reader">Search Results</h2>


		<div class="search_results">
									{summaries}
					</div>


					{pagination}


</div><!-- .page -->

	</div><!-- pkp_structure_main -->

									<div class="pkp_structure_sidebar left" role="complementary" aria-label="Sidebar">
				<div class="pkp_block block_make_submission">
	<h2 class="pkp_screen_reader">
		Make a Submission
	</h2>

	<div class="content">
		<a class="block_make_submission_link" href="{OJ_BASE}/about/submissions">
			Make a Submission
		</a>
	</div>
</div>
<div class="pkp_block block_information">
	<h2 class="title">Information</h2>
	<div class="content">
		<ul>
							<li>
					<a href="{OJ_BASE}/information/readers">
						For Readers
					</a>
				</li>
										<li>
					<a href="{OJ_BASE}/information/authors">
						For Authors
					</a>
				</li>
										<li>
					<a href="{OJ_BASE}/information/librarians">
						For Librarians
					</a>
				</li>
					</ul>
	</div>
</div>
<div class="pkp_block block_web_feed">
	<h2 class="title">Current Issue</h2>
	<div class="content">
		<ul>
			<li>
				<a href="{OJ_BASE}/gateway/plugin/WebFeedGatewayPlugin/atom">
					<img src="/lib/pkp/templates/images/atom.svg" alt="Atom logo">
				</a>
			</li>
			<li>
				<a href="{OJ_BASE}/gateway/plugin/WebFeedGatewayPlugin/rss2">
					<img src="/lib/pkp/templates/images/rss20_logo.svg" alt="RSS2 logo">
				</a>
			</li>
			<li>
				<a href="{OJ_BASE}/gateway/plugin/WebFeedGatewayPlugin/rss">
					<img src="/lib/pkp/templates/images/rss10_logo.svg" alt="RSS1 logo">
				</a>
			</li>
		</ul>
	</div>
</div>
<div class="pkp_block block_custom" id="customblock-indexing">
	<h2 class="title pkp_screen_reader">Indexing</h2>
	<div class="content">
		<p><strong>Indexed in</strong></p>
<p>DOAJ · Scopus · CAB Abstracts · Zoological Record</p>
<p><a href="https://creativecommons.org/licenses/by/4.0/"><img src="/public/site/images/estuaria-admin/cc-by.png" alt="CC BY 4.0"></a></p>
	</div>
</div>

			</div><!-- pkp_sidebar.left -->
			</div><!-- pkp_structure_content -->

<div class="pkp_structure_footer_wrapper" role="contentinfo">
	<a id="pkp_content_footer"></a>

	<div class="pkp_structure_footer">

					<div class="pkp_footer_content">
				<p><em>{esc(OJ_NAME)}</em> is published by the Saltmarsh Research Collective with the support of the North Atlantic Coastal Fund.<br />ISSN 2791-5532 (online) · ISSN 2791-5524 (print)<br />Content is licensed under a Creative Commons Attribution 4.0 International License.</p>
			</div>

		<div class="pkp_brand_footer" role="complementary">
			<a href="{OJ_BASE}/about/aboutThisPublishingSystem">
				<img alt="More information about the publishing system, Platform and Workflow by OJS/PKP." src="/templates/images/ojs_brand.png">
			</a>
		</div>
	</div>
</div><!-- pkp_structure_footer_wrapper -->

</div><!-- pkp_structure_page -->

<script src="/lib/pkp/lib/vendor/components/jquery/jquery.min.js?v={v}" type="text/javascript"></script><script src="/lib/pkp/lib/vendor/components/jqueryui/jquery-ui.min.js?v={v}" type="text/javascript"></script><script src="/plugins/themes/default/js/lib/popper/popper.js?v={v}" type="text/javascript"></script><script src="/plugins/themes/default/js/lib/bootstrap/util.js?v={v}" type="text/javascript"></script><script src="/plugins/themes/default/js/lib/bootstrap/dropdown.js?v={v}" type="text/javascript"></script><script src="/plugins/themes/default/js/main.js?v={v}" type="text/javascript"></script>


</body>
</html>"""


@twentyfifth
def build_estuaria_journal() -> None:
    s = Site(
        "estuaria-journal",
        kind="journal article search results (Open Journal Systems 3.3 default theme: pkp_structure_head / pkp_navigation_primary, nav.cmp_breadcrumbs, the search form with an 'Advanced filters' fieldset of html_select_date selects, div.search_results of div.obj_article_summary: optional div.cover, h3.title > a#article-N with span.subtitle inside the link on some, div.meta > div.authors 'A, B, C' / div.pages on most / div.published '2024-11-28', then div.cmp_pagination with PKP page_info '1 - 10 of 26 Items' and page_links <strong>1</strong> 2 3 &gt; &gt;&gt; over long ?query=…&searchJournal=3&authors=&title=…&orderDir=&searchPage=N#results URLs; sidebar blocks, ISSN footer, OJS/PKP brand)",
        start=f"index.php/{OJ_PATH}/search/search?query={OJ_QUERY}",
        description="A coastal-ecology open-access journal's search for 'seagrass' on OJS 3.3.0.18 with the default theme (10 items a page, set in the journal's settings): head with the generator meta, three WebFeed alternates, a GA4 gtag and the $$$call$$$ stylesheet links; pkp_structure_head with skip links, the header logo image link, the primary menu (Current, Archives, Announcements, About with a dropdown of five links), the Search link and Register / Login; nav.cmp_breadcrumbs Home / Search; h1 Search; the GET form (query input, fieldset.search_advanced 'Advanced filters' with Published After / Published Before Year / Month / Day selects and an Author input, Search button); h2.pkp_screen_reader 'Search Results'; div.search_results of div.obj_article_summary blocks (div.cover with an image link on three; h3.title > a#article-N to /index.php/estuaria/article/view/N holding the title and, on four, a span.subtitle; div.meta with div.authors 'Marta Ferreira, João P. Almeida, Inês Cardoso', div.pages '1-19' (missing on online-first articles) and div.published '2024-11-28'; no galleys in search results); div.cmp_pagination '1 - 10 of 26 Items' + PKP page_links ('<strong>1</strong>&nbsp;' for the current page, numbered links, '&gt;' / '&gt;&gt;' after and '&lt;&lt;' / '&lt;' before) whose hrefs carry every empty search field (searchJournal=3&authors=&title=&abstract=&galleyFullText=&discipline=&subject=&type=&coverage=&indexTerms=&dateFromMonth=…&orderDir=) then &searchPage=N#results; sidebar blocks Make a Submission, Information (For Readers / Authors / Librarians), Current Issue feed logos and a custom Indexing block; the footer text with ISSNs and the OJS/PKP brand image; jQuery, popper, bootstrap and theme scripts. The start URL has only ?query=seagrass; pages 1–3 are the searchPage=N URLs. 10 + 10 + 6 articles. Written down: title, subtitle, url, authors (list), pages, date (published).",
    )
    pages = chunks(OJ_ARTICLES, OJ_PAGE_SIZES)
    search = f"index.php/{OJ_PATH}/search/search"
    first = 1
    for number, articles in enumerate(pages, 1):
        html = _oj_page(number, len(pages), articles, first)
        paged = f"{search}@query={OJ_QUERY}&{OJ_ARGS}&searchPage={number}"
        if number == 1:
            s.list_page(f"{search}@query={OJ_QUERY}", html)
            s.write(paged, html)
        else:
            s.list_page(paged, html)
        first += len(articles)
    for ident, title, subtitle, authors, pages_text, day, _cover in OJ_ARTICLES:
        s.expect(
            {
                "title": title,
                "subtitle": subtitle,
                "url": f"{OJ_BASE}/article/view/{ident}",
                "authors": authors,
                "pages": pages_text,
                "date": day,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# kettleleaf: an Odoo 17 eCommerce category page (/shop/category/<slug>-<id>), 12 products a page.
# ---------------------------------------------------------------------------------------------------

KL_CATEGORY = "loose-leaf-tea-5"
KL_CATEGORY_ID = 5
KL_BASE = f"/shop/category/{KL_CATEGORY}"
KL_PPG = 12
KL_PPR = 3
KL_PAGE_SIZES = [12, 12, 5]
#: Odoo 17 ribbons: (record id, html class, text colour, background colour)
KL_RIBBONS = {
    "Sale": (1, "o_ribbon o_ribbon_left", "#ffffff", "#dc3545"),
    "Sold out": (2, "o_ribbon o_ribbon_left", "#ffffff", "#6c757d"),
    "New!": (4, "o_ribbon o_tag_left", "#ffffff", "#0d6efd"),
}

#: (template id, name, price, struck base price or None, ribbon or None, sale description or None)
KL_PRODUCTS: list[tuple[int, str, float, float | None, str | None, str | None]] = [
    (23, "Tieguanyin Oolong", 12.60, 14.00, "Sale", "Roasted Anxi oolong, 50 g pouch"),
    (31, "Darjeeling First Flush Castleton", 16.50, None, None, "Spring 2024 harvest, muscatel and floral, 50 g"),
    (8, "Assam Breakfast", 7.90, None, None, None),
    (57, "Gyokuro Asahi", 24.00, None, "New!", "Shade-grown for 21 days in Yame, 50 g tin"),
    (19, "Sencha Fukamushi", 11.20, None, None, "Deep-steamed Shizuoka sencha, 100 g"),
    (26, "Silver Needle", 21.00, None, "Sold out", "Fuding white tea buds, 50 g"),
    (14, "Jasmine Pearls", 13.80, 15.50, "Sale", None),
    (11, "Lapsang Souchong", 8.40, None, None, "Pine-smoked black tea from Wuyi, 100 g"),
    (9, "Earl Grey Cream", 8.90, None, None, "Ceylon black tea, bergamot and vanilla, 100 g"),
    (33, "Ceylon Uva Highlands", 9.20, None, None, None),
    (41, "Rooibos Vanilla", 6.50, None, None, "Caffeine-free, Cederberg rooibos, 100 g"),
    (20, "Genmaicha", 7.40, None, None, "Bancha with toasted rice, 100 g"),
    (36, "Da Hong Pao", 18.90, None, None, "Wuyi rock oolong, medium roast, 50 g"),
    (37, "Oriental Beauty", 19.50, None, "Sold out", None),
    (44, "Moroccan Mint", 6.90, None, None, "Gunpowder green tea with nana mint, 100 g"),
    (52, "Shou Pu-erh 2018 Cake", 38.00, None, None, "Menghai ripe pu-erh, 357 g cake"),
    (53, "Sheng Pu-erh Mini Tuo", 12.00, 15.00, "Sale", "Ten raw pu-erh nests, 5 g each"),
    (21, "Hojicha", 8.20, None, None, None),
    (22, "Kukicha", 7.10, None, None, "Twig tea, low in caffeine, 100 g"),
    (16, "Keemun Mao Feng", 10.60, None, None, None),
    (61, "Nilgiri Frost", 9.80, None, "New!", "Winter-frost flush from the Blue Mountains, 100 g"),
    (17, "Yunnan Golden Tips", 14.40, None, None, "Dian Hong with golden buds, 50 g"),
    (27, "Bai Mu Dan", 11.90, None, None, None),
    (46, "Chamomile Flowers", 5.90, None, None, "Whole Egyptian chamomile heads, 50 g"),
    (48, "Masala Chai Blend", 7.60, 8.50, "Sale", "Assam with cardamom, ginger, cinnamon and clove, 100 g"),
    (58, "Matcha Ceremonial Uji", 26.00, None, None, "Stone-ground tencha from Uji, 30 g tin"),
    (7, "Irish Breakfast", 6.80, None, None, None),
    (49, "Lemon Verbena", 5.40, None, "Sold out", "Whole leaves, 40 g"),
    (38, "Dong Ding Oolong", 15.20, None, None, "Nantou ball-rolled oolong, 50 g"),
]


def _kl_money(amount: float) -> str:
    return f'<span class="oe_currency_value">{amount:,.2f}</span>&nbsp;€'


def _kl_product_url(product_id: int, name: str, page: int) -> str:
    query = f"?page={page}&category={KL_CATEGORY_ID}" if page > 1 else f"?category={KL_CATEGORY_ID}"
    return f"/shop/{slug(name)}-{product_id}{query}"


def _kl_cell(product: tuple[int, str, float, float | None, str | None, str | None], page: int) -> str:
    ident, name, price, base, ribbon, description = product
    href = esc(_kl_product_url(ident, name, page))
    ribbon_id, ribbon_class, color, background = KL_RIBBONS[ribbon] if ribbon else (0, "o_ribbon", "", "")
    ribbon_html = (
        f'<span class="{ribbon_class}" style="color: {color}; background-color: {background}">{esc(ribbon)}</span>'
        if ribbon
        else '<span class="o_ribbon " style=""></span>'
    )
    description_html = (
        f"""
                                <div class="oe_subdescription" contenteditable="false">
                                    <div itemprop="description">{esc(description)}</div>
                                </div>"""
        if description
        else ""
    )
    base_html = (
        f"""
                                    <del data-oe-type="monetary" data-oe-expression="template_price_vals['base_price']" class="text-muted ms-1 h6 mb-0" style="white-space: nowrap;">{_kl_money(base)}</del>"""
        if base
        else ""
    )
    variant_id = ident + 40
    disabled = " disabled" if ribbon == "Sold out" else ""
    image_name = name.replace(" ", "%20")
    return f"""                <td class="oe_product" data-ribbon-id="{ribbon_id or ""}" data-name="Product">
                    <div class="o_wsale_product_grid_wrapper position-relative h-100 o_wsale_product_grid_wrapper_1_1">
                        <form action="/shop/cart/update" method="post" class="oe_product_cart h-100 d-flex" itemscope="itemscope" itemtype="http://schema.org/Product" data-publish="on">
                            <a class="oe_product_image_link d-block h-100 position-relative" itemprop="url" contenteditable="false" href="{href}">
                                <span class="oe_product_image_img_wrapper d-flex h-100 justify-content-center align-items-center position-absolute">
                                    <img src="/web/image/product.template/{ident}/image_512/{image_name}?unique={ident * 7919 % 9973:04x}a1c" itemprop="image" class="img img-fluid h-100 w-100 position-absolute" alt="{esc(name)}" loading="lazy"/>
                                </span>
                                {ribbon_html}
                            </a>
                            <div class="o_wsale_product_information position-relative d-flex flex-column flex-grow-1 flex-shrink-1">
                                <div class="o_wsale_product_information_text flex-grow-1">
                                    <h6 class="o_wsale_products_item_title mb-2 text-break">
                                        <a class="text-primary text-decoration-none" itemprop="name" href="{href}" content="{esc(name)}">{esc(name)}</a>
                                    </h6>{description_html}
                                </div>
                                <div class="o_wsale_product_sub d-flex justify-content-between align-items-end gap-2 flex-wrap">
                                    <div class="o_wsale_product_btn">
                                        <input name="product_id" type="hidden" value="{variant_id}"/>
                                        <input name="product_template_id" type="hidden" value="{ident}"/>
                                        <a href="#" role="button" class="btn btn-primary a-submit{disabled}" aria-label="Shopping cart" title="Shopping cart"><span class="fa fa-shopping-cart"></span></a>
                                        <button type="button" role="button" class="d-none d-md-inline-block btn btn-outline-primary bg-white o_add_wishlist" title="Add to Wishlist" data-action="o_wishlist" data-product-template-id="{ident}" data-product-product-id="{variant_id}"><span class="fa fa-heart" role="img" aria-label="Add to wishlist"></span></button>
                                    </div>
                                    <div class="product_price" itemprop="offers" itemscope="itemscope" itemtype="http://schema.org/Offer">
                                        <span class="h6 mb-0" data-oe-type="monetary" data-oe-expression="template_price_vals['price_reduce']">{_kl_money(price)}</span>{base_html}
                                        <span itemprop="price" style="display:none;">{price:g}</span>
                                        <span itemprop="priceCurrency" style="display:none;">EUR</span>
                                    </div>
                                </div>
                            </div>
                        </form>
                    </div>
                </td>"""


def _kl_grid(products: list[tuple[int, str, float, float | None, str | None, str | None]], page: int) -> str:
    rows = []
    for at in range(0, len(products), KL_PPR):
        cells = "\n".join(_kl_cell(p, page) for p in products[at : at + KL_PPR])
        rows.append(f"            <tr>\n{cells}\n            </tr>")
    body = "\n".join(rows)
    return f"""<div class="o_wsale_products_grid_table_wrapper pt-3 pt-lg-0">
        <table class="table table-borderless h-100 m-0 o_wsale_context_thumb_cover" data-ppg="{KL_PPG}" data-ppr="{KL_PPR}" data-default-sort="website_sequence asc" data-name="Grid">
            <colgroup>
                <col/><col/><col/>
            </colgroup>
            <tbody>
{body}
            </tbody>
        </table>
    </div>"""


def _kl_page_url(page: int) -> str:
    return KL_BASE if page == 1 else f"{KL_BASE}/page/{page}"


def _kl_pager(number: int, total: int) -> str:
    prev_href = f' href="{_kl_page_url(number - 1)}"' if number > 1 else ""
    next_href = f' href="{_kl_page_url(number + 1)}"' if number < total else ""
    items = [
        f"""<li class="page-item {"disabled" if number == 1 else ""}">
                    <a{prev_href} class="page-link ">
                        <span class="fa fa-chevron-left" role="img" aria-label="Previous" title="Previous"></span>
                    </a>
                </li>"""
    ]
    for page in range(1, total + 1):
        items.append(
            f'<li class="page-item {"active" if page == number else ""}"> <a href="{_kl_page_url(page)}" class="page-link ">{page}</a></li>'
        )
    items.append(
        f"""<li class="page-item {"disabled" if number == total else ""}">
                    <a{next_href} class="page-link ">
                        <span class="fa fa-chevron-right" role="img" aria-label="Next" title="Next"></span>
                    </a>
                </li>"""
    )
    joined = "\n                ".join(items)
    return f"""<div class="products_pager d-flex justify-content-center pt-5 pb-3">
            <ul class="pagination m-0 ">
                {joined}
            </ul>
        </div>"""


KL_CATEGORIES = [
    ("", "/shop", "All Products"),
    ("5", KL_BASE, "Loose Leaf Tea"),
    ("6", "/shop/category/tea-bags-6", "Tea Bags"),
    ("7", "/shop/category/teaware-7", "Teaware"),
    ("8", "/shop/category/gift-sets-8", "Gift Sets"),
]
KL_ATTRIBUTES = [
    (
        "Origin",
        2,
        [(4, "China"), (5, "India"), (6, "Japan"), (7, "Sri Lanka"), (8, "Taiwan"), (9, "South Africa"), (10, "Egypt")],
    ),
    ("Pack size", 3, [(11, "30 g"), (12, "50 g"), (13, "100 g"), (14, "357 g")]),
]


def _kl_filters(suffix: str) -> str:
    cats = "\n".join(
        f"""                <li class="nav-item mb-1">
                    <div class="form-check d-flex align-items-center">
                        <input type="radio" class="form-check-input pe-none" name="wsale_categories_radios_{suffix}" id="{suffix}_cat_{value or "all"}" value="{value}"{' checked=""' if value == "5" else ""}/>
                        <a href="{href}" class="nav-link p-0 ms-1 {"fw-bold" if value == "5" else ""}"><label class="form-check-label fw-normal" for="{suffix}_cat_{value or "all"}">{esc(label)}</label></a>
                    </div>
                </li>"""
        for value, href, label in KL_CATEGORIES
    )
    attrs = []
    for title, attr_id, values in KL_ATTRIBUTES:
        boxes = "\n".join(
            f"""                        <div class="form-check mb-1">
                            <input type="checkbox" name="attrib" class="form-check-input" id="{suffix}_{attr_id}-{vid}" value="{attr_id}-{vid}"/>
                            <label class="form-check-label fw-normal" for="{suffix}_{attr_id}-{vid}">{esc(name)}</label>
                        </div>"""
            for vid, name in values
        )
        attrs.append(
            f"""                <div class="accordion-item nav-item mb-1 border-0">
                    <h6 class="mb-3"><b class="d-none d-lg-block">{esc(title)}</b></h6>
                    <div class="flex-column mb-3">
{boxes}
                    </div>
                </div>"""
        )
    attrs_html = "\n".join(attrs)
    return f"""<div class="products_categories mb-3">
            <h6 class="mb-3"><b class="o_products_attributes_title d-none d-lg-block">Categories</b></h6>
            <div class="wsale_products_categories_list">
            <ul class="nav d-flex flex-column my-2">
{cats}
            </ul>
            </div>
        </div>
        <div class="products_attributes_filters">
            <form class="js_attributes position-relative mb-2" method="get">
                <input type="hidden" name="category" value="{KL_CATEGORY_ID}"/>
                <input type="hidden" name="search" value=""/>
                <input type="hidden" name="order" value=""/>
{attrs_html}
            </form>
        </div>
        <div id="o_wsale_price_range_option" class="mb-3">
            <label for="o_wsale_price_range_option_{suffix}"><b>Price Range</b></label>
            <input type="range" multiple="multiple" class="custom-range range-with-input" data-currency="€" data-currency-position="after" step="1" data-min="5" data-max="38" value="5,38" id="o_wsale_price_range_option_{suffix}"/>
        </div>"""


def _kl_page(
    number: int, total: int, products: list[tuple[int, str, float, float | None, str | None, str | None]]
) -> str:
    canonical = f"https://shop.kettleleaf.example{_kl_page_url(number)}"
    grid = _kl_grid(products, number)
    pager = _kl_pager(number, total)
    prev_link = (
        f'\n    <link rel="prev" href="https://shop.kettleleaf.example{_kl_page_url(number - 1)}"/>'
        if number > 1
        else ""
    )
    next_link = (
        f'\n    <link rel="next" href="https://shop.kettleleaf.example{_kl_page_url(number + 1)}"/>'
        if number < total
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="en-US" data-website-id="1" data-main-object="product.public.category({KL_CATEGORY_ID},)" data-add2cart-redirect="1">
    <head>
        <meta charset="utf-8"/>
        <meta http-equiv="X-UA-Compatible" content="IE=edge"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="Odoo"/>
        <meta name="description" content="Whole-leaf teas from small gardens in China, Japan, India, Taiwan and Sri Lanka, packed in Galway."/>
            <meta property="og:type" content="website"/>
            <meta property="og:title" content="Loose Leaf Tea | Kettle &amp; Leaf"/>
            <meta property="og:site_name" content="Kettle &amp; Leaf"/>
            <meta property="og:url" content="{canonical}"/>
            <meta property="og:image" content="https://shop.kettleleaf.example/web/image/website/1/logo?unique=4c1d2b7"/>
            <meta property="og:description" content="Whole-leaf teas from small gardens in China, Japan, India, Taiwan and Sri Lanka, packed in Galway."/>
            <meta name="twitter:card" content="summary_large_image"/>
            <meta name="twitter:title" content="Loose Leaf Tea | Kettle &amp; Leaf"/>
            <meta name="twitter:image" content="https://shop.kettleleaf.example/web/image/website/1/logo/300x300?unique=4c1d2b7"/>
        <link rel="canonical" href="{canonical}"/>{prev_link}{next_link}
        <link rel="preconnect" href="https://fonts.gstatic.com/" crossorigin=""/>
        <title>Loose Leaf Tea | Kettle &amp; Leaf</title>
        <link type="image/x-icon" rel="shortcut icon" href="/web/image/website/1/favicon?unique=4c1d2b7"/>
        <link rel="preload" href="/web/static/src/libs/fontawesome/fonts/fontawesome-webfont.woff2?v=4.7.0" as="font" crossorigin=""/>
        <link type="text/css" rel="stylesheet" href="/web/assets/1/8b3f6c2/web.assets_frontend.min.css"/>
        <script id="web.layout.odooscript" type="text/javascript">
            var odoo = {{
                csrf_token: "5a7f0c2e9d4b81f3a6c0e2d9b7f41c8a5e3d2b10o1773600000",
                debug: "",
            }};
        </script>
        <script type="text/javascript">
            odoo.__session_info__ = {{"is_admin": false, "is_system": false, "is_website_user": true, "user_id": false, "is_frontend": true, "profile_session": null, "profile_collectors": null, "profile_params": null, "show_effect": true, "currencies": {{"1": {{"symbol": "\\u20ac", "position": "after", "digits": [69, 2]}}}}, "bundle_params": {{"lang": "en_US", "website_id": 1}}, "websocket_worker_version": "17.0-3", "translationURL": "/website/translations", "cache_hashes": {{"translations": "b21c8a5f0e4d7c93a1b6f2e8d4c0a9b7e5f3d1c2"}}, "geoip_country_code": "IE", "geoip_phone_code": 353, "lang_url_code": "en"}};
            if (!/(^|;\\s)tz=/.test(document.cookie)) {{
                const userTZ = Intl.DateTimeFormat().resolvedOptions().timeZone;
                document.cookie = `tz=${{userTZ}}; path=/`;
            }}
        </script>
        <script type="text/javascript" defer="defer" src="/web/assets/1/3c1f9a0/web.assets_frontend_minimal.min.js" onerror="__odooAssetError=1"></script>
        <script type="text/javascript" defer="defer" data-src="/web/assets/1/5d2e7b4/web.assets_frontend_lazy.min.js" onerror="__odooAssetError=1"></script>
        <script type="application/ld+json">
{{
    "@context": "http://schema.org",
    "@type": "Organization",
    "name": "Kettle & Leaf",
    "logo": "https://shop.kettleleaf.example/logo.png?company=1",
    "url": "https://shop.kettleleaf.example"
}}
        </script>
    </head>
    <body class="">
<div id="wrapwrap" class="   ">
    <header id="top" data-anchor="true" data-name="Header" data-extra-items-toggle-aria-label="Extra items button" class="   o_header_standard" style=" ">
    <nav data-name="Navbar" aria-label="Main" class="navbar navbar-expand-lg navbar-light o_colored_level o_cc d-none d-lg-block shadow-sm ">
        <div id="o_main_nav" class="o_main_nav container">
    <a data-name="Navbar Logo" href="/" class="navbar-brand logo me-4">
            <span role="img" aria-label="Logo of Kettle &amp; Leaf" title="Kettle &amp; Leaf"><img src="/web/image/website/1/logo/Kettle%20%26%20Leaf?unique=4c1d2b7" class="img img-fluid" width="95" height="40" alt="Kettle &amp; Leaf" loading="lazy"/></span>
        </a>
    <ul id="top_menu" role="menu" class="nav navbar-nav top_menu o_menu_loading me-auto">
    <li role="presentation" class="nav-item">
        <a role="menuitem" href="/" class="nav-link ">
            <span>Home</span>
        </a>
    </li>
    <li role="presentation" class="nav-item">
        <a role="menuitem" href="/shop" class="nav-link active">
            <span>Shop</span>
        </a>
    </li>
    <li role="presentation" class="nav-item">
        <a role="menuitem" href="/blog/tea-guides-1" class="nav-link ">
            <span>Tea Guides</span>
        </a>
    </li>
    <li role="presentation" class="nav-item">
        <a role="menuitem" href="/contactus" class="nav-link ">
            <span>Contact us</span>
        </a>
    </li>
    </ul>
    <ul class="navbar-nav align-items-center gap-2 flex-shrink-0 justify-content-end ps-3">
        <li class=" divider d-none"></li>
        <li class="o_wsale_my_cart  ">
            <a href="/shop/cart" aria-label="eCommerce cart" class="o_navlink_background btn position-relative rounded-circle p-1 text-center text-reset">
                <div class="">
                    <i class="fa fa-shopping-cart fa-stack"></i>
                    <sup class="my_cart_quantity badge text-bg-primary position-absolute top-0 end-0 mt-n1 me-n1 rounded-pill d-none" data-order-id="">0</sup>
                </div>
            </a>
        </li>
        <li class="o_no_autohide_item">
            <a href="/web/login" class="btn btn-outline-secondary">Sign in</a>
        </li>
    </ul>
        </div>
    </nav>
    <nav data-name="Navbar" aria-label="Mobile" class="navbar  navbar-light o_colored_level o_cc o_header_mobile d-block d-lg-none shadow-sm px-0">
        <div class="o_main_nav container flex-wrap justify-content-between">
            <a data-name="Navbar Logo" href="/" class="navbar-brand logo ">
            <span role="img" aria-label="Logo of Kettle &amp; Leaf" title="Kettle &amp; Leaf"><img src="/web/image/website/1/logo/Kettle%20%26%20Leaf?unique=4c1d2b7" class="img img-fluid" width="95" height="40" alt="Kettle &amp; Leaf" loading="lazy"/></span>
        </a>
            <ul class="o_header_mobile_buttons_wrap navbar-nav flex-row align-items-center gap-2 mb-0">
                <li>
                    <button class="nav-link btn me-auto p-2 o_not_editable" type="button" data-bs-toggle="offcanvas" data-bs-target="#top_menu_collapse_mobile" aria-controls="top_menu_collapse_mobile" aria-expanded="false" aria-label="Toggle navigation">
                        <span class="navbar-toggler-icon"></span>
                    </button>
                </li>
            </ul>
        </div>
    </nav>
</header>
        <main>
    <div id="wrap" class="js_sale o_wsale_products_page">
        <div class="oe_structure oe_empty oe_structure_not_nearest" id="oe_structure_website_sale_products_1"></div>
        <div class="container oe_website_sale pt-2">
            <div class="row o_wsale_products_main_row align-items-start flex-nowrap">
                <aside id="products_grid_before" class="d-none d-lg-block position-sticky col-3 px-3 clearfix">
                    <div class="o_wsale_products_grid_before_rail vh-100 ms-n2 mt-n2 pt-2 p-lg-2 pb-lg-5 ps-2 overflow-y-scroll">
        {_kl_filters("d")}
                    </div>
                </aside>
                <div id="products_grid" class="col o_wsale_layout_grid">
                    <ol class="breadcrumb d-none d-lg-flex w-100 bg-transparent px-0 pb-0">
                        <li class="breadcrumb-item"><a href="/shop">All Products</a></li>
                        <li class="breadcrumb-item active"><span>Loose Leaf Tea</span></li>
                    </ol>
                    <div class="mb16" id="category_header" data-editor-message="Drag building blocks here to customize the header for &quot;Loose Leaf Tea&quot; category.">
                        <section class="s_text_block pt16 pb16" data-snippet="s_text_block" data-name="Text">
                            <div class="container s_allow_columns">
                                <h2>Loose Leaf Tea</h2>
                                <p>Whole-leaf teas bought direct from small gardens and packed by hand in Galway. Free delivery in Ireland on orders over 40,00 €.</p>
                            </div>
                        </section>
                    </div>
                    <div class="products_header btn-toolbar flex-nowrap align-items-center justify-content-between gap-3 mb-3">
    <form method="get" class="o_wsale_products_searchbar_form me-auto flex-grow-1 d-lg-inline d-none" action="{KL_BASE}?category={KL_CATEGORY_ID}" data-snippet="s_searchbar_input">
            <div role="search" class="input-group  ">
        <input type="search" name="search" class="search-query form-control oe_search_box border-0 text-bg-light" placeholder="Search..." data-search-type="products" data-limit="5" data-display-image="true" data-display-description="true" data-display-extra-link="true" data-display-detail="true" data-order-by="name asc"/>
        <button type="submit" aria-label="Search" title="Search" class="btn oe_search_button btn btn-light">
            <i class="oi oi-search"></i>
        </button>
    </div>
            <input name="order" type="hidden" class="o_search_order_by" value="name asc"/>
        </form>
        <div class="o_pricelist_dropdown dropdown d-none">
            <a role="button" href="#" data-bs-toggle="dropdown" class="dropdown-toggle btn btn-light">Public Pricelist</a>
            <div class="dropdown-menu" role="menu">
                <a role="menuitem" class="dropdown-item" href="/shop/change_pricelist/1"><span class="switcher_pricelist" data-pl_id="1">Public Pricelist</span></a>
            </div>
        </div>
        <div class="o_sortby_dropdown dropdown dropdown_sorty_by d-none d-lg-inline-block">
            <small class="d-none d-lg-inline text-muted">Sort By:</small>
            <a role="button" href="#" data-bs-toggle="dropdown" class="dropdown-toggle btn btn-light">
                <span class="d-none d-lg-inline">Featured</span>
                <i class="fa fa-sort-amount-asc d-lg-none"></i>
            </a>
            <div class="dropdown-menu dropdown-menu-end" role="menu">
                <a role="menuitem" rel="noindex,nofollow" class="dropdown-item" href="{KL_BASE}?order=website_sequence+asc"><span>Featured</span></a>
                <a role="menuitem" rel="noindex,nofollow" class="dropdown-item" href="{KL_BASE}?order=create_date+desc"><span>Newest Arrivals</span></a>
                <a role="menuitem" rel="noindex,nofollow" class="dropdown-item" href="{KL_BASE}?order=name+asc"><span>Name (A-Z)</span></a>
                <a role="menuitem" rel="noindex,nofollow" class="dropdown-item" href="{KL_BASE}?order=list_price+asc"><span>Price - Low to High</span></a>
                <a role="menuitem" rel="noindex,nofollow" class="dropdown-item" href="{KL_BASE}?order=list_price+desc"><span>Price - High to Low</span></a>
            </div>
        </div>
        <div class="o_wsale_apply_layout btn-group" data-active-classes="active">
            <input type="radio" class="btn-check" name="wsale_products_layout" id="o_wsale_apply_grid" value="grid" checked="checked"/>
            <label title="Grid" for="o_wsale_apply_grid" class="btn btn-light active o_wsale_apply_grid"><i class="fa fa-th-large"></i></label>
            <input type="radio" class="btn-check" name="wsale_products_layout" id="o_wsale_apply_list" value="list"/>
            <label title="List" for="o_wsale_apply_list" class="btn btn-light  o_wsale_apply_list"><i class="oi oi-view-list"></i></label>
        </div>
        <button data-bs-toggle="offcanvas" data-bs-target="#o_wsale_offcanvas" class="btn btn-light position-relative ms-auto d-lg-none">
            <i class="fa fa-sliders"></i>
        </button>
                    </div>
    {grid}
        {pager}
                </div>
            </div>
            <aside class="offcanvas offcanvas-end p-0" tabindex="-1" id="o_wsale_offcanvas">
                <div class="offcanvas-header justify-content-end">
                    <button type="button" class="btn-close" data-bs-dismiss="offcanvas" aria-label="Close"></button>
                </div>
                <div class="offcanvas-body d-lg-none flex-grow-0 overflow-visible">
        {_kl_filters("m")}
                </div>
            </aside>
        </div>
        <div class="oe_structure oe_empty oe_structure_not_nearest" id="oe_structure_website_sale_products_2"></div>
    </div>
        </main>
        <footer id="bottom" data-anchor="true" data-name="Footer" class="o_footer o_colored_level o_cc ">
            <div id="footer" class="oe_structure oe_structure_solo">
            <section class="s_text_block pt40 pb16" data-snippet="s_text_block" data-name="Text">
                <div class="container">
                    <div class="row">
                        <div class="col-lg-2 pt24 pb24">
                            <h5 class="mb-3">Useful Links</h5>
                            <ul class="list-unstyled">
                                <li><a href="/">Home</a></li>
                                <li><a href="/shop">Shop</a></li>
                                <li><a href="/shipping-and-returns">Shipping &amp; Returns</a></li>
                                <li><a href="/terms">Terms of sale</a></li>
                                <li><a href="/privacy">Privacy Policy</a></li>
                            </ul>
                        </div>
                        <div class="col-lg-5 offset-lg-1 pt24 pb24">
                            <h5 class="mb-3">About us</h5>
                            <p>Kettle &amp; Leaf is a small tea merchant on Quay Street, Galway. We taste every tea before we stock it and pack to order.</p>
                        </div>
                        <div class="col-lg-3 offset-lg-1 pt24 pb24">
                            <h5 class="mb-3">Connect with us</h5>
                            <ul class="list-unstyled">
                                <li><i class="fa fa-comment fa-fw me-2"></i><span><a href="/contactus">Contact us</a></span></li>
                                <li><i class="fa fa-envelope fa-fw me-2"></i><span><a href="mailto:hello@kettleleaf.example">hello@kettleleaf.example</a></span></li>
                                <li><i class="fa fa-phone fa-fw me-2"></i><span class="o_force_ltr"><a href="tel:+35391555014">+353 91 555 014</a></span></li>
                            </ul>
                        </div>
                    </div>
                </div>
            </section>
        </div>
    <div class="o_footer_copyright o_colored_level o_cc" data-name="Copyright">
                        <div class="container py-3">
                            <div class="row">
                                <div class="col-sm text-center text-sm-start text-muted">
                                    <span class="o_footer_copyright_name me-2">Copyright &copy; Kettle &amp; Leaf Tea Ltd</span>
        </div>
                                <div class="col-sm text-center text-sm-end o_not_editable">
        <div class="o_brand_promotion">
        Powered by
            <a target="_blank" class="badge text-bg-light" href="http://www.odoo.com?utm_source=db&amp;utm_medium=website">
                <img alt="Odoo" src="/web/static/img/odoo_logo_tiny.png" width="62" height="20" style="width: auto; height: 1em; vertical-align: baseline;" loading="lazy"/>
            </a>
        -
                    The #1 <a target="_blank" href="http://www.odoo.com/app/ecommerce?utm_source=db&amp;utm_medium=website">Open Source eCommerce</a>
    </div>
                                </div>
                            </div>
                        </div>
                    </div>
                </footer>
    <div id="website_cookies_bar" class="s_popup o_snippet_invisible o_no_save d-none" data-name="Cookies Bar" data-vcss="001" data-invisible="1">
        <div class="modal s_popup_bottom s_popup_no_backdrop o_cookies_discrete modal_shown" data-show-after="500" data-display="afterDelay" data-consents-duration="999" data-bs-focus="false" data-bs-backdrop="false" data-bs-keyboard="false" tabindex="-1" style="display: none;" aria-hidden="true">
            <div class="modal-dialog d-flex s_popup_size_full">
                <div class="modal-content oe_structure">
                    <section class="o_colored_level o_cc o_cc1">
                        <div class="container">
                            <div class="row">
                                <div class="col-lg-8 pt16">
                                    <p>
                                        <span class="pe-1">We use cookies to provide you a better user experience on this website.</span>
                                        <a href="/cookie-policy" class="o_cookies_bar_text_policy btn btn-link btn-sm px-0">Cookie Policy</a>
                                    </p>
                                </div>
                                <div class="col-lg-4 text-end pt16 pb16">
                                    <a href="#" id="cookies-consent-essential" role="button" class="js_close_popup btn btn-outline-primary rounded-circle btn-sm px-2">Only essentials</a>
                                    <a href="#" id="cookies-consent-all" role="button" class="js_close_popup btn btn-outline-primary rounded-circle btn-sm">I agree</a>
                                </div>
                            </div>
                        </div>
                    </section>
                </div>
            </div>
        </div>
    </div>
</div>
    </body>
</html>"""


@twentyfifth
def build_kettleleaf() -> None:
    s = Site(
        "kettleleaf",
        kind="product catalogue (Odoo 17 eCommerce category page: aside#products_grid_before with category radios, form.js_attributes checkboxes and a price range, a category header section, products_header search / sort / layout controls, a table grid of td.oe_product[data-ribbon-id] > form.oe_product_cart[itemtype=Product] with image link + o_ribbon span, h6.o_wsale_products_item_title > a[itemprop=name], div.oe_subdescription on most, cart / wishlist buttons, div.product_price '<span class=oe_currency_value>12.60</span>&nbsp;€' + struck del base price on sales + hidden itemprop price, product links with ?category=5 / ?page=2&category=5, ul.pagination of chevron icons without href when disabled over /page/N, mobile offcanvas filters, cookies bar)",
        start=f"shop/category/{KL_CATEGORY}",
        description="An Irish tea merchant's 'Loose Leaf Tea' category on Odoo 17 eCommerce (12 products a page, 3 a row, Featured order, the shop's Description option on; prices in EUR after the amount): head with the Odoo generator meta, og / twitter tags, canonical and rel prev / next, the assets bundle links, the odoo csrf script and __session_info__ JSON, an Organization JSON-LD; the standard header (logo, Home / Shop / Tea Guides / Contact us, the cart button with a hidden 0 badge, Sign in) and a mobile navbar; aside#products_grid_before with the category list (form-check radios before All Products / Loose Leaf Tea / Tea Bags / Teaware / Gift Sets links), form.js_attributes with Origin and Pack size checkboxes and a Price Range input; a breadcrumb, the category header section (h2 + a paragraph mentioning 40,00 €), products_header (search form, hidden pricelist dropdown, 'Sort By: Featured' dropdown with five sort links, grid / list radios, a filters button); div.o_wsale_products_grid_table_wrapper > table[data-ppg=12][data-ppr=3] rows of td.oe_product[data-ribbon-id][data-name=Product] > div.o_wsale_product_grid_wrapper > form.oe_product_cart[itemscope][itemtype=http://schema.org/Product]: a.oe_product_image_link with the /web/image/product.template/N/image_512 img and a span.o_ribbon ('Sale' / 'Sold out' / 'New!' with inline colours, or empty), h6.o_wsale_products_item_title > a[itemprop=name][content] to /shop/<slug>-<id>?category=5 (?page=N&category=5 on pages 2–3), div.oe_subdescription > div[itemprop=description] on 21 of 29, div.o_wsale_product_btn with hidden product ids, a cart link (disabled on sold-out teas) and an o_add_wishlist button, div.product_price[itemprop=offers] with span.h6 '<span class=\"oe_currency_value\">12.60</span>&nbsp;€', a del.text-muted struck base price on the four discounted teas, hidden itemprop=price '12.6' and priceCurrency 'EUR'; div.products_pager > ul.pagination (li.page-item.disabled chevron links without href, li.active, numbered links to /shop/category/loose-leaf-tea-5 and /page/2, /page/3); an offcanvas aside repeating the filters, the footer text block, 'Copyright © Kettle & Leaf Tea Ltd', 'Powered by Odoo - The #1 Open Source eCommerce', the hidden cookies bar (Only essentials / I agree). 12 + 12 + 5 teas. Written down: name, url, price, currency, original_price (the struck price), badge (the ribbon), description.",
    )
    pages = chunks(KL_PRODUCTS, KL_PAGE_SIZES)
    for number, products in enumerate(pages, 1):
        html = _kl_page(number, len(pages), products)
        if number == 1:
            s.list_page(f"shop/category/{KL_CATEGORY}/index.html", html)
        else:
            s.list_page(f"shop/category/{KL_CATEGORY}/page/{number}/index.html", html)
    for number, products in enumerate(pages, 1):
        for ident, name, price, base, ribbon, description in products:
            s.expect(
                {
                    "name": name,
                    "url": _kl_product_url(ident, name, number),
                    "price": price,
                    "currency": "EUR",
                    "original_price": base,
                    "badge": ribbon,
                    "description": description,
                }
            )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TWENTYFIFTH.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
