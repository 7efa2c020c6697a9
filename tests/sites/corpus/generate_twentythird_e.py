"""Twenty-third wave, part E: three list pages copied from the 2024–25 logged-out markup of real platforms,
written before any heuristic was changed for them.

* **screenerdeck** — a Finviz stock screener, "Overview" view (``screener.ashx?v=111&f=sec_technology``): the
  table-built header (logo, search, banner), the ``table.navbar`` links, the presets / order / signal selects, the
  filter tabs and the ``#filter-table-filters`` dropdown table of labelled selects, the view tabs (Overview,
  Valuation, …), the count line "#1 / 45 Total" with the arrow buttons and ``select#pageSelect`` ("Page 1 / 3"),
  then ``table.styled-table-new.screener_table`` (``thead > th.table-header`` No., Ticker, Company, Sector,
  Industry, Country, Market Cap, P/E, Price, Change, Volume; ``tr.styled-row`` rows whose ticker is an
  ``a.tab-link`` to ``quote.ashx?t=XXX&ty=c&p=d&b=1`` with a ``data-boxover`` chart tooltip, "-" where there is
  no P/E, ``span.color-text.is-positive|is-negative`` changes "-1.23%", volumes "1,520,443"), and
  ``td#screener_pagination`` (``a.screener-pages`` numbers, ``is-selected`` on the current one, ``is-prev`` /
  ``is-next`` chevrons, ``&r=21`` offsets). 20 + 20 + 5 stocks.
  Written down: ticker, company, url, sector, industry, country, market_cap (text), pe, price, change, volume.
* **wikiallpages** — a small fan wiki on MediaWiki 1.41 (Vector 2022), ``Special:AllPages``: the Vector chrome
  with the special-page tab and help indicator, the OOUI form (fieldset "All pages": "Display pages starting
  at", "Display pages ending at", "Namespace" select, "Hide redirects" checkbox, "Go"), ``div.mw-allpages-nav``
  "Previous page (X) | Next page (Y)" above the list and after an ``hr`` below it, ``ul.mw-allpages-chunk > li
  > a`` titles, redirects as ``li.allpagesredirect > a.mw-redirect``. 30 + 30 + 15 titles on ``&from=``,
  ``&from=Harbor+Seal`` and the third start. Written down: title, url, redirect (true on redirects only).
* **lemmyhub** — a Lemmy 0.19 instance's community page as lemmy-ui renders it on the server
  (``/c/gardening?dataType=Post&page=1&sort=Active``): the Bootstrap 5 navbar, the Posts / Comments toggle, the
  sort select and RSS link, ``div.post-listings > div.post-listing`` each rendered twice (the ``d-sm-none``
  mobile block and the ``d-none d-sm-block`` desktop block), the vote bar (upvote / downvote buttons, score
  "1.1K" with a points / upvotes / downvotes tooltip), the thumbnail / external-link / text-post icon, ``h1.h5 >
  a.d-inline`` title to ``/post/N``, the ``small > a.fst-italic`` domain of link posts, the creator link, language
  badge and "• 5h" ``span.moment-time`` (its full date only in ``data-tippy-content``), the comments button
  ("12" titled "12 Comments"), the fedilink of remote posts, ``hr.my-3`` between posts, the community sidebar card
  (subscribers, posts, comments, moderators), the Prev / Next ``button`` paginator (no links), and
  ``window.isoData`` with the posts as JSON. 20 + 20 + 7 posts.
  Written down: title, url, link, domain, author, score, comments, date (the day in the age's tooltip).

Run ``uv run python tests/sites/corpus/generate_twentythird_e.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote, quote_plus, urlsplit

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc

TWENTYTHIRD_E: dict[str, Callable[[], None]] = {}


def twentythird_e(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TWENTYTHIRD_E[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


#: The attribute a server writes on the chosen option of a select.
SELECTED = ' selected="selected"'


def _hex(text: str, size: int = 10) -> str:
    """A stable id derived from ``text`` (the real sites use random ones)."""
    return hashlib.sha1(text.encode()).hexdigest()[:size]


# ---------------------------------------------------------------------------------------------------
# screenerdeck: Finviz screener, Overview view (v=111), 20 rows a page, &r=21 offsets.
# ---------------------------------------------------------------------------------------------------

SD_FILTER = "v=111&f=sec_technology"
SD_PER_PAGE = 20

#: (ticker, company, industry, country, market cap as shown, P/E or None, price, change %, volume).
SD_STOCKS: list[tuple[str, str, str, str, str, float | None, float, float, int]] = [
    ("ACRX", "Acrux Photonics Inc", "Semiconductors", "USA", "2.41B", 38.12, 41.27, 1.85, 1520443),
    ("ALDN", "Alderan Software Corp", "Software - Application", "USA", "884.56M", None, 12.08, -3.42, 2204118),
    ("AMBT", "Ambit Networks Ltd", "Communication Equipment", "Israel", "1.17B", 22.64, 18.93, 0.27, 486210),
    ("ARKV", "Arkive Data Systems Inc", "Software - Infrastructure", "USA", "6.93B", 71.05, 88.41, -1.23, 1093557),
    (
        "AXLM",
        "Axlum Semiconductor NV",
        "Semiconductor Equipment & Materials",
        "Netherlands",
        "14.62B",
        29.87,
        152.60,
        2.06,
        734902,
    ),
    ("BLTR", "Blueterra Solar Inc", "Solar", "USA", "412.33M", None, 4.87, -6.15, 3981274),
    (
        "BRQS",
        "Briquest Technologies Inc",
        "Information Technology Services",
        "USA",
        "3.08B",
        18.44,
        36.72,
        0.00,
        402385,
    ),
    ("CDNX", "Cadenix Microsystems Inc", "Semiconductors", "USA", "27.45B", 45.90, 203.18, 3.71, 2867410),
    ("CLVR", "Cleaverly Cloud Inc", "Software - Application", "Canada", "1.96B", None, 23.55, -0.84, 958310),
    ("CRWT", "Crowtail Security Corp", "Software - Infrastructure", "USA", "11.20B", 102.33, 67.09, 1.12, 1744023),
    ("DGTN", "Digitone Holdings Ltd", "Electronic Components", "Taiwan", "5.51B", 16.72, 29.64, -0.47, 311806),
    ("DRVX", "Driveworx Inc", "Software - Application", "USA", "256.84M", None, 2.31, 8.92, 6120395),
    ("EKTA", "Ekta Instruments Corp", "Scientific & Technical Instruments", "USA", "4.37B", 27.15, 94.20, 0.63, 265714),
    ("ELNR", "Elinar Systems Inc", "Computer Hardware", "USA", "9.84B", 21.03, 58.77, -2.18, 1302985),
    ("FBRN", "Fiberline Communications Inc", "Communication Equipment", "USA", "732.19M", 13.86, 9.42, 0.96, 588127),
    ("FLXO", "Fluxo Semiconductor Ltd", "Semiconductors", "United Kingdom", "1.44B", 54.31, 17.85, -4.06, 820364),
    ("GLMR", "Glimmer Display Technologies Inc", "Electronic Components", "USA", "618.02M", None, 6.14, 1.49, 1471630),
    ("GRDL", "Gridlake Analytics Inc", "Software - Application", "USA", "2.89B", 88.47, 44.03, -0.22, 702258),
    ("HLXS", "Helixsoft Corp", "Software - Infrastructure", "USA", "38.06B", 61.28, 312.45, 0.58, 1188476),
    (
        "HMRK",
        "Holmark Electronics Corp",
        "Electronics & Computer Distribution",
        "USA",
        "3.72B",
        12.09,
        71.36,
        -0.91,
        344019,
    ),
    ("INVT", "Invoterra Inc", "Software - Application", "USA", "547.90M", None, 8.66, -2.75, 1269931),
    ("IOQX", "Ioqix Quantum Inc", "Computer Hardware", "USA", "1.02B", None, 5.93, 12.40, 18804512),
    ("JNPR", "Junipera Optical Corp", "Communication Equipment", "Japan", "7.66B", 19.58, 43.12, 0.35, 219840),
    ("KLDR", "Kaleidor Imaging Inc", "Scientific & Technical Instruments", "USA", "1.83B", 34.70, 52.88, -1.66, 287415),
    ("LMNS", "Luminous Semiconductor Corp", "Semiconductors", "USA", "112.48B", 39.14, 486.02, 2.93, 9315587),
    ("LTCE", "Latticeware Inc", "Software - Infrastructure", "USA", "4.05B", 47.63, 61.90, 0.14, 536702),
    ("MNTX", "Mantix Robotics Inc", "Computer Hardware", "USA", "338.71M", None, 3.46, -7.82, 2931468),
    ("MRDN", "Meridian Circuit Systems Inc", "Electronic Components", "China", "2.25B", 9.87, 14.30, 0.70, 412903),
    ("NBLA", "Nebula Payments Inc", "Software - Infrastructure", "USA", "15.93B", 33.48, 104.66, -0.39, 2047765),
    ("NVTR", "Novatrix Solutions Inc", "Information Technology Services", "USA", "6.18B", 24.91, 79.24, 1.07, 661380),
    ("OPTK", "Optika Systems Ltd", "Consumer Electronics", "Israel", "865.33M", 15.26, 21.47, -3.09, 395122),
    ("PXLR", "Pixelar Interactive Inc", "Software - Application", "USA", "2.14B", None, 27.81, 4.55, 3310958),
    (
        "QNTM",
        "Quantmark Devices Corp",
        "Semiconductor Equipment & Materials",
        "USA",
        "21.39B",
        26.02,
        138.95,
        -0.66,
        1154287,
    ),
    ("RDLN", "Redline Memory Technologies Inc", "Semiconductors", "USA", "3.47B", None, 31.06, -1.98, 2208544),
    ("RVTA", "Revata Software Ltd", "Software - Application", "Canada", "1.29B", 57.39, 38.16, 0.81, 174052),
    ("SLTX", "Saltex Solar Corp", "Solar", "China", "693.58M", 7.94, 11.72, -2.41, 1629807),
    ("SPRK", "Sparkline Communications Inc", "Communication Equipment", "USA", "441.06M", None, 5.08, 0.00, 837615),
    ("STRA", "Stratalink Networks Inc", "Software - Infrastructure", "USA", "8.77B", 69.12, 95.43, 1.64, 918364),
    ("TNDR", "Tendril Sensors Inc", "Scientific & Technical Instruments", "USA", "1.58B", 28.36, 46.59, -0.18, 140277),
    ("TRQS", "Turquoise Digital Corp", "Information Technology Services", "USA", "5.02B", 20.77, 63.71, -1.31, 508830),
    ("UMBR", "Umbra Storage Inc", "Computer Hardware", "USA", "2.67B", 17.49, 33.24, 2.26, 1402576),
    ("VRTX", "Vertexa Semiconductor Corp", "Semiconductors", "Taiwan", "46.21B", 23.85, 118.37, 0.92, 3716041),
    ("WAVL", "Wavelane Audio Inc", "Consumer Electronics", "USA", "379.45M", None, 7.19, -5.37, 1085324),
    ("XELR", "Xelera Cloud Corp", "Software - Application", "USA", "12.84B", 112.60, 142.08, 3.12, 2594703),
    ("ZPHR", "Zephyr Microdevices Inc", "Electronic Components", "USA", "906.77M", 31.55, 19.96, -0.53, 463188),
]

SD_INDUSTRY_CODE = {
    "Communication Equipment": "communicationequipment",
    "Computer Hardware": "computerhardware",
    "Consumer Electronics": "consumerelectronics",
    "Electronic Components": "electroniccomponents",
    "Electronics & Computer Distribution": "electronicscomputerdistribution",
    "Information Technology Services": "informationtechnologyservices",
    "Scientific & Technical Instruments": "scientifictechnicalinstruments",
    "Semiconductor Equipment & Materials": "semiconductorequipmentmaterials",
    "Semiconductors": "semiconductors",
    "Software - Application": "softwareapplication",
    "Software - Infrastructure": "softwareinfrastructure",
    "Solar": "solar",
}

#: The dropdown filters, as (tab, label, id, options) — the descriptive tab and the first rows shown.
SD_FILTERS: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("Exchange", "exch", [("amex", "AMEX"), ("cboe", "CBOE"), ("nasd", "NASDAQ"), ("nyse", "NYSE")]),
    ("Index", "idx", [("sp500", "S&amp;P 500"), ("ndx", "NASDAQ 100"), ("dji", "DJIA"), ("rut", "RUSSELL 2000")]),
    (
        "Sector",
        "sec",
        [
            ("basicmaterials", "Basic Materials"),
            ("communicationservices", "Communication Services"),
            ("consumercyclical", "Consumer Cyclical"),
            ("consumerdefensive", "Consumer Defensive"),
            ("energy", "Energy"),
            ("financial", "Financial"),
            ("healthcare", "Healthcare"),
            ("industrials", "Industrials"),
            ("realestate", "Real Estate"),
            ("technology", "Technology"),
            ("utilities", "Utilities"),
        ],
    ),
    ("Industry", "ind", [(code, esc(name)) for name, code in SD_INDUSTRY_CODE.items()]),
    (
        "Country",
        "geo",
        [
            ("usa", "USA"),
            ("notusa", "Foreign (ex-USA)"),
            ("asia", "Asia"),
            ("europe", "Europe"),
            ("canada", "Canada"),
            ("china", "China"),
            ("israel", "Israel"),
            ("japan", "Japan"),
            ("netherlands", "Netherlands"),
            ("taiwan", "Taiwan"),
            ("unitedkingdom", "United Kingdom"),
        ],
    ),
    (
        "Market Cap.",
        "cap",
        [
            ("mega", "Mega ($200bln and more)"),
            ("large", "Large ($10bln to $200bln)"),
            ("mid", "Mid ($2bln to $10bln)"),
            ("small", "Small ($300mln to $2bln)"),
            ("micro", "Micro ($50mln to $300mln)"),
            ("nano", "Nano (under $50mln)"),
        ],
    ),
    (
        "P/E",
        "fa_pe",
        [
            ("low", "Low (&lt;15)"),
            ("profitable", "Profitable (&gt;0)"),
            ("high", "High (&gt;50)"),
            ("u5", "Under 5"),
            ("u10", "Under 10"),
            ("u20", "Under 20"),
            ("o20", "Over 20"),
            ("o50", "Over 50"),
        ],
    ),
    (
        "Forward P/E",
        "fa_fpe",
        [("low", "Low (&lt;15)"), ("profitable", "Profitable (&gt;0)"), ("high", "High (&gt;50)")],
    ),
    ("PEG", "fa_peg", [("low", "Low (&lt;1)"), ("high", "High (&gt;2)"), ("u1", "Under 1"), ("o1", "Over 1")]),
    (
        "Dividend Yield",
        "fa_div",
        [
            ("none", "None (0%)"),
            ("pos", "Positive (&gt;0%)"),
            ("high", "High (&gt;5%)"),
            ("o1", "Over 1%"),
            ("o2", "Over 2%"),
        ],
    ),
    (
        "Float Short",
        "sh_short",
        [("low", "Low (&lt;5%)"), ("high", "High (&gt;20%)"), ("u5", "Under 5%"), ("o10", "Over 10%")],
    ),
    (
        "Analyst Recom.",
        "an_recom",
        [("strongbuy", "Strong Buy (1)"), ("buybetter", "Buy or better"), ("hold", "Hold (3)"), ("sell", "Sell (4)")],
    ),
    (
        "Average Volume",
        "sh_avgvol",
        [
            ("u100", "Under 100K"),
            ("o100", "Over 100K"),
            ("o500", "Over 500K"),
            ("o1000", "Over 1M"),
            ("o2000", "Over 2M"),
        ],
    ),
    ("Relative Volume", "sh_relvol", [("o2", "Over 2"), ("o1.5", "Over 1.5"), ("o1", "Over 1"), ("u1", "Under 1")]),
    (
        "Current Volume",
        "sh_curvol",
        [("o0", "Over 0"), ("o100", "Over 100K"), ("o1000", "Over 1M"), ("o10000", "Over 10M")],
    ),
    (
        "Price",
        "sh_price",
        [
            ("u5", "Under $5"),
            ("u10", "Under $10"),
            ("o5", "Over $5"),
            ("o10", "Over $10"),
            ("o50", "Over $50"),
            ("10to50", "$10 to $50"),
        ],
    ),
]

SD_VIEWS = [
    ("111", "Overview"),
    ("121", "Valuation"),
    ("161", "Financial"),
    ("131", "Ownership"),
    ("141", "Performance"),
    ("171", "Technical"),
    ("151", "Custom"),
    ("211", "Charts"),
    ("411", "Tickers"),
    ("311", "Basic"),
    ("351", "TA"),
    ("321", "News"),
    ("341", "Snapshot"),
    ("711", "Maps"),
]

SD_ICON = '<svg width="16" height="16"><use href="/assets/dist-icons/icons.svg?rev=35#{name}"/></svg>'


def _sd_href(offset: int = 1, extra: str = "") -> str:
    """``screener.ashx?v=111&f=sec_technology`` (+ ``&r=21``): the first page carries no ``r``."""
    return f"screener.ashx?{SD_FILTER.replace('&', '&amp;')}{extra}" + (f"&amp;r={offset}" if offset > 1 else "")


def _sd_quote(ticker: str) -> str:
    return f"quote.ashx?t={ticker}&amp;ty=c&amp;p=d&amp;b=1"


def _sd_number(value: float) -> str:
    return f"{value:.2f}"


def _sd_row(index: int, stock: tuple[str, str, str, str, str, float | None, float, float, int]) -> str:
    ticker, company, industry, country, cap, pe, price, change, volume = stock
    tone = "is-positive" if change > 0 else "is-negative" if change < 0 else "is-neutral"
    hover = f"cssbody=[hoverchart] cssheader=[tabchrthdr] body=[<img src='https://charts2-node.finviz.com/chart.ashx?cs=m&amp;t={ticker}&amp;tf=d&amp;s=linear&amp;ct=candle_stick&amp;tm=d' width='324' height='180' alt='' loading='lazy'><div><b>{esc(company)}</b>{esc(industry)} <span>•</span> {esc(country)} <span>•</span> {cap}</div>] offsetx=[60] offsety=[-60] delay=[500]"
    return f"""<tr class="styled-row is-hoverable is-bordered is-rounded is-striped has-color-text" valign="top" onclick="trClickHandler(event)">
