"""Twenty-first wave, part C: three plain data pages of the web, written and measured before any heuristic
was changed for them.

* **apache-index** — an Apache httpd 2.4 ``mod_autoindex`` listing (``IndexOptions FancyIndexing
  HTMLTable VersionSort``, Debian's default): ``h1`` "Index of /dist/tidewater", one bare ``<table>`` whose
  first row holds ``th`` sort links (``?C=N;O=D`` Name, Last modified, Size, Description) behind a blank
  icon, ``<tr><th colspan="5"><hr></th></tr>`` rules above and below the entries, a "Parent Directory"
  row with a ``[PARENTDIR]`` icon, then one row per entry in version-sorted name order: an icon ``img``
  whose ``alt`` is the only type mark (``[DIR]``, ``[TXT]``, ``[   ]``), the name link (directories with a
  trailing slash), "2024-11-02 14:07  " right-aligned, the size ("1.2M", "833", "  - " for directories),
  and a Description cell that is ``&nbsp;`` except on a few ``AddDescription`` entries; a ReadmeName
  ``README.html`` inserted after the table and the ``address`` "Apache/2.4.62 (Debian) Server at … Port
  443". One page, 33 entries. Written down: name, url, last_modified, size, description.
* **releasehist** — a PyPI project page (Warehouse 2024–25) opened on its "Release history" tab (as a
  browser shows ``#history``: that tab ``aria-selected``): the whole project page is one document, so the
  history sits beside the rendered README (whose own "Recent changes" list names versions), the "Download
  files" tab (a file table with hashes) and the sidebar (Navigation tabs, Project links, GitHub statistics,
  Meta, Maintainers, Classifiers). The history is ``div.release-timeline > div.release`` cards
  (``release--current`` on the shown version with a "This version" badge), each a ``release__graphic`` node
  image and an ``a.card.release__card`` to ``/project/harborkit/VERSION/`` holding ``p.release__version``
  (with a "pre-release" ``badge--warning`` or a "yanked" ``badge--danger`` on some) and
  ``p.release__version-date`` with a
  ``time[datetime="2024-10-07T15:04:12+0000"][data-controller=localized-time]`` "Oct 7, 2024"; yanked
  releases add a "Reason this release was yanked:" line. One page, 36 releases. Written down: version, url,
  date, status.
* **wikilist-towers** — a Wikipedia "List of tallest towers" article (MediaWiki 1.43, Vector 2022, as the
  server sends it): the Vector header, TOC and page tools, a hatnote and lead; under ``h2`` "Tallest
  towers" four ``h3`` regional sections, each with its own ``table.wikitable.sortable`` (th header row in
  ``tbody``): Rank ("=10" / "=3" on ties), Name link (a ``sup.reference`` footnote on some), Location (a
  ``span.flagicon`` image then "City, Country" as two links, one cell spanning two rows for two towers in
  one city), Height as "634 m (2,080 ft)" with ``data-sort-value`` on the cell, Floors ("–" on masts),
  Year, Notes (empty on some, footnotes inside); then a "Timeline" wikitable, See also, the references
  list, two navboxes and the categories. One page, 36 towers. Written down: rank, name, url, city,
  country, height_m, floors, year.

Run ``uv run python tests/sites/corpus/generate_twentyfirst_c.py`` to rebuild them (the helpers and the
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

TWENTYFIRST_C: dict[str, Callable[[], None]] = {}


def twentyfirst_c(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TWENTYFIRST_C[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


# ---------------------------------------------------------------------------------------------------
# apache-index: Apache httpd mod_autoindex FancyIndexing listing (HTMLTable), one page.
# ---------------------------------------------------------------------------------------------------

# (name, icon, alt, modified "YYYY-MM-DD HH:MM", size or None for directories, description or None)
DIST: list[tuple[str, str, str, str, str | None, str | None]] = [
    ("0.9/", "folder.gif", "[DIR]", "2023-01-18 10:42", None, None),
    ("1.0/", "folder.gif", "[DIR]", "2023-04-03 16:15", None, None),
    ("1.1/", "folder.gif", "[DIR]", "2023-08-29 08:51", None, None),
    ("1.2/", "folder.gif", "[DIR]", "2024-02-12 19:33", None, "Maintenance branch (security fixes only)"),
    ("2.0/", "folder.gif", "[DIR]", "2024-11-02 14:07", None, "Current stable series"),
    ("CHANGES.txt", "text.gif", "[TXT]", "2024-11-02 14:05", "88K", None),
    ("KEYS", "unknown.gif", "[   ]", "2024-06-21 09:17", "14K", "Release signing keys"),
    ("LICENSE.txt", "text.gif", "[TXT]", "2022-09-30 11:02", "11K", None),
    ("NOTICE.txt", "text.gif", "[TXT]", "2024-01-08 13:26", "833", None),
    ("docs/", "folder.gif", "[DIR]", "2024-11-04 07:58", None, "HTML and PDF manuals"),
    ("nightly/", "folder.gif", "[DIR]", "2025-01-15 02:00", None, None),
    ("tidewater-1.2.6-bin.zip", "compressed.gif", "[   ]", "2024-02-12 19:31", "38M", None),
    ("tidewater-1.2.6-bin.zip.asc", "unknown.gif", "[   ]", "2024-02-12 19:31", "833", None),
    ("tidewater-1.2.6-bin.zip.sha512", "unknown.gif", "[   ]", "2024-02-12 19:31", "161", None),
    ("tidewater-1.2.6-src.tar.gz", "compressed.gif", "[   ]", "2024-02-12 19:30", "4.6M", None),
    ("tidewater-1.2.6-src.tar.gz.asc", "unknown.gif", "[   ]", "2024-02-12 19:30", "833", None),
    ("tidewater-1.2.6-src.tar.gz.sha512", "unknown.gif", "[   ]", "2024-02-12 19:30", "164", None),
    ("tidewater-2.0.0-bin.zip", "compressed.gif", "[   ]", "2024-09-17 12:44", "41M", None),
    ("tidewater-2.0.0-bin.zip.asc", "unknown.gif", "[   ]", "2024-09-17 12:44", "833", None),
    ("tidewater-2.0.0-bin.zip.sha512", "unknown.gif", "[   ]", "2024-09-17 12:44", "161", None),
    ("tidewater-2.0.0-src.tar.gz", "compressed.gif", "[   ]", "2024-09-17 12:43", "5.1M", None),
    ("tidewater-2.0.0-src.tar.gz.asc", "unknown.gif", "[   ]", "2024-09-17 12:43", "833", None),
    ("tidewater-2.0.0-src.tar.gz.sha512", "unknown.gif", "[   ]", "2024-09-17 12:43", "164", None),
    ("tidewater-2.0.1-bin.zip", "compressed.gif", "[   ]", "2024-11-02 14:07", "41M", "Latest release"),
    ("tidewater-2.0.1-bin.zip.asc", "unknown.gif", "[   ]", "2024-11-02 14:07", "833", None),
    ("tidewater-2.0.1-bin.zip.sha512", "unknown.gif", "[   ]", "2024-11-02 14:07", "161", None),
    ("tidewater-2.0.1-py3-none-any.whl", "unknown.gif", "[   ]", "2024-11-02 14:12", "486K", "Python client (wheel)"),
    ("tidewater-2.0.1-src.tar.gz", "compressed.gif", "[   ]", "2024-11-02 14:06", "5.2M", None),
    ("tidewater-2.0.1-src.tar.gz.asc", "unknown.gif", "[   ]", "2024-11-02 14:06", "833", None),
    ("tidewater-2.0.1-src.tar.gz.sha512", "unknown.gif", "[   ]", "2024-11-02 14:06", "164", None),
    ("tidewater-2.0.1.tar.gz", "compressed.gif", "[   ]", "2024-11-02 14:12", "1.2M", "Python client (sdist)"),
    ("tidewater-docs-2.0.1.pdf", "layout.gif", "[   ]", "2024-11-04 07:55", "3.4M", None),
    ("tidewater-helm-2.0.1.tgz", "compressed.gif", "[   ]", "2024-11-03 18:21", "62K", None),
]


def _autoindex_row(name: str, icon: str, alt: str, modified: str, size: str | None, description: str | None) -> str:
    size_cell = "  - " if size is None else size
    desc_cell = esc(description) if description else "&nbsp;"
    return (
        f'<tr><td valign="top"><img src="/icons/{icon}" alt="{alt}"></td><td><a href="{esc(name)}">{esc(name)}</a></td>'
        f'<td align="right">{modified}  </td><td align="right">{size_cell}</td><td>{desc_cell}</td></tr>'
    )


@twentyfirst_c
def build_apache_index() -> None:
    s = Site(
        "apache-index",
        kind="directory listing table (Apache httpd 2.4 mod_autoindex FancyIndexing HTMLTable: th sort links, icon alts as the only type mark, a Parent Directory row, hr rows, '1.2M' / '-' sizes, a README after the table, an address footer)",
        start="dist/tidewater/",
        description=(
            "An Apache httpd 2.4.62 (Debian) mod_autoindex listing of /dist/tidewater/ with Debian's default IndexOptions "
            "(FancyIndexing HTMLTable VersionSort): h1 'Index of /dist/tidewater', one bare table whose first row is the th sort "
            "links Name / Last modified / Size / Description (?C=N;O=D…) behind a blank icon, rows of th colspan=5 holding an hr "
            "above and below the entries, a 'Parent Directory' row with a [PARENTDIR] icon, then 33 entries in version-sorted name "
            "order (upper case first): an icon img whose alt ([DIR], [TXT], '[   ]') is the only type mark, the name link "
            "(directories end in '/'), the time '2024-11-02 14:07' right-aligned with trailing spaces, the size ('1.2M', '486K', "
            "'833', '  - ' for directories) and a Description cell that is &nbsp; except on seven AddDescription entries; the "
            "ReadmeName README.html inserted after the table (a heading, verification steps with a pre block and mirror links) "
            "and the address 'Apache/2.4.62 (Debian) Server at downloads.tidewater-project.org Port 443'. One page. "
            "Written down: name, url, last_modified (as shown, day and time), size (as shown), description."
        ),
    )
    rows = "\n".join(_autoindex_row(*entry) for entry in DIST)
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">
<html>
 <head>
  <title>Index of /dist/tidewater</title>
 </head>
 <body>
<h1>Index of /dist/tidewater</h1>
  <table>
   <tr><th valign="top"><img src="/icons/blank.gif" alt="[ICO]"></th><th><a href="?C=N;O=D">Name</a></th><th><a href="?C=M;O=A">Last modified</a></th><th><a href="?C=S;O=A">Size</a></th><th><a href="?C=D;O=A">Description</a></th></tr>
   <tr><th colspan="5"><hr></th></tr>
<tr><td valign="top"><img src="/icons/back.gif" alt="[PARENTDIR]"></td><td><a href="/dist/">Parent Directory</a></td><td>&nbsp;</td><td align="right">  - </td><td>&nbsp;</td></tr>
{rows}
   <tr><th colspan="5"><hr></th></tr>
</table>
<h2>Tidewater release archive</h2>
<p>These are the official source and binary releases of Tidewater. Older releases are moved to
<a href="https://archive.tidewater-project.org/dist/tidewater/">archive.tidewater-project.org</a> one month after a new release.</p>
<p>Please <strong>verify</strong> every download with the detached signature (<code>.asc</code>) and the
<a href="KEYS">KEYS</a> file, or at least with its SHA-512 checksum:</p>
<pre>
  gpg --import KEYS
  gpg --verify tidewater-2.0.1-src.tar.gz.asc tidewater-2.0.1-src.tar.gz
  sha512sum -c tidewater-2.0.1-src.tar.gz.sha512
</pre>
<p>Download from a mirror near you: <a href="https://dlcdn.tidewater-project.org/dist/tidewater/">CDN</a> |
<a href="https://mirror.netcologne.example/tidewater/">NetCologne</a> |
<a href="https://mirrors.ocf.example/tidewater/">OCF Berkeley</a></p>
<address>Apache/2.4.62 (Debian) Server at downloads.tidewater-project.org Port 443</address>
</body></html>"""
    s.list_page("dist/tidewater/index.html", page)
    for name, _icon, _alt, modified, size, description in DIST:
        s.expect(
            {
                "name": name,
                "url": f"/dist/tidewater/{name}",
                "last_modified": modified,
                "size": size,
                "description": description,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# releasehist: a PyPI project page (Warehouse 2024–25) on its Release history tab.
# ---------------------------------------------------------------------------------------------------

PROJECT = "harborkit"
CURRENT = "3.2.0"
# (version, upload moment "YYYY-MM-DDTHH:MM:SS", status None / "pre-release" / "yanked", yank reason)
RELEASES: list[tuple[str, str, str | None, str | None]] = [
    ("3.3.0b2", "2025-02-11T09:41:07", "pre-release", None),
    ("3.3.0b1", "2025-01-20T17:02:55", "pre-release", None),
    ("3.2.0", "2024-10-07T15:04:12", None, None),
    ("3.2.0rc1", "2024-09-24T11:30:48", "pre-release", None),
    ("3.1.4", "2024-08-30T08:12:19", None, None),
    ("3.1.3", "2024-07-02T21:47:03", None, None),
    ("3.1.2", "2024-06-28T13:05:36", "yanked", "Broken wheel for Python 3.8: missing py.typed marker"),
    ("3.1.1", "2024-05-14T10:20:00", None, None),
    ("3.1.0", "2024-04-03T16:33:51", None, None),
    ("3.1.0a1", "2024-03-01T12:00:27", "pre-release", None),
    ("3.0.3", "2024-02-06T07:58:14", None, None),
    ("3.0.2", "2023-12-19T19:22:40", None, None),
    ("3.0.1", "2023-11-08T14:41:09", None, None),
    ("3.0.0", "2023-10-30T09:00:02", None, None),
    ("3.0.0rc2", "2023-10-16T18:15:33", "pre-release", None),
    ("3.0.0rc1", "2023-10-02T08:47:21", "pre-release", None),
    ("2.9.1", "2023-08-21T11:11:58", None, None),
    ("2.9.0", "2023-07-10T15:26:44", None, None),
    ("2.8.2", "2023-05-31T06:39:17", None, None),
    ("2.8.1", "2023-05-02T20:03:05", "yanked", "Regression in retry back-off, use 2.8.2"),
    ("2.8.0", "2023-04-18T13:54:30", None, None),
    ("2.7.0", "2023-02-27T10:08:12", None, None),
    ("2.6.1", "2023-01-09T17:45:59", None, None),
    ("2.6.0", "2022-11-22T12:31:26", None, None),
    ("2.5.0", "2022-09-05T09:14:43", None, None),
    ("2.4.2", "2022-07-18T16:50:11", None, None),
    ("2.4.1", "2022-06-27T08:23:37", None, None),
    ("2.4.0", "2022-05-30T14:02:08", None, None),
    ("2.3.0", "2022-03-14T11:39:55", None, None),
    ("2.2.0", "2022-01-24T18:27:19", None, None),
    ("2.1.0", "2021-11-29T10:46:31", None, None),
    ("2.0.0", "2021-10-04T15:58:40", None, None),
    ("2.0.0b1", "2021-09-13T09:20:16", "pre-release", None),
    ("1.4.0", "2021-07-19T13:12:05", "yanked", None),
    ("1.3.2", "2021-05-25T07:35:48", None, None),
    ("1.0.0", "2021-03-08T12:00:00", None, None),
]

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _short_date(moment: str) -> str:
    year, month, day = moment[:10].split("-")
    return f"{MONTHS[int(month) - 1]} {int(day)}, {year}"


def _pypi_time(moment: str, relative: bool = True) -> str:
    return f"""<time datetime="{moment}+0000" data-controller="localized-time" data-localized-time-relative="{"true" if relative else "false"}" data-localized-time-show-time="false">
  {_short_date(moment)}
</time>"""


def _release_card(version: str, moment: str, status: str | None, reason: str | None) -> str:
    current = version == CURRENT
    classes = "release release--current" if current else "release"
    if status == "yanked":
        classes += " release--yanked"
    meta = (
        """
      <div class="release__meta">
        <span class="badge badge--recent">
          This version
        </span>
      </div>"""
        if current
        else ""
    )
    node = "blue-cube.572a5bfb.svg" if current else "white-cube.2351a86c.svg"
    badge = ""
    if status == "pre-release":
        badge = '\n          <span class="badge badge--warning">pre-release</span>'
    elif status == "yanked":
        badge = '\n          <span class="badge badge--danger">yanked</span>'
    yanked = ""
    if status == "yanked":
        yanked = (
            f'\n        <p class="release__yanked-reason">Reason this release was yanked:</p>\n        <p class="release__yanked-reason-text">{esc(reason)}</p>'
            if reason
            else ""
        )
    return f"""    <div class="{classes}">{meta}
      <div class="release__graphic">
        <div class="release__line"></div>
        <img class="release__node" alt="" src="/static/images/{node}">
      </div>
      <a class="card release__card" href="/project/{PROJECT}/{version}/">
        <p class="release__version">
          {version}{badge}
        </p>
        <p class="release__version-date">{_pypi_time(moment)}
</p>{yanked}
      </a>
    </div>"""


CLASSIFIERS = {
    "Development Status": ["5 - Production/Stable"],
    "Framework": ["AsyncIO", "Pydantic :: 2"],
    "Intended Audience": ["Developers"],
    "License": ["OSI Approved :: Apache Software License"],
    "Operating System": ["OS Independent"],
    "Programming Language": [
        "Python :: 3",
        "Python :: 3.9",
        "Python :: 3.10",
        "Python :: 3.11",
        "Python :: 3.12",
        "Python :: 3.13",
    ],
    "Topic": ["Internet :: WWW/HTTP", "System :: Networking"],
    "Typing": ["Typed"],
}


def _releasehist_page() -> str:
    timeline = "\n".join(_release_card(*release) for release in RELEASES)
    classifiers = "\n".join(
        f"""          <li>
            <strong>{esc(group)}</strong>
            <ul>
{chr(10).join(f'              <li><a href="/search/?c={esc(group).replace(" ", "+")}+%3A%3A+{esc(item).replace(" ", "+").replace("::", "%3A%3A")}">{esc(item)}</a></li>' for item in items)}
            </ul>
          </li>"""
        for group, items in CLASSIFIERS.items()
    )
    sdist_hash = "9f2c4e1a7b3d5f60812c9a4e7b1d3f5a6c8e0b2d4f6a8c1e3b5d7f9a0c2e4b6d"
    wheel_hash = "41e7c0b9d2f4a6c8e1b3d5f7a9c0e2b4d6f8a1c3e5b7d9f0a2c4e6b8d1f3a5c7"
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="defaultLanguage" content="en">
    <meta name="availableLanguages" content="en, es, fr, ja, pt_BR, uk, el, de, zh_Hans, zh_Hant, ru, he, eo, ko">
    <title>harborkit · PyPI</title>
    <meta name="description" content="Typed async client toolkit for container registries and artifact stores">
    <link rel="stylesheet" href="/static/css/warehouse-ltr.a3c2e1f0.css">
    <link rel="stylesheet" href="/static/css/fontawesome.8f4b3a2c.css">
    <link rel="icon" href="/static/images/favicon.35549fe8.ico" type="image/x-icon">
    <link rel="alternate" type="application/rss+xml" title="RSS: latest releases for harborkit" href="/rss/project/harborkit/releases.xml">
    <link rel="canonical" href="https://pypi.org/project/harborkit/">
    <meta property="og:url" content="https://pypi.org/project/harborkit/">
    <meta property="og:site_name" content="PyPI">
    <meta property="og:type" content="website">
    <meta property="og:image" content="https://pypi.org/static/images/twitter.abaf4b19.webp">
    <meta property="og:title" content="harborkit">
    <meta property="og:description" content="Typed async client toolkit for container registries and artifact stores">
    <script async data-domain="pypi.org" src="https://plausible.io/js/script.outbound-links.js"></script>
    <script defer src="/static/js/warehouse.7d6a5b3e.js"></script>
  </head>
  <body data-controller="viewport-toggle">
    <div id="sticky-notifications" class="stick-to-top js-stick-to-top">
      <div class="notification-bar notification-bar--warning" role="status">
        <span class="notification-bar__message">You are using an unsupported browser, upgrade to a newer version.</span>
      </div>
    </div>
    <div id="cookie-notice" class="notification-bar notification-bar--info" data-controller="notification" data-notification-target="notification" role="status">
      <span class="notification-bar__message">PyPI uses cookies to improve your experience. <a href="/policy/privacy/">Read our privacy policy</a>.</span>
      <button type="button" class="notification-bar__dismiss" aria-label="Close" data-action="click->notification#dismiss">Accept</button>
    </div>
    <header class="site-header ">
      <div class="site-container">
        <div class="split-layout">
          <div class="split-layout">
            <div>
              <a class="site-header__logo" href="/"><img alt="PyPI" src="/static/images/logo-small.8998e9d1.svg"></a>
            </div>
            <form class="search-form search-form--primary" action="/search/" role="search">
              <label for="search" class="sr-only">Search PyPI</label>
              <input id="search" class="search-form__search" type="text" name="q" placeholder="Search projects" value="" autocomplete="off" autocapitalize="off" spellcheck="false" data-controller="search-focus" data-action="keydown@document->search-focus#focusSearchField">
              <button type="submit" class="search-form__button"><i class="fa fa-search" aria-hidden="true"></i><span class="sr-only">Search</span></button>
            </form>
          </div>
          <div data-controller="dropdown" class="horizontal-menu horizontal-menu--light horizontal-menu--tall">
            <nav class="horizontal-menu horizontal-menu--light horizontal-menu--tall hide-on-tablet" aria-label="Main navigation">
              <ul>
                <li class="horizontal-menu__item"><a href="/help/" class="horizontal-menu__link">Help</a></li>
                <li class="horizontal-menu__item"><a href="/sponsors/" class="horizontal-menu__link">Sponsors</a></li>
                <li class="horizontal-menu__item"><a href="/account/login/?next=https%3A%2F%2Fpypi.org%2Fproject%2Fharborkit%2F" class="horizontal-menu__link">Log in</a></li>
                <li class="horizontal-menu__item"><a href="/account/register/" class="horizontal-menu__link">Register</a></li>
              </ul>
            </nav>
          </div>
        </div>
      </div>
    </header>
    <main id="content">
      <div class="banner">
        <div class="package-header">
          <div class="package-header__left">
            <h1 class="package-header__name">
              harborkit 3.2.0
            </h1>
            <div class="package-header__pip-instructions">
              <span id="pip-command">pip install harborkit</span>
              <button type="button" class="copy-tooltip copy-tooltip-s" data-action="clipboard#copy" data-clipboard-target="source" data-clipboard-tooltip-value="Copy to clipboard">
                <i class="fa fa-copy" aria-hidden="true"></i><span class="sr-only">Copy PIP instructions</span>
              </button>
            </div>
          </div>
          <div class="package-header__right">
            <a class="status-badge status-badge--good" href="/project/harborkit/">
              <span>Latest version</span>
            </a>
            <p class="package-header__date">Released: {_pypi_time("2024-10-07T15:04:12", relative=False)}</p>
          </div>
        </div>
      </div>
      <div class="package-description">
        <p class="package-description__summary">Typed async client toolkit for container registries and artifact stores</p>
      </div>
      <div class="notification-bar notification-bar--warning" role="status">
        <span class="notification-bar__icon"><i class="fa fa-exclamation-triangle" aria-hidden="true"></i></span>
        <span class="notification-bar__message">A newer pre-release version of this package exists: <a href="/project/harborkit/3.3.0b2/">3.3.0b2</a></span>
      </div>
      <div class="tabs-container" data-controller="project-tabs">
        <div class="vertical-tabs">
          <div class="vertical-tabs__tabs">
            <div class="sidebar-section">
              <h3 class="sidebar-section__title">Navigation</h3>
              <nav aria-label="Navigation for harborkit">
                <ul class="vertical-tabs__list" role="tablist">
                  <li role="tab"><a id="description-tab" href="#description" data-project-tabs-target="tab" data-action="project-tabs#onTabClick" class="vertical-tabs__tab vertical-tabs__tab--with-icon" aria-selected="false"><i class="fa fa-align-left" aria-hidden="true"></i> Project description</a></li>
                  <li role="tab"><a id="history-tab" href="#history" data-project-tabs-target="tab" data-action="project-tabs#onTabClick" class="vertical-tabs__tab vertical-tabs__tab--with-icon vertical-tabs__tab--is-active" aria-selected="true"><i class="fa fa-history" aria-hidden="true"></i> Release history</a></li>
                  <li role="tab"><a id="files-tab" href="#files" data-project-tabs-target="tab" data-action="project-tabs#onTabClick" class="vertical-tabs__tab vertical-tabs__tab--with-icon" aria-selected="false"><i class="fa fa-download" aria-hidden="true"></i> Download files</a></li>
                </ul>
              </nav>
            </div>
            <div class="sidebar-section">
              <h3 class="sidebar-section__title">Project links</h3>
              <ul class="vertical-tabs__list">
                <li><a class="vertical-tabs__tab vertical-tabs__tab--with-icon vertical-tabs__tab--condensed" href="https://harborkit.readthedocs.io/en/stable/changelog.html" rel="nofollow"><i class="fas fa-scroll" aria-hidden="true"></i> Changelog</a></li>
                <li><a class="vertical-tabs__tab vertical-tabs__tab--with-icon vertical-tabs__tab--condensed" href="https://harborkit.readthedocs.io/" rel="nofollow"><i class="fas fa-book" aria-hidden="true"></i> Documentation</a></li>
                <li><a class="vertical-tabs__tab vertical-tabs__tab--with-icon vertical-tabs__tab--condensed" href="https://github.com/harborkit/harborkit" rel="nofollow"><i class="fab fa-github" aria-hidden="true"></i> Source</a></li>
                <li><a class="vertical-tabs__tab vertical-tabs__tab--with-icon vertical-tabs__tab--condensed" href="https://github.com/harborkit/harborkit/issues" rel="nofollow"><i class="fas fa-bug" aria-hidden="true"></i> Issues</a></li>
              </ul>
            </div>
            <div class="sidebar-section">
              <h3 class="sidebar-section__title">GitHub Statistics</h3>
              <div class="hidden github-repo-info" data-controller="github-repo-info" data-github-repo-info-url-value="https://api.github.com/repos/harborkit/harborkit">
                <ul class="vertical-tabs__list">
                  <li><a class="vertical-tabs__tab vertical-tabs__tab--with-icon vertical-tabs__tab--condensed" href="https://github.com/harborkit/harborkit/stargazers"><i class="fa fa-star" aria-hidden="true"></i> <strong>Stars:</strong> <span class="github-repo-info__item" data-github-repo-info-target="stargazersCount"></span></a></li>
                  <li><a class="vertical-tabs__tab vertical-tabs__tab--with-icon vertical-tabs__tab--condensed" href="https://github.com/harborkit/harborkit/network/members"><i class="fa fa-code-branch" aria-hidden="true"></i> <strong>Forks:</strong> <span class="github-repo-info__item" data-github-repo-info-target="forksCount"></span></a></li>
                  <li><a class="vertical-tabs__tab vertical-tabs__tab--with-icon vertical-tabs__tab--condensed" href="https://github.com/harborkit/harborkit/issues"><i class="fa fa-exclamation-circle" aria-hidden="true"></i> <strong>Open issues:</strong> <span class="github-repo-info__item" data-github-repo-info-target="openIssuesCount"></span></a></li>
                </ul>
              </div>
            </div>
            <div class="sidebar-section">
              <h3 class="sidebar-section__title">Meta</h3>
              <p><strong>License:</strong> Apache Software License (Apache-2.0)</p>
              <p><strong>Author:</strong> <a href="mailto:maintainers@harborkit.dev">Ines Varga</a></p>
              <p class="tags"><i class="fa fa-tags" aria-hidden="true"></i><span class="sr-only">Tags</span>
                <span class="package-keyword">registry,</span>
                <span class="package-keyword">oci,</span>
                <span class="package-keyword">asyncio,</span>
                <span class="package-keyword">artifacts</span>
              </p>
              <p><strong>Requires:</strong> Python &gt;=3.9</p>
              <p><strong>Provides-Extra:</strong> <code>s3</code>, <code>gcs</code>, <code>cli</code></p>
            </div>
            <div class="sidebar-section">
              <h3 class="sidebar-section__title">Maintainers</h3>
              <span class="sidebar-section__maintainer"><a href="/user/ivarga/" aria-label="ivarga"><span class="sidebar-section__user-gravatar"><img src="https://pypi-camo.example/1f0e/ivarga.png" height="50" width="50" alt="Avatar for ivarga from gravatar.com" title="Avatar for ivarga from gravatar.com"></span><span class="sidebar-section__user-gravatar-text">ivarga</span></a></span>
              <span class="sidebar-section__maintainer"><a href="/user/tomasz.kral/" aria-label="tomasz.kral"><span class="sidebar-section__user-gravatar"><img src="https://pypi-camo.example/7c2a/tomasz.png" height="50" width="50" alt="Avatar for tomasz.kral from gravatar.com" title="Avatar for tomasz.kral from gravatar.com"></span><span class="sidebar-section__user-gravatar-text">tomasz.kral</span></a></span>
            </div>
            <div class="sidebar-section">
              <h3 class="sidebar-section__title">Classifiers</h3>
              <ul class="sidebar-section__classifiers">
{classifiers}
              </ul>
            </div>
          </div>
          <div class="vertical-tabs__panel">
            <div id="description" data-project-tabs-target="content" role="tabpanel" aria-labelledby="description-tab mobile-description-tab" tabindex="-1">
              <h2 class="page-title">Project description</h2>
              <div class="project-description">
                <h1>harborkit</h1>
                <p><a href="https://github.com/harborkit/harborkit/actions" rel="nofollow"><img alt="CI" src="https://pypi-camo.example/ci-badge.svg"></a> <a href="https://pypi.org/project/harborkit" rel="nofollow"><img alt="PyPI version" src="https://pypi-camo.example/pypi-badge.svg"></a></p>
                <p><strong>harborkit</strong> is a typed, asyncio-first client for OCI container registries and generic artifact stores. It pulls, pushes and mirrors images, follows referrers and signatures, and retries politely.</p>
                <h2>Installation</h2>
                <pre><code>pip install harborkit
pip install "harborkit[s3,cli]"   # with the S3 backend and the command line tool</code></pre>
                <h2>Quick start</h2>
                <pre><code>import asyncio
from harborkit import Registry

async def main():
    async with Registry("ghcr.io") as reg:
        tags = await reg.list_tags("harborkit/demo")
        print(tags[:5])

asyncio.run(main())</code></pre>
                <h2>Recent changes</h2>
                <ul>
                  <li><strong>3.2.0</strong> — referrers API, zstd layers, Python 3.13 wheels.</li>
                  <li><strong>3.1.4</strong> — fixes token refresh on long uploads.</li>
                  <li><strong>3.1.2</strong> was yanked; upgrade to 3.1.3 or later.</li>
                </ul>
                <p>See the <a href="https://harborkit.readthedocs.io/en/stable/changelog.html" rel="nofollow">full changelog</a>.</p>
              </div>
            </div>
            <div id="history" data-project-tabs-target="content" role="tabpanel" aria-labelledby="history-tab mobile-history-tab" tabindex="-1">
              <h2 class="page-title split-layout">
                <span>Release history</span>
                <span class="reset-text margin-top">
                  <a href="/help/#project-release-notifications">Release notifications</a> |
                  <a href="/rss/project/harborkit/releases.xml">RSS feed <i class="fa fa-rss" aria-hidden="true"></i></a>
                </span>
              </h2>
              <div class="release-timeline">
{timeline}
              </div>
            </div>
            <div id="files" data-project-tabs-target="content" role="tabpanel" aria-labelledby="files-tab mobile-files-tab" tabindex="-1">
              <h2 class="page-title">Download files</h2>
              <p>Download the file for your platform. If you're not sure which to choose, learn more about <a href="https://packaging.python.org/tutorials/installing-packages/" title="External link" target="_blank" rel="noopener">installing packages</a>.</p>
              <h3>Source Distribution</h3>
              <div class="file">
                <div class="file__graphic"><i class="far fa-file" aria-hidden="true"></i></div>
                <div class="card file__card">
                  <a href="https://files.pythonhosted.example/packages/9f/2c/4e1a7b3d/harborkit-3.2.0.tar.gz">harborkit-3.2.0.tar.gz</a>
                  (214.6 kB
                  <a href="#harborkit-3.2.0.tar.gz">view details</a>)
                  <p class="file__meta">Uploaded <time datetime="2024-10-07T15:04:12+0000" data-controller="localized-time" data-localized-time-relative="true" data-localized-time-show-time="false">Oct 7, 2024</time> <code>Source</code></p>
                </div>
              </div>
              <h3>Built Distribution</h3>
              <div class="file">
                <div class="file__graphic"><i class="far fa-file" aria-hidden="true"></i></div>
                <div class="card file__card">
                  <a href="https://files.pythonhosted.example/packages/41/e7/c0b9d2f4/harborkit-3.2.0-py3-none-any.whl">harborkit-3.2.0-py3-none-any.whl</a>
                  (96.1 kB
                  <a href="#harborkit-3.2.0-py3-none-any.whl">view details</a>)
                  <p class="file__meta">Uploaded <time datetime="2024-10-07T15:04:15+0000" data-controller="localized-time" data-localized-time-relative="true" data-localized-time-show-time="false">Oct 7, 2024</time> <code>Python 3</code></p>
                </div>
              </div>
              <h2 class="file-details__title">File details</h2>
              <div id="harborkit-3.2.0.tar.gz" data-project-tabs-target="content" role="tabpanel" tabindex="-1">
                <p>Details for the file <code>harborkit-3.2.0.tar.gz</code>.</p>
                <table class="table table--hashes">
                  <caption class="sr-only">Hashes for harborkit-3.2.0.tar.gz</caption>
                  <thead><tr><th scope="col">Algorithm</th><th scope="col">Hash digest</th><th></th></tr></thead>
                  <tbody>
                    <tr data-controller="clipboard"><th scope="row">SHA256</th><td><code data-clipboard-target="source">{sdist_hash}</code></td><td class="table__align-right"><button type="button" class="button button--small copy-tooltip copy-tooltip-w" data-action="clipboard#copy">Copy</button></td></tr>
                    <tr data-controller="clipboard"><th scope="row">MD5</th><td><code data-clipboard-target="source">3c5e7a9b1d2f4e6a8c0b2d4f6a8c1e3b</code></td><td class="table__align-right"><button type="button" class="button button--small copy-tooltip copy-tooltip-w" data-action="clipboard#copy">Copy</button></td></tr>
                    <tr data-controller="clipboard"><th scope="row">BLAKE2b-256</th><td><code data-clipboard-target="source">5d8f0b2c4e6a8c1e3b5d7f9a1c3e5b7d9f0a2c4e6b8d1f3a5c7e9b0d2f4a6c8e</code></td><td class="table__align-right"><button type="button" class="button button--small copy-tooltip copy-tooltip-w" data-action="clipboard#copy">Copy</button></td></tr>
                  </tbody>
                </table>
                <p><a href="/help/#verify-hashes">See more details on using hashes here.</a></p>
              </div>
              <div id="harborkit-3.2.0-py3-none-any.whl" data-project-tabs-target="content" role="tabpanel" tabindex="-1">
                <p>Details for the file <code>harborkit-3.2.0-py3-none-any.whl</code>.</p>
                <table class="table table--hashes">
                  <caption class="sr-only">Hashes for harborkit-3.2.0-py3-none-any.whl</caption>
                  <thead><tr><th scope="col">Algorithm</th><th scope="col">Hash digest</th><th></th></tr></thead>
                  <tbody>
                    <tr data-controller="clipboard"><th scope="row">SHA256</th><td><code data-clipboard-target="source">{wheel_hash}</code></td><td class="table__align-right"><button type="button" class="button button--small copy-tooltip copy-tooltip-w" data-action="clipboard#copy">Copy</button></td></tr>
                    <tr data-controller="clipboard"><th scope="row">MD5</th><td><code data-clipboard-target="source">8a0c2e4b6d8f1a3c5e7b9d0f2a4c6e8b</code></td><td class="table__align-right"><button type="button" class="button button--small copy-tooltip copy-tooltip-w" data-action="clipboard#copy">Copy</button></td></tr>
                    <tr data-controller="clipboard"><th scope="row">BLAKE2b-256</th><td><code data-clipboard-target="source">e2b4d6f8a1c3e5b7d9f0a2c4e6b8d1f3a5c7e9b0d2f4a6c8e1b3d5f7a9c0e2b4</code></td><td class="table__align-right"><button type="button" class="button button--small copy-tooltip copy-tooltip-w" data-action="clipboard#copy">Copy</button></td></tr>
                  </tbody>
                </table>
              </div>
            </div>
          </div>
        </div>
      </div>
    </main>
    <div class="sponsors">
      <p class="sponsors__title">Supported by</p>
      <div class="sponsors__divider"></div>
      <a class="sponsors__sponsor" target="_blank" rel="noopener" href="https://aws.amazon.example/"><img class="sponsors__image" src="/static/sponsors/aws-white-logo.png" alt="" loading="lazy"><span class="sponsors__name">AWS</span><span class="sponsors__service">Cloud computing and Security Sponsor</span></a>
      <a class="sponsors__sponsor" target="_blank" rel="noopener" href="https://www.datadoghq.example/"><img class="sponsors__image" src="/static/sponsors/datadog-white-logo.png" alt="" loading="lazy"><span class="sponsors__name">Datadog</span><span class="sponsors__service">Monitoring</span></a>
      <a class="sponsors__sponsor" target="_blank" rel="noopener" href="https://www.fastly.example/"><img class="sponsors__image" src="/static/sponsors/fastly-white-logo.png" alt="" loading="lazy"><span class="sponsors__name">Fastly</span><span class="sponsors__service">CDN</span></a>
      <a class="sponsors__sponsor" target="_blank" rel="noopener" href="https://cloud.google.example/"><img class="sponsors__image" src="/static/sponsors/google-white-logo.png" alt="" loading="lazy"><span class="sponsors__name">Google</span><span class="sponsors__service">Download Analytics</span></a>
      <a class="sponsors__sponsor" target="_blank" rel="noopener" href="https://www.pingdom.example/"><img class="sponsors__image" src="/static/sponsors/pingdom-white-logo.png" alt="" loading="lazy"><span class="sponsors__name">Pingdom</span><span class="sponsors__service">Monitoring</span></a>
      <a class="sponsors__sponsor" target="_blank" rel="noopener" href="https://sentry.example/"><img class="sponsors__image" src="/static/sponsors/sentry-white-logo.png" alt="" loading="lazy"><span class="sponsors__name">Sentry</span><span class="sponsors__service">Error logging</span></a>
      <a class="sponsors__sponsor" target="_blank" rel="noopener" href="https://statuspage.example/"><img class="sponsors__image" src="/static/sponsors/statuspage-white-logo.png" alt="" loading="lazy"><span class="sponsors__name">StatusPage</span><span class="sponsors__service">Status page</span></a>
    </div>
    <footer class="footer">
      <div class="footer__logo"><img src="/static/images/white-cube.2351a86c.svg" alt="" class="-js-white-cube"></div>
      <div class="footer__menus">
        <div class="footer__menu">
          <h2>Help</h2>
          <nav aria-label="Help navigation">
            <ul>
              <li><a href="https://packaging.python.org/tutorials/installing-packages/" title="External link" target="_blank" rel="noopener">Installing packages</a></li>
              <li><a href="https://packaging.python.org/tutorials/packaging-projects/" title="External link" target="_blank" rel="noopener">Uploading packages</a></li>
              <li><a href="https://packaging.python.org/" title="External link" target="_blank" rel="noopener">User guide</a></li>
              <li><a href="https://www.python.org/dev/peps/pep-0541/" title="External link" target="_blank" rel="noopener">Project name retention</a></li>
              <li><a href="/help/">FAQs</a></li>
            </ul>
          </nav>
        </div>
        <div class="footer__menu">
          <h2>About PyPI</h2>
          <nav aria-label="About PyPI navigation">
            <ul>
              <li><a href="https://blog.pypi.org" title="External link" target="_blank" rel="noopener">PyPI Blog</a></li>
              <li><a href="https://dtdg.co/pypi" title="External link" target="_blank" rel="noopener">Infrastructure dashboard</a></li>
              <li><a href="/stats/">Statistics</a></li>
              <li><a href="/trademarks/">Logos &amp; trademarks</a></li>
              <li><a href="/sponsors/">Our sponsors</a></li>
            </ul>
          </nav>
        </div>
        <div class="footer__menu">
          <h2>Contributing to PyPI</h2>
          <nav aria-label="How to contribute navigation">
            <ul>
              <li><a href="/help/#feedback">Bugs and feedback</a></li>
              <li><a href="https://github.com/pypi/warehouse" title="External link" target="_blank" rel="noopener">Contribute on GitHub</a></li>
              <li><a href="https://hosted.weblate.org/projects/pypa/warehouse/" title="External link" target="_blank" rel="noopener">Translate PyPI</a></li>
              <li><a href="/sponsors/">Sponsor PyPI</a></li>
              <li><a href="https://github.com/pypi/warehouse/graphs/contributors" title="External link" target="_blank" rel="noopener">Development credits</a></li>
            </ul>
          </nav>
        </div>
        <div class="footer__menu">
          <h2>Using PyPI</h2>
          <nav aria-label="Using PyPI navigation">
            <ul>
              <li><a href="https://policies.python.org/pypi.org/Terms-of-use/" title="External link" target="_blank" rel="noopener">Terms of Service</a></li>
              <li><a href="/security/">Report security issue</a></li>
              <li><a href="https://policies.python.org/python.org/code-of-conduct/" title="External link" target="_blank" rel="noopener">Code of conduct</a></li>
              <li><a href="https://policies.python.org/pypi.org/Privacy-Notice/" title="External link" target="_blank" rel="noopener">Privacy Notice</a></li>
              <li><a href="https://policies.python.org/pypi.org/Acceptable-Use-Policy/" title="External link" target="_blank" rel="noopener">Acceptable Use Policy</a></li>
            </ul>
          </nav>
        </div>
      </div>
      <hr class="footer__divider">
      <div class="footer__text">
        <p>Status: <a href="https://status.python.org/" title="External link" target="_blank" rel="noopener"><span data-statuspage-domain="https://2p66nmmycsj3.statuspage.io">all systems operational</span></a></p>
        <p>Developed and maintained by the Python community, for the Python community.<br><a href="https://donate.pypi.org">Donate today!</a></p>
        <p>"PyPI", "Python Package Index", and the blocks logos are registered <a href="/trademarks/" title="External link" target="_blank" rel="noopener">trademarks</a> of the <a href="https://www.python.org/psf-landing" target="_blank" rel="noopener">Python Software Foundation</a>.</p>
        <p>© 2025 <a href="https://www.python.org/psf-landing/" title="External link" target="_blank" rel="noopener">Python Software Foundation</a><br><a href="/sitemap/">Site map</a></p>
      </div>
      <div class="centered hide-on-desktop"><button type="button" class="button button--switch-to-desktop hidden" data-action="viewport-toggle#switchToDesktop">Switch to desktop version</button></div>
    </footer>
    <div class="language-switcher">
      <form action="/locale/" method="GET">
        <ul>
          <li><button class="language-switcher__selected" name="locale_id" value="en" type="submit">English</button></li>
          <li><button name="locale_id" value="es" type="submit">español</button></li>
          <li><button name="locale_id" value="fr" type="submit">français</button></li>
          <li><button name="locale_id" value="ja" type="submit">日本語</button></li>
          <li><button name="locale_id" value="pt_BR" type="submit">português (Brasil)</button></li>
          <li><button name="locale_id" value="de" type="submit">Deutsch</button></li>
        </ul>
      </form>
    </div>
  </body>
</html>"""


@twentyfirst_c
def build_releasehist() -> None:
    s = Site(
        "releasehist",
        kind="package release history (PyPI Warehouse 2024–25 project page on its Release history tab: div.release-timeline cards, pre-release / yanked badges inside the version paragraph, localized-time dates, the README, file table and sidebar on the same page)",
        start=f"project/{PROJECT}/",
        description=(
            "A PyPI project page (Warehouse 2024–25) for harborkit: the unsupported-browser and cookie notification bars, the "
            "site header with search and menu, the package header (h1 'harborkit 3.2.0', the pip command with a copy button, "
            "'Latest version' badge, 'Released:' time), the summary, a 'newer pre-release exists' bar, and the vertical tabs — "
            "all three panels in one document, as a browser shows /project/harborkit/#history (that tab aria-selected and marked "
            "active; the start URL cannot carry the fragment): the rendered README (with its own 'Recent changes' list naming "
            "versions), the "
            "'Release history' panel (h2 with 'Release notifications | RSS feed' links, then div.release-timeline of 36 "
            "div.release cards: release--current with a 'This version' badge on 3.2.0, release--yanked on three, each a "
            "release__graphic with a node image and an a.card.release__card to /project/harborkit/VERSION/ holding "
            "p.release__version (a 'pre-release' badge--warning on seven, a 'yanked' badge--danger on three) and "
            "p.release__version-date with time[datetime='2024-10-07T15:04:12+0000'][data-controller=localized-time] 'Oct 7, "
            "2024'; two yanked cards add 'Reason this release was yanked:' and the reason), and 'Download files' (two file "
            "cards and hash tables); the sidebar's Navigation, Project links, GitHub Statistics, Meta, Maintainers and "
            "Classifiers sections; the sponsors strip, the footer menus and the language switcher. One page. "
            "Written down: version, url, date (the day shown), status ('pre-release' / 'yanked', absent otherwise)."
        ),
    )
    s.list_page(f"project/{PROJECT}/index.html", _releasehist_page())
    for version, moment, status, _reason in RELEASES:
        s.expect({"version": version, "url": f"/project/{PROJECT}/{version}/", "date": moment[:10], "status": status})
    s.finish()


# ---------------------------------------------------------------------------------------------------
# wikilist-towers: a Wikipedia "List of tallest towers" article (MediaWiki 1.43, Vector 2022), one page.
# ---------------------------------------------------------------------------------------------------

WT_TITLE = "List_of_tallest_towers"
WT_HOST = "en.spirepedia.example"
WT_UPLOAD = "//upload.spirepedia.example/wikipedia/commons/thumb"
WT_FLAGS = {
    "Japan": "9/9e/Flag_of_Japan.svg",
    "China": "f/fa/Flag_of_the_People%27s_Republic_of_China.svg",
    "Iran": "c/ca/Flag_of_Iran.svg",
    "Malaysia": "6/66/Flag_of_Malaysia.svg",
    "Uzbekistan": "8/84/Flag_of_Uzbekistan.svg",
    "Kuwait": "a/aa/Flag_of_Kuwait.svg",
    "Kazakhstan": "d/d3/Flag_of_Kazakhstan.svg",
    "Russia": "f/f3/Flag_of_Russia.svg",
    "Ukraine": "4/49/Flag_of_Ukraine.svg",
    "Latvia": "8/84/Flag_of_Latvia.svg",
    "Germany": "b/ba/Flag_of_Germany.svg",
    "Lithuania": "1/11/Flag_of_Lithuania.svg",
    "Estonia": "8/8f/Flag_of_Estonia.svg",
    "Spain": "9/9a/Flag_of_Spain.svg",
    "Canada": "d/d9/Flag_of_Canada_%28Pantone%29.svg",
    "United States": "a/a4/Flag_of_the_United_States.svg",
    "Brazil": "0/05/Flag_of_Brazil.svg",
    "New Zealand": "3/3e/Flag_of_New_Zealand.svg",
    "Australia": "8/88/Flag_of_Australia_%28converted%29.svg",
    "South Africa": "a/af/Flag_of_South_Africa.svg",
    "Egypt": "f/fe/Flag_of_Egypt.svg",
}
WT_REFS = {
    1: ('"Tokyo Skytree completed"', "The Japan Times", "12 March 2024"),
    2: ('"Milad Tower, Tehran"', "Council on Tall Buildings and Urban Habitat", "3 May 2024"),
    3: ('"Tashkent TV Tower"', "Emporis Archive", "19 January 2024"),
    4: ('"Ostankino tower: 50 years"', "TASS", "7 November 2023"),
    5: ('"CN Tower facts"', "CN Tower", "2 June 2024"),
    6: ('"The Strat Tower"', "Las Vegas Review-Journal", "14 August 2024"),
    7: ('"Sky Tower history"', "SkyCity Auckland", "30 September 2024"),
    8: ('"Hillbrow Tower closed to the public"', "Mail &amp; Guardian", "21 February 2024"),
    9: ('"KVLY-TV mast"', "FCC Antenna Structure Registration", "5 July 2024"),
    10: ('"Walnut Grove antenna farm"', "Sacramento Bee", "11 October 2024"),
}
# (rank as shown, name, article, name footnote, city, city article, country, metres, feet, floors or None,
#  year, notes with [n] footnote marks or "", location rowspan: 2 on the first of two rows sharing a city,
#  0 on the second, 1 otherwise)
Tower = tuple[str, str, str, int | None, str, str, str, float, int, int | None, int, str, int]
WT_SECTIONS: list[tuple[str, str, str, list[Tower]]] = [
    (
        "Asia",
        "Asia",
        "Tallest towers in Asia",
        [
            (
                "1",
                "Tokyo Skytree",
                "Tokyo_Skytree",
                1,
                "Tokyo",
                "Tokyo",
                "Japan",
                634,
                2080,
                32,
                2012,
                "Tallest tower in the world since 2011.",
                1,
            ),
            (
                "2",
                "Canton Tower",
                "Canton_Tower",
                None,
                "Guangzhou",
                "Guangzhou",
                "China",
                604,
                1982,
                37,
                2010,
                "Tallest tower in the world from 2009 to 2011.",
                1,
            ),
            (
                "3",
                "Oriental Pearl Tower",
                "Oriental_Pearl_Tower",
                None,
                "Shanghai",
                "Shanghai",
                "China",
                468,
                1535,
                15,
                1994,
                "",
                1,
            ),
            (
                "4",
                "Milad Tower",
                "Milad_Tower",
                None,
                "Tehran",
                "Tehran",
                "Iran",
                435,
                1427,
                12,
                2007,
                "Tallest structure in Iran.[2]",
                1,
            ),
            (
                "5",
                "Kuala Lumpur Tower",
                "Kuala_Lumpur_Tower",
                None,
                "Kuala Lumpur",
                "Kuala_Lumpur",
                "Malaysia",
                421,
                1381,
                6,
                1995,
                "Stands on Bukit Nanas forest reserve.",
                1,
            ),
            (
                "6",
                "Tianjin Radio and Television Tower",
                "Tianjin_Radio_and_Television_Tower",
                None,
                "Tianjin",
                "Tianjin",
                "China",
                415.2,
                1362,
                None,
                1991,
                "Built in an artificial lake.",
                1,
            ),
            (
                "7",
                "Central Radio & TV Tower",
                "Central_Radio_%26_TV_Tower",
                None,
                "Beijing",
                "Beijing",
                "China",
                405,
                1329,
                22,
                1992,
                "",
                1,
            ),
            (
                "8",
                "Zhongyuan Tower",
                "Zhongyuan_Tower",
                None,
                "Zhengzhou",
                "Zhengzhou",
                "China",
                388,
                1273,
                None,
                2011,
                "",
                1,
            ),
            (
                "9",
                "Tashkent Tower",
                "Tashkent_Tower",
                3,
                "Tashkent",
                "Tashkent",
                "Uzbekistan",
                375,
                1230,
                None,
                1985,
                "Designed to withstand earthquakes of magnitude 9.",
                1,
            ),
            (
                "=10",
                "Liberation Tower",
                "Liberation_Tower_(Kuwait)",
                None,
                "Kuwait City",
                "Kuwait_City",
                "Kuwait",
                372,
                1220,
                None,
                1996,
                "Originally named Kuwait Telecommunications Tower.",
                1,
            ),
            (
                "=10",
                "Almaty Tower",
                "Almaty_Tower",
                None,
                "Almaty",
                "Almaty",
                "Kazakhstan",
                372,
                1220,
                None,
                1983,
                "",
                1,
            ),
            (
                "12",
                "Macau Tower",
                "Macau_Tower",
                None,
                "Macau",
                "Macau",
                "China",
                338,
                1109,
                61,
                2001,
                "Site of a 233 m commercial bungee jump.",
                1,
            ),
        ],
    ),
    (
        "Europe",
        "Europe",
        "Tallest towers in Europe",
        [
            (
                "1",
                "Ostankino Tower",
                "Ostankino_Tower",
                4,
                "Moscow",
                "Moscow",
                "Russia",
                540.1,
                1772,
                45,
                1967,
                "Tallest free-standing structure in Europe.",
                1,
            ),
            (
                "2",
                "Kyiv TV Tower",
                "Kyiv_TV_Tower",
                None,
                "Kyiv",
                "Kyiv",
                "Ukraine",
                385,
                1263,
                None,
                1973,
                "Tallest lattice tower in the world.",
                1,
            ),
            (
                "3",
                "Riga Radio and TV Tower",
                "Riga_Radio_and_TV_Tower",
                None,
                "Riga",
                "Riga",
                "Latvia",
                368.5,
                1209,
                None,
                1986,
                "",
                1,
            ),
            (
                "4",
                "Fernsehturm Berlin",
                "Fernsehturm_Berlin",
                None,
                "Berlin",
                "Berlin",
                "Germany",
                368,
                1207,
                2,
                1969,
                "Antenna replaced in 1997, raising it from 365 m.",
                1,
            ),
            (
                "5",
                "Europaturm",
                "Europaturm",
                None,
                "Frankfurt",
                "Frankfurt",
                "Germany",
                337.5,
                1107,
                None,
                1979,
                "Closed to the public since 1999.",
                1,
            ),
            (
                "6",
                "Vilnius TV Tower",
                "Vilnius_TV_Tower",
                None,
                "Vilnius",
                "Vilnius",
                "Lithuania",
                326.5,
                1071,
                None,
                1980,
                "",
                1,
            ),
            (
                "7",
                "Tallinn TV Tower",
                "Tallinn_TV_Tower",
                None,
                "Tallinn",
                "Tallinn",
                "Estonia",
                314,
                1030,
                21,
                1980,
                "",
                1,
            ),
            (
                "8",
                "Olympiaturm",
                "Olympiaturm",
                None,
                "Munich",
                "Munich",
                "Germany",
                291.3,
                956,
                None,
                1968,
                "Built for the 1972 Summer Olympics park.",
                1,
            ),
            (
                "9",
                "Torre de Collserola",
                "Torre_de_Collserola",
                None,
                "Barcelona",
                "Barcelona",
                "Spain",
                288.4,
                946,
                13,
                1992,
                "Designed by Norman Foster.",
                1,
            ),
            ("10", "Colonius", "Colonius", None, "Cologne", "Cologne", "Germany", 266, 873, None, 1981, "", 1),
        ],
    ),
    (
        "Americas",
        "Americas",
        "Tallest towers in the Americas",
        [
            (
                "1",
                "CN Tower",
                "CN_Tower",
                None,
                "Toronto",
                "Toronto",
                "Canada",
                553.3,
                1815,
                147,
                1976,
                "Tallest free-standing structure in the world from 1975 to 2007.[5]",
                1,
            ),
            (
                "2",
                "The Strat",
                "The_Strat",
                6,
                "Las Vegas",
                "Las_Vegas",
                "United States",
                350.2,
                1149,
                112,
                1996,
                "Formerly the Stratosphere Tower.",
                1,
            ),
            (
                "3",
                "Tower of the Americas",
                "Tower_of_the_Americas",
                None,
                "San Antonio",
                "San_Antonio",
                "United States",
                229,
                750,
                None,
                1968,
                "Built for HemisFair '68.",
                1,
            ),
            (
                "4",
                "Torre de TV de Brasília",
                "Bras%C3%ADlia_TV_Tower",
                None,
                "Brasília",
                "Bras%C3%ADlia",
                "Brazil",
                224,
                735,
                4,
                1967,
                "",
                1,
            ),
            ("5", "Calgary Tower", "Calgary_Tower", None, "Calgary", "Calgary", "Canada", 191, 627, None, 1968, "", 1),
            (
                "6",
                "Space Needle",
                "Space_Needle",
                None,
                "Seattle",
                "Seattle",
                "United States",
                184,
                605,
                6,
                1962,
                "Built for the 1962 World's Fair.",
                1,
            ),
        ],
    ),
    (
        "Africa_and_Oceania",
        "Africa and Oceania",
        "Tallest towers in Africa and Oceania",
        [
            (
                "1",
                "Sky Tower",
                "Sky_Tower_(Auckland)",
                7,
                "Auckland",
                "Auckland",
                "New Zealand",
                328,
                1076,
                None,
                1997,
                "Tallest free-standing structure in the Southern Hemisphere.",
                1,
            ),
            ("2", "Sydney Tower", "Sydney_Tower", None, "Sydney", "Sydney", "Australia", 309, 1014, 4, 1981, "", 1),
            (
                "3",
                "Hillbrow Tower",
                "Hillbrow_Tower",
                None,
                "Johannesburg",
                "Johannesburg",
                "South Africa",
                269,
                883,
                None,
                1971,
                "Closed to the public since 1981.[8]",
                2,
            ),
            (
                "4",
                "Sentech Tower",
                "Sentech_Tower",
                None,
                "Johannesburg",
                "Johannesburg",
                "South Africa",
                237,
                778,
                None,
                1962,
                "Also known as the Brixton Tower.",
                0,
            ),
            (
                "5",
                "Telstra Tower",
                "Telstra_Tower",
                None,
                "Canberra",
                "Canberra",
                "Australia",
                195.2,
                640,
                None,
                1980,
                "",
                1,
            ),
            (
                "6",
                "Cairo Tower",
                "Cairo_Tower",
                None,
                "Cairo",
                "Cairo",
                "Egypt",
                187,
                614,
                16,
                1961,
                "Tallest structure in Egypt for 50 years.",
                1,
            ),
        ],
    ),
    (
        "Guyed_masts",
        "Guyed masts",
        "Tallest guyed masts (broadcast)",
        [
            (
                "1",
                "KVLY-TV mast",
                "KVLY-TV_mast",
                9,
                "Blanchard",
                "Blanchard,_North_Dakota",
                "United States",
                628.8,
                2063,
                None,
                1963,
                "Tallest structure in the world from 1963 to 1974.",
                1,
            ),
            (
                "2",
                "KXTV/KOVR Tower",
                "KXTV/KOVR_Tower",
                None,
                "Walnut Grove",
                "Walnut_Grove,_California",
                "United States",
                624.5,
                2049,
                None,
                2000,
                "",
                2,
            ),
            (
                "=3",
                "KCRA-TV mast",
                "KCRA-TV_mast",
                None,
                "Walnut Grove",
                "Walnut_Grove,_California",
                "United States",
                609.6,
                2000,
                None,
                1962,
                "Shares a site with the KXTV/KOVR Tower.[10]",
                0,
            ),
            (
                "=3",
                "KATV tower",
                "KATV_tower",
                None,
                "Redfield",
                "Redfield,_Arkansas",
                "United States",
                609.6,
                2000,
                None,
                1967,
                "Collapsed in 2008 and rebuilt.",
                1,
            ),
            (
                "=3",
                "Hoyt Radio Tower",
                "Hoyt_Radio_Tower",
                None,
                "Hoyt",
                "Hoyt,_Colorado",
                "United States",
                609.6,
                2000,
                None,
                2003,
                "",
                1,
            ),
        ],
    ),
]
WT_TIMELINE = [
    ("2011–present", "Tokyo Skytree", "Tokyo_Skytree", "Tokyo", 634),
    ("2009–2011", "Canton Tower", "Canton_Tower", "Guangzhou", 604),
    ("1975–2009", "CN Tower", "CN_Tower", "Toronto", 553.3),
    ("1967–1975", "Ostankino Tower", "Ostankino_Tower", "Moscow", 540.1),
    ("1965–1967", "Fernsehturm Stuttgart", "Fernsehturm_Stuttgart", "Stuttgart", 216.6),
]


def _wt_ref(n: int) -> str:
    return f'<sup id="cite_ref-{n}" class="reference"><a href="#cite_note-{n}"><span class="cite-bracket">&#91;</span>{n}<span class="cite-bracket">&#93;</span></a></sup>'


def _wt_text(note: str) -> str:
    out = esc(note)
    for n in WT_REFS:
        out = out.replace(f"[{n}]", _wt_ref(n))
    return out


def _wt_flag(country: str) -> str:
    path = WT_FLAGS[country]
    file = path.rsplit("/", 1)[-1]
    return f'<span class="flagicon"><span class="mw-image-border" typeof="mw:File"><span><img alt="" src="{WT_UPLOAD}/{path}/23px-{file}.png" decoding="async" width="23" height="15" class="mw-file-element" srcset="{WT_UPLOAD}/{path}/35px-{file}.png 1.5x, {WT_UPLOAD}/{path}/46px-{file}.png 2x" data-file-width="900" data-file-height="600"></span></span>&#160;</span>'


def _wt_metres(value: float) -> str:
    return f"{value:g}"


def _wt_row(tower: Tower) -> str:
    rank, name, article, name_ref, city, city_article, country, metres, feet, floors, year, notes, span = tower
    cells = [f'<td style="text-align:center">{rank}</td>']
    ref = _wt_ref(name_ref) if name_ref else ""
    cells.append(f'<td><a href="/wiki/{article}" title="{esc(name)}">{esc(name)}</a>{ref}</td>')
    if span:
        rowspan = f' rowspan="{span}"' if span > 1 else ""
        country_link = country.replace(" ", "_")
        cells.append(
            f'<td{rowspan}>{_wt_flag(country)}<a href="/wiki/{city_article}" title="{esc(city)}">{esc(city)}</a>, <a href="/wiki/{country_link}" title="{country}">{country}</a></td>'
        )
    cells.append(f'<td data-sort-value="{_wt_metres(metres)}">{_wt_metres(metres)}&#160;m ({feet:,}&#160;ft)</td>')
    cells.append('<td data-sort-value="0">–</td>' if floors is None else f"<td>{floors}</td>")
    cells.append(f"<td>{year}</td>")
    cells.append(f"<td>{_wt_text(notes)}</td>")
    return "<tr>\n" + "\n".join(cells) + "\n</tr>"


def _wt_heading(level: int, anchor: str, text: str, section: int) -> str:
    return f'<div class="mw-heading mw-heading{level}"><h{level} id="{anchor}">{esc(text)}</h{level}><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title={WT_TITLE}&amp;action=edit&amp;section={section}" title="Edit section: {esc(text)}"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span></div>'


def _wt_table(caption: str, rows: list[Tower]) -> str:
    body = "\n".join(_wt_row(tower) for tower in rows)
    return f"""<table class="wikitable sortable" style="text-align:left">
<caption>{esc(caption)}</caption>
<tbody><tr>
<th scope="col" data-sort-type="number">Rank</th>
<th scope="col">Name</th>
<th scope="col">Location</th>
<th scope="col" data-sort-type="number">Pinnacle height</th>
<th scope="col" data-sort-type="number">Floors</th>
<th scope="col">Year</th>
<th scope="col" class="unsortable">Notes</th>
</tr>
{body}
</tbody></table>"""


def _wt_links(items: list[str]) -> str:
    return "".join(
        f'<li><a href="/wiki/{item.replace(" ", "_")}" title="{esc(item)}">{esc(item)}</a></li>' for item in items
    )


def _wt_navbox(title: str, anchor: str, groups: list[tuple[str, list[str]]]) -> str:
    rows = "\n".join(
        f'<tr><th scope="row" class="navbox-group" style="width:1%">{esc(group)}</th><td class="navbox-list-with-group navbox-list navbox-{"odd" if i % 2 == 0 else "even"} hlist" style="width:100%;padding:0"><div style="padding:0 0.25em"><ul>{_wt_links(items)}</ul></div></td></tr>'
        for i, (group, items) in enumerate(groups)
    )
    return f'<div class="navbox-styles"></div><div role="navigation" class="navbox" aria-labelledby="{anchor}" style="padding:3px"><table class="nowraplinks mw-collapsible autocollapse navbox-inner" style="border-spacing:0;background:transparent;color:inherit"><tbody><tr><th scope="col" class="navbox-title" colspan="2"><div id="{anchor}" style="font-size:114%;margin:0 4em">{esc(title)}</div></th></tr>\n{rows}\n</tbody></table></div>'


def _wt_page() -> str:
    sections: list[str] = []
    section_no = 2
    for anchor, heading, caption, rows in WT_SECTIONS:
        level = 2 if anchor == "Guyed_masts" else 3
        intro = (
            "<p>Guyed masts are held up by tensioned cables and are not self-supporting; they are listed apart. All of them are broadcast masts in the United States.</p>"
            if level == 2
            else ""
        )
        sections.append(f"{_wt_heading(level, anchor, heading, section_no)}\n{intro}\n{_wt_table(caption, rows)}")
        section_no += 1
    tables = "\n".join(sections)
    timeline = "\n".join(
        f'<tr><td>{years}</td><td><a href="/wiki/{art}" title="{esc(name)}">{esc(name)}</a></td><td>{city}</td><td>{_wt_metres(m)}&#160;m</td></tr>'
        for years, name, art, city, m in WT_TIMELINE
    )
    refs = "\n".join(
        f'<li id="cite_note-{n}"><span class="mw-cite-backlink"><b><a href="#cite_ref-{n}">^</a></b></span> <span class="reference-text"><cite class="citation web cs1">{title}. <i>{site}</i>. Retrieved <span class="nowrap">{accessed}</span>.</cite></span></li>'
        for n, (title, site, accessed) in WT_REFS.items()
    )
    toc_entries = [
        ("Tallest_towers", "Tallest towers", 1),
        ("Asia", "Asia", 2),
        ("Europe", "Europe", 2),
        ("Americas", "Americas", 2),
        ("Africa_and_Oceania", "Africa and Oceania", 2),
        ("Guyed_masts", "Guyed masts", 1),
        ("Timeline", "Timeline of tallest towers", 1),
        ("See_also", "See also", 1),
        ("References", "References", 1),
    ]
    toc = "\n".join(
        f'<li id="toc-{anchor}" class="vector-toc-list-item vector-toc-level-{level}"><a class="vector-toc-link" href="#{anchor}"><div class="vector-toc-text"><span>{text}</span></div></a></li>'
        for anchor, text, level in toc_entries
    )
    navbox_towers = _wt_navbox(
        "Tallest towers by region",
        "Tallest_towers_by_region",
        [
            ("Asia", ["List of towers in China", "List of towers in Japan", "List of towers in India"]),
            ("Europe", ["List of towers in Germany", "List of towers in Russia", "List of towers in Poland"]),
            (
                "Americas",
                ["List of towers in Canada", "List of towers in the United States", "List of towers in Brazil"],
            ),
        ],
    )
    navbox_structures = _wt_navbox(
        "Tallest structures",
        "Tallest_structures",
        [
            (
                "By type",
                [
                    "List of tallest buildings",
                    "List of tallest bridges",
                    "List of tallest chimneys",
                    "List of tallest dams",
                    "List of tallest statues",
                ],
            ),
            (
                "Record holders",
                [
                    "History of the world's tallest structures",
                    "List of tallest freestanding structures",
                    "List of tallest structures built before the 20th century",
                ],
            ),
        ],
    )
    return f"""<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-page-tools-pinned-disabled vector-feature-toc-pinned-clientpref-1 vector-feature-main-menu-pinned-disabled vector-feature-limited-width-clientpref-1 vector-feature-limited-width-content-enabled vector-feature-night-mode-enabled skin-theme-clientpref-day vector-toc-available" lang="en" dir="ltr">
<head>
<meta charset="UTF-8">
<title>List of tallest towers - Spirepedia</title>
<script>(function(){{var className="client-js vector-feature-language-in-header-enabled vector-toc-available";document.documentElement.className=className;}}());RLCONF={{"wgPageName":"{WT_TITLE}","wgTitle":"List of tallest towers","wgCurRevisionId":1261833407,"wgArticleId":3071482,"wgIsArticle":true,"wgAction":"view","wgUserName":null,"wgCategories":["Articles with short description","Towers","Lists of tallest structures"],"wgPageContentLanguage":"en","wgWikibaseItemId":"Q1151470"}};RLPAGEMODULES=["ext.cite.ux-enhancements","jquery.tablesorter","site","mediawiki.page.ready","mediawiki.toc","skins.vector.js","ext.gadget.ReferenceTooltips","ext.popups"];</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cjquery.tablesorter.styles%7Cskins.vector.icons%2Cstyles&amp;only=styles&amp;skin=vector-2022">
<script async="" src="/w/load.php?lang=en&amp;modules=startup&amp;only=scripts&amp;raw=1&amp;skin=vector-2022"></script>
<meta name="generator" content="MediaWiki 1.43.0-wmf.28">
<meta name="viewport" content="width=1120">
<meta property="og:title" content="List of tallest towers - Spirepedia">
<link rel="canonical" href="https://{WT_HOST}/wiki/{WT_TITLE}">
<link rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/deed.en">
</head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable page-{WT_TITLE} rootpage-{WT_TITLE} skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container">
	<header class="vector-header mw-header">
		<div class="vector-header-start">
			<nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right" title="Main menu"><input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu"><label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu mw-ui-icon-wikimedia-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content"><div id="vector-main-menu-unpinned-container" class="vector-unpinned-container"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">
<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content"><ul class="vector-menu-content-list">
<li id="n-mainpage-description" class="mw-list-item"><a href="/wiki/Main_Page" title="Visit the main page [z]" accesskey="z"><span>Main page</span></a></li>
<li id="n-contents" class="mw-list-item"><a href="/wiki/Spirepedia:Contents" title="Guides to browsing Spirepedia"><span>Contents</span></a></li>
<li id="n-currentevents" class="mw-list-item"><a href="/wiki/Portal:Current_events" title="Articles related to current events"><span>Current events</span></a></li>
<li id="n-randompage" class="mw-list-item"><a href="/wiki/Special:Random" title="Visit a randomly selected article [x]" accesskey="x"><span>Random article</span></a></li>
<li id="n-aboutsite" class="mw-list-item"><a href="/wiki/Spirepedia:About" title="Learn about Spirepedia and how it works"><span>About Spirepedia</span></a></li>
<li id="n-contactpage" class="mw-list-item"><a href="//{WT_HOST}/wiki/Spirepedia:Contact_us" title="How to contact Spirepedia"><span>Contact us</span></a></li>
</ul></div></div>
<div id="p-interaction" class="vector-menu mw-portlet mw-portlet-interaction"><div class="vector-menu-heading">Contribute</div><div class="vector-menu-content"><ul class="vector-menu-content-list">
<li id="n-help" class="mw-list-item"><a href="/wiki/Help:Contents" title="Guidance on how to use and edit Spirepedia"><span>Help</span></a></li>
<li id="n-introduction" class="mw-list-item"><a href="/wiki/Help:Introduction" title="Learn how to edit Spirepedia"><span>Learn to edit</span></a></li>
<li id="n-portal" class="mw-list-item"><a href="/wiki/Spirepedia:Community_portal" title="The hub for editors"><span>Community portal</span></a></li>
<li id="n-recentchanges" class="mw-list-item"><a href="/wiki/Special:RecentChanges" title="A list of recent changes to Spirepedia [r]" accesskey="r"><span>Recent changes</span></a></li>
<li id="n-upload" class="mw-list-item"><a href="/wiki/Spirepedia:File_upload_wizard" title="Add images or other media for use on Spirepedia"><span>Upload file</span></a></li>
</ul></div></div>
</div></div></div></div>
			</nav>
<a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/static/images/icons/spirepedia.png" alt="" aria-hidden="true" height="50" width="50"><span class="mw-logo-container skin-invert"><img class="mw-logo-wordmark" alt="Spirepedia" src="/static/images/mobile/copyright/spirepedia-wordmark-en.svg" style="width: 7.5em; height: 1.125em;"><img class="mw-logo-tagline" alt="The Free Encyclopedia" src="/static/images/mobile/copyright/spirepedia-tagline-en.svg" width="117" height="13" style="width: 7.3125em; height: 0.8125em;"></span></a>
		</div>
		<div class="vector-header-end">
<div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail vector-search-box-auto-expand-width vector-search-box">
	<a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only search-toggle" title="Search Spirepedia [f]" accesskey="f"><span class="vector-icon mw-ui-icon-search mw-ui-icon-wikimedia-search"></span><span>Search</span></a>
	<div class="vector-typeahead-search-container"><div class="cdx-typeahead-search cdx-typeahead-search--show-thumbnail cdx-typeahead-search--auto-expand-width"><form action="/w/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><div id="simpleSearch" class="cdx-search-input__input-wrapper" data-search-loc="header-moved"><div class="cdx-text-input cdx-text-input--has-start-icon"><input class="cdx-text-input__input" type="search" name="search" placeholder="Search Spirepedia" aria-label="Search Spirepedia" autocapitalize="sentences" title="Search Spirepedia [f]" accesskey="f" id="searchInput"><span class="cdx-text-input__icon cdx-text-input__start-icon"></span></div><input type="hidden" name="title" value="Special:Search"></div><button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div>
</div>
<nav class="vector-user-links vector-user-menu-logged-out" aria-label="Personal tools"><div class="vector-user-links-main"><div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list">
<li id="pt-sitesupport-2" class="user-links-collapsible-item mw-list-item"><a href="https://donate.spirepedia.example/?wmf_source=donate&amp;wmf_medium=sidebar&amp;uselang=en"><span>Donate</span></a></li>
<li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item"><a href="/w/index.php?title=Special:CreateAccount&amp;returnto={WT_TITLE}" title="You are encouraged to create an account and log in; however, it is not mandatory"><span>Create account</span></a></li>
<li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a href="/w/index.php?title=Special:UserLogin&amp;returnto={WT_TITLE}" title="You&#039;re encouraged to log in; however, it&#039;s not mandatory. [o]" accesskey="o"><span>Log in</span></a></li>
</ul></div></div></div></nav>
		</div>
	</header>
</div>
<div class="mw-page-container">
	<div class="mw-page-container-inner">
		<div class="vector-sitenotice-container"><div id="siteNotice"><!-- CentralNotice --></div></div>
		<div class="vector-column-start">
			<div class="vector-main-menu-container"><div id="mw-navigation"><nav id="mw-panel" class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-pinned-container" class="vector-pinned-container"></div></nav></div></div>
			<div class="vector-sticky-pinned-container">
				<nav id="mw-panel-toc" aria-label="Contents" data-event-name="ui.sidebar-toc" class="mw-table-of-contents-container vector-toc-landmark">
					<div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element">
	<div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned" data-feature-name="toc-pinned" data-pinnable-element-id="vector-toc"><h2 class="vector-pinnable-header-label">Contents</h2><button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button" data-event-name="pinnable-header.vector-toc.pin">move to sidebar</button><button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button" data-event-name="pinnable-header.vector-toc.unpin">hide</button></div>
	<ul class="vector-toc-contents" id="mw-panel-toc-list">
		<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
{toc}
	</ul>
</div></div>
				</nav>
			</div>
		</div>
		<div class="mw-content-container">
			<main id="content" class="mw-body">
				<header class="mw-body-header vector-page-titlebar">
					<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">List of tallest towers</span></h1>
					<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang"><input type="checkbox" id="p-lang-btn-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox mw-interlanguage-selector" aria-label="Go to an article in another language. Available in 24 languages"><label id="p-lang-btn-label" for="p-lang-btn-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--action-progressive mw-portlet-lang-heading-24" aria-hidden="true"><span class="vector-icon mw-ui-icon-language-progressive mw-ui-icon-wikimedia-language-progressive"></span><span class="vector-dropdown-label-text">24 languages</span></label><div class="vector-dropdown-content"><div class="vector-menu-content"><ul class="vector-menu-content-list">
						<li class="interlanguage-link interwiki-de mw-list-item"><a href="https://de.spirepedia.example/wiki/Liste_der_h%C3%B6chsten_T%C3%BCrme" title="Liste der höchsten Türme – German" lang="de" hreflang="de" class="interlanguage-link-target"><span>Deutsch</span></a></li>
						<li class="interlanguage-link interwiki-fr mw-list-item"><a href="https://fr.spirepedia.example/wiki/Liste_des_plus_hautes_tours" title="Liste des plus hautes tours – French" lang="fr" hreflang="fr" class="interlanguage-link-target"><span>Français</span></a></li>
						<li class="interlanguage-link interwiki-ja mw-list-item"><a href="https://ja.spirepedia.example/wiki/%E5%A1%94" title="高い塔の一覧 – Japanese" lang="ja" hreflang="ja" class="interlanguage-link-target"><span>日本語</span></a></li>
						<li class="interlanguage-link interwiki-ru mw-list-item"><a href="https://ru.spirepedia.example/wiki/%D0%91%D0%B0%D1%88%D0%BD%D0%B8" title="Список самых высоких башен – Russian" lang="ru" hreflang="ru" class="interlanguage-link-target"><span>Русский</span></a></li>
					</ul></div></div></div>
				</header>
				<div class="vector-page-toolbar"><div class="vector-page-toolbar-container">
					<div id="left-navigation"><nav aria-label="Namespaces"><div id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet mw-portlet-associated-pages"><div class="vector-menu-content"><ul class="vector-menu-content-list">
						<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/{WT_TITLE}" title="View the content page [c]" accesskey="c"><span>Article</span></a></li>
						<li id="ca-talk" class="vector-tab-noicon mw-list-item"><a href="/wiki/Talk:{WT_TITLE}" rel="discussion" title="Discuss improvements to the content page [t]" accesskey="t"><span>Talk</span></a></li>
					</ul></div></div></nav></div>
					<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs mw-portlet mw-portlet-views"><div class="vector-menu-content"><ul class="vector-menu-content-list">
						<li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/{WT_TITLE}"><span>Read</span></a></li>
						<li id="ca-edit" class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title={WT_TITLE}&amp;action=edit" title="Edit this page [e]" accesskey="e"><span>Edit</span></a></li>
						<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title={WT_TITLE}&amp;action=history" title="Past revisions of this page [h]" accesskey="h"><span>View history</span></a></li>
					</ul></div></div></nav>
					<nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown vector-page-tools-dropdown"><input type="checkbox" id="vector-page-tools-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Tools"><label id="vector-page-tools-dropdown-label" for="vector-page-tools-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet" aria-hidden="true"><span class="vector-dropdown-label-text">Tools</span></label><div class="vector-dropdown-content"><div id="vector-page-tools" class="vector-page-tools vector-pinnable-element"><div id="p-tb" class="vector-menu mw-portlet mw-portlet-tb"><div class="vector-menu-heading">General</div><div class="vector-menu-content"><ul class="vector-menu-content-list">
						<li id="t-whatlinkshere" class="mw-list-item"><a href="/wiki/Special:WhatLinksHere/{WT_TITLE}" title="List of all English Spirepedia pages containing links to this page [j]" accesskey="j"><span>What links here</span></a></li>
						<li id="t-recentchangeslinked" class="mw-list-item"><a href="/wiki/Special:RecentChangesLinked/{WT_TITLE}" rel="nofollow" title="Recent changes in pages linked from this page [k]" accesskey="k"><span>Related changes</span></a></li>
						<li id="t-permalink" class="mw-list-item"><a href="/w/index.php?title={WT_TITLE}&amp;oldid=1261833407" title="Permanent link to this revision of this page"><span>Permanent link</span></a></li>
						<li id="t-info" class="mw-list-item"><a href="/w/index.php?title={WT_TITLE}&amp;action=info" title="More information about this page"><span>Page information</span></a></li>
						<li id="t-cite" class="mw-list-item"><a href="/w/index.php?title=Special:CiteThisPage&amp;page={WT_TITLE}&amp;id=1261833407" title="Information on how to cite this page"><span>Cite this page</span></a></li>
					</ul></div></div></div></div></div></nav>
					</div>
				</div></div>
				<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container>
					<div class="vector-body-before-content"><div class="mw-indicators"></div><div id="siteSub" class="noprint">From Spirepedia, the free encyclopedia</div></div>
					<div id="contentSub"><div id="mw-content-subtitle"></div></div>
					<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">Tallest self-supporting towers, by region</div>
<div role="note" class="hatnote navigation-not-searchable">For buildings, see <a href="/wiki/List_of_tallest_buildings" title="List of tallest buildings">List of tallest buildings</a>. For all structures, see <a href="/wiki/List_of_tallest_structures" title="List of tallest structures">List of tallest structures</a>.</div>
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Tokyo_Skytree_2014_%E2%85%A2.jpg" class="mw-file-description"><img src="{WT_UPLOAD}/9/95/Tokyo_Skytree_2014.jpg/220px-Tokyo_Skytree_2014.jpg" decoding="async" width="220" height="330" class="mw-file-element"></a><figcaption><a href="/wiki/Tokyo_Skytree" title="Tokyo Skytree">Tokyo Skytree</a>, at 634&#160;m the tallest tower in the world</figcaption></figure>
<p>This <b>list of tallest towers</b> ranks <a href="/wiki/Tower" title="Tower">towers</a> — structures that are not primarily meant to be inhabited, such as <a href="/wiki/Observation_tower" title="Observation tower">observation</a> and <a href="/wiki/Telecommunications_tower" title="Telecommunications tower">telecommunications towers</a> — by their pinnacle height. Buildings with occupiable floors over most of their height are excluded.{_wt_ref(1)}</p>
<p>Towers are grouped by region and ranked within each; towers of equal height share a rank, marked "=". <a href="/wiki/Guyed_mast" title="Guyed mast">Guyed masts</a> are listed in a separate section because they are not self-supporting.</p>
<meta property="mw:PageProp/toc">
{_wt_heading(2, "Tallest_towers", "Tallest towers", 1)}
{tables}
{_wt_heading(2, "Timeline", "Timeline of tallest towers", 7)}
<table class="wikitable">
<tbody><tr><th>Years</th><th>Tower</th><th>City</th><th>Height</th></tr>
{timeline}
</tbody></table>
{_wt_heading(2, "See_also", "See also", 8)}
<ul><li><a href="/wiki/List_of_tallest_buildings" title="List of tallest buildings">List of tallest buildings</a></li>
<li><a href="/wiki/List_of_tallest_structures" title="List of tallest structures">List of tallest structures</a></li>
<li><a href="/wiki/List_of_tallest_freestanding_structures" title="List of tallest freestanding structures">List of tallest freestanding structures</a></li>
<li><a href="/wiki/World_Federation_of_Great_Towers" title="World Federation of Great Towers">World Federation of Great Towers</a></li></ul>
{_wt_heading(2, "References", "References", 9)}
<div class="reflist"><div class="mw-references-wrap"><ol class="references">
{refs}
</ol></div></div>
{navbox_towers}
{navbox_structures}
</div></div>
					<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr" href="https://{WT_HOST}/w/index.php?title={WT_TITLE}&amp;oldid=1261833407">https://{WT_HOST}/w/index.php?title={WT_TITLE}&amp;oldid=1261833407</a>"</div>
					<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Help:Category" title="Help:Category">Categories</a>: <ul><li><a href="/wiki/Category:Towers" title="Category:Towers">Towers</a></li><li><a href="/wiki/Category:Lists_of_tallest_structures" title="Category:Lists of tallest structures">Lists of tallest structures</a></li></ul></div><div id="mw-hidden-catlinks" class="mw-hidden-catlinks mw-hidden-cats-hidden">Hidden categories: <ul><li><a href="/wiki/Category:Articles_with_short_description" title="Category:Articles with short description">Articles with short description</a></li></ul></div></div>
				</div>
			</main>
		</div>
		<div class="mw-footer-container">
			<footer id="footer" class="mw-footer">
				<ul id="footer-info">
					<li id="footer-info-lastmod"> This page was last edited on 9 December 2024, at 18:22<span class="anonymous-show">&#160;(UTC)</span>.</li>
					<li id="footer-info-copyright">Text is available under the <a rel="nofollow" class="external text" href="//{WT_HOST}/wiki/Spirepedia:Text_of_the_Creative_Commons_Attribution-ShareAlike_4.0_International_License">Creative Commons Attribution-ShareAlike 4.0 License</a>; additional terms may apply.</li>
				</ul>
				<ul id="footer-places">
					<li id="footer-places-privacy"><a href="https://foundation.spirepedia.example/wiki/Special:MyLanguage/Policy:Privacy_policy">Privacy policy</a></li>
					<li id="footer-places-about"><a href="/wiki/Spirepedia:About">About Spirepedia</a></li>
					<li id="footer-places-disclaimers"><a href="/wiki/Spirepedia:General_disclaimer">Disclaimers</a></li>
					<li id="footer-places-contact"><a href="//{WT_HOST}/wiki/Spirepedia:Contact_us">Contact Spirepedia</a></li>
					<li id="footer-places-mobileview"><a href="//en.m.spirepedia.example/w/index.php?title={WT_TITLE}&amp;mobileaction=toggle_view_mobile" class="noprint stopMobileRedirectToggle">Mobile view</a></li>
				</ul>
			</footer>
		</div>
	</div>
</div>
</body>
</html>"""


@twentyfirst_c
def build_wikilist_towers() -> None:
    s = Site(
        "wikilist-towers",
        kind="encyclopedia list tables (Wikipedia 'List of tallest towers', Vector 2022: one sortable wikitable per h3 region section plus a guyed-masts h2 section, '=3' tie ranks, flag + 'City, Country' link pairs with a rowspan, '634 m (2,080 ft)' heights with data-sort-value, '–' floors, footnotes in cells, a timeline table and navboxes)",
        start=f"wiki/{WT_TITLE}/",
        description=(
            "A Wikipedia list article (MediaWiki 1.43, Vector 2022, as the server sends it): the Vector header with the main "
            "menu dropdown, search and user links, the sticky TOC, language button and page tools; a hatnote, a thumbnail figure "
            "and two lead paragraphs (a footnote); h2 'Tallest towers' in div.mw-heading with [edit] links, then four h3 regional "
            "sections (Asia, Europe, Americas, Africa and Oceania) and an h2 'Guyed masts' section, each with its own "
            "table.wikitable.sortable (a caption, the th header row inside tbody): Rank (restarting in every table, '=10' / '=3' "
            "on ties), Name link (a sup.reference footnote after some), Location (span.flagicon image, then the city and the "
            "country as two links joined by ', '; one cell spans two rows where two towers share a city), Pinnacle height "
            "'634 m (2,080 ft)' with the metres in the cell's data-sort-value, Floors ('–' with data-sort-value 0 on masts and "
            "towers without floors), Year, Notes (empty on some, footnotes inside); then a non-sortable timeline wikitable of "
            "five past record holders, See also, the references list, two navbox tables, the categories and the footer. One "
            "page, 39 towers and masts. Written down: rank, name, url, city, country, height_m, floors, year."
        ),
    )
    s.list_page(f"wiki/{WT_TITLE}/index.html", _wt_page())
    for _anchor, _heading, _caption, rows in WT_SECTIONS:
        for rank, name, article, _ref, city, _city_article, country, metres, _feet, floors, year, _notes, _span in rows:
            s.expect(
                {
                    "rank": int(rank.lstrip("=")),
                    "name": name,
                    "url": f"/wiki/{article}",
                    "city": city,
                    "country": country,
                    "height_m": metres,
                    "floors": floors,
                    "year": year,
                }
            )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TWENTYFIRST_C.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