<td height="10" align="right">{index}</td><td height="10" align="left" data-boxover="{hover}"><a href="{_sd_quote(ticker)}" class="tab-link">{ticker}</a></td><td height="10" align="left">{esc(company)}</td><td height="10" align="left">Technology</td><td height="10" align="left">{esc(industry)}</td><td height="10" align="left">{esc(country)}</td><td height="10" align="right">{cap}</td><td height="10" align="right">{_sd_number(pe) if pe is not None else "-"}</td><td height="10" align="right">{_sd_number(price)}</td><td height="10" align="right"><span class="color-text {tone}">{change:.2f}%</span></td><td height="10" align="right">{volume:,}</td></tr>"""


def _sd_pager(number: int, total_pages: int) -> str:
    links = []
    if number > 1:
        links.append(
            f'<a href="{_sd_href(1 + (number - 2) * SD_PER_PAGE)}" class="screener-pages is-prev"><span class="is-prev">{SD_ICON.format(name="chevronLeft")}</span></a>'
        )
    for page in range(1, total_pages + 1):
        selected = " is-selected" if page == number else ""
        links.append(f'<a href="{_sd_href(1 + (page - 1) * SD_PER_PAGE)}" class="screener-pages{selected}">{page}</a>')
    if number < total_pages:
        links.append(
            f'<a href="{_sd_href(1 + number * SD_PER_PAGE)}" class="screener-pages is-next"><span class="is-next">{SD_ICON.format(name="chevronRight")}</span></a>'
        )
    return "\n".join(links)


def _sd_filter_cells() -> str:
    rows, cells = [], []
    for label, ident, options in SD_FILTERS:
        selected = ident == "sec"
        opts = "".join(
            f'<option value="{value}"{SELECTED if selected and value == "technology" else ""}>{text}</option>'
            for value, text in options
        )
        any_selected = "" if selected else ' selected="selected"'
        combo = "screener-combo-text is-selected" if selected else "screener-combo-text"
        cells.append(
            f"""<td width="10%" align="center">
<span class="screener-combo-title" style="cursor:pointer;" data-boxover="cssbody=[tooltip_bdy] cssheader=[tooltip_hdr] header=[{label}] body=[<table width=300><tr><td class='tooltip_tab'>{label} filter.</td></tr></table>] delay=[500]">{label}</span></td>
<td width="10%">
<select id="fs_{ident}" style="width: 100%; visibility: visible;" class="{combo}" onchange="ScreenerSelectOnChange(this)" data-filter="{ident}" data-url="{SD_FILTER.replace("&", "&amp;")}" data-url-selected="{SD_FILTER.replace("&", "&amp;")}" data-selected="{"technology" if selected else ""}">
<option{any_selected} value="">Any</option>{opts}<option value="modal">Custom (Elite only)</option></select>
</td>"""
        )
        if len(cells) == 5:
            rows.append("<tr>\n" + "\n".join(cells) + "\n</tr>")
            cells = []
    if cells:
        cells += ['<td width="10%" align="center"></td>'] * (2 * (5 - len(cells)))
        rows.append("<tr>\n" + "\n".join(cells) + "\n</tr>")
    return "\n".join(rows)


def _sd_page(
    number: int,
    total_pages: int,
    stocks: list[tuple[str, str, str, str, str, float | None, float, float, int]],
    first: int,
) -> str:
    total = len(SD_STOCKS)
    rows = "\n".join(_sd_row(first + i, stock) for i, stock in enumerate(stocks))
    headers = [
        ("No.", "right", ""),
        ("Ticker", "left", "ticker"),
        ("Company", "left", "company"),
        ("Sector", "left", "sector"),
        ("Industry", "left", "industry"),
        ("Country", "left", "country"),
        ("Market Cap", "right", "marketcap"),
        ("P/E", "right", "pe"),
        ("Price", "right", "price"),
        ("Change", "right", "change"),
        ("Volume", "right", "volume"),
    ]
    head = "\n".join(
        f"""<th class="table-header cursor-pointer{" is-active" if key == "ticker" else ""}" align="{align}" onclick="window.location='{_sd_href(1, f"&amp;o={'-' if key == 'ticker' else ''}{key}" if key else "")}'">"""
        + (
            f'<div class="flex items-center gap-0.5 justify-start">{label}{SD_ICON.format(name="chevronUp")}</div>'
            if key == "ticker"
            else label
        )
        + "</th>"
        for label, align, key in headers
    )
    page_options = "".join(
        f'<option{SELECTED if p == number else ""} value="{1 + (p - 1) * SD_PER_PAGE}">Page {p} / {total_pages}</option>'
        for p in range(1, total_pages + 1)
    )
    prev_arrow = (
        f'<a href="{_sd_href(1 + (number - 2) * SD_PER_PAGE)}" class="fv-button is-icon is-small is-ghost">{SD_ICON.format(name="chevronLeft")}</a>'
        if number > 1
        else f'<span class="fv-button is-icon is-small is-ghost is-disabled">{SD_ICON.format(name="chevronLeft")}</span>'
    )
    next_arrow = (
        f'<a href="{_sd_href(1 + number * SD_PER_PAGE)}" class="fv-button is-icon is-small is-ghost">{SD_ICON.format(name="chevronRight")}</a>'
        if number < total_pages
        else f'<span class="fv-button is-icon is-small is-ghost is-disabled">{SD_ICON.format(name="chevronRight")}</span>'
    )
    ts = "\n".join(f"{s[0]}|{_sd_number(s[6])}|{s[8]}" for s in stocks)
    views = "\n".join(
        f'<td width="6.6%" align="center" class="screener-view-button{" is-active" if code == "111" else ""}" style="cursor:pointer;"><a href="screener.ashx?v={code}&amp;f=sec_technology">{label}</a></td>'
        for code, label in SD_VIEWS
    )
    nav = "".join(
        f'<td><a class="nav-link{" is-first" if i == 0 else ""}{" is-active" if label == "Screener" else ""}" href="{href}">{label}</a></td>'
        for i, (href, label) in enumerate(
            [
                ("/", "Home"),
                ("/news.ashx", "News"),
                ("/screener.ashx", "Screener"),
                ("/map.ashx", "Maps"),
                ("/groups.ashx", "Groups"),
                ("/portfolio.ashx", "Portfolio"),
                ("/insidertrading.ashx", "Insider"),
                ("/futures.ashx", "Futures"),
                ("/forex.ashx", "Forex"),
                ("/crypto.ashx", "Crypto"),
                ("/calendar.ashx", "Calendar"),
                (
                    "/elite.ashx?utm_source=finviz&amp;utm_medium=banner&amp;utm_campaign=main-navbar-backtests",
                    "Backtests",
                ),
                ("/pricing.ashx", "Pricing"),
            ]
        )
    )
    return f"""<!DOCTYPE html>
<html lang="en" class="dark">
<head>
<title>Stock Screener - Overview </title>
<meta charset="UTF-8"><meta name="viewport" content="width=1024"><meta name="description" content="Stock screener for investors and traders, financial visualizations.">
<link rel="preload" href="/fonts/lato-v17-latin-ext_latin-regular.woff2" as="font" crossorigin>
<link rel="preload" href="/fonts/inter-latin.woff2" as="font" crossorigin>
<script async type="text/javascript" src="https://cmp.screenerdeck.example/choice.js?tag_version=V3"></script>
<script>
    window.notificationsArray = [];
    window.renderScriptNotLoaded = function () {{}};
    window.handleScriptNotLoaded = function (element) {{
        window.notificationsArray.push(element);
        window.handleScriptNotLoaded = function () {{}};
    }};
</script>
<link rel="stylesheet" href="/assets/dist/finviz.3f2a91c4.css" type="text/css" onerror="window.handleScriptNotLoaded(this)">
<link rel="stylesheet" href="/assets/dist/main.77e0a5b1.css" type="text/css" onerror="window.handleScriptNotLoaded(this)">
<link rel="icon" type="image/png" href="/favicon_2x.png" sizes="32x32">
<script>
    FinvizSettings = {{
        hasUserPremium: false,
        name: "",
        nodeChartsDomain: "https://charts2-node.finviz.com",
        hasUserRetinaNodeCharts: false,
        hasUserStickyHeader: true,
        adsProvider: 1,
        hasRedesignEnabled: true,
        hasForexFuturesCryptoNodeCharts: true,
    }};
</script>
<script src="/script/browser_check.js?rev=360"></script><script src="/script/vendor/boxover.js?rev=360"></script>
<script src="/assets/dist/runtime.1b4d8e21.js" onerror="window.handleScriptNotLoaded(this)"></script><script src="/assets/dist/libs_init.9a0e5c33.js" onerror="window.handleScriptNotLoaded(this)"></script><script src="/assets/dist/header.6e1f2a77.js" onerror="window.handleScriptNotLoaded(this)"></script>
<script type="text/javascript">
    var portfolioRowsLimit=50;
    function ScreenerSelectOnChange() {{}}
    function trClickHandler(event) {{
        if (event.target.tagName === 'A') return;
        var link = event.currentTarget.querySelector('a.tab-link');
        if (link) window.location = link.href;
    }}
</script>
<script src="/script/screener.js?rev=360" type="text/javascript" onerror="window.handleScriptNotLoaded(this)"></script>
<link href="/assets/dist/redesign.08c4d1e2.css" rel="stylesheet" type="text/css">
</head>
<body class="m-0 yellow-tooltip is-screener">
<script>
    var cookieName = 'fv_block';
    var selector = '[ic_placementid]';
    if (document.cookie.indexOf(cookieName) >= 0) {{ window.finvizBannersLoaded = true; }}
</script>
<table class="header" width="100%" cellpadding="0" cellspacing="0" border="0">
<tbody><tr>
<td class="w-[994px]">
<table class="header-container">
<tbody><tr>
<td class="align-top" style="width: 246px; height: 90px">
<table class="w-full">
<tbody><tr><td><a href="/" class="logo"><img src="/img/logo.svg" width="216" height="52" alt="FINVIZ logo"></a></td></tr>
<tr><td class="search" id="search" style="padding-top: 4px"><div><form><input placeholder="Search ticker, company or profile" type="text" autocomplete="off" autocorrect="off" autocapitalize="off" maxlength="100" value=""><span class="fa fa-search"></span></form><table class="suggestions-box" cellpadding="0" cellspacing="0" border="0" style="display: none;"><tbody></tbody></table></div></td></tr>
</tbody></table>
</td>
<td class="align-bottom pb-1"><div id="microbar_position" class="hidden xl:flex items-center h-[37px] pl-2"><div id="IC_D_88x31_1" data-fv-banner="true" style="width:88px;height:31px;max-height:31px"></div></div></td>
<td class="relative w-[730px] text-right">
<div id="banner_position" class="overflow-hidden absolute top-0 right-0 w-full h-24"><div id="IC_D_728x90_1" class="relative overflow-hidden flex items-center justify-center w-full mx-auto" style="width:728px;height:90px;max-height:90px" data-fv-banner="true"><a href="/elite.ashx?utm_source=finviz&amp;utm_medium=banner&amp;utm_campaign=screener-backtests"><picture><source srcset="/img/a/screener-backtests.webp 1x,/img/a/screener-backtests@2x.webp 2x" type="image/webp"><img width="728" height="90" src="/img/a/screener-backtests.png" alt="Backtest your screens with Elite"></picture></a></div></div>
</td>
</tr></tbody></table>
</td>
</tr></tbody></table>
<table class="navbar">
<tbody><tr>
<td class="h-[30px]">
<table class="header-container">
<tbody><tr>{nav}<td class="w-full relative"><div class="absolute inset-0"><div id="time" class="pr-1"><div class="w-full text-[11px] text-white"><div class="flex items-center justify-end overflow-hidden whitespace-nowrap"><span>Tue MAR 11 2025 10:4{number} AM ET</span></div></div></div></div></td>
<td><a href="/help/screener.ashx" class="nav-link is-help" style="border-left: 1px solid #444a57"><span class="fa fa-question-circle"></span>Help</a></td>
<td><a href="/login.ashx" class="nav-link sign-in">Login</a></td>
<td><a href="/register.ashx" class="nav-link sign-up">Register</a></td>
</tr></tbody></table>
</td>
</tr></tbody></table>
<div class="content"><table cellpadding="0" class="fv-container"><tbody><tr>
<td>
<div id="screener-react"></div>
<table id="filter-table-top" width="100%" cellpadding="0" cellspacing="0" border="0">
<tbody><tr>
<td><img src="gfx/nic2x2.gif" style="width:6px;height:6px" alt="" border="0"></td>
<td align="center" width="15%">
<select id="screenerPresetsSelect" style="width: 100%; visibility: visible;" class="body-combo-text" onchange="ScreenerPresetsChange(value,&quot;{SD_FILTER.replace("&", "&amp;")}&quot;)">
<option>My Presets</option><option value="__save_screen">-Save Screen</option><option value="__edit_screens">-Edit Screens</option>
</select>
</td>
<td align="right" width="6%"><span class="body-combo-title">Order by</span></td>
<td align="left" width="20%" class="pl-1">
<select id="orderSelect" style="width: 100%; visibility: visible;" class="body-combo-text" onchange="window.location=document.getElementById(&quot;orderSelect&quot;).value">
<option selected="selected" value="{_sd_href()}&amp;o=ticker">Ticker</option><option value="{_sd_href()}&amp;o=company">Company</option><option value="{_sd_href()}&amp;o=sector">Sector</option><option value="{_sd_href()}&amp;o=industry">Industry</option><option value="{_sd_href()}&amp;o=country">Country</option><option value="{_sd_href()}&amp;o=marketcap">Market Cap.</option><option value="{_sd_href()}&amp;o=pe">Price/Earnings</option><option value="{_sd_href()}&amp;o=price">Price</option><option value="{_sd_href()}&amp;o=change">Change</option><option value="{_sd_href()}&amp;o=volume">Volume</option></select>
</td>
<td align="left" width="6%" class="pl-1">
<select id="orderDirSelect" style="width: 100%; visibility: visible;" class="body-combo-text" onchange="window.location=document.getElementById(&quot;orderDirSelect&quot;).value">
<option selected="selected" value="{_sd_href()}">Asc</option><option value="{_sd_href()}&amp;o=-">Desc</option></select>
</td>
<td align="right" width="6%"><span class="body-combo-title">Signal</span></td>
<td align="left" width="15%" class="pl-1">
<select id="signalSelect" style="width: 100%; visibility: visible;" class="body-combo-text" onchange="window.location=document.getElementById(&quot;signalSelect&quot;).value">
<option selected="selected" value="{_sd_href()}">None (all stocks)</option><option value="{_sd_href()}&amp;s=ta_topgainers">Top Gainers</option><option value="{_sd_href()}&amp;s=ta_toplosers">Top Losers</option><option value="{_sd_href()}&amp;s=ta_newhigh">New High</option><option value="{_sd_href()}&amp;s=ta_newlow">New Low</option><option value="{_sd_href()}&amp;s=ta_mostvolatile">Most Volatile</option><option value="{_sd_href()}&amp;s=ta_mostactive">Most Active</option><option value="{_sd_href()}&amp;s=ta_unusualvolume">Unusual Volume</option></select>
</td>
<td align="right" width="6%"><span class="body-combo-title">Tickers</span></td>
<td align="left" width="18%" class="pl-1"><input id="tickersInput" type="text" class="body-input-text w-full" value="" placeholder="AAPL,MSFT"></td>
<td align="right" width="8%"><span class="body-combo-title">Filters: 1</span> <a class="fv-button is-small is-ghost" href="screener.ashx?v=111&amp;ft=4">Reset</a></td>
</tr>
</tbody></table>
<div id="filter-table-tabs">
<table width="100%" cellpadding="0" cellspacing="0" border="0" class="filters-tabs"><tbody><tr>
<td class="screener-tabs is-first"><a href="#" class="tab-link is-selected" data-tab="1" onclick="ScreenerSwitchTab(1); return false;">Descriptive</a></td>
<td class="screener-tabs"><a href="#" class="tab-link" data-tab="2" onclick="ScreenerSwitchTab(2); return false;">Fundamental</a></td>
<td class="screener-tabs"><a href="#" class="tab-link" data-tab="3" onclick="ScreenerSwitchTab(3); return false;">Technical</a></td>
<td class="screener-tabs"><a href="#" class="tab-link" data-tab="5" onclick="ScreenerSwitchTab(5); return false;">News</a></td>
<td class="screener-tabs"><a href="#" class="tab-link" data-tab="6" onclick="ScreenerSwitchTab(6); return false;">ETF</a></td>
<td class="screener-tabs"><a href="#" class="tab-link" data-tab="4" onclick="ScreenerSwitchTab(4); return false;">All (1)</a></td>
<td class="screener-tabs is-last w-full text-right"><span class="count-text">Filters: <b>sec_technology</b></span></td>
</tr></tbody></table>
</div>
<div id="filter-table-filters">
<form>
<table width="100%" cellpadding="3" cellspacing="0" border="0" class="filters-table">
<tbody>
{_sd_filter_cells()}
</tbody></table>
</form>
</div>
</td>
</tr>
<tr><td>
<div id="screener-content">
<table id="screener-views-table" width="100%" cellpadding="0" cellspacing="0" border="0"><tbody><tr><td width="100%">
<table width="100%" cellpadding="0" cellspacing="0" class="screener-view-table">
<tbody><tr>
{views}
<td width="6.6%" align="center" class="screener-view-button" style="cursor:pointer;"><a href="/elite.ashx?utm_source=finviz&amp;utm_medium=banner&amp;utm_campaign=screener-menu-stats">Stats</a></td>
</tr></tbody></table>
</td></tr>
<tr><td width="100%"><img src="gfx/nic2x2.gif" style="display:block;width:2px;height:9px" alt="" border="0"></td></tr>
<tr><td width="100%">
<table width="100%" cellpadding="0" cellspacing="0" border="0">
<tbody><tr>
<td width="128" align="left" valign="middle" class="count-text">#{first} / {total} Total</td>
<td align="center" valign="middle" class="fullview-links px-2">
<a href="javascript:SavePortfolio({total},'{SD_FILTER.replace("&", "&amp;")}')" class="tab-link">save as portfolio</a> |
<a href="/elite.ashx?utm_source=finviz&amp;utm_medium=banner&amp;utm_campaign=screener-create-alert" class="tab-link">create alert</a>&nbsp;<img src="/gfx/nic2x2.gif" style="width:20px;height:2px" border="0">
<span style="white-space: nowrap"><span class="count-text"><b>Auto Refresh:</b></span> <a href="/screener.ashx?{SD_FILTER.replace("&", "&amp;")}&amp;ar=180" class="tab-link">3min</a> | <a href="/screener.ashx?{SD_FILTER.replace("&", "&amp;")}" class="tab-link active">off</a></span></td>
<td width="18" align="center">{prev_arrow}</td>
<td width="10" valign="middle" class="count-text px-1">
<select id="pageSelect" class="pages-combo" onchange="url=&quot;{_sd_href()}&amp;r=123456&quot;;row=&quot;r=&quot; + document.getElementById(&quot;pageSelect&quot;).value;url=url.replace(/r=123456/,row);window.location=url;" style="visibility: visible;">
{page_options}</select>
</td>
<td width="18" align="center">{next_arrow}</td>
</tr>
</tbody></table>
</td></tr>
<tr><td width="100%" colspan="30"><img src="gfx/nic2x2.gif" style="display:block;width:2px;height:9px" alt="" border="0"></td></tr>
<tr id="screener-table">
<td>
<table class="styled-table-new is-rounded is-tabular-nums w-full screener_table">
<thead><tr valign="middle">
{head}
</tr></thead>
<tbody>
{rows}
</tbody>
</table>
</td>
</tr>
<tr><td>
<table width="100%" cellpadding="0" cellspacing="0" class="body-table" border="0">
<tbody><tr>
<td align="left" class="color-text is-muted"><b>Filters:</b> sec_technology</td><td align="right"><a href="elite.ashx" class="tab-link">export</a></td></tr>
</tbody></table>
</td></tr>
<tr><td><img src="gfx/nic2x2.gif" style="display:block;width:2px;height:8px" alt="" border="0"></td></tr>
<tr>
<td width="100%" align="center" valign="top" class="body-table" id="screener_pagination">
{_sd_pager(number, total_pages)}
</td>
</tr>
<tr><td><img src="gfx/nic2x2.gif" style="width:2px;height:10px" alt="" border="0"></td></tr>
</tbody></table>
<div id="IC_D_3x6_1" class="relative overflow-hidden flex items-center justify-center w-full mx-auto" style="width:970px;height:250px;max-height:250px" data-fv-banner="true"><a href="/elite.ashx?utm_source=finviz&amp;utm_medium=banner&amp;utm_campaign=real-time-quotes-3"><picture><img width="970" height="250" src="/img/a/real-time-quotes-3.png" alt="Real-time quotes with FINVIZ*Elite"></picture></a></div>
</div>
</td></tr><!-- TS
{ts}
TE -->
<script type="text/javascript">
    ScreenerRefreshInit(0);
</script>
</tbody></table></div>
<div class="footer" style="margin-top: 20px;padding-bottom: 115px">
<div class="footer_links">
<a class="tab-link" href="/affiliate.ashx">affiliate</a><span class="footer_dot"> • </span>
<a class="tab-link" href="/advertise.ashx">advertise</a><span class="footer_dot"> • </span>
<a class="tab-link" href="#" onclick="setChartThemeCookie('light')">toggle light mode</a><span class="footer_dot"> • </span>
<a class="tab-link" href="/contact.ashx">contact</a><span class="footer_dot"> • </span>
<a class="tab-link" href="/privacy.ashx">privacy</a><span class="footer_dot"> • </span>
<a class="tab-link" href="/help/screener.ashx">help</a><br>
<a class="tab-link" href="javascript:void(0)" onclick="window.__uspapi &amp;&amp; window.__uspapi('displayUspUi');">do not sell my data</a><span class="footer_dot"> • </span>
<a class="tab-link" href="javascript:void(0)" onclick="window.__tcfapi &amp;&amp; window.__tcfapi('displayConsentUi', 2, function() {{}})">privacy settings</a>
</div>
Quotes delayed 15 minutes for NASDAQ, and 20 minutes for NYSE and AMEX.
<br>
Copyright © 2007-2025 FINVIZ.com. All Rights Reserved.
</div>
<script>
    window.dataLayer = window.dataLayer || [];
    function gtag(){{dataLayer.push(arguments);}}
    gtag('js', new Date());
    gtag('set', {{'dimension1': 'NotLoggedIn'}});
    gtag('config', 'G-ZT9VQEWD4N', {{'dimension1': 'NotLoggedIn', 'layoutTheme': 'dark'}});
</script>
<div id="modal-elite-ad" class="modal-elite-ad">
<div id="modal-elite-ad_content" class="modal-elite-ad_content">
<button id="modal-elite-ad-close" type="button" class="modal-elite-ad_close">×</button>
<div id="modal-elite-ad-content-1" style="display: block">
<h2>Upgrade your FINVIZ experience</h2>
<p>Join thousands of traders who make more informed decisions with&nbsp;our&nbsp;premium features. Real-time quotes, advanced&nbsp;visualizations, backtesting, and much more.</p>
<a href="/elite.ashx?utm_source=finviz&amp;utm_medium=banner&amp;utm_campaign=modal-1" id="modal-elite-ad-btn-1" class="modal-elite_button" target="_blank">Learn more about FINVIZ*Elite</a>
</div>
</div>
</div>
<script src="/script/pv.js?rev=360" async></script><script defer>window.renderScriptNotLoaded();</script>
</body>
</html>"""


@twentythird_e
def build_screenerdeck() -> None:
    s = Site(
        "screenerdeck",
        kind="stock screener table (Finviz 'Overview' view 2024–25: table-built header and navbar, presets / order / signal selects, filter tabs and a #filter-table-filters table of labelled selects, view tabs, '#21 / 45 Total' with select#pageSelect 'Page 2 / 3', then table.styled-table-new.screener_table with thead th.table-header No. / Ticker / … / Volume, tr.styled-row rows: a.tab-link ticker to quote.ashx?t=X&ty=c&p=d&b=1 with a data-boxover chart tooltip, plain text company / sector / industry / country, '2.41B' caps, '-' for no P/E, span.color-text is-positive / is-negative '-1.23%', '1,520,443' volumes; td#screener_pagination a.screener-pages numbers with is-selected / is-prev / is-next, &r=21 offsets)",
        start="screener.ashx?v=111&f=sec_technology",
        description="A stock screener copied from Finviz's logged-out 2024–25 markup, the Overview view (v=111) filtered on the Technology sector: the table-built header (logo, ticker search box with a hidden suggestions table, 728×90 banner), table.navbar with Home / News / Screener / … links, the clock and Help / Login / Register; the filter bar (My Presets, Order by select whose options are screener URLs, Asc / Desc, Signal select, tickers input, 'Filters: 1' Reset), the Descriptive / Fundamental / Technical / News / ETF / All tabs, #filter-table-filters: a table of 16 labelled selects (Exchange, Index, Sector with Technology selected, Industry, Country, Market Cap., P/E, …) with tooltip spans; the view tabs (Overview, Valuation, Financial, …, Stats); the count row '#1 / 45 Total', save as portfolio | create alert, Auto Refresh 3min | off, the chevron buttons (a span when disabled) around select#pageSelect ('Page 1 / 3', option values 1 / 21 / 41); then table.styled-table-new.is-rounded.is-tabular-nums.w-full.screener_table: thead > tr > th.table-header (No., Ticker with a sort chevron, Company, Sector, Industry, Country, Market Cap, P/E, Price, Change, Volume, each with an onclick sort URL) and tbody > tr.styled-row.is-hoverable.is-bordered.is-rounded.is-striped.has-color-text (onclick trClickHandler) with td[height=10][align] cells: the row number, the ticker as a.tab-link to quote.ashx?t=ACRX&ty=c&p=d&b=1 in a td carrying a data-boxover chart tooltip (company, industry, country, cap), company / 'Technology' / industry / country as plain text, market cap '2.41B' / '884.56M', P/E '38.12' or '-' (12 stocks), price '41.27', change in span.color-text.is-positive / is-negative / is-neutral '-1.23%' / '0.00%', volume '1,520,443'; a 'Filters: sec_technology' / export row; td#screener_pagination: a.screener-pages.is-prev (chevron svg, pages 2–3), a.screener-pages '1' '2' '3' (the current one .is-selected), a.screener-pages.is-next (pages 1–2); links screener.ashx?v=111&f=sec_technology&r=21 (page 1 without r); a 970×250 Elite banner, an HTML comment TS block (ticker|price|volume), the footer and the Elite modal. 20 + 20 + 5 stocks on screener.ashx?v=111&f=sec_technology, &r=21, &r=41. Written down: ticker, company, url (the quote link), sector, industry, country, market_cap (text as shown), pe (number, absent where '-'), price, change (percent number), volume.",
    )
    pages = chunks(SD_STOCKS, [SD_PER_PAGE, SD_PER_PAGE, len(SD_STOCKS) - 2 * SD_PER_PAGE])
    first = 1
    for number, stocks in enumerate(pages, 1):
        path = f"screener.ashx@{SD_FILTER}" + (f"&r={first}" if number > 1 else "")
        s.list_page(path, _sd_page(number, len(pages), stocks, first))
        first += len(stocks)
    for ticker, company, industry, country, cap, pe, price, change, volume in SD_STOCKS:
        s.expect(
            {
                "ticker": ticker,
                "company": company,
                "url": f"/quote.ashx?t={ticker}&ty=c&p=d&b=1",
                "sector": "Technology",
                "industry": industry,
                "country": country,
                "market_cap": cap,
                "pe": pe,
                "price": price,
                "change": change,
                "volume": volume,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# wikiallpages: MediaWiki 1.41 (Vector 2022) Special:AllPages on a small fan wiki.
# ---------------------------------------------------------------------------------------------------

WA_SITE = "Kelpwood Wiki"
WA_HOST = "https://kelpwood.wiki"

#: Main-namespace titles; a title in WA_REDIRECTS is a redirect page.
WA_TITLES = [
    "Abalone Diver",
    "Abyssal Trench",
    "Anchor Inn",
    "Angler Fish",
    "Barnacle Coin",
    "Basking Shark",
    "Beachcomber's Rake",
    "Blue Tang",
    "Bosun Margery",
    "Bottlenose Dolphin",
    "Brine Shrimp",
    "Captain Orla",
    "Clownfish",
    "Coral Garden",
    "Crab Pot",
    "Cuttlefish",
    "Diving Bell",
    "Dock Festival",
    "Driftwood",
    "Dugong",
    "Eelgrass Meadow",
    "Fishing Rod",
    "Fishing rod",
    "Foghorn Point",
    "Frogfish",
    "Giant Clam",
    "Giant Kelp",
    "Glass Float",
    "Gray Whale",
    "Grey Whale",
    "Harbor Seal",
    "Harbour Seal",
    "Harbormaster Quill",
    "Hermit Crab",
    "Humpback Whale",
    "Jellyfish Bloom",
    "Kelp Forest",
    "Kelpwood Harbor",
    "Kelpwood Lighthouse",
    "Lanternfish",
    "Leafy Seadragon",
    "Lobster Trap",
    "Manta Ray",
    "Moon Jelly",
    "Moray Eel",
    "Mussel Bed",
    "Narwhal",
    "Net Mender Pim",
    "Octopus",
    "Old Pier",
    "Orca",
    "Otter Raft",
    "Oyster Pearl",
    "Pufferfish",
    "Quests",
    "Razor Clam",
    "Reef Shark",
    "Rowboat",
    "Salt Flats",
    "Sea Glass",
    "Sea Otter",
    "Sea Turtle",
    "Seagrass Bay",
    "Seahorse",
    "Shipwreck Cove",
    "Starfish",
    "Sunken Bell",
    "Swordfish",
    "Tide Pools",
    "Tidewater Market",
    "Walkthrough",
    "Walrus",
    "Whale Fall",
    "Wrasse",
    "Zooplankton",
]
WA_REDIRECTS = {
    "Fishing rod",
    "Grey Whale",
    "Harbour Seal",
    "Kelpwood Harbor",
    "Otter Raft",
    "Quests",
    "Walkthrough",
    "Beachcomber's Rake",
    "Clownfish",
    "Moon Jelly",
}
WA_PAGE_SIZES = [30, 30, 15]
WA_NAMESPACES = [
    ("0", "(Main)"),
    ("1", "Talk"),
    ("2", "User"),
    ("3", "User talk"),
    ("4", "Kelpwood Wiki"),
    ("5", "Kelpwood Wiki talk"),
    ("6", "File"),
    ("7", "File talk"),
    ("8", "MediaWiki"),
    ("9", "MediaWiki talk"),
    ("10", "Template"),
    ("11", "Template talk"),
    ("12", "Help"),
    ("13", "Help talk"),
    ("14", "Category"),
    ("15", "Category talk"),
]


def _wa_sorted() -> list[str]:
    """MediaWiki lists by database key: underscores for spaces, compared byte by byte."""
    return sorted(WA_TITLES, key=lambda title: title.replace(" ", "_").encode())


def _wa_url(title: str) -> str:
    return "/wiki/" + quote(title.replace(" ", "_"), safe="/:,()-_.!~*'")


def _wa_from(title: str) -> str:
    return f"/w/index.php?title=Special:AllPages&amp;from={quote_plus(title)}"


def _wa_nav(previous: str | None, following: str | None) -> str:
    links = []
    if previous is not None:
        links.append(f'<a href="{_wa_from(previous)}" title="Special:AllPages">Previous page ({esc(previous)})</a>')
    if following is not None:
        links.append(f'<a href="{_wa_from(following)}" title="Special:AllPages">Next page ({esc(following)})</a>')
    return " | ".join(links)


def _wa_item(title: str) -> str:
    if title in WA_REDIRECTS:
        return f'<li class="allpagesredirect"><a href="{_wa_url(title)}" class="mw-redirect" title="{esc(title)}">{esc(title)}</a></li>'
    return f'<li><a href="{_wa_url(title)}" title="{esc(title)}">{esc(title)}</a></li>'


def _wa_field(ident: int, label: str, inner: str, *, align: str = "top") -> str:
    return f"""<div id="ooui-php-{ident + 10}" class="mw-htmlform-field-HTMLTextField oo-ui-layout oo-ui-labelElement oo-ui-fieldLayout oo-ui-fieldLayout-align-{align}" data-ooui="{{&quot;_&quot;:&quot;mw.htmlform.FieldLayout&quot;,&quot;fieldWidget&quot;:{{&quot;tag&quot;:&quot;ooui-php-{ident}&quot;}},&quot;align&quot;:&quot;{align}&quot;,&quot;helpInline&quot;:true,&quot;$overlay&quot;:true,&quot;label&quot;:{{&quot;html&quot;:&quot;{esc(label)}&quot;}},&quot;classes&quot;:[&quot;mw-htmlform-field-HTMLTextField&quot;]}}"><div class="oo-ui-fieldLayout-body"><span class="oo-ui-fieldLayout-header"><label for="ooui-php-{ident}" class="oo-ui-labelElement-label">{esc(label)}</label></span><div class="oo-ui-fieldLayout-field">{inner}</div></div></div>"""


def _wa_form(start: str) -> str:
    from_input = f'<div id="ooui-php-1" class="oo-ui-widget oo-ui-widget-enabled oo-ui-inputWidget oo-ui-textInputWidget oo-ui-textInputWidget-type-text oo-ui-textInputWidget-php" data-ooui="{{&quot;_&quot;:&quot;OO.ui.TextInputWidget&quot;,&quot;name&quot;:&quot;from&quot;,&quot;value&quot;:&quot;{esc(start)}&quot;,&quot;inputId&quot;:&quot;ooui-php-1&quot;,&quot;required&quot;:false}}"><input type="text" tabindex="0" name="from" value="{esc(start)}" id="ooui-php-1" class="oo-ui-inputWidget-input" /><span class="oo-ui-iconElement-icon oo-ui-iconElement-noIcon"></span><span class="oo-ui-indicatorElement-indicator oo-ui-indicatorElement-noIndicator"></span></div>'
    to_input = '<div id="ooui-php-2" class="oo-ui-widget oo-ui-widget-enabled oo-ui-inputWidget oo-ui-textInputWidget oo-ui-textInputWidget-type-text oo-ui-textInputWidget-php" data-ooui="{&quot;_&quot;:&quot;OO.ui.TextInputWidget&quot;,&quot;name&quot;:&quot;to&quot;,&quot;inputId&quot;:&quot;ooui-php-2&quot;,&quot;required&quot;:false}"><input type="text" tabindex="0" name="to" value="" id="ooui-php-2" class="oo-ui-inputWidget-input" /><span class="oo-ui-iconElement-icon oo-ui-iconElement-noIcon"></span><span class="oo-ui-indicatorElement-indicator oo-ui-indicatorElement-noIndicator"></span></div>'
    options = "".join(
        f'<option value="{value}"{SELECTED if value == "0" else ""}>{esc(name)}</option>'
        for value, name in WA_NAMESPACES
    )
    namespace = f'<div id="ooui-php-3" class="oo-ui-widget oo-ui-widget-enabled oo-ui-inputWidget oo-ui-dropdownInputWidget oo-ui-dropdownInputWidget-php mw-widget-namespaceInputWidget" data-ooui="{{&quot;_&quot;:&quot;mw.widgets.NamespaceInputWidget&quot;,&quot;includeAllValue&quot;:null,&quot;exclude&quot;:[],&quot;include&quot;:null,&quot;name&quot;:&quot;namespace&quot;,&quot;value&quot;:&quot;0&quot;,&quot;inputId&quot;:&quot;ooui-php-3&quot;,&quot;required&quot;:false}}"><select tabindex="0" name="namespace" id="ooui-php-3" class="oo-ui-inputWidget-input oo-ui-indicator-down">{options}</select></div>'
    hide = '<span id="ooui-php-4" class="oo-ui-widget oo-ui-widget-enabled oo-ui-inputWidget oo-ui-checkboxInputWidget" data-ooui="{&quot;_&quot;:&quot;OO.ui.CheckboxInputWidget&quot;,&quot;name&quot;:&quot;hideredirects&quot;,&quot;value&quot;:&quot;1&quot;,&quot;inputId&quot;:&quot;ooui-php-4&quot;,&quot;required&quot;:false}"><input type="checkbox" tabindex="0" name="hideredirects" value="1" id="ooui-php-4" class="oo-ui-inputWidget-input" /><span class="oo-ui-checkboxInputWidget-checkIcon oo-ui-widget oo-ui-widget-enabled oo-ui-iconElement-icon oo-ui-icon-check oo-ui-iconElement oo-ui-labelElement-invisible oo-ui-iconWidget oo-ui-image-invert"></span></span>'
    return f"""<div class="mw-htmlform-ooui-wrapper oo-ui-layout oo-ui-panelLayout oo-ui-panelLayout-padded oo-ui-panelLayout-framed"><form action="/w/index.php" method="get" enctype="application/x-www-form-urlencoded" class="mw-htmlform mw-htmlform-ooui oo-ui-layout oo-ui-formLayout"><fieldset class="oo-ui-layout oo-ui-labelElement oo-ui-fieldsetLayout"><legend class="oo-ui-fieldsetLayout-header"><span class="oo-ui-iconElement-icon oo-ui-iconElement-noIcon"></span><span class="oo-ui-labelElement-label">All pages</span></legend><div class="oo-ui-fieldsetLayout-group"><div class="oo-ui-widget oo-ui-widget-enabled"><div class="mw-htmlform-ooui-wrapper">{_wa_field(1, "Display pages starting at:", from_input)}{_wa_field(2, "Display pages ending at:", to_input)}{_wa_field(3, "Namespace:", namespace)}{_wa_field(4, "Hide redirects", hide, align="inline")}</div></div></div></fieldset><input id="mw-input-title" name="title" type="hidden" value="Special:AllPages" />
<div class="mw-htmlform-submit-buttons">
<span id="ooui-php-9" class="mw-htmlform-submit oo-ui-widget oo-ui-widget-enabled oo-ui-inputWidget oo-ui-buttonElement oo-ui-buttonElement-framed oo-ui-labelElement oo-ui-flaggedElement-primary oo-ui-flaggedElement-progressive oo-ui-buttonInputWidget" data-ooui="{{&quot;_&quot;:&quot;OO.ui.ButtonInputWidget&quot;,&quot;type&quot;:&quot;submit&quot;,&quot;value&quot;:&quot;Go&quot;,&quot;label&quot;:&quot;Go&quot;,&quot;flags&quot;:[&quot;primary&quot;,&quot;progressive&quot;],&quot;classes&quot;:[&quot;mw-htmlform-submit&quot;]}}"><button type="submit" tabindex="0" value="Go" class="oo-ui-inputWidget-input oo-ui-buttonElement-button"><span class="oo-ui-iconElement-icon oo-ui-iconElement-noIcon oo-ui-image-invert"></span><span class="oo-ui-labelElement-label">Go</span><span class="oo-ui-indicatorElement-indicator oo-ui-indicatorElement-noIndicator oo-ui-image-invert"></span></button></span></div>
</form></div>"""


def _wa_portlet(ident: str, label: str, links: list[tuple[str, str, str]]) -> str:
    items = "".join(
        f'<li id="{li_id}" class="mw-list-item"><a href="{href}"><span>{esc(text)}</span></a></li>'
        for li_id, href, text in links
    )
    return f"""<div id="{ident}" class="vector-menu mw-portlet mw-portlet-{ident.removeprefix("p-")}">
	<div class="vector-menu-heading">{esc(label)}</div>
	<div class="vector-menu-content"><ul class="vector-menu-content-list">{items}</ul></div>
</div>"""


def _wa_page(number: int, titles: list[str], start: str, previous: str | None, following: str | None) -> str:
    query = f"title=Special:AllPages&amp;from={quote_plus(start)}"
    nav = _wa_nav(previous, following)
    items = "\n".join(_wa_item(t) for t in titles)
    navigation = _wa_portlet(
        "p-navigation",
        "Navigation",
        [
            ("n-mainpage-description", "/wiki/Main_Page", "Main page"),
            ("n-Creatures", "/wiki/Category:Creatures", "Creatures"),
            ("n-Locations", "/wiki/Category:Locations", "Locations"),
            ("n-recentchanges", "/wiki/Special:RecentChanges", "Recent changes"),
            ("n-randompage", "/wiki/Special:Random", "Random page"),
            (
                "n-help-mediawiki",
                "https://www.mediawiki.org/wiki/Special:MyLanguage/Help:Contents",
                "Help about MediaWiki",
            ),
        ],
    )
    community = _wa_portlet(
        "p-Community",
        "Community",
        [
            ("n-Discord", "https://discord.gg/kelpwoodwiki", "Discord server"),
            ("n-Manual-of-style", "/wiki/Kelpwood_Wiki:Manual_of_style", "Manual of style"),
            ("n-To-do", "/wiki/Kelpwood_Wiki:To-do", "To-do list"),
        ],
    )
    tools = _wa_portlet(
        "p-tb",
        "Tools",
        [
            ("t-specialpages", "/wiki/Special:SpecialPages", "Special pages"),
            ("t-print", f"/w/index.php?{query}&amp;printable=yes", "Printable version"),
        ],
    )
    return f"""<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-language-in-main-page-header-disabled vector-feature-sticky-header-disabled vector-feature-page-tools-pinned-disabled vector-feature-toc-pinned-clientpref-1 vector-feature-main-menu-pinned-disabled vector-feature-limited-width-clientpref-1 vector-feature-limited-width-content-enabled vector-feature-custom-font-size-clientpref-disabled vector-feature-client-preferences-disabled vector-feature-typography-survey-disabled vector-toc-not-available" lang="en" dir="ltr">
<head>
<meta charset="UTF-8">
<title>All pages - {WA_SITE}</title>
<script>(function(){{var className="client-js vector-feature-language-in-header-enabled vector-feature-language-in-main-page-header-disabled vector-feature-sticky-header-disabled vector-feature-page-tools-pinned-disabled vector-feature-toc-pinned-clientpref-1 vector-feature-main-menu-pinned-disabled vector-feature-limited-width-clientpref-1 vector-feature-limited-width-content-enabled vector-feature-custom-font-size-clientpref-disabled vector-feature-client-preferences-disabled vector-feature-typography-survey-disabled vector-toc-not-available";var cookie=document.cookie.match(/(?:^|; )kelpwood_mw_mwclientpreferences=([^;]+)/);if(cookie){{cookie[1].split('%2C').forEach(function(pref){{className=className.replace(new RegExp('(^| )'+pref.replace(/-clientpref-\\w+$|[^\\w-]+/g,'')+'-clientpref-\\\\w+( |$)'),'$1'+pref+'$2');}});}}document.documentElement.className=className;}}());RLCONF={{"wgBreakFrames":true,"wgSeparatorTransformTable":["",""],"wgDigitTransformTable":["",""],"wgDefaultDateFormat":"dmy","wgMonthNames":["","January","February","March","April","May","June","July","August","September","October","November","December"],"wgRequestId":"Zc{_hex(start, 8)}AAEAAB","wgCanonicalNamespace":"Special","wgCanonicalSpecialPageName":"Allpages","wgNamespaceNumber":-1,"wgPageName":"Special:AllPages","wgTitle":"AllPages","wgCurRevisionId":0,"wgRevisionId":0,"wgArticleId":0,"wgIsArticle":false,"wgIsRedirect":false,"wgAction":"view","wgUserName":null,"wgUserGroups":["*"],"wgCategories":[],"wgPageViewLanguage":"en","wgPageContentLanguage":"en","wgPageContentModel":"wikitext","wgRelevantPageName":"Special:AllPages","wgRelevantArticleId":0,"wgIsProbablyEditable":false,"wgRelevantPageIsProbablyEditable":false,"wgVector2022PreviewPages":[]}};
RLSTATE={{"site.styles":"ready","user.styles":"ready","user":"ready","user.options":"loading","mediawiki.helplink":"ready","mediawiki.special":"ready","mediawiki.widgets.styles":"ready","oojs-ui-core.styles":"ready","oojs-ui.styles.indicators":"ready","mediawiki.widgets.styles":"ready","oojs-ui-core.icons":"ready","skins.vector.search.codex.styles":"ready","skins.vector.styles":"ready","skins.vector.icons":"ready"}};RLPAGEMODULES=["mediawiki.htmlform","mediawiki.htmlform.ooui","mediawiki.widgets","site","mediawiki.page.ready","skins.vector.js"];</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=mediawiki.helplink%7Cmediawiki.special%7Cmediawiki.widgets.styles%7Coojs-ui-core.icons%2Cstyles%7Coojs-ui.styles.indicators%7Cskins.vector.icons%2Cstyles%7Cskins.vector.search.codex.styles&amp;only=styles&amp;skin=vector-2022">
<script async="" src="/w/load.php?lang=en&amp;modules=startup&amp;only=scripts&amp;raw=1&amp;skin=vector-2022"></script>
<meta name="ResourceLoaderDynamicStyles" content="">
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=site.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.2">
<meta name="robots" content="noindex,nofollow,max-image-preview:standard">
<meta name="format-detection" content="telephone=no">
<meta name="viewport" content="width=1000">
<link rel="icon" href="/favicon.ico">
<link rel="search" type="application/opensearchdescription+xml" href="/w/opensearch_desc.php" title="{WA_SITE} (en)">
<link rel="EditURI" type="application/rsd+xml" href="{WA_HOST}/w/api.php?action=rsd">
<link rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/">
<link rel="alternate" type="application/atom+xml" title="{WA_SITE} Atom feed" href="/w/index.php?title=Special:RecentChanges&amp;feed=atom">
</head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns--1 ns-special mw-special-Allpages page-Special_AllPages rootpage-Special_AllPages skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container">
	<header class="vector-header mw-header">
		<div class="vector-header-start">
			<nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right">
	<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" data-event-name="ui.dropdown-vector-main-menu-dropdown" class="vector-dropdown-checkbox " aria-label="Main menu">
	<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only " aria-hidden="true"><span class="vector-icon mw-ui-icon-menu mw-ui-icon-wikimedia-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label>
	<div class="vector-dropdown-content">
		<div id="vector-main-menu-unpinned-container" class="vector-unpinned-container">
		<div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">
	<div class="vector-pinnable-header vector-main-menu-pinnable-header vector-pinnable-header-unpinned" data-feature-name="main-menu-pinned" data-pinnable-element-id="vector-main-menu" data-pinned-container-id="vector-main-menu-pinned-container" data-unpinned-container-id="vector-main-menu-unpinned-container">
	<div class="vector-pinnable-header-label">Main menu</div>
	<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button" data-event-name="pinnable-header.vector-main-menu.pin">move to sidebar</button>
	<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button" data-event-name="pinnable-header.vector-main-menu.unpin">hide</button>
</div>
{navigation}
{community}
</div>
		</div>
	</div>
</div>
			</nav>
<a href="/wiki/Main_Page" class="mw-logo">
	<img class="mw-logo-icon" src="/resources/assets/kelpwood-icon.png" alt="" aria-hidden="true" height="50" width="50">
	<span class="mw-logo-container"><strong class="mw-logo-wordmark">{WA_SITE}</strong><small class="mw-logo-tagline">the unofficial Kelpwood Harbor guide</small></span>
</a>
		</div>
		<div class="vector-header-end">
<div id="p-search" role="search" class="vector-search-box-vue  vector-search-box-collapses vector-search-box-show-thumbnail vector-search-box-auto-expand-width vector-search-box">
	<a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only search-toggle" title="Search {WA_SITE} [f]" accesskey="f"><span class="vector-icon mw-ui-icon-search mw-ui-icon-wikimedia-search"></span><span>Search</span></a>
	<div class="vector-typeahead-search-container">
		<div class="cdx-typeahead-search cdx-typeahead-search--show-thumbnail cdx-typeahead-search--auto-expand-width">
			<form action="/w/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button">
				<div id="simpleSearch" class="cdx-search-input__input-wrapper" data-search-loc="header-moved">
					<div class="cdx-text-input cdx-text-input--has-start-icon">
						<input class="cdx-text-input__input" type="search" name="search" placeholder="Search {WA_SITE}" aria-label="Search {WA_SITE}" autocapitalize="sentences" title="Search {WA_SITE} [f]" accesskey="f" id="searchInput">
						<span class="cdx-text-input__icon cdx-text-input__start-icon"></span>
					</div>
					<input type="hidden" name="title" value="Special:Search">
				</div>
				<button class="cdx-button cdx-search-input__end-button">Search</button>
			</form>
		</div>
	</div>
</div>
<nav class="vector-user-links" aria-label="Personal tools" role="navigation">
	<div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet mw-portlet-vector-user-menu-overflow">
		<div class="vector-menu-content"><ul class="vector-menu-content-list">
			<li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item"><a href="/w/index.php?title=Special:CreateAccount&amp;returnto=Special%3AAllPages&amp;returntoquery=from%3D{quote_plus(quote_plus(start))}" title="You are encouraged to create an account and log in; however, it is not mandatory"><span>Create account</span></a></li>
			<li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a href="/w/index.php?title=Special:UserLogin&amp;returnto=Special%3AAllPages&amp;returntoquery=from%3D{quote_plus(quote_plus(start))}" title="You are encouraged to log in; however, it is not mandatory [o]" accesskey="o"><span>Log in</span></a></li>
		</ul></div>
	</div>
</nav>
		</div>
	</header>
</div>
<div class="mw-page-container">
	<div class="mw-page-container-inner">
		<div class="vector-sitenotice-container">
			<div id="siteNotice"><div id="localNotice" data-nosnippet=""><div class="sitenotice" lang="en" dir="ltr"><p>Spoilers for the Deepwater update are now allowed on creature pages — see <a href="/wiki/Kelpwood_Wiki:Spoiler_policy" title="Kelpwood Wiki:Spoiler policy">the spoiler policy</a>.</p></div></div></div>
		</div>
		<div class="vector-column-start">
			<div class="vector-main-menu-container">
				<div id="mw-navigation">
					<nav id="mw-panel" class="vector-main-menu-landmark" aria-label="Site">
						<div id="vector-main-menu-pinned-container" class="vector-pinned-container"></div>
					</nav>
				</div>
			</div>
		</div>
		<div class="mw-content-container">
			<main id="content" class="mw-body">
				<header class="mw-body-header vector-page-titlebar">
					<h1 id="firstHeading" class="firstHeading mw-first-heading">All pages</h1>
					<div class="mw-indicators"><div id="mw-indicator-mw-helplink" class="mw-indicator"><a href="https://www.mediawiki.org/wiki/Special:MyLanguage/Help:Allpages" target="_blank" class="mw-helplink"><span class="mw-helplink-icon"></span>Help</a></div></div>
				</header>
				<div class="vector-page-toolbar">
					<div class="vector-page-toolbar-container">
						<div id="left-navigation">
							<nav aria-label="Namespaces">
<div id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet mw-portlet-associated-pages">
	<div class="vector-menu-content"><ul class="vector-menu-content-list">
		<li id="ca-nstab-special" class="selected vector-tab-noicon mw-list-item"><a href="/w/index.php?{query}" title="This is a special page, and it cannot be edited"><span>Special page</span></a></li>
	</ul></div>
</div>
							</nav>
						</div>
						<div id="right-navigation" class="vector-collapsible">
							<nav class="vector-page-tools-landmark" aria-label="Page tools">
<div id="vector-page-tools-dropdown" class="vector-dropdown vector-page-tools-dropdown">
	<input type="checkbox" id="vector-page-tools-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox " aria-label="Tools">
	<label id="vector-page-tools-dropdown-label" for="vector-page-tools-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet" aria-hidden="true"><span class="vector-dropdown-label-text">Tools</span></label>
	<div class="vector-dropdown-content">
		<div id="vector-page-tools-unpinned-container" class="vector-unpinned-container">
			<div id="vector-page-tools" class="vector-page-tools vector-pinnable-element">
{tools}
			</div>
		</div>
	</div>
</div>
							</nav>
						</div>
					</div>
				</div>
				<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container>
					<div class="vector-body-before-content">
						<div id="siteSub" class="noprint">From {WA_SITE}</div>
					</div>
					<div id="contentSub"><div id="mw-content-subtitle"></div></div>
					<div id="mw-content-text" class="mw-body-content">{_wa_form(start)}<div class="mw-allpages-nav">{nav}</div><div class="mw-allpages-body"><ul class="mw-allpages-chunk">
{items}
</ul></div><hr class="mw-allpages-nav-separator" /><div class="mw-allpages-nav">{nav}</div></div>
					<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr" href="{WA_HOST}/wiki/Special:AllPages">{WA_HOST}/wiki/Special:AllPages</a>"</div>
					<div id="catlinks" class="catlinks catlinks-allhidden" data-mw="interface"></div>
				</div>
			</main>
		</div>
		<div class="mw-footer-container">
<footer id="footer" class="mw-footer" role="contentinfo">
	<ul id="footer-places">
		<li id="footer-places-privacy"><a href="/wiki/Kelpwood_Wiki:Privacy_policy">Privacy policy</a></li>
		<li id="footer-places-about"><a href="/wiki/Kelpwood_Wiki:About">About {WA_SITE}</a></li>
		<li id="footer-places-disclaimers"><a href="/wiki/Kelpwood_Wiki:General_disclaimer">Disclaimers</a></li>
		<li id="footer-places-mobileview"><a href="{WA_HOST}/w/index.php?{query}&amp;mobileaction=toggle_view_mobile" class="noprint stopMobileRedirectToggle">Mobile view</a></li>
	</ul>
	<ul id="footer-icons" class="noprint">
		<li id="footer-copyrightico"><a href="https://creativecommons.org/licenses/by-sa/4.0/"><img src="/resources/assets/licenses/cc-by-sa.png" alt="Creative Commons Attribution-ShareAlike" width="88" height="31" loading="lazy"></a></li>
		<li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li>
	</ul>
</footer>
		</div>
	</div>
</div>
<div class="vector-settings" id="p-dock-bottom"><ul></ul></div>
<script>(RLQ=window.RLQ||[]).push(function(){{mw.config.set({{"wgBackendResponseTime":{96 + number * 11}}});}});</script>
</body>
</html>"""


@twentythird_e
def build_wikiallpages() -> None:
    s = Site(
        "wikiallpages",
        kind="wiki page index (MediaWiki 1.41 Vector 2022 Special:AllPages on a fan wiki: OOUI fieldset form 'Display pages starting at / ending at / Namespace / Hide redirects' + Go, div.mw-allpages-nav 'Previous page (X) | Next page (Y)' above the list and after an hr below it, ul.mw-allpages-chunk > li > a titles, redirects li.allpagesredirect > a.mw-redirect, /w/index.php?title=Special:AllPages&from=Title+words)",
        start="w/index.php?title=Special:AllPages&from=",
        description="A small fan wiki for an invented seaside game on MediaWiki 1.41 with the Vector 2022 skin, Special:AllPages as a reader sees it in 2025: the Vector header (main-menu dropdown with the Navigation and Community portlets, logo, wordmark and tagline, Codex search, Create account / Log in with returnto queries), a site notice with a link, h1 'All pages' with the Help indicator, the lone 'Special page' tab and the Tools dropdown; in div#mw-content-text the OOUI HTMLForm (div.mw-htmlform-ooui-wrapper > form[method=get] > fieldset with legend 'All pages', field layouts 'Display pages starting at:' (input name=from holding the current start), 'Display pages ending at:' (name=to), 'Namespace:' (select of 16 namespaces, (Main) selected), the 'Hide redirects' checkbox, the hidden title input and the Go button); then div.mw-allpages-nav with 'Next page (Harbor Seal)' on page 1, 'Previous page (Abalone Diver) | Next page (Sea Otter)' on page 2 and 'Previous page (Harbor Seal)' on page 3, each a link to /w/index.php?title=Special:AllPages&from=Title+words (title=Special:AllPages); div.mw-allpages-body > ul.mw-allpages-chunk of li > a[href=/wiki/Title_words][title] in database-key order (so 'Fishing Rod' before 'Fishing rod' and 'Harbor Seal' before 'Harbour Seal' and 'Harbormaster Quill'), the ten redirects as li.allpagesredirect > a.mw-redirect; then hr.mw-allpages-nav-separator and the same nav again; an empty catlinks, the footer and RLQ script. 30 + 30 + 15 titles on w/index.php?title=Special:AllPages&from= (and &from=Abalone+Diver, the previous link of page 2, which answers the same titles), &from=Harbor+Seal and &from=Sea+Otter. Written down: title, url, redirect (true on redirects only).",
    )
    titles = _wa_sorted()
    pages = chunks(titles, WA_PAGE_SIZES)
    for number, chunk in enumerate(pages, 1):
        start = "" if number == 1 else chunk[0]
        previous = pages[number - 2][0] if number > 1 else None
        following = pages[number][0] if number < len(pages) else None
        text = _wa_page(number, chunk, start, previous, following)
        s.list_page(f"w/index.php@title=Special:AllPages&from={quote_plus(start)}", text)
        if number == 1:
            # Page 2's "Previous page" link names the first title of page 1 rather than the empty start.
            s.write(
                f"w/index.php@title=Special:AllPages&from={quote_plus(chunk[0])}",
                _wa_page(number, chunk, chunk[0], None, following),
            )
        for title in chunk:
            s.expect({"title": title, "url": _wa_url(title), "redirect": True if title in WA_REDIRECTS else None})
    s.finish()


# ---------------------------------------------------------------------------------------------------
# lemmyhub: Lemmy 0.19 community page (lemmy-ui server render), 20 posts a page, Prev / Next buttons.
# ---------------------------------------------------------------------------------------------------

LH_HOST = "lemmyhub.example"
LH_STATIC = "/static/1f7c2e9a"
LH_PER_PAGE = 20

#: (post id, title, external URL or None, author (name or name@instance), score, comments, age, ISO published, thumbnail).
LH_POSTS: list[tuple[int, str, str | None, str, int, int, str, str, bool]] = [
    (
        1184302,
        "Weekly garden thread: what did you plant this week?",
        None,
        "thornbury",
        48,
        63,
        "5h",
        "2025-03-11T07:02:11",
        False,
    ),
    (
        1183957,
        "My balcony tomatoes survived their first frost under fleece",
        None,
        "balconybotanist",
        212,
        34,
        "9h",
        "2025-03-11T03:14:52",
        True,
    ),
    (
        1183410,
        "Why your seedlings are leggy (and the cheap fix)",
        "https://www.allotmentnotes.example/2025/03/leggy-seedlings-light/",
        "moss_and_mulch",
        167,
        21,
        "14h",
        "2025-03-10T22:40:05",
        True,
    ),
    (
        1182996,
        "Is it too early to direct sow peas in zone 7?",
        None,
        "peapod_pete",
        35,
        19,
        "17h",
        "2025-03-10T19:27:44",
        False,
    ),
    (
        1182744,
        "Built a cold frame from two old windows",
        None,
        "salvage_sal@lemmy.world",
        1143,
        87,
        "19h",
        "2025-03-10T17:05:31",
        True,
    ),
    (
        1182310,
        "RHS trial results: the best blight-resistant potatoes",
        "https://rootsandshoots.example/news/blight-resistant-potato-trial-2024",
        "tuberous",
        96,
        12,
        "22h",
        "2025-03-10T14:48:09",
        True,
    ),
    (
        1181875,
        "Anyone else's rosemary die over winter?",
        None,
        "herbal_hal",
        27,
        31,
        "1d",
        "2025-03-10T09:11:38",
        False,
    ),
    (
        1181532,
        "Composting in a tiny flat: bokashi after six months",
        None,
        "citycompost@feddit.uk",
        141,
        26,
        "1d",
        "2025-03-09T21:56:17",
        True,
    ),
    (
        1181209,
        "Soil test came back — very low phosphorus, what now?",
        None,
        "loamlover",
        18,
        14,
        "1d",
        "2025-03-09T18:33:02",
        False,
    ),
    (
        1180866,
        "The quiet return of the cottage hedge",
        "https://www.hedgerowjournal.example/features/cottage-hedge-return",
        "brambleway",
        74,
        8,
        "2d",
        "2025-03-09T11:20:45",
        False,
    ),
    (
        1180450,
        "First snowdrops in the shade border",
        None,
        "galanthus_gail",
        389,
        11,
        "2d",
        "2025-03-08T16:02:29",
        True,
    ),
    (
        1180122,
        "Free seed swap list — March",
        "https://seedswap.example/lists/march-2025",
        "seedkeeper@beehaw.org",
        52,
        0,
        "2d",
        "2025-03-08T10:44:13",
        False,
    ),
    (
        1179803,
        "How deep do you mulch around fruit trees?",
        None,
        "orchard_owl",
        23,
        17,
        "3d",
        "2025-03-08T06:18:56",
        False,
    ),
    (
        1179451,
        "Slug pellets vs. beer traps: a season of notes",
        None,
        "nightshift_nat",
        130,
        45,
        "3d",
        "2025-03-07T20:29:40",
        True,
    ),
    (
        1179087,
        "Peat-free compost brands compared (2025 update)",
        "https://www.growingtrials.example/peat-free-compost-2025",
        "moss_and_mulch",
        205,
        38,
        "3d",
        "2025-03-07T14:51:07",
        True,
    ),
    (
        1178734,
        "Raised bed height for a wheelchair user?",
        None,
        "accessiblegardens",
        61,
        22,
        "4d",
        "2025-03-07T08:03:22",
        False,
    ),
    (1178402, "Chitting potatoes on the windowsill", None, "tuberous", 44, 1, "4d", "2025-03-06T19:47:58", True),
    (
        1178055,
        "What is eating my brassica seedlings at night?",
        None,
        "kale_yeah",
        12,
        9,
        "4d",
        "2025-03-06T12:30:04",
        False,
    ),
    (
        1177691,
        "Native bee hotels: what actually works",
        "https://pollinatorproject.example/guides/bee-hotels",
        "hoverfly@slrpnk.net",
        178,
        16,
        "5d",
        "2025-03-06T05:12:49",
        True,
    ),
    (1177340, "Dahlia tubers: mould or just dirt?", None, "dahliadan", 9, 7, "5d", "2025-03-05T22:08:36", True),
    (
        1176988,
        "Pruning an overgrown apple tree in stages",
        None,
        "orchard_owl",
        87,
        24,
        "5d",
        "2025-03-05T15:41:19",
        False,
    ),
    (
        1176602,
        "Leaf mould is the best thing I made all year",
        None,
        "brambleway",
        66,
        13,
        "6d",
        "2025-03-05T07:55:02",
        True,
    ),
    (
        1176255,
        "Grow lights on a budget: what lumens do seedlings need?",
        "https://www.indoorgrowguide.example/seedling-light-levels",
        "balconybotanist",
        39,
        15,
        "6d",
        "2025-03-04T21:16:47",
        False,
    ),
    (
        1175913,
        "Hügelkultur bed, one year on",
        None,
        "woodpile_wren@lemmy.world",
        254,
        41,
        "6d",
        "2025-03-04T13:03:31",
        True,
    ),
    (
        1175547,
        "Should I cut back ornamental grasses now?",
        None,
        "prairie_pat",
        15,
        6,
        "7d",
        "2025-03-04T06:27:14",
        False,
    ),
    (
        1175201,
        "Council allotment waiting lists hit record high",
        "https://www.localpost.example/news/allotment-waiting-lists-record",
        "plotholder",
        102,
        29,
        "1w",
        "2025-03-03T18:09:58",
        False,
    ),
    (
        1174836,
        "Sowing chillies in January was a mistake",
        None,
        "scovillesue",
        31,
        12,
        "1w",
        "2025-03-03T10:42:25",
        True,
    ),
    (
        1174490,
        "Clay soil: gypsum, grit or just patience?",
        None,
        "loamlover",
        24,
        20,
        "1w",
        "2025-03-02T23:35:03",
        False,
    ),
    (
        1174118,
        "Wildflower meadow from a lawn — year two photos",
        None,
        "meadowmaker",
        301,
        18,
        "1w",
        "2025-03-02T12:18:46",
        True,
    ),
    (1173772, "Rain barrel overflow ideas", None, "drip_line", 7, 0, "1w", "2025-03-02T05:57:30", False),
    (
        1173405,
        "Garlic rust: pull them or wait?",
        None,
        "alliumally@feddit.uk",
        13,
        4,
        "1w",
        "2025-03-01T19:40:12",
        False,
    ),
    (
        1173061,
        "The science of frost pockets",
        "https://www.weatherwise.example/explainers/frost-pockets",
        "galanthus_gail",
        57,
        3,
        "1w",
        "2025-03-01T11:23:55",
        True,
    ),
    (1172708, "Strawberry runners: keep or cut?", None, "berrypatch", 20, 10, "1w", "2025-03-01T03:06:38", False),
    (
        1172354,
        "My grandfather's rhubarb is 60 years old",
        None,
        "crown_and_stalk",
        468,
        29,
        "1w",
        "2025-02-28T16:49:21",
        True,
    ),
    (1171999, "Tool sharpening day: before and after", None, "whetstone", 83, 1, "1w", "2025-02-28T08:32:04", True),
    (
        1171650,
        "Seed catalogue prices are up again",
        "https://www.growersgazette.example/2025/02/seed-prices-rise",
        "plotholder",
        46,
        27,
        "2w",
        "2025-02-27T21:14:47",
        False,
    ),
    (
        1171297,
        "Help identify this weed with purple flowers",
        None,
        "newbie_nell",
        11,
        14,
        "2w",
        "2025-02-27T12:57:30",
        True,
    ),
    (
        1170943,
        "Winter sowing in milk jugs: results thread",
        None,
        "jugsower@beehaw.org",
        92,
        52,
        "2w",
        "2025-02-27T04:40:13",
        False,
    ),
    (1170588, "Green manure before tomatoes?", None, "cloverfield", 16, 8, "2w", "2025-02-26T20:22:56", False),
    (
        1170240,
        "A guide to espalier pear training",
        "https://www.fruitforum.example/espalier-pears",
        "orchard_owl",
        71,
        5,
        "2w",
        "2025-02-26T12:05:39",
        True,
    ),
    (1169887, "Pond in a barrel for frogs", None, "frogspawn", 140, 19, "2w", "2025-02-25T23:48:22", True),
    (1169531, "Overwintered geraniums are all stem", None, "pelargonium_pia", 8, 6, "2w", "2025-02-25T15:31:05", False),
    (1169180, "Best climbing beans for a windy plot?", None, "beanpole", 22, 15, "2w", "2025-02-25T07:13:48", False),
    (
        1168826,
        "Mycorrhizal inoculants: worth it?",
        "https://soilscience.example/blog/mycorrhizal-inoculants-evidence",
        "loamlover",
        64,
        33,
        "2w",
        "2025-02-24T22:56:31",
        False,
    ),
    (1168471, "Cutting garden plan for next summer", None, "sweetpea_sam", 35, 2, "2w", "2025-02-24T14:39:14", True),
    (1168117, "Do I need to net my blueberries?", None, "berrypatch", 5, 0, "3w", "2025-02-24T06:21:57", False),
    (1167762, "Mod note: new rule on plant ID posts", None, "thornbury", 26, 9, "3w", "2025-02-23T22:04:40", False),
]
LH_MODS = ["thornbury", "galanthus_gail", "orchard_owl"]


def _lh_icon(name: str, classes: str = "") -> str:
    cls = f"icon {classes}".strip()
    return f'<svg class="{cls}"><use xlink:href="{LH_STATIC}/assets/symbols.svg#icon-{name}"></use><div class="visually-hidden"><title>{name}</title></div></svg>'


def _lh_domain(url: str) -> str:
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")


def _lh_person(name: str) -> str:
    local, _, instance = name.partition("@")
    avatar = (
        f'<img src="https://{instance or LH_HOST}/pictrs/image/{_hex(name, 8)}-{_hex(name + "a", 4)}.webp?format=webp&amp;thumbnail=96" alt="" title="{esc(local)}" loading="lazy" class="overflow-hidden pictrs-image img-fluid img-icon me-1 rounded-circle">'
        if len(local) % 3 == 0
        else ""
    )
    suffix = f'<small class="text-muted">@{esc(instance)}</small>' if instance else ""
    return f'<a class="person-listing d-inline-flex align-items-baseline text-info" title="{esc(local)}" href="/u/{esc(name)}">{avatar}<span>{esc(local)}</span>{suffix}</a>'


def _lh_moment(published: str, age: str) -> str:
    from datetime import datetime

    moment = datetime.fromisoformat(published)
    day = moment.day
    suffix = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    hour = moment.hour % 12 or 12
    tip = f"{moment:%A, %B} {day}{suffix} {moment.year}, {hour}:{moment:%M:%S} {'AM' if moment.hour < 12 else 'PM'}"
    return f'<span data-tippy-content="{tip}" class="moment-time pointer unselectable">{age}</span>'


def _lh_score(score: int) -> str:
    return f"{score / 1000:.1f}K" if score >= 1000 else str(score)


def _lh_post_parts(post: tuple[int, str, str | None, str, int, int, str, str, bool]) -> dict[str, str]:
    ident, title, url, author, score, comments, age, published, thumbnail = post
    upvotes = score + (ident % 5)
    downvotes = ident % 5
    tippy = f"{score} points • {upvotes} upvotes • {downvotes} downvote{'' if downvotes == 1 else 's'}"
    vote = f"""<div class="vote-bar small text-center"><button type="button" class="btn-animate btn btn-link p-0 text-muted" data-tippy-content="{tippy}" aria-label="Upvote" aria-pressed="false">{_lh_icon("arrow-up1", "upvote")}</button><div class="unselectable pointer text-muted post-score" data-tippy-content="{tippy}">{_lh_score(score)}</div><button type="button" class="btn-animate btn btn-link p-0 text-muted" data-tippy-content="{tippy}" aria-label="Downvote" aria-pressed="false">{_lh_icon("arrow-down1", "downvote")}</button></div>"""
    thumb_src = f"https://{LH_HOST}/pictrs/image/{_hex(title, 8)}-{_hex(title + 't', 4)}-{_hex(title + 'u', 4)}.jpeg?format=webp&amp;thumbnail=256"
    if url and thumbnail:
        thumb = f'<a class="thumbnail rounded overflow-hidden d-inline-block position-relative p-0 border-0" href="{esc(url)}" rel="noopener nofollow" title="{esc(url)}"><img src="{thumb_src}" alt="" loading="lazy" class="overflow-hidden pictrs-image img-fluid thumbnail rounded object-fit-cover">{_lh_icon("external-link", "d-block text-white position-absolute end-0 top-0 mini-overlay text-opacity-75 text-opacity-100-hover")}</a>'
    elif url:
        thumb = f'<a class="text-body" href="{esc(url)}" title="{esc(url)}" rel="noopener nofollow"><div class="thumbnail rounded bg-light d-flex justify-content-center">{_lh_icon("external-link", "d-flex align-items-center")}</div></a>'
    elif thumbnail:
        thumb = f'<button type="button" class="thumbnail rounded overflow-hidden d-inline-block position-relative p-0 border-0 bg-transparent" data-tippy-content="Expand here" aria-label="Expand here"><img src="{thumb_src}" alt="" loading="lazy" class="overflow-hidden pictrs-image img-fluid thumbnail rounded object-fit-cover">{_lh_icon("image", "d-block text-white position-absolute end-0 top-0 mini-overlay text-opacity-75 text-opacity-100-hover")}</button>'
    else:
        thumb = f'<a class="text-body" title="Comments" href="/post/{ident}"><div class="thumbnail rounded bg-light d-flex justify-content-center">{_lh_icon("message-square", "d-flex align-items-center")}</div></a>'
    expand = (
        f'<button type="button" class="btn btn-sm btn-link link-dark link-opacity-75 link-opacity-100-hover py-0 align-baseline" data-tippy-content="Expand here" aria-label="Expand here">{_lh_icon("plus-square", "icon-inline")}</button>'
        if thumbnail
        else ""
    )
    domain = (
        f'<small class="d-inline-block"><a class="fst-italic link-dark link-opacity-75 link-opacity-100-hover" href="{esc(url)}" title="{esc(url)}" rel="noopener nofollow">{_lh_domain(url)}</a></small>'
        if url
        else ""
    )
    title_line = f"""<div class="post-title"><h1 class="h5 d-inline text-break"><a class="d-inline link-dark" title="Comments" href="/post/{ident}"><span class="d-inline">{esc(title)}</span></a></h1>{expand}</div>{domain}"""
    created = f"""<div class="small mb-1 mb-md-0">{_lh_person(author)} <span class="mx-1 badge text-bg-light">English</span> • {_lh_moment(published, age)}</div>"""
    label = f"{comments} Comment{'' if comments == 1 else 's'}"
    remote = "@" in author
    fedilink = (
        f'<a class="btn btn-link btn-animate text-muted py-0" title="link" href="https://{author.partition("@")[2]}/post/{ident % 100000 + 2000}">{_lh_icon("fedilink", "icon-inline")}</a>'
        if remote
        else ""
    )
    comments_button = f'<a class="btn btn-link btn-sm text-muted ps-0" title="{label}" data-tippy-content="{label}" href="/post/{ident}?scrollToComments=true">{_lh_icon("message-square", "me-1 icon-inline")}{comments}</a>'
    actions = f'<div class="d-flex align-items-center justify-content-start flex-wrap text-muted">{comments_button}{fedilink}</div>'
    mobile_votes = f'<div class="d-flex align-items-center justify-content-start flex-wrap text-muted">{comments_button}{fedilink}<div class="input-group input-group-sm w-auto"><button type="button" class="btn btn-animate btn-sm btn-link py-0 px-1 text-muted" data-tippy-content="{tippy}" aria-label="Upvote" aria-pressed="false">{_lh_icon("arrow-up1", "icon-inline small")}<span class="ms-2">{_lh_score(score)}</span></button><button type="button" class="ms-2 btn-animate btn btn-sm btn-link py-0 px-1 text-muted" data-tippy-content="{tippy}" aria-label="Downvote" aria-pressed="false">{_lh_icon("arrow-down1", "icon-inline small")}</button></div></div>'
    return {
        "vote": vote,
        "thumb": thumb,
        "title": title_line,
        "created": created,
        "actions": actions,
        "mobile_actions": mobile_votes,
    }


def _lh_post(post: tuple[int, str, str | None, str, int, int, str, str, bool]) -> str:
    p = _lh_post_parts(post)
    has_thumb = post[8]
    mobile_title = (
        f'<div class="row"><div class="col-8">{p["title"]}</div><div class="col-4">{p["thumb"]}</div></div>'
        if has_thumb
        else p["title"]
    )
    return f"""<div class="post-listing mt-2"><div class="d-block d-sm-none"><article class="row post-container"><div class="col-12">{p["created"]}{mobile_title}{p["mobile_actions"]}</div></article></div><div class="d-none d-sm-block"><article class="row post-container"><div class="col flex-grow-0">{p["vote"]}</div><div class="col flex-grow-1"><div class="row"><div class="col flex-grow-0 px-0"><div class="">{p["thumb"]}</div></div><div class="col flex-grow-1">{p["title"]}{p["created"]}{p["actions"]}</div></div></div></article></div></div>"""


def _lh_iso_post(post: tuple[int, str, str | None, str, int, int, str, str, bool]) -> dict[str, object]:
    ident, title, url, author, score, comments, _age, published, thumbnail = post
    local, _, instance = author.partition("@")
    view: dict[str, object] = {
        "post": {
            "id": ident,
            "name": title,
            "creator_id": int(_hex(author, 5), 16),
            "community_id": 2187,
            "removed": False,
            "locked": False,
            "published": published + ".412805Z",
            "deleted": False,
            "nsfw": False,
            "ap_id": f"https://{instance or LH_HOST}/post/{ident if not instance else ident % 100000 + 2000}",
            "local": not instance,
            "language_id": 37,
            "featured_community": False,
            "featured_local": False,
        },
        "creator": {
            "id": int(_hex(author, 5), 16),
            "name": local,
            "banned": False,
            "published": "2023-07-02T10:11:12.000000Z",
            "actor_id": f"https://{instance or LH_HOST}/u/{local}",
            "local": not instance,
            "deleted": False,
            "bot_account": False,
            "instance_id": 1 if not instance else 7,
        },
        "community": {
            "id": 2187,
            "name": "gardening",
            "title": "Gardening",
            "removed": False,
            "published": "2023-06-14T18:02:44.000000Z",
            "deleted": False,
            "nsfw": False,
            "actor_id": f"https://{LH_HOST}/c/gardening",
            "local": True,
            "hidden": False,
            "posting_restricted_to_mods": False,
            "instance_id": 1,
            "visibility": "Public",
        },
        "creator_banned_from_community": False,
        "creator_is_moderator": local in LH_MODS,
        "creator_is_admin": False,
        "counts": {
            "post_id": ident,
            "comments": comments,
            "score": score,
            "upvotes": score + ident % 5,
            "downvotes": ident % 5,
            "published": published + ".412805Z",
            "newest_comment_time": published + ".412805Z",
        },
        "subscribed": "NotSubscribed",
        "saved": False,
        "read": False,
        "creator_blocked": False,
        "unread_comments": comments,
    }
    if url:
        post_fields = view["post"]
        assert isinstance(post_fields, dict)
        post_fields["url"] = url
        if thumbnail:
            post_fields["thumbnail_url"] = f"https://{LH_HOST}/pictrs/image/{_hex(title, 8)}.jpeg"
    return view


def _lh_sidebar() -> str:
    mods = "".join(f'<li class="list-inline-item">{_lh_person(name)}</li>' for name in LH_MODS)
    return f"""<aside class="mb-3"><div id="sidebarContainer"><section id="sidebarMain" class="card border-secondary mb-3"><div class="card-body"><div><div class="mb-2"><div class="mb-2"><h2 class="h5 mb-0"><span class="me-2"><span>Gardening</span></span></h2><a class="community-link " title="Gardening" href="/c/gardening"><img src="https://{LH_HOST}/pictrs/image/0d9e4c21-8a7b.png?format=webp&amp;thumbnail=96" alt="" title="Gardening" loading="lazy" class="overflow-hidden pictrs-image img-fluid img-icon me-1 rounded-circle"><span class="overflow-wrap-anywhere">gardening</span></a></div></div><div class="mb-2"><button type="button" class="btn btn-secondary d-block mb-2 w-100">Subscribe</button></div><div class="md-div"><p>A place for gardeners of every size of plot — windowsills to smallholdings.</p>
<h3>Rules</h3>
<ol>
<li>Be kind. Everyone was a beginner once.</li>
<li>Plant ID requests go in the weekly thread.</li>
<li>No selling; seed swaps are fine.</li>
</ol>
<p>See also <a href="/c/houseplants@lemmy.world" rel="noopener nofollow">!houseplants@lemmy.world</a> and <a href="/c/permaculture" rel="noopener nofollow">!permaculture</a>.</p>
</div><ul class="badges my-1 list-inline"><li class="list-inline-item badge text-bg-secondary pointer" data-tippy-content="312 users active in the last day">312 users / day</li><li class="list-inline-item badge text-bg-secondary pointer" data-tippy-content="1,104 users active in the last week">1.1K users / week</li><li class="list-inline-item badge text-bg-secondary pointer" data-tippy-content="2,876 users active in the last month">2.9K users / month</li><li class="list-inline-item badge text-bg-secondary pointer" data-tippy-content="5,412 users active in the last 6 months">5.4K users / 6 months</li><li class="list-inline-item badge text-bg-secondary">12.6K Subscribers</li><li class="list-inline-item badge text-bg-secondary">2.3K Posts</li><li class="list-inline-item badge text-bg-secondary">31.8K Comments</li><li class="list-inline-item"><a class="badge text-bg-primary" href="/modlog/2187">Modlog</a></li></ul><ul class="list-inline small"><li class="list-inline-item">Mods: </li>{mods}</ul></div></div></section></div></aside>"""


def _lh_page(
    number: int, total_pages: int, posts: list[tuple[int, str, str | None, str, int, int, str, str, bool]]
) -> str:
    listing = '<hr class="my-3">'.join(_lh_post(post) for post in posts)
    iso = {
        "path": f"/c/gardening?dataType=Post&page={number}&sort=Active",
        "site_res": {
            "site_view": {
                "site": {
                    "id": 1,
                    "name": "lemmyhub",
                    "sidebar": "A general-purpose Lemmy instance.",
                    "actor_id": f"https://{LH_HOST}/",
                },
                "local_site": {"enable_downvotes": True, "registration_mode": "RequireApplication"},
            },
            "version": "0.19.3",
            "admins": [],
        },
        "routeData": {
            "communityRes": {
                "state": "success",
                "data": {
                    "community_view": {
                        "community": {"id": 2187, "name": "gardening", "title": "Gardening"},
                        "subscribed": "NotSubscribed",
                        "counts": {"subscribers": 12604, "posts": 2291, "comments": 31822},
                    },
                    "moderators": [{"moderator": {"name": m}} for m in LH_MODS],
                },
            },
            "postsRes": {"state": "success", "data": {"posts": [_lh_iso_post(post) for post in posts]}},
        },
        "errorPageData": None,
        "showAdultConsentModal": False,
    }
    iso_json = json.dumps(iso, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    prev_disabled = " disabled" if number == 1 else ""
    nxt = '<button type="button" class="btn btn-secondary">Next</button>' if number < total_pages else ""
    sorts = "".join(
        f'<option value="{value}"{" selected" if value == "Active" else ""}>{label}</option>'
        for value, label in [
            ("Active", "Active"),
            ("Hot", "Hot"),
            ("Scaled", "Scaled"),
            ("Controversial", "Controversial"),
            ("New", "New"),
            ("Old", "Old"),
            ("MostComments", "Most Comments"),
            ("NewComments", "New Comments"),
            ("TopHour", "Top Hour"),
            ("TopSixHour", "Top Six Hours"),
            ("TopTwelveHour", "Top Twelve Hours"),
            ("TopDay", "Top Day"),
            ("TopWeek", "Top Week"),
            ("TopMonth", "Top Month"),
            ("TopYear", "Top Year"),
            ("TopAll", "Top All Time"),
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<script nonce="{_hex(str(number), 16)}">window.isoData = {iso_json};</script>
<link rel="manifest" href="/manifest.webmanifest">
<link rel="apple-touch-icon" href="/static/assets/icons/apple-touch-icon.png">
<link rel="apple-touch-startup-image" href="/static/assets/icons/apple-touch-icon.png">
<link rel="alternate" type="application/atom+xml" href="/feeds/c/gardening.xml?sort=Active" title="RSS">
<link rel="stylesheet" type="text/css" href="{LH_STATIC}/styles/styles.css">
<meta name="Description" content="Lemmy">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<link id="favicon" rel="shortcut icon" type="image/x-icon" href="{LH_STATIC}/assets/icons/favicon.svg">
<meta name="theme-color" content="#222">
<meta name="apple-mobile-web-app-capable" content="yes">
<meta name="mobile-web-app-capable" content="yes">
<link rel="stylesheet" type="text/css" href="{LH_STATIC}/styles/styles.css">
<link rel="stylesheet" type="text/css" href="/css/themes/litely.css" id="default-light" media="(prefers-color-scheme: light)">
<link rel="stylesheet" type="text/css" href="/css/themes/darkly.css" id="default-dark" media="(prefers-color-scheme: no-preference), (prefers-color-scheme: dark)">
<title>Gardening - lemmyhub</title>
<meta property="og:title" content="Gardening - lemmyhub">
<meta property="og:url" content="https://{LH_HOST}/c/gardening">
<meta property="og:type" content="website">
<meta name="description" content="A place for gardeners of every size of plot — windowsills to smallholdings.">
<meta property="og:description" content="A place for gardeners of every size of plot — windowsills to smallholdings.">
<meta property="og:image" content="https://{LH_HOST}/pictrs/image/0d9e4c21-8a7b.png">
</head>
<body>
<noscript><div class="alert alert-danger rounded-0" role="alert"><b>Javascript is disabled. Actions will not work.</b></div></noscript>
<div id="root"><div id="app" class="lemmy-site"><button type="button" class="btn skip-link bg-light position-absolute start-0 z-3">Jump to content</button><div class="shadow-sm"><nav class="navbar navbar-expand-md navbar-light p-0 px-3 container-lg" id="navbar"><a id="navTitle" class="navbar-brand d-flex align-items-center" title="A general-purpose Lemmy instance." href="/"><img src="https://{LH_HOST}/pictrs/image/5b1d7e02-3c4f.png?format=webp&amp;thumbnail=96" alt="" title="lemmyhub" loading="lazy" class="overflow-hidden pictrs-image img-fluid img-icon me-1">lemmyhub</a><button class="navbar-toggler border-0 p-1" type="button" aria-label="menu" data-tippy-content="Expand here" data-bs-toggle="collapse" data-bs-target="#navbarDropdown" aria-controls="navbarDropdown" aria-expanded="false">{_lh_icon("menu")}</button><div class="collapse navbar-collapse my-2" id="navbarDropdown"><ul id="navbarLinks" class="me-auto navbar-nav"><li class="nav-item"><a class="nav-link" title="Communities" href="/communities">Communities</a></li><li class="nav-item"><a class="nav-link" title="Create Post" href="/create_post">Create Post</a></li><li class="nav-item"><a class="nav-link" title="Create Community" href="/create_community">Create Community</a></li><li class="nav-item"><a class="nav-link d-inline-flex align-items-center d-md-inline-block" title="Support Lemmy" href="https://join-lemmy.org/donate">{_lh_icon("heart", "small")}<span class="d-inline ms-1 d-md-none ms-md-0">Support Lemmy</span></a></li></ul><ul class="navbar-nav"><li id="navSearch" class="nav-item"><a class="nav-link d-inline-flex align-items-center d-md-inline-block" title="Search" href="/search">{_lh_icon("search")}<span class="d-inline ms-1 d-md-none ms-md-0">Search</span></a></li><li class="nav-item"><a class="nav-link" title="Login" href="/login">Login</a></li><li class="nav-item"><a class="nav-link" title="Sign Up" href="/signup">Sign Up</a></li></ul></div></nav></div><div class="mt-4 p-0 fl-1"><div class="community container-lg"><div class="row"><main class="col-12 col-md-8 col-lg-9" tabindex="-1"><div class="mb-2"><div class="mb-2"><h1 class="h4 mb-0 overflow-wrap-anywhere">Gardening</h1></div><a class="community-link " title="Gardening" href="/c/gardening"><span class="overflow-wrap-anywhere">gardening@{LH_HOST}</span></a></div><div class="mb-3 row g-1 align-items-center"><div class="col-auto"><div class="data-type-select btn-group btn-group-toggle flex-wrap" role="group"><input id="posts-{_hex("posts")}" type="radio" class="btn-check" value="Post" checked=""><label for="posts-{_hex("posts")}" class="pointer btn btn-outline-secondary active">Posts</label><input id="comments-{_hex("comments")}" type="radio" class="btn-check" value="Comment"><label for="comments-{_hex("comments")}" class="pointer btn btn-outline-secondary">Comments</label></div></div><div class="col-auto"><select id="sort-select-{_hex("sort")}" class="sort-select form-select d-inline-block w-auto me-2" aria-label="Sort type"><option disabled="" aria-hidden="true">Sort type</option>{sorts}</select><a class="sort-select-icon text-muted" href="https://join-lemmy.org/docs/users/03-votes-and-ranking.html" rel="noopener" title="Sorting help">{_lh_icon("help-circle", "icon-inline")}</a></div><div class="col-auto"><a href="/feeds/c/gardening.xml?sort=Active" title="RSS" rel="noopener">{_lh_icon("rss", "text-muted small")}</a></div></div><div class="post-listings">{listing}</div><div class="paginator my-2"><button type="button" class="btn btn-secondary me-2"{prev_disabled}>Prev</button>{nxt}</div></main><aside class="d-none d-md-block col-md-4 col-lg-3">{_lh_sidebar()}</aside></div></div></div><nav class="container-lg navbar navbar-expand-md navbar-light navbar-bg p-3"><div class="navbar-collapse"><ul class="navbar-nav ms-auto"><li class="nav-item"><span class="nav-link">BE: 0.19.3</span></li><li class="nav-item"><span class="nav-link">UI: 0.19.3</span></li><li class="nav-item"><a class="nav-link" href="/modlog">Modlog</a></li><li class="nav-item"><a class="nav-link" href="/instances">Instances</a></li><li class="nav-item"><a class="nav-link" href="/legal">Legal</a></li><li class="nav-item"><a class="nav-link" href="https://join-lemmy.org/docs/en/index.html">Documentation</a></li><li class="nav-item"><a class="nav-link" href="https://github.com/LemmyNet/lemmy">Code</a></li><li class="nav-item"><a class="nav-link" href="https://join-lemmy.org">join-lemmy.org</a></li></ul></div></nav></div></div>
<script defer="" src="{LH_STATIC}/js/client.js"></script>
</body>
</html>"""


@twentythird_e
def build_lemmyhub() -> None:
    s = Site(
        "lemmyhub",
        kind="link aggregator community (Lemmy 0.19 lemmy-ui server render: every post twice — a d-sm-none mobile block and a d-none d-sm-block desktop block — div.post-listings > div.post-listing with the vote bar (score '1.1K'), thumbnail / external-link / text-post icon, h1.h5 > a.d-inline title to /post/N, small > a.fst-italic domain of link posts, person link, language badge, '• 5h' span.moment-time with the full date only in data-tippy-content, comments button '12' titled '12 Comments'; hr.my-3 between posts; community sidebar card; a Prev / Next button paginator with no links; window.isoData JSON with the posts)",
        start="c/gardening?dataType=Post&page=1&sort=Active",
        description="A Lemmy 0.19.3 instance's community page /c/gardening as lemmy-ui serves it to a logged-out reader (server-side render, 2024–25): window.isoData first in head (site, community and the page's posts as JSON: post / creator / community / counts), the manifest, RSS alternate, theme CSS and og: metas; a noscript alert, the skip link, the Bootstrap 5 navbar (logo 'lemmyhub', Communities / Create Post / Create Community / Support Lemmy, Search / Login / Sign Up); h1.h4 'Gardening' and the community link, the Posts / Comments radio btn-group, the sort select (Active selected) with a help link, the RSS icon; then div.post-listings of div.post-listing.mt-2 separated by hr.my-3, each rendered twice: div.d-block.d-sm-none (created line, title line with the thumbnail in a col-4 where there is one, the comments button, fedilink and the small vote buttons) and div.d-none.d-sm-block > article.row.post-container (div.vote-bar with upvote / downvote buttons and div.post-score '48' / '1.1K' whose data-tippy-content reads '1143 points • 1146 upvotes • 3 downvotes'; the thumbnail column: an image thumbnail link to the external URL with an external-link overlay icon, a plain external-link icon box, an image expand button for image posts, or a message-square icon link to the post for text posts; div.post-title > h1.h5.d-inline > a.d-inline.link-dark[title=Comments][href=/post/1184302] > span title, an expand button for images, small > a.fst-italic domain 'allotmentnotes.example' for the 12 link posts; div.small with the person-listing link (/u/name or /u/name@instance with a muted '@instance' small, some with an avatar), an 'English' badge, '•' and span.moment-time '5h' / '1d' / '1w' with 'Tuesday, March 11th 2025, 7:02:11 AM' only in data-tippy-content; the comments button a[title='12 Comments'] with an icon and '12' ('0' on posts without comments), and the fedilink icon on remote authors' posts). No '...' menu is rendered for a logged-out reader. The sidebar card (Subscribe, description with rules, badges '312 users / day' … '12.6K Subscribers', '2.3K Posts', '31.8K Comments', Modlog, 'Mods:' person links) and the footer (BE / UI versions, Modlog, Instances, Legal, Documentation, Code, join-lemmy.org). The paginator is div.paginator > button 'Prev' (disabled on page 1) + button 'Next' (absent on the last page): buttons, no links; the pages are c/gardening?dataType=Post&page=N&sort=Active. 20 + 20 + 7 posts. Written down: title, url (/post/N), link (the external URL of link posts), domain, author (as linked: name or name@instance), score, comments, date (the ISO day of the age's tooltip).",
    )
    pages = chunks(LH_POSTS, [LH_PER_PAGE, LH_PER_PAGE, len(LH_POSTS) - 2 * LH_PER_PAGE])
    for number, posts in enumerate(pages, 1):
        s.list_page(f"c/gardening@dataType=Post&page={number}&sort=Active", _lh_page(number, len(pages), posts))
    for ident, title, url, author, score, comments, _age, published, _thumb in LH_POSTS:
        s.expect(
            {
                "title": title,
                "url": f"/post/{ident}",
                "link": url,
                "domain": _lh_domain(url) if url else None,
                "author": author,
                "score": round(score, -2) if score >= 1000 else score,  # shown as "1.1K"
                "comments": comments,
                "date": published[:10],
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TWENTYTHIRD_E.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
