"""Twenty-seventh wave, part A: an archweb package search, a Decathlon-style category grid and a SmartRecruiters
careers page, copied from their real 2024–25 markup as a logged-out visitor gets it and written before any
heuristic was changed for them.

* **basalt-pkgs** — the package database of Basalt Linux, an Arch Linux derivative running Arch's own Django
  app (archweb), searched for "markdown" at 25 a page (``/packages/?sort=&q=markdown&maintainer=&flagged=&limit=25``,
  then ``?page=2&…`` / ``?page=3&…`` as archweb's paginator writes them: the page number first, then the rest of
  the query). The archweb layout: ``div#archnavbar.anb-packages`` with the logo and ``ul#archnavbarlist``
  (Home / Packages / Forums / Wiki / GitLab / Security / AUR / Download), an empty ``div#archdev-navbar``, the
  ``div#pkglist-search.box.filter-criteria`` form (hidden sort input, multi-selects Arch / Repository, Keywords,
  a Maintainer select of names, Flagged), on page 1 only a ``div#exact-matches`` box holding the package that
  provides "markdown" (it appears again in the results), then ``div#pkglist-results``: ``div.pkglist-stats``
  "62 matching packages found. Page 1 of 3." with ``div.pkglist-nav`` ``span.prev`` / ``span.next`` ("< Prev"
  as bare text on page 1, "Next >" as bare text on page 3), ``table.results`` with sort links in the Arch /
  Repo / Name / Last Updated / Flag Date headers (``/packages/?sort=…&q=…``), rows of bare cells (arch, the
  capitalised repo, the name link to ``/packages/<repo>/<arch>/<name>/`` titled "View package details for …",
  the version — inside ``span.flagged`` when flagged out of date —, ``td.wrap`` description, the ISO last
  update day and the flag day or an empty cell), the stats block again, the "Can't find what you are looking
  for?" box and the footer; a WebSite JSON-LD with a SearchAction. 25 + 25 + 12 packages. Written down: name,
  url, repo, arch, version, description, date (last updated), flag_date (where flagged).
* **pitchline-sports** — a sports retailer's category "Hiking boots" on a Decathlon-style 2024–25 storefront
  (SvelteKit over the Vitamin design system): ``vtmn-`` utility and component classes with scoped ``svelte-``
  hashes, ``div.product-block-top-main[data-supermodelid][role=listitem]`` cards with an aria-hidden image link,
  a wishlist button, ``div.product-badge`` "Sale" / "New" / "Only online" badges, a ``vtmn-price`` block (sale
  prices in ``vtmn-price_variant--accent`` after a struck ``--strikethrough`` price and a "-20%" tag), a
  ``a.dpb-product-model-link`` holding ``strong.dpb-brand`` and ``h2`` name, ``div.vtmn-rating`` with a
  screen-reader "4.6 out of 5 stars" and "(1,234)", "+ 3 colours", "Sold and shipped by …" lines on marketplace
  products, a CMS promo tile in the grid, ``?from=40&size=40`` pages and a ``window.__DKT`` state script.
  40 + 40 + 17 products. Written down: title, url, brand, price, currency, original_price, rating,
  review_count.
* **orbiton-careers** — a freight company's careers page on SmartRecruiters (``careers.smartrecruiters.com/
  OrbitonLogistics``): the company header and about text, the search / location / department filters,
  ``section.openings-section.opening.opening--grouped.js-group`` per department with ``h3.opening-title`` and
  ``ul.opening-jobs`` of ``li.opening-job.job.column.wide-7of16.medium-1of2`` items (one ``a.link--block.details
  .js-job-ad-link`` to ``jobs.smartrecruiters.com/OrbitonLogistics/<id>-<slug>`` with an aria-label
  "<title> - undefined", ``h4.details-title.job-title``, ``p.details-desc.job-desc`` location + type), and a
  "Show more jobs" button whose script fetches ``/OrbitonLogistics/api/more?page=N`` fragments of the same
  sections. 24 + 16 + 12 jobs. Written down: title, url, department, location, employment_type.

Run ``uv run python tests/sites/corpus/generate_twentyseventh_a.py`` to rebuild them (the helpers and the
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

TWENTYSEVENTH_A: dict[str, Callable[[], None]] = {}


def twentyseventh_a(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TWENTYSEVENTH_A[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _num(text: str, size: int = 9) -> int:
    """A stable number derived from ``text`` (the real sites use database ids)."""
    return int(hashlib.sha1(text.encode()).hexdigest()[:12], 16) % (10**size)


# ---------------------------------------------------------------------------------------------------
# basalt-pkgs: archweb (Arch Linux's Django package database) /packages/?q=markdown, 25 a page.
# ---------------------------------------------------------------------------------------------------

BP_QUERY = "sort=&q=markdown&maintainer=&flagged=&limit=25"
BP_LIMIT = 25

#: name | repo | arch | version | last update | flag date | description
BP_ROWS = """
discount|extra|x86_64|3.0.0.d-1|2024-09-14||A Markdown implementation written in C
python-markdown|extra|any|3.7-1|2024-08-18||Python implementation of John Gruber's Markdown
markdown-it-py|extra|any|3.0.0-4|2024-11-02||Python port of markdown-it, Markdown parsing done right
cmark|extra|x86_64|0.31.1-1|2024-09-09||CommonMark parsing and rendering library and program in C
cmark-gfm|extra|x86_64|0.29.0.gfm.13-2|2024-06-21||GitHub's fork of cmark, a CommonMark parsing and rendering library and program in C
md4c|extra|x86_64|0.5.2-1|2024-03-03||C Markdown parser
lowdown|extra|x86_64|1.3.0-1|2025-01-11||Simple Markdown translator
mdbook|extra|x86_64|0.4.44-1|2025-02-03||Create book from Markdown files, like Gitbook but implemented in Rust
mdcat|extra|x86_64|2.7.1-1|2024-12-19|2025-02-27|cat for Markdown
glow|extra|x86_64|2.0.0-2|2024-10-30||Command-line Markdown renderer
marksman|extra|x86_64|1:2024.12.18-1|2024-12-20||Write Markdown with code assist and intelligence in the comfort of your favourite editor
markdown-oxide|basalt|x86_64|0.25.0-1|2025-01-27||Markdown LSP server inspired by Obsidian for personal knowledge management
ghostwriter|extra|x86_64|24.12.2-1|2025-02-06||Distraction-free Markdown editor
apostrophe|extra|any|3.2-2|2024-08-25||Distraction free Markdown editor for GNU/Linux made with GTK
retext|extra|any|8.0.2-2|2024-07-14|2025-01-30|Simple but powerful editor for Markdown and reStructuredText
marker|basalt|x86_64|2023.05.02-4|2024-05-17||Markdown editor for Linux made with GTK 3
python-mistune|extra|any|1:3.0.2-3|2024-08-19||A fast yet powerful Python Markdown parser with renderers and plugins
python-commonmark|extra|any|0.9.1-12|2024-08-19||Python parser for the CommonMark Markdown spec
python-mdit-py-plugins|extra|any|0.4.2-1|2024-09-15||Collection of plugins for markdown-it-py
python-myst-parser|extra|any|4.0.0-1|2024-08-28||An extended commonmark compliant parser, with bridges to docutils and Sphinx
python-mdurl|extra|any|0.1.2-7|2024-08-19||URL utilities for markdown-it
python-markdownify|extra|any|0.14.1-1|2024-12-01||Convert HTML to Markdown
python-markdown-math|extra|any|0.8-10|2024-08-19||Math extension for Python-Markdown
python-pymdown-extensions|extra|any|10.14-1|2025-01-19||Extensions for Python Markdown
python-mdformat|extra|any|0.7.21-1|2025-01-05||CommonMark compliant Markdown formatter
python-mdformat-gfm|basalt|any|0.3.7-1|2024-10-12||Mdformat plugin for GitHub Flavored Markdown compatibility
python-readme-renderer|extra|any|44.0-2|2024-08-21||Safely render long_description/README files in Warehouse
python-markdown2|basalt|any|2.5.3-1|2025-01-31||A fast and complete Python implementation of Markdown
python-marko|basalt|any|2.1.2-1|2024-06-04||A markdown parser with high extensibility
python-grip|basalt|any|4.6.2-5|2024-05-29|2024-12-03|Preview GitHub Markdown files like Readme locally before committing them
perl-text-markdown|extra|any|1.000031-12|2024-09-02||Convert Markdown syntax to (X)HTML
perl-text-multimarkdown|basalt|any|1.000035-8|2024-09-02||Convert MultiMarkdown syntax to (X)HTML
ruby-kramdown|extra|any|2.5.1-1|2024-11-13||Fast, pure-Ruby Markdown-superset converter
ruby-redcarpet|extra|x86_64|3.6.0-6|2024-09-26||A fast, safe and extensible Markdown to (X)HTML parser
ruby-commonmarker|extra|x86_64|0.23.10-4|2024-09-26||Ruby wrapper for libcmark (CommonMark parser)
ruby-kramdown-parser-gfm|extra|any|1.1.0-7|2024-11-13||Kramdown parser for the GFM dialect of Markdown
go-md2man|extra|x86_64|2.0.6-1|2024-12-22||A utility to convert markdown to man pages
pandoc-cli|extra|x86_64|3.6.3-1|2025-02-15||Conversion between documentation formats
haskell-cmark-gfm|extra|x86_64|0.2.6-78|2025-02-15||Fast, accurate GitHub Flavored Markdown parser and renderer
haskell-commonmark|extra|x86_64|0.2.6.1-38|2025-02-15||Pure Haskell commonmark parser
haskell-commonmark-extensions|extra|x86_64|0.2.5.6-18|2025-02-15||Pure Haskell commonmark parser
haskell-markdown-unlit|extra|x86_64|0.6.0-62|2025-02-15||Literate Haskell support for Markdown
multimarkdown|basalt|x86_64|6.7.0-3|2024-04-08||Lightweight markup processor to produce HTML, LaTeX and more from MultiMarkdown text
emacs-markdown-mode|extra|any|2.6-2|2024-07-01||Emacs major mode for editing Markdown-formatted text files
vim-markdown|basalt|any|2.0.0.r225.g8f6cb3a-1|2024-03-19||Markdown syntax highlighting, matching rules and mappings for Vim
tree-sitter-markdown|extra|x86_64|0.3.2-2|2024-11-29||Markdown grammar for tree-sitter
mkdocs|extra|any|1.6.1-2|2024-09-01||Project documentation with Markdown
mkdocs-material|extra|any|9.5.50-1|2025-01-20|2025-02-24|Documentation that simply works
zola|extra|x86_64|0.19.2-2|2024-08-30||Fast static site generator in a single binary with everything built-in
hugo|extra|x86_64|0.143.1-1|2025-02-11||Fast and flexible static site generator written in Go
soupault|basalt|x86_64|4.11.0-1|2024-10-07||Static website generator based on HTML element tree rewriting
qownnotes|extra|x86_64|25.2.4-1|2025-02-14||Plain-text file notepad and todo-list manager with markdown support and Nextcloud / ownCloud integration
zettlr|basalt|x86_64|3.4.2-1|2025-02-09||A Markdown Editor for the 21st century
marktext|basalt|x86_64|0.17.1-14|2024-11-07|2025-01-14|A simple and elegant markdown editor, available for Linux, macOS and Windows
rust-pulldown-cmark|basalt|x86_64|0.12.2-1|2024-10-21||Pull parser for CommonMark, written in Rust
lua-discount|extra|x86_64|1.2.10.1-12|2024-03-11||Lua binding to the Discount Markdown library
php-commonmark|basalt|any|2.6.1-1|2025-01-04||Highly-extensible PHP Markdown parser which fully supports the CommonMark spec
texlive-markdown|basalt|any|2025.3.1-1|2025-02-20||A package for converting and rendering markdown documents in TeX
python-sphinx-markdown-tables|basalt|any|0.0.17-6|2024-08-22||Sphinx extension for rendering tables written in markdown
kramdown-rfc|basalt|any|1.7.22-1|2025-01-24||An RFC7749 (XML2RFC v3) generating backend for Thomas Leitner's kramdown markdown parser
python-recommonmark|extra|any|0.7.1-14|2024-08-19||A docutils-compatibility bridge to CommonMark
mdq|basalt|x86_64|0.3.0-1|2025-02-12||Like jq but for Markdown: find specific elements in a md doc
"""

BP_MAINTAINERS = [
    "Ada Veldt",
    "Bram Okafor",
    "Cass Lindqvist",
    "Dario Reyes",
    "Elin Marsh",
    "Femi Adeyemi",
    "Greta Holm",
]


class BPPackage(NamedTuple):
    name: str
    repo: str
    arch: str
    version: str
    updated: str
    flagged: str
    desc: str


BP_PACKAGES = [BPPackage(*line.split("|")) for line in BP_ROWS.strip().splitlines()]
BP_REPOS = {"core": "Core", "extra": "Extra", "basalt": "Basalt"}


def _bp_url(pkg: BPPackage) -> str:
    return f"/packages/{pkg.repo}/{pkg.arch}/{pkg.name}/"


def _bp_row(pkg: BPPackage, cls: str = "") -> str:
    version = f'<span class="flagged">{esc(pkg.version)}</span>' if pkg.flagged else esc(pkg.version)
    row_cls = f' class="{cls}"' if cls else ""
    return f"""                <tr{row_cls}>
                    <td>{pkg.arch}</td>
                    <td>{BP_REPOS[pkg.repo]}</td>
                    <td><a href="{_bp_url(pkg)}"
                        title="View package details for {esc(pkg.name)}">{esc(pkg.name)}</a></td>
                    <td>{version}</td>
                    <td class="wrap">{esc(pkg.desc)}</td>
                    <td>{pkg.updated}</td>
                    <td>{pkg.flagged}</td>
                </tr>"""


def _bp_stats(number: int, total: int) -> str:
    rest = BP_QUERY.replace("&", "&amp;")
    prev = (
        f'<a href="?page={number - 1}&amp;{rest}"\n            title="Go to previous page">&lt; Prev</a>'
        if number > 1
        else "&lt; Prev"
    )
    nxt = (
        f'<a href="?page={number + 1}&amp;{rest}"\n            title="Go to next page">Next &gt;</a>'
        if number < total
        else "Next &gt;"
    )
    return f"""<div class="pkglist-stats">
    <p>{len(BP_PACKAGES)} matching packages found.
    Page {number} of {total}.</p>

    <div class="pkglist-nav">
    <span class="prev">
        {prev}
    </span>
    <span class="next">
        {nxt}
    </span>
    </div>
</div>"""


def _bp_sort(key: str) -> str:
    return "/packages/?" + BP_QUERY.replace("sort=", f"sort={key}", 1).replace("&", "&amp;")


def _bp_page(number: int, total: int, pkgs: list[BPPackage]) -> str:
    rows = "\n".join(_bp_row(p, "odd" if i % 2 == 0 else "even") for i, p in enumerate(pkgs))
    exact = ""
    if number == 1:
        exact = f"""
<div id="exact-matches" class="box">
    <div class="pkglist-stats">
        <p>1 exact match found.</p>
    </div>
    <table class="results">
        <thead>
            <tr>
                <th>Arch</th>
                <th>Repo</th>
                <th>Name</th>
                <th>Version</th>
                <th>Description</th>
                <th>Last Updated</th>
                <th>Flag Date</th>
            </tr>
        </thead>
        <tbody>
{_bp_row(BP_PACKAGES[0])}
        </tbody>
    </table>
</div>
"""
    arches = "\n".join(f'<option value="{a}">{a}</option>' for a in ["any", "aarch64", "x86_64", "x86_64_v3"])
    repos = "\n".join(
        f'<option value="{r}">{r}</option>'
        for r in ["Basalt", "Basalt-Testing", "Core", "Core-Testing", "Extra", "Extra-Testing", "Multilib"]
    )
    maint = "\n".join(f'<option value="{slug(m).replace("-", "")}">{m}</option>' for m in BP_MAINTAINERS)
    robots = '\n    <meta name="robots" content="noindex, nofollow"/>' if number > 1 else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Basalt Linux - Package Search</title>
    <link rel="stylesheet" type="text/css" href="/static/archweb.css" media="screen" />
    <link rel="icon" type="image/png" href="/static/favicon.png" />
    <link rel="shortcut icon" type="image/png" href="/static/favicon.png" />
    <link rel="apple-touch-icon" href="/static/logos/apple-touch-icon-57x57.png" />
    <link rel="search" type="application/opensearchdescription+xml" href="/opensearch/packages/" title="Basalt Linux Packages" />{robots}
    <link rel="alternate" type="application/rss+xml" title="Basalt Linux Package Updates" href="/feeds/packages/" />
</head>
<body class="">
    <div id="archnavbar" class="anb-packages">
        <div id="archnavbarlogo"><h1><a href="/" title="Return to the main page">Basalt Linux</a></h1></div>
        <div id="archnavbarmenu">
            <ul id="archnavbarlist">
                <li id="anb-home"><a href="/" title="Basalt news, packages, projects and more">Home</a></li>
                <li id="anb-packages"><a href="/packages/" title="Basalt Package Database">Packages</a></li>
                <li id="anb-forums"><a href="https://forum.basaltlinux.org/" title="Community forums">Forums</a></li>
                <li id="anb-wiki"><a href="https://wiki.basaltlinux.org/" title="Community documentation">Wiki</a></li>
                <li id="anb-gitlab"><a href="https://gitlab.basaltlinux.org/basalt" title="GitLab">GitLab</a></li>
                <li id="anb-security"><a href="https://security.basaltlinux.org/" title="Basalt Linux Security Tracker">Security</a></li>
                <li id="anb-aur"><a href="https://aur.archlinux.org/" title="Arch Linux User Repository">AUR</a></li>
                <li id="anb-download"><a href="/download/" title="Get Basalt Linux">Download</a></li>
            </ul>
        </div>
    </div>
    <div id="content">
        <div id="archdev-navbar">
        </div>

<div id="pkglist-search" class="box filter-criteria">
    <h2>Package Search</h2>

    <form id="pkg-search" method="get" action="/packages/">
        <p><input type="hidden" name="sort" id="id_sort"></p>
        <fieldset>
            <legend>Enter search criteria</legend>
            <div>
                <label for="id_arch" title="Limit results a specific CPU architecture">
                    Arch</label><select name="arch" id="id_arch" multiple>
{arches}
</select></div>
            <div>
                <label for="id_repo" title="Limit results to a specific repository">
                    Repository</label><select name="repo" id="id_repo" multiple>
{repos}
</select></div>
            <div>
                <label for="id_q" title="Enter keywords as desired (provides are also supported e.g. 'java-environment=7')">
                    Keywords</label><input type="text" name="q" value="markdown" size="30" id="id_q"></div>
            <div>
                <label for="id_maintainer" title="Limit results to a specific maintainer">
                    Maintainer</label><select name="maintainer" id="id_maintainer">
<option value="" selected>All</option>
<option value="orphan">Orphan</option>
{maint}
</select></div>
            <div>
                <label for="id_flagged" title="Limit results based on out-of-date status">
                    Flagged</label><select name="flagged" id="id_flagged">
<option value="" selected>All</option>
<option value="Flagged">Flagged</option>
<option value="Not Flagged">Not Flagged</option>
</select></div>
            <div><label>&nbsp;</label><input title="Search for packages using this criteria"
                type="submit" value="Search" /></div>
        </fieldset>
    </form>
</div>
{exact}
<div id="pkglist-results" class="box">
    {_bp_stats(number, total)}
    <form id="pkglist-results-form" method="post" action="/packages/update/"><input type="hidden" name="csrfmiddlewaretoken" value="Xq3vJ8dLk2PpR7tY0wBn5sHcM1aZe6UfGi9oVj4TxKbN2yQrSd8LmWc3Ap7Fh0Ez">
        <table class="results">
            <thead>
                <tr>
                    <th><a href="{_bp_sort("arch")}"
                            title="Sort packages by architecture">Arch</a></th>
                    <th><a href="{_bp_sort("repo")}"
                            title="Sort packages by repository">Repo</a></th>
                    <th><a href="{_bp_sort("pkgname")}"
                            title="Sort packages by package name">Name</a></th>
                    <th>Version</th>
                    <th>Description</th>
                    <th><a href="{_bp_sort("-last_update")}"
                            title="Sort packages by last update">Last Updated</a></th>
                    <th><a href="{_bp_sort("-flag_date")}"
                            title="Sort packages by when marked-out of-date">Flag Date</a></th>
                </tr>
            </thead>
            <tbody>
{rows}
            </tbody>
        </table>
        {_bp_stats(number, total)}

    </form>
</div>

<div id="pkglist-about" class="box">
    <p>Can't find what you are looking for? Try searching again
    using different criteria, or try
    <a href="https://aur.archlinux.org/packages?K=markdown">searching the AUR</a>
    to see if the package can be found there.</p>

    <p>You are browsing the Basalt Linux package database. From here you can find
    detailed information about packages located in the official supported repositories.</p>
</div>

        <div id="footer">
            <p>Copyright &copy; 2019-2025 <a href="mailto:team@basaltlinux.org"
                title="Contact the Basalt team">the Basalt Linux team</a>. Package database software &copy; 2002-2025
                <a href="https://gitlab.archlinux.org/archlinux/archweb" title="archweb">the archweb authors</a>.</p>
            <p>The Basalt Linux name and logo are recognized trademarks. Some rights reserved.</p>
            <p>The registered trademark Linux&reg; is used pursuant to a sublicense from LMI,
            the exclusive licensee of Linus Torvalds, owner of the mark on a world-wide basis.</p>
        </div>
    </div>
    <script type="application/ld+json">
    {{
       "@context": "http://schema.org",
       "@type": "WebSite",
       "url": "/",
       "potentialAction": {{
         "@type": "SearchAction",
         "target": "/packages/?q={{search_term}}",
         "query-input": "required name=search_term"
       }}
    }}
    </script>
</body>
</html>
"""


@twentyseventh_a
def build_basalt_pkgs() -> None:
    s = Site(
        "basalt-pkgs",
        kind="package search table (archweb, the Arch Linux package database app, 2024–25: div#archnavbar, the pkg-search form with multi-selects and a maintainer list, a page-1 div#exact-matches box repeating the package that provides the keyword, div.pkglist-stats '62 matching packages found. Page 1 of 3.' with span.prev / span.next '< Prev' / 'Next >' (bare text at the ends) above and below table.results: sort links in the headers, bare td cells arch / capitalised repo / name link titled 'View package details for …' / version (span.flagged when out of date) / td.wrap description / ISO last-update day / flag day or empty; ?page=N&<query> links, &limit=25)",
        start=f"packages/?{BP_QUERY}",
        description=f"The package database of Basalt Linux, an Arch Linux derivative that runs Arch's own Django app (archweb), searched for 'markdown' at 25 a page (/packages/?{BP_QUERY}, then ?page=2&… and ?page=3&… as archweb's search_paginator writes them, the page number first), as a logged-out visitor gets it in 2025: the head (title 'Basalt Linux - Package Search', archweb.css, the opensearch link, noindex robots on later pages, the package feed), div#archnavbar.anb-packages with the logo and ul#archnavbarlist (Home / Packages / Forums / Wiki / GitLab / Security / AUR / Download), an empty div#archdev-navbar, div#pkglist-search.box.filter-criteria with the GET form (hidden sort input, Arch and Repository multi-selects, Keywords 'markdown', a Maintainer select of names, Flagged); on page 1 only div#exact-matches ('1 exact match found.', a table.results of one row: discount, which provides markdown, and which is also the first result); div#pkglist-results: div.pkglist-stats '62 matching packages found. Page N of 3.' + div.pkglist-nav span.prev / span.next ('< Prev' bare on page 1, 'Next >' bare on page 3, else links titled 'Go to previous / next page'), the results POST form (csrf token) with table.results: thead sort links (/packages/?sort=arch&… / repo / pkgname / -last_update / -flag_date) and tbody tr.odd / tr.even rows of bare cells: arch (x86_64 / any), repo (Core / Extra / Basalt), the name link to /packages/<repo>/<arch>/<name>/ titled 'View package details for <name>', the version (inside span.flagged when flagged out of date), td.wrap description, last update 'YYYY-MM-DD', flag date 'YYYY-MM-DD' or empty; the stats block again; div#pkglist-about ('Can't find what you are looking for?' with an AUR search link); the footer; a WebSite JSON-LD SearchAction. 25 + 25 + 12 packages. Written down: name, url, repo, arch, version, description, date (last updated), flag_date (where flagged).",
    )
    pages = chunks(BP_PACKAGES, [BP_LIMIT, BP_LIMIT, len(BP_PACKAGES) - 2 * BP_LIMIT])
    for number, pkgs in enumerate(pages, 1):
        text = _bp_page(number, len(pages), pkgs)
        if number == 1:
            s.list_page(f"packages/@{BP_QUERY}", text)
        else:
            s.list_page(f"packages/@page={number}&{BP_QUERY}", text)
    for pkg in BP_PACKAGES:
        s.expect(
            {
                "name": pkg.name,
                "url": _bp_url(pkg),
                "repo": BP_REPOS[pkg.repo],
                "arch": pkg.arch,
                "version": pkg.version,
                "description": pkg.desc,
                "date": pkg.updated,
                "flag_date": pkg.flagged or None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# pitchline-sports: a Decathlon-style SvelteKit category grid (Vitamin design system), ?from=N&size=40.
# ---------------------------------------------------------------------------------------------------

PL_HOST = "https://www.pitchline.co.uk"
PL_PATH = "/browse/c0-hiking/c1-hiking-footwear/c3-hiking-boots/_/N-1f9zt7a"
PL_SIZE = 40
PL_SV = "svelte-1ylqt4n"  # ProductCard.svelte's scoped class hash
PL_PR = "svelte-9m2c8x"  # Price.svelte's
PL_GRID = "svelte-p4hk1e"  # the listing route's
ARIA_PAGE = ' aria-current="page"'
NL8 = "\n        "

#: brand | name | price | old price ('' when not on sale) | rating ('' when unrated) | reviews | colours | badge
#: (new / online / '') | seller ('' when sold by the retailer)
PL_ROWS = """
TRAILMARK|Men's Waterproof Mountain Walking Boots - TM500 Mid|59.99||4.6|2431|3|
TRAILMARK|Women's Waterproof Mountain Walking Boots - TM500 Mid|59.99||4.5|1187|2|
KALDERA|Men's Leather Trekking Boots - Trek 900 Matryx|149.99|179.99|4.7|612|1|
TRAILMARK|Men's Waterproof Hiking Boots - TM100 Mid|29.99||4.3|5218|2|
ROVANE|Kids' Waterproof Lace-Up Hiking Boots - Crossrock Mid 28-39|24.99||4.4|1873|4|
MERRWELL|Men's Moab Trail Mid Waterproof Hiking Boots|124.00||4.5|389|2||Summit Outlet
KALDERA|Women's Leather Trekking Boots - Trek 500|99.99||4.6|734|1|
TRAILMARK|Men's Waterproof Hiking Boots - TM900 Mid Leather|89.99|109.99|4.4|903|2|
SALOVA|Women's X Ultra 5 Mid GTX Hiking Boots|165.00||4.2|118|2|new|Peakhouse Sports
TRAILMARK|Women's Waterproof Hiking Boots - TM100 Mid|29.99||4.2|3102|3|
KALDERA|Men's Waterproof Backpacking Boots - Trek 100 Leather|74.99||4.5|1560|1|
ROVANE|Kids' Rip-Tab Hiking Boots - Crossrock Mid 24-34|19.99||4.3|988|3|
HOKKEN|Men's Anacapa 2 Mid GTX Hiking Boots|195.00||||1|online|Trailside Direct
TRAILMARK|Men's Snow Hiking Boots - SH500 Warm Mid|54.99|64.99|4.5|1422|1|
TRAILMARK|Women's Snow Hiking Boots - SH500 Warm Mid|54.99|64.99|4.4|1264|2|
KALDERA|Women's Waterproof Backpacking Boots - Trek 100 Leather|74.99||4.4|688|1|
LOWRIDGE|Men's Renegade GTX Mid Hiking Boots|210.00|235.00|4.8|94|2||Alpine Gear Co.
TRAILMARK|Men's Waterproof Hiking Boots - TM500 Mid Wide Fit|64.99||4.3|207|1|new
ROVANE|Kids' Waterproof Leather Hiking Boots - Crossrock 700 Mid|39.99||4.6|412|2|
KALDERA|Men's Mountain Trekking Boots - Trek 700 Mid|119.99||4.5|356|1|
TRAILMARK|Women's Waterproof Hiking Boots - TM900 Mid Leather|89.99|109.99|4.5|522|1|
KEENLY|Women's Targhee IV Mid Waterproof Hiking Boots|145.00||4.6|77|3||Summit Outlet
TRAILMARK|Men's Vegan Hiking Boots - TM500 Mid Eco|69.99||4.1|63|1|new
SALOVA|Men's Quest 4 GTX Backpacking Boots|220.00||4.7|201|2||Peakhouse Sports
TRAILMARK|Men's Hiking Boots - TM100 Mid Suede|34.99||4.4|2087|2|
KALDERA|Women's Mountain Trekking Boots - Trek 700 Mid|119.99||4.6|219|1|
ROVANE|Kids' Snow Boots - SH100 Warm Lace 30-38|22.99|27.99|4.2|760|2|
MERRWELL|Women's Moab 3 Mid GTX Hiking Boots|139.00||4.4|255|3||Summit Outlet
TRAILMARK|Men's Waterproof Lightweight Hiking Boots - TM Speed Mid|79.99||4.3|148|2|online
KALDERA|Men's Alpine Boots - Alpinist 900 GTX|229.99||4.8|171|1|
TRAILMARK|Women's Waterproof Hiking Boots - TM500 Mid Wide Fit|64.99||||1|new
HOKKEN|Women's Kaha 2 GTX Hiking Boots|205.00||4.5|39|2||Trailside Direct
TRAILMARK|Men's Winter Hiking Boots - SH900 Mid Leather|99.99||4.6|318|1|
ROVANE|Kids' Waterproof Hiking Boots - Crossrock 500 Mid 35-38|29.99||4.5|573|2|
KALDERA|Women's Leather Trekking Boots - Trek 900 Matryx|149.99|179.99|4.7|244|1|
LOWRIDGE|Women's Renegade GTX Mid Hiking Boots|210.00||4.7|51|1||Alpine Gear Co.
TRAILMARK|Men's Waterproof Hiking Boots - TM300 Mid|44.99||4.4|1791|3|
TRAILMARK|Women's Waterproof Hiking Boots - TM300 Mid|44.99||4.3|1210|3|
SALOVA|Men's X Ultra 5 Mid GTX Hiking Boots|165.00||4.3|146|2||Peakhouse Sports
KALDERA|Men's Trekking Boots - Trek 500 Leather|99.99|119.99|4.5|922|1|
ROVANE|Toddlers' Hiking Boots - Crossrock 100 Rip-Tab 24-30|16.99||4.2|402|3|
TRAILMARK|Men's Snow Boots - SH100 Warm Mid|34.99||4.3|2875|2|
TRAILMARK|Women's Snow Boots - SH100 Warm Mid|34.99||4.3|2340|3|
MERRWELL|Men's Thermo Kiruna 2 Mid Waterproof Boots|165.00|185.00|4.1|48|1||Summit Outlet
KALDERA|Women's Waterproof Trekking Boots - Trek 500 Mid|89.99||4.4|301|1|
KEENLY|Men's Targhee IV Mid Waterproof Hiking Boots|145.00||4.5|112|2||Summit Outlet
TRAILMARK|Men's Waterproof Hiking Boots - TM500 High|69.99||4.4|466|1|
ROVANE|Kids' Leather Hiking Boots - Crossrock 900 Mid 28-39|44.99||4.7|129|1|new
KALDERA|Men's Waterproof Scrambling Boots - Rock 500 Mid|109.99||4.3|87|1|online
TRAILMARK|Women's Hiking Boots - TM100 Mid Suede|34.99||4.3|1524|2|
HOKKEN|Men's Skyline Mid Hiking Boots|150.00||4.0|26|2||Trailside Direct
TRAILMARK|Men's Waterproof Hiking Boots - TM700 Mid|74.99|89.99|4.5|644|2|
TRAILMARK|Women's Waterproof Hiking Boots - TM700 Mid|74.99|89.99|4.4|398|2|
KALDERA|Women's Alpine Boots - Alpinist 900 GTX|229.99||4.7|66|1|
LOWRIDGE|Men's Zephyr GTX Mid Hiking Boots|185.00||||2|new|Alpine Gear Co.
ROVANE|Kids' Snow Boots - SH500 Warm Rip-Tab 24-38|29.99||4.5|688|3|
SALOVA|Women's Quest 4 GTX Backpacking Boots|220.00||4.6|88|1||Peakhouse Sports
TRAILMARK|Men's Waterproof Hiking Boots - TM500 Mid Leather|79.99||4.6|1033|1|
TRAILMARK|Women's Waterproof Hiking Boots - TM500 Mid Leather|79.99||4.5|515|1|
KALDERA|Men's Waterproof Trekking Boots - Trek 500 Mid|89.99||4.5|478|2|
MERRWELL|Women's Siren Edge 3 Mid Waterproof Hiking Boots|110.00||4.2|34|2||Summit Outlet
TRAILMARK|Men's Hiking Boots - TM50 Mid|22.99||4.1|3654|2|
TRAILMARK|Women's Hiking Boots - TM50 Mid|22.99||4.1|2790|3|
ROVANE|Kids' Waterproof Hiking Boots - Crossrock 500 Mid 28-34|29.99||4.5|811|3|
KALDERA|Men's Leather Mountain Boots - Trek 1000 Ultra|189.99||4.8|133|1|
KEENLY|Men's Pyrenees Leather Hiking Boots|180.00|199.00|4.6|57|1||Summit Outlet
TRAILMARK|Men's Waterproof Hiking Boots - TM Speed Mid Knit|84.99||||2|new
HOKKEN|Women's Anacapa 2 Mid GTX Hiking Boots|195.00||4.4|41|2||Trailside Direct
TRAILMARK|Men's Approach Boots - TM Rock Mid|64.99||4.2|176|1|online
KALDERA|Women's Leather Mountain Boots - Trek 1000 Ultra|189.99||4.7|58|1|
TRAILMARK|Women's Waterproof Snow Boots - SH900 Mid Leather|99.99||4.6|205|1|
ROVANE|Kids' Lightweight Hiking Boots - Crossrock 300 Mid 30-38|24.99|29.99|4.3|234|2|
SALOVA|Men's Cross Hike 2 Mid GTX Boots|155.00||4.4|73|2||Peakhouse Sports
TRAILMARK|Men's Waterproof Hiking Boots - TM300 Mid Wide Fit|49.99||4.2|119|1|
LOWRIDGE|Men's Camino Evo GTX Trekking Boots|275.00||4.9|38|1||Alpine Gear Co.
KALDERA|Men's Waterproof Trekking Boots - Trek 100 Mid Suede|64.99||4.4|842|2|
TRAILMARK|Women's Vegan Hiking Boots - TM500 Mid Eco|69.99||4.0|47|1|new
MERRWELL|Men's Alverstone 2 Mid Waterproof Hiking Boots|105.00|120.00|4.3|164|2||Summit Outlet
TRAILMARK|Men's Snow Hiking Boots - SH520 X-Warm Mid|69.99||4.6|891|1|
TRAILMARK|Women's Snow Hiking Boots - SH520 X-Warm Mid|69.99||4.5|702|2|
ROVANE|Kids' Snow Boots - SH900 X-Warm Lace 35-38|44.99||4.6|154|1|
KALDERA|Women's Waterproof Trekking Boots - Trek 100 Mid Suede|64.99||4.3|530|2|
KEENLY|Women's Terradora II Mid Waterproof Hiking Boots|125.00||4.5|69|2||Summit Outlet
TRAILMARK|Men's Waterproof Hiking Boots - TM900 High Leather|99.99||4.7|212|1|
HOKKEN|Men's Trail Code GTX Hiking Boots|170.00||||1|online|Trailside Direct
TRAILMARK|Men's Waterproof Hiking Boots - TM100 High|34.99||4.2|744|1|
KALDERA|Men's Waterproof Trekking Boots - Trek 300 Mid|79.99|94.99|4.4|265|2|
SALOVA|Women's Cross Hike 2 Mid GTX Boots|155.00||4.3|58|2||Peakhouse Sports
ROVANE|Kids' Waterproof Hiking Boots - Crossrock 500 Mid Rip-Tab 24-34|27.99||4.4|345|2|
TRAILMARK|Women's Waterproof Hiking Boots - TM100 High|34.99||4.1|391|2|
LOWRIDGE|Women's Lady Renegade GTX Hi Boots|215.00||4.8|29|1||Alpine Gear Co.
TRAILMARK|Men's Waterproof Hiking Boots - TM500 Mid Gore-Tex|89.99||4.5|177|1|new
KALDERA|Women's Waterproof Trekking Boots - Trek 300 Mid|79.99|94.99|4.3|141|1|
MERRWELL|Women's Accentor 3 Mid Waterproof Hiking Boots|95.00||4.1|86|3||Summit Outlet
TRAILMARK|Women's Waterproof Hiking Boots - TM500 Mid Gore-Tex|89.99||4.6|102|1|new
ROVANE|Kids' Leather Snow Boots - SH900 Warm Mid 28-38|49.99||4.5|97|1|
TRAILMARK|Kids' Waterproof Hiking Boots - TM100 Mid 35-38|24.99||4.2|326|2|
"""


class PLProduct(NamedTuple):
    brand: str
    name: str
    price: float
    old: float | None
    rating: float | None
    reviews: int | None
    colours: int
    badge: str
    seller: str


def _pl_products() -> list[PLProduct]:
    out = []
    for line in PL_ROWS.strip().splitlines():
        brand, name, price, old, rating, reviews, colours, *rest = line.split("|")
        badge = rest[0] if rest else ""
        seller = rest[1] if len(rest) > 1 else ""
        out.append(
            PLProduct(
                brand,
                name,
                float(price),
                float(old) if old else None,
                float(rating) if rating else None,
                int(reviews) if reviews else None,
                int(colours),
                badge,
                seller,
            )
        )
    return out


PL_PRODUCTS = _pl_products()
PL_BADGES = {"new": "New", "online": "Only online"}
PL_COLOURS = ["black", "brown", "grey", "blue", "green", "khaki", "navy", "purple"]


def _pl_url(product: PLProduct) -> str:
    model = 8_700_000 + _num(product.name, 5)
    code = 300_000 + _num("r" + product.name, 5)
    colour = PL_COLOURS[_num("c" + product.name, 3) % len(PL_COLOURS)]
    name = slug(product.name.replace("'", ""))
    return f"/p/{name}/_/R-p-{code}?mc={model}&c={colour}"


def _pl_money(amount: float) -> str:
    return f"£{amount:,.2f}"


def _pl_card(product: PLProduct, position: int) -> str:
    url = _pl_url(product)
    supermodel = url.split("R-p-")[1].split("?")[0]  # the product's code; mc= names its colour model
    img = hashlib.sha1(product.name.encode()).hexdigest()[:6]
    badge = ""
    if product.old:
        badge = f'<span class="vtmn-badge vtmn-badge_variant--accent {PL_SV}">Sale</span>'
    elif product.badge:
        badge = f'<span class="vtmn-badge vtmn-badge_variant--brand-reversed {PL_SV}">{PL_BADGES[product.badge]}</span>'
    if product.old:
        pct = round((product.old - product.price) / product.old * 100)
        price = f"""<div class="vtmn-price_container vtmn-flex vtmn-items-center vtmn-gap-1 {PL_PR}">
          <span class="vtmn-sr-only">Previous price</span><span class="vtmn-price vtmn-price_size--small vtmn-price_variant--strikethrough {PL_PR}">{_pl_money(product.old)}</span>
          <span class="vtmn-sr-only">Current price</span><span class="vtmn-price vtmn-price_size--medium vtmn-price_variant--accent {PL_PR}">{_pl_money(product.price)}</span>
          <span class="vtmn-tag vtmn-tag_variant--accent discount-tag {PL_PR}">-{pct}%</span>
        </div>"""
    else:
        price = f"""<div class="vtmn-price_container vtmn-flex vtmn-items-center vtmn-gap-1 {PL_PR}">
          <span class="vtmn-price vtmn-price_size--medium vtmn-price_variant--default {PL_PR}">{_pl_money(product.price)}</span>
        </div>"""
    rating = ""
    if product.rating is not None:
        full = int(product.rating)
        half = product.rating - full >= 0.5
        stars = "".join(
            f'<span class="vtmx-star-{"fill" if i < full else ("half-fill" if i == full and half else "line")} {PL_SV}" aria-hidden="true"></span>'
            for i in range(5)
        )
        rating = f"""<div class="vtmn-rating vtmn-rating_size--small vtmn-rating--readonly {PL_SV}">
          <span class="vtmn-sr-only">{product.rating} out of 5 stars</span>
          <div class="vtmn-rating_stars {PL_SV}" aria-hidden="true">{stars}</div>
          <span class="vtmn-rating_comment--primary {PL_SV}" aria-hidden="true">{product.rating}/5</span>
          <span class="vtmn-rating_comment--secondary {PL_SV}">({product.reviews:,})</span>
        </div>"""
    colours = (
        f'<span class="dpb-colors vtmn-text-xs vtmn-text-content-secondary {PL_SV}">+ {product.colours - 1} colour{"s" if product.colours > 2 else ""}</span>'
        if product.colours > 1
        else ""
    )
    seller = (
        f'<p class="dpb-seller vtmn-text-xs vtmn-text-content-tertiary {PL_SV}">Sold and shipped by <span class="vtmn-font-bold">{esc(product.seller)}</span></p>'
        if product.seller
        else ""
    )
    return f"""<div class="product-block-top-main vtmn-flex vtmn-flex-col vtmn-items-center vtmn-justify-between {PL_SV}" data-supermodelid="{supermodel}" role="listitem" data-index="{position}">
      <div class="dpb-product-image vtmn-relative vtmn-w-full {PL_SV}">
        <a href="{esc(url)}" class="dpb-product-link {PL_SV}" tabindex="-1" aria-hidden="true">
          <picture><source type="image/webp" srcset="https://contents.pitchline.co.uk/p{_num(img, 7)}/k$/{img}/picture.jpg?format=auto&amp;quality=40&amp;f=300x300 300w, https://contents.pitchline.co.uk/p{_num(img, 7)}/k$/{img}/picture.jpg?format=auto&amp;quality=40&amp;f=452x452 452w" sizes="(min-width: 1024px) 25vw, 50vw">
          <img class="vtmn-w-full vtmn-h-auto {PL_SV}" src="https://contents.pitchline.co.uk/p{_num(img, 7)}/k$/{img}/picture.jpg?format=auto&amp;quality=40&amp;f=452x452" alt="{esc(product.name)}" width="452" height="452" loading="{"eager" if position < 4 else "lazy"}"></picture>
        </a>
        <div class="product-badge vtmn-absolute vtmn-top-0 vtmn-left-0 {PL_SV}">{badge}</div>
        <button class="vtmn-btn vtmn-btn_variant--ghost vtmn-btn--icon-alone vtmn-btn_size--small wishlist-button {PL_SV}" aria-label="Add {esc(product.name)} to my wishlist" type="button"><span class="vtmx-heart-line" aria-hidden="true"></span></button>
      </div>
      <div class="dpb-models vtmn-flex vtmn-flex-col vtmn-items-start vtmn-w-full vtmn-px-2 {PL_SV}">
        {price}
        <a href="{esc(url)}" class="dpb-product-model-link vtmn-link vtmn-link_variant--standalone {PL_SV}">
          <strong class="dpb-brand vtmn-text-xs vtmn-uppercase {PL_SV}">{esc(product.brand)}</strong>
          <h2 class="vtmn-p-0 vtmn-m-0 vtmn-text-sm vtmn-font-normal vtmn-overflow-hidden vtmn-text-ellipsis {PL_SV}">{esc(product.name)}</h2>
        </a>
        {rating}
        {colours}
        {seller}
      </div>
    </div>"""


PL_PROMO = f"""<div class="cms-listing-block vtmn-flex vtmn-flex-col vtmn-justify-end {PL_GRID}" role="listitem">
      <a href="/advice/how-to-choose-hiking-boots" class="vtmn-link {PL_GRID}">
        <img src="https://contents.pitchline.co.uk/cms/hiking-boot-guide.jpg?format=auto&amp;f=600x900" alt="" loading="lazy">
        <p class="vtmn-typo_title-4 {PL_GRID}">How to choose your hiking boots</p>
        <p class="vtmn-text-sm {PL_GRID}">Fit, waterproofing, grip: our hiking team's advice in 5 minutes.</p>
        <span class="vtmn-btn vtmn-btn_variant--secondary vtmn-btn_size--small {PL_GRID}">Read the guide</span>
      </a>
    </div>"""


def _pl_href(number: int) -> str:
    return PL_PATH if number == 1 else f"{PL_PATH}?from={(number - 1) * PL_SIZE}&amp;size={PL_SIZE}"


def _pl_pager(number: int, total: int) -> str:
    prev = (
        f'<a class="vtmn-btn vtmn-btn_variant--ghost vtmn-btn--icon-alone {PL_GRID}" href="{_pl_href(number - 1)}" aria-label="Previous page"><span class="vtmx-chevron-left-line" aria-hidden="true"></span></a>'
        if number > 1
        else f'<button class="vtmn-btn vtmn-btn_variant--ghost vtmn-btn--icon-alone {PL_GRID}" disabled aria-label="Previous page"><span class="vtmx-chevron-left-line" aria-hidden="true"></span></button>'
    )
    nxt = (
        f'<a class="vtmn-btn vtmn-btn_variant--ghost vtmn-btn--icon-alone {PL_GRID}" href="{_pl_href(number + 1)}" aria-label="Next page"><span class="vtmx-chevron-right-line" aria-hidden="true"></span></a>'
        if number < total
        else f'<button class="vtmn-btn vtmn-btn_variant--ghost vtmn-btn--icon-alone {PL_GRID}" disabled aria-label="Next page"><span class="vtmx-chevron-right-line" aria-hidden="true"></span></button>'
    )
    nums = "\n".join(
        f'<li><a class="vtmn-pagination_item {PL_GRID}{" vtmn-pagination_item--active" if n == number else ""}" href="{_pl_href(n)}"{ARIA_PAGE if n == number else ""}>{n}</a></li>'
        for n in range(1, total + 1)
    )
    shown = min(number * PL_SIZE, len(PL_PRODUCTS))
    return f"""<div class="listing-pagination vtmn-flex vtmn-flex-col vtmn-items-center {PL_GRID}">
      <p class="vtmn-text-sm {PL_GRID}">You have viewed {shown} of {len(PL_PRODUCTS)} products</p>
      <div class="vtmn-progressbar {PL_GRID}" role="progressbar" aria-valuenow="{shown}" aria-valuemin="0" aria-valuemax="{len(PL_PRODUCTS)}"><div class="vtmn-progressbar_indicator" style="width: {round(shown / len(PL_PRODUCTS) * 100)}%"></div></div>
      <nav class="vtmn-pagination {PL_GRID}" aria-label="Pagination">
        {prev}
        <ul class="vtmn-flex vtmn-gap-1 {PL_GRID}">
{nums}
        </ul>
        {nxt}
      </nav>
    </div>"""


def _pl_state(number: int, products: list[PLProduct]) -> str:
    items = [
        {
            "modelId": _pl_url(p).split("mc=")[1].split("&")[0],
            "superModelId": _pl_url(p).split("R-p-")[1].split("?")[0],
            "brand": {"label": p.brand},
            "label": p.name,
            "url": _pl_url(p),
            "price": {"value": p.price, "currency": "GBP", "previous": p.old},
            "review": {"notation": p.rating, "count": p.reviews} if p.rating is not None else None,
            "colorsCount": p.colours,
            "seller": {"name": p.seller, "type": "MARKETPLACE"} if p.seller else {"type": "1P"},
        }
        for p in products
    ]
    state = {
        "_ctx": {"locale": "en_GB", "country": "GB", "currency": "GBP", "page": "listing"},
        "_listing": {
            "category": {"id": "N-1f9zt7a", "label": "Hiking boots"},
            "from": (number - 1) * PL_SIZE,
            "size": PL_SIZE,
            "total": len(PL_PRODUCTS),
            "items": items,
        },
    }
    return json.dumps(state, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


def _pl_facets() -> list[tuple[str, list[tuple[str, int]]]]:
    """The facet groups with their counts over the whole category."""

    def count(test: Callable[[PLProduct], bool]) -> int:
        return sum(1 for p in PL_PRODUCTS if test(p))

    brands = sorted({p.brand for p in PL_PRODUCTS})
    return [
        (
            "Gender",
            [
                ("Men", count(lambda p: p.name.startswith("Men"))),
                ("Women", count(lambda p: p.name.startswith("Women") or "Lady" in p.name)),
                ("Kids", count(lambda p: p.name.startswith(("Kids", "Toddlers")))),
            ],
        ),
        ("Brand", [(b, count(lambda p, b=b: p.brand == b)) for b in brands]),
        (
            "Price",
            [
                ("Under £30", count(lambda p: p.price < 30)),
                ("£30 - £60", count(lambda p: 30 <= p.price < 60)),
                ("£60 - £100", count(lambda p: 60 <= p.price < 100)),
                ("Over £100", count(lambda p: p.price >= 100)),
            ],
        ),
    ]


def _pl_page(number: int, total: int, products: list[PLProduct]) -> str:
    first = (number - 1) * PL_SIZE
    cards = [_pl_card(p, first + i) for i, p in enumerate(products)]
    if number == 1:
        cards.insert(9, PL_PROMO)
    grid = "\n    ".join(cards)
    title_suffix = "" if number == 1 else f" - Page {number}"
    intro = (
        f"""<p class="category-intro vtmn-text-sm {PL_GRID}">Waterproof, warm or lightweight: find the right hiking boots for day walks, trekking and snowy trails, from our own TRAILMARK and KALDERA ranges to the brands you love.</p>"""
        if number == 1
        else ""
    )
    facets = "\n".join(
        f"""        <details class="vtmn-accordion facet {PL_GRID}"><summary class="vtmn-accordion_summary">{name}</summary>
          <ul>{"".join(f'<li><label class="vtmn-checkbox"><input type="checkbox" name="{slug(name)}" value="{slug(v)}"><span>{v} ({c})</span></label></li>' for v, c in values)}</ul>
        </details>"""
        for name, values in _pl_facets()
    )
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="preconnect" href="https://contents.pitchline.co.uk">
  <link href="/_app/immutable/assets/0.C8sXk2Lw.css" rel="stylesheet">
  <link href="/_app/immutable/assets/ProductCard.B1dq7ZtE.css" rel="stylesheet">
  <link rel="modulepreload" href="/_app/immutable/entry/start.Dy3Pq8Xa.js">
  <link rel="modulepreload" href="/_app/immutable/chunks/entry.Cw0Rt6Hk.js">
  <link rel="modulepreload" href="/_app/immutable/nodes/14.BvQ2mN7s.js">
  <!--1ifrtq8--><title>Hiking Boots | Waterproof Walking Boots{title_suffix} | Pitchline</title>
  <meta name="description" content="Discover our range of hiking boots for men, women and kids. Waterproof, leather and snow hiking boots at Pitchline.">
  <link rel="canonical" href="{PL_HOST}{_pl_href(number).replace("&amp;", "&")}">
  <meta property="og:title" content="Hiking Boots | Pitchline"><!---->
  <script type="application/ld+json">{{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{{"@type":"ListItem","position":1,"name":"Home","item":"{PL_HOST}/"}},{{"@type":"ListItem","position":2,"name":"Hiking","item":"{PL_HOST}/browse/c0-hiking/_/N-1a2b3c"}},{{"@type":"ListItem","position":3,"name":"Hiking footwear","item":"{PL_HOST}/browse/c0-hiking/c1-hiking-footwear/_/N-1q8w7e"}},{{"@type":"ListItem","position":4,"name":"Hiking boots"}}]}}</script>
</head>
<body data-sveltekit-preload-data="hover" class="vtmn-theme-light">
  <div style="display: contents">
  <a class="vtmn-sr-only vtmn-skip-link" href="#main-content">Skip to main content</a>
  <div class="top-banner vtmn-bg-brand-primary vtmn-text-content-primary-reversed svelte-ql2c0t"><p>Free click &amp; collect in store · 90-day returns · <a href="/membership">Join Pitchline Members</a></p></div>
  <header class="header vtmn-flex vtmn-items-center svelte-1h0m2wz">
    <button class="vtmn-btn vtmn-btn_variant--ghost vtmn-btn--icon-alone menu-toggle" aria-label="Open menu" aria-expanded="false"><span class="vtmx-menu-line" aria-hidden="true"></span></button>
    <a href="/" class="header-logo" aria-label="Pitchline home page"><svg viewBox="0 0 188 48" width="141" height="36" aria-hidden="true"><path d="M0 0h188v48H0z"></path></svg></a>
    <form class="vtmn-search header-search" action="/search" method="get" role="search"><label class="vtmn-sr-only" for="search-input">Search</label><input id="search-input" class="vtmn-search_input" type="search" name="Ntt" placeholder="Search for a product, a sport, a reference..." autocomplete="off"><button class="vtmn-search_buttons" type="submit" aria-label="Search"><span class="vtmx-search-line" aria-hidden="true"></span></button></form>
    <nav class="header-actions" aria-label="My account"><a href="/stores" class="vtmn-link">Stores</a><a href="/login" class="vtmn-link">Sign in</a><a href="/wishlist" class="vtmn-link" aria-label="My wishlist"><span class="vtmx-heart-line"></span></a><a href="/cart" class="vtmn-link" aria-label="My cart, 0 items"><span class="vtmx-shopping-cart-line"></span><span class="vtmn-badge">0</span></a></nav>
  </header>
  <nav class="main-nav svelte-1h0m2wz" aria-label="Sports"><ul><li><a href="/browse/c0-hiking/_/N-1a2b3c">Hiking</a></li><li><a href="/browse/c0-running/_/N-2c3d4e">Running</a></li><li><a href="/browse/c0-cycling/_/N-3e4f5g">Cycling</a></li><li><a href="/browse/c0-camping/_/N-4g5h6i">Camping</a></li><li><a href="/browse/c0-fitness/_/N-5i6j7k">Fitness</a></li><li><a href="/browse/c0-water-sports/_/N-6k7l8m">Water sports</a></li><li><a href="/deals">Deals</a></li></ul></nav>
  <main id="main-content" class="listing-page vtmn-container {PL_GRID}">
    <nav class="vtmn-breadcrumb {PL_GRID}" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/browse/c0-hiking/_/N-1a2b3c">Hiking</a></li><li><a href="/browse/c0-hiking/c1-hiking-footwear/_/N-1q8w7e">Hiking footwear</a></li><li><span aria-current="page">Hiking boots</span></li></ol></nav>
    <h1 class="vtmn-typo_title-2 {PL_GRID}">Hiking boots</h1>
    <p class="listing-count vtmn-text-sm {PL_GRID}">{len(PL_PRODUCTS)} products</p>
    {intro}
    <div class="listing-toolbar vtmn-flex vtmn-justify-between {PL_GRID}">
      <button class="vtmn-btn vtmn-btn_variant--secondary vtmn-btn_size--small {PL_GRID}" type="button"><span class="vtmx-filter-line" aria-hidden="true"></span> Filters</button>
      <div class="vtmn-select_container {PL_GRID}"><label for="sort" class="vtmn-sr-only">Sort by</label><select id="sort" class="vtmn-select" name="sort"><option value="relevance" selected>Relevance</option><option value="price-asc">Price: low to high</option><option value="price-desc">Price: high to low</option><option value="rating">Customer rating</option><option value="new">New</option></select></div>
    </div>
    <aside class="listing-filters {PL_GRID}" aria-label="Filters">
{facets}
    </aside>
    <section class="listing-products {PL_GRID}">
    <div class="product-list vtmn-grid vtmn-grid-cols-2 desktop:vtmn-grid-cols-4 {PL_GRID}" role="list">
    {grid}
    </div>
    {_pl_pager(number, total)}
    </section>
    <section class="seo-text vtmn-text-sm {PL_GRID}"><h2>Hiking boots: how to choose?</h2><p>Walking boots support your ankles on rough ground. Look for a waterproof membrane for wet British trails, a grippy outsole for rocky paths and a warm lining for winter hikes.</p></section>
  </main>
  <footer class="footer vtmn-bg-background-alternative svelte-7ntx2e">
    <div class="footer-newsletter"><p>Sign up to our newsletter</p><form action="/newsletter" method="post"><input type="email" name="email" placeholder="Your e-mail address" aria-label="E-mail address"><button class="vtmn-btn" type="submit">Subscribe</button></form></div>
    <ul class="footer-links"><li><a href="/help">Help &amp; contact</a></li><li><a href="/delivery">Delivery</a></li><li><a href="/returns">Returns</a></li><li><a href="/stores">Our stores</a></li><li><a href="/careers">Careers</a></li><li><a href="/legal/privacy">Privacy policy</a></li><li><a href="/legal/cookies">Cookies</a></li></ul>
    <p class="vtmn-text-xs">© 2025 Pitchline Sports UK Ltd</p>
  </footer>
  <script>window.__DKT = {_pl_state(number, products)};</script>
  <script>
    {{
      __sveltekit_1tq4mz0 = {{ base: "", env: {{ PUBLIC_ENV: "production" }} }};
      const element = document.currentScript.parentElement;
      Promise.all([import("/_app/immutable/entry/start.Dy3Pq8Xa.js"), import("/_app/immutable/entry/app.Bf7Mk2Qz.js")]).then(([kit, app]) => {{
        kit.start(app, element, {{ node_ids: [0, 3, 14], data: [null, null, {{ type: "data", data: {{ listing: null }}, uses: {{ url: 1 }} }}], form: null, error: null }});
      }});
    }}
  </script>
  </div>
</body>
</html>
"""


@twentyseventh_a
def build_pitchline_sports() -> None:
    s = Site(
        "pitchline-sports",
        kind="product grid (Decathlon-style 2024–25 SvelteKit storefront on the Vitamin design system: vtmn- utility / component classes + scoped svelte- hashes, div.product-block-top-main[data-supermodelid][role=listitem] cards with an aria-hidden image link, 'Sale' / 'New' / 'Only online' vtmn-badges, a vtmn-price block with sr-only 'Previous price' / 'Current price' around a struck --strikethrough price, the --accent price and a '-20%' tag, a.dpb-product-model-link holding strong.dpb-brand + h2 name, vtmn-rating with sr-only '4.6 out of 5 stars', '4.6/5' and '(2,431)', '+ 2 colours', 'Sold and shipped by …' on marketplace items, a CMS guide tile in the page-1 grid, 'You have viewed 40 of 97 products', vtmn-pagination icon-only prev / next + numbered links to ?from=N&size=40, window.__DKT state)",
        start=PL_PATH.lstrip("/"),
        description=f"A sports retailer's UK store (pitchline.co.uk) on a Decathlon-style 2024–25 front end — SvelteKit server rendering over the Vitamin (vtmn) design system — category Hiking boots ({PL_PATH}, then ?from=40&size=40 and ?from=80&size=40), as a logged-out visitor gets it: modulepreload links to hashed _app/immutable chunks, a head block between Svelte hash comments (title, description, canonical, og title, BreadcrumbList JSON-LD); the top banner, the header (menu toggle, svg logo, search form, Stores / Sign in / wishlist / cart links), the sports nav, breadcrumbs, h1 'Hiking boots', '97 products', an intro paragraph on page 1, a Filters button and Sort select, a facet aside of details accordions with counts ('Men (44)'), then div.product-list[role=list] of div.product-block-top-main[data-supermodelid][role=listitem][data-index] cards (the supermodel id is the R-p- product code of the link's path; the link's mc= names the colour model) with scoped svelte-1ylqt4n classes: div.dpb-product-image with an aria-hidden tabindex=-1 a.dpb-product-link around a picture whose img alt is the name, div.product-badge with a vtmn-badge 'Sale' (on sale items) / 'New' / 'Only online', a wishlist button labelled 'Add <name> to my wishlist'; div.dpb-models: div.vtmn-price_container (sale: sr-only 'Previous price' + span.vtmn-price_variant--strikethrough '£179.99' + sr-only 'Current price' + span.vtmn-price_variant--accent '£149.99' + span.discount-tag '-17%'; else one span.vtmn-price_variant--default), a.dpb-product-model-link (/p/<slug>/_/R-p-<code>?mc=<model>&c=<colour>) holding strong.dpb-brand and an h2 name, div.vtmn-rating (sr-only '4.6 out of 5 stars', aria-hidden star spans, '4.6/5', '(2,431)'; absent on unrated products), 'span.dpb-colors '+ 2 colours' on multi-colour models, p.dpb-seller 'Sold and shipped by <name>' on marketplace products; a CMS guide tile (not a product) tenth in the page-1 grid; div.listing-pagination 'You have viewed 40 of 97 products', a progress bar, nav.vtmn-pagination with icon-only aria-labelled prev / next (disabled buttons at the ends) and numbered links (page 1 the bare path, aria-current=page); an SEO text, the footer; window.__DKT state JSON (the page's products with model ids, labels, urls, prices, reviews, sellers); SvelteKit's kit.start script. 40 + 40 + 17 products. Written down: title (the h2 name), url (the model link with its mc / c query), brand, price, currency, original_price (on sale items), rating and review_count (where shown).",
    )
    pages = chunks(PL_PRODUCTS, [PL_SIZE, PL_SIZE, len(PL_PRODUCTS) - 2 * PL_SIZE])
    for number, products in enumerate(pages, 1):
        text = _pl_page(number, len(pages), products)
        path = PL_PATH.lstrip("/")
        s.list_page(path if number == 1 else f"{path}@from={(number - 1) * PL_SIZE}&size={PL_SIZE}", text)
    for product in PL_PRODUCTS:
        s.expect(
            {
                "title": product.name,
                "url": _pl_url(product),
                "brand": product.brand,
                "price": product.price,
                "currency": "GBP",
                "original_price": product.old,
                "rating": product.rating,
                "review_count": product.reviews,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# orbiton-careers: a SmartRecruiters career site (careers.smartrecruiters.com/<Company>), 'Show more jobs'
# over /<Company>/api/more?page=N fragments.
# ---------------------------------------------------------------------------------------------------

OC_COMPANY = "OrbitonLogistics"
OC_JOBS_HOST = "https://jobs.smartrecruiters.com"
OC_MORE = f"/{OC_COMPANY}/api/more"

#: department | title | location | employment type
OC_ROWS = """
Customer Service|Customer Service Representative (Dutch & English)|Rotterdam, South Holland, Netherlands|Full-time
Customer Service|Customer Service Team Lead|Rotterdam, South Holland, Netherlands|Full-time
Customer Service|Customs Clearance Agent|Antwerp, Flanders, Belgium|Full-time
Customer Service|Key Account Coordinator - Automotive|Duisburg, North Rhine-Westphalia, Germany|Full-time
Engineering|Senior Backend Engineer (Kotlin)|Rotterdam, South Holland, Netherlands|Full-time
Engineering|Data Engineer - Route Optimisation|Fully remote, Netherlands|Full-time
Engineering|Frontend Engineer (React / TypeScript)|Rotterdam, South Holland, Netherlands|Full-time
Engineering|Site Reliability Engineer|Fully remote, Germany|Full-time
Engineering|Engineering Manager, Carrier Platform|Rotterdam, South Holland, Netherlands|Full-time
Engineering|QA Automation Engineer|Gdańsk, Pomeranian Voivodeship, Poland|Full-time
Engineering|Working Student Software Development (m/f/d)|Duisburg, North Rhine-Westphalia, Germany|Part-time
Finance|Accounts Payable Specialist|Gdańsk, Pomeranian Voivodeship, Poland|Full-time
Finance|Financial Controller Benelux|Rotterdam, South Holland, Netherlands|Full-time
Finance|Credit Controller (German speaking)|Gdańsk, Pomeranian Voivodeship, Poland|Full-time
Operations|Warehouse Team Lead - Night Shift|Venlo, Limburg, Netherlands|Full-time
Operations|Reach Truck Driver|Venlo, Limburg, Netherlands|Full-time
Operations|Order Picker (Weekend Shifts)|Venlo, Limburg, Netherlands|Part-time
Operations|Inbound Logistics Supervisor|Duisburg, North Rhine-Westphalia, Germany|Full-time
Operations|Fleet Planner|Antwerp, Flanders, Belgium|Full-time
Operations|Cross-Dock Operator|Antwerp, Flanders, Belgium|Full-time
Operations|Shift Manager Distribution Centre|Venlo, Limburg, Netherlands|Full-time
Operations|HGV Class 1 Driver - Nights|Felixstowe, England, United Kingdom|Full-time
Operations|Yard Marshal|Felixstowe, England, United Kingdom|Full-time
Operations|Inventory Control Analyst|Duisburg, North Rhine-Westphalia, Germany|Full-time
Operations|Operations Intern (6 months)|Rotterdam, South Holland, Netherlands|Internship
Operations|Warehouse Associate - Returns|Venlo, Limburg, Netherlands|Temporary
Operations|Health & Safety Coordinator|Felixstowe, England, United Kingdom|Full-time
Operations|Continuous Improvement Engineer|Venlo, Limburg, Netherlands|Full-time
People|Talent Acquisition Partner (Blue Collar)|Venlo, Limburg, Netherlands|Full-time
People|HR Business Partner DACH|Duisburg, North Rhine-Westphalia, Germany|Full-time
People|Payroll Administrator|Gdańsk, Pomeranian Voivodeship, Poland|Part-time
Procurement|Category Buyer - Packaging|Rotterdam, South Holland, Netherlands|Full-time
Procurement|Carrier Procurement Manager Road Freight|Antwerp, Flanders, Belgium|Full-time
Product|Product Manager, Shipper Portal|Rotterdam, South Holland, Netherlands|Full-time
Product|Product Designer|Fully remote, Netherlands|Full-time
Product|Product Analyst|Rotterdam, South Holland, Netherlands|Full-time
Sales|Business Development Manager - Contract Logistics|Felixstowe, England, United Kingdom|Full-time
Sales|Inside Sales Representative (French speaking)|Antwerp, Flanders, Belgium|Full-time
Sales|Freight Sales Executive|Duisburg, North Rhine-Westphalia, Germany|Full-time
Sales|Solutions Designer Warehousing|Venlo, Limburg, Netherlands|Full-time
Sales|Account Manager Ocean Freight|Rotterdam, South Holland, Netherlands|Full-time
Sales|Sales Operations Analyst|Gdańsk, Pomeranian Voivodeship, Poland|Full-time
Transport|Transport Planner (Intermodal)|Rotterdam, South Holland, Netherlands|Full-time
Transport|Dispatcher - Last Mile|Antwerp, Flanders, Belgium|Full-time
Transport|Customs Broker|Felixstowe, England, United Kingdom|Full-time
Transport|Rail Freight Coordinator|Duisburg, North Rhine-Westphalia, Germany|Full-time
Transport|Transport Manager (CPC holder)|Felixstowe, England, United Kingdom|Full-time
Transport|Trainee Freight Forwarder|Rotterdam, South Holland, Netherlands|Full-time
Transport|Driver Trainer|Venlo, Limburg, Netherlands|Full-time
Transport|Control Tower Analyst|Gdańsk, Pomeranian Voivodeship, Poland|Full-time
Transport|Night Dispatcher|Venlo, Limburg, Netherlands|Part-time
Transport|Customs Declarant (Import)|Antwerp, Flanders, Belgium|Full-time
"""


class OCJob(NamedTuple):
    department: str
    title: str
    location: str
    employment: str


OC_JOBS = [OCJob(*line.split("|")) for line in OC_ROWS.strip().splitlines()]


def _oc_url(job: OCJob) -> str:
    return f"{OC_JOBS_HOST}/{OC_COMPANY}/{744_000_040_000_000 + _num(job.title, 8)}-{slug(job.title)}"


def _oc_item(job: OCJob) -> str:
    return f"""<li class="opening-job job column wide-7of16 medium-1of2">
            <a href="{esc(_oc_url(job))}" aria-label="{esc(job.title)} - undefined" class="link--block details js-job-ad-link">
                <h4 class="details-title job-title link--block-target spl-text-h6">{esc(job.title)}</h4>
                <p class="details-desc job-desc text--muted spl-text-body-small">
                    <i class="icon icon--location spl-icon-location" title="{esc(job.location)}"></i><span class="details-desc-item job-location">{esc(job.location)}</span>
                    <span class="details-desc-item job-type">{esc(job.employment)}</span>
                </p>
            </a>
        </li>"""


def _oc_sections(jobs: list[OCJob]) -> str:
    groups: list[tuple[str, list[OCJob]]] = []
    for job in jobs:
        if not groups or groups[-1][0] != job.department:
            groups.append((job.department, []))
        groups[-1][1].append(job)
    return "\n".join(
        f"""<section class="openings-section opening opening--grouped js-group" data-group-id="{slug(dept)}">
    <h3 class="opening-title title display--inline-block text--default spl-text-h5">{esc(dept)}</h3>
    <ul class="opening-jobs js-group-list grid--gutter">
        {NL8.join(_oc_item(j) for j in items)}
    </ul>
</section>"""
        for dept, items in groups
    )


def _oc_page(jobs: list[OCJob]) -> str:
    departments = sorted({j.department for j in OC_JOBS})
    locations = sorted({j.location for j in OC_JOBS})
    dept_opts = "\n".join(f'<option value="{slug(d)}">{esc(d)}</option>' for d in departments)
    loc_opts = "\n".join(f'<option value="{esc(loc)}">{esc(loc)}</option>' for loc in locations)
    return f"""<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Orbiton Logistics Careers and Employment | SmartRecruiters</title>
    <meta name="description" content="Find a job at Orbiton Logistics. Browse open positions in Operations, Transport, Engineering and more, and apply today.">
    <meta property="og:title" content="Careers at Orbiton Logistics">
    <meta property="og:image" content="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/{_num(OC_COMPANY, 12)}/huge?r=s3-eu-central-1">
    <link rel="canonical" href="https://careers.smartrecruiters.com/{OC_COMPANY}">
    <link rel="stylesheet" href="https://static.smartrecruiters.com/job-widget/careers/3.14.2/css/careers.min.css">
    <link rel="stylesheet" href="https://static.smartrecruiters.com/spl/2.61.0/spl.min.css">
    <style>.hero {{ background-image: url("https://c.smartrecruiters.com/sr-careersite-image-prod-aws-dc5/{_num("hero", 12)}?r=s3-eu-central-1"); }} .button--primary {{ background-color: #0b4f6c; }}</style>
</head>
<body class="page-careers spl-font">
<a class="skip-link visually-hidden" href="#st-openings">Skip to open positions</a>
<header class="header js-header" role="banner">
    <div class="wrapper header-wrapper">
        <a class="header-logo" href="https://www.orbitonlogistics.eu" title="Orbiton Logistics">
            <img class="header-logo-img" src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/{_num(OC_COMPANY, 12)}/huge?r=s3-eu-central-1" alt="Orbiton Logistics logo">
        </a>
        <nav class="header-nav" aria-label="Career site">
            <ul class="list--inline">
                <li><a class="link--light" href="#st-about">About us</a></li>
                <li><a class="link--light" href="#st-openings">Open positions</a></li>
                <li><a class="button button--secondary" href="https://jobs.smartrecruiters.com/{OC_COMPANY}/talent-community">Join our Talent Community</a></li>
            </ul>
        </nav>
    </div>
</header>
<main role="main">
<section class="hero" aria-labelledby="hero-title">
    <div class="wrapper">
        <h1 id="hero-title" class="hero-title spl-text-h1">Move what matters with us</h1>
        <p class="hero-subtitle spl-text-body-large">Join 4,800 people keeping Europe's freight moving, from the Port of Rotterdam to the last mile.</p>
        <a class="button button--primary" href="#st-openings">See open positions</a>
    </div>
</section>
<section id="st-about" class="section section--about">
    <div class="wrapper grid">
        <div class="column wide-1of2">
            <h2 class="title title--section spl-text-h3">About Orbiton Logistics</h2>
            <p class="spl-text-body">Orbiton Logistics is a family-owned logistics provider with 14 warehouses and a fleet of 900 trucks across the Netherlands, Belgium, Germany, Poland and the United Kingdom. We plan, store and move goods for retailers, manufacturers and e-commerce brands.</p>
            <p class="spl-text-body">We invest in our people: paid training, a driver academy and clear career paths from the warehouse floor to management.</p>
        </div>
        <div class="column wide-1of2">
            <div class="video-wrapper"><iframe title="Life at Orbiton" src="https://www.youtube-nocookie.com/embed/0rb1t0nL0g1" loading="lazy" allowfullscreen></iframe></div>
        </div>
    </div>
</section>
<section class="section section--values">
    <div class="wrapper">
        <h2 class="title title--section spl-text-h3">Why join us</h2>
        <ul class="grid values-list">
            <li class="column wide-1of3"><h3 class="spl-text-h6">Safety first</h3><p>Every site is ISO 45001 certified.</p></li>
            <li class="column wide-1of3"><h3 class="spl-text-h6">Grow with us</h3><p>62% of our team leads started on the floor.</p></li>
            <li class="column wide-1of3"><h3 class="spl-text-h6">Greener freight</h3><p>A third of our fleet runs on HVO or electric.</p></li>
        </ul>
    </div>
</section>
<section id="st-openings" class="section section--openings openings js-openings" aria-labelledby="openings-title">
    <div class="wrapper">
        <h2 id="openings-title" class="title title--section spl-text-h3">Current job openings</h2>
        <form class="openings-filters grid js-openings-filters" action="/{OC_COMPANY}" method="get" role="search">
            <div class="column wide-1of3">
                <label class="visually-hidden" for="search">Search jobs</label>
                <input id="search" class="input spl-input" type="search" name="search" placeholder="Search job title or location">
            </div>
            <div class="column wide-1of3">
                <label class="visually-hidden" for="location">Location</label>
                <select id="location" class="select spl-select js-filter" name="location">
<option value="">All locations</option>
{loc_opts}
                </select>
            </div>
            <div class="column wide-1of3">
                <label class="visually-hidden" for="department">Department</label>
                <select id="department" class="select spl-select js-filter" name="department">
<option value="">All departments</option>
{dept_opts}
                </select>
            </div>
        </form>
        <p class="openings-count text--muted spl-text-body-small">{len(OC_JOBS)} open positions</p>
        <div class="openings-body js-openings-load">
{_oc_sections(jobs)}
        </div>
        <div class="openings-more js-more-wrapper">
            <button class="button button--primary js-more" type="button" data-page="1">Show more jobs</button>
        </div>
    </div>
</section>
</main>
<footer class="footer" role="contentinfo">
    <div class="wrapper footer-wrapper">
        <ul class="list--inline footer-links">
            <li><a href="https://www.orbitonlogistics.eu/privacy" class="link--light">Privacy Policy</a></li>
            <li><a href="https://www.orbitonlogistics.eu/cookies" class="link--light">Cookie Policy</a></li>
            <li><button class="link--light js-cookie-settings" type="button">Cookie settings</button></li>
        </ul>
        <p class="footer-powered">Powered by <a href="https://www.smartrecruiters.com/?utm_source=careers" class="link--light" rel="nofollow">SmartRecruiters</a> - <a href="https://www.smartrecruiters.com/job-search/" class="link--light">Job Search</a></p>
    </div>
</footer>
<script>
    window.SR = window.SR || {{}};
    SR.careers = {{"companyIdentifier": "{OC_COMPANY}", "companyName": "Orbiton Logistics", "locale": "en", "moreUrl": "{OC_MORE}", "groupBy": "department", "trackingId": null}};
</script>
<script>
(function () {{
    var button = document.querySelector('.js-more');
    var target = document.querySelector('.js-openings-load');
    if (!button) return;
    button.addEventListener('click', function () {{
        var page = parseInt(button.getAttribute('data-page'), 10);
        button.disabled = true;
        fetch(SR.careers.moreUrl + '?page=' + page, {{credentials: 'same-origin', headers: {{'X-Requested-With': 'XMLHttpRequest'}}}})
            .then(function (response) {{ return response.text(); }})
            .then(function (html) {{
                if (!html.trim()) {{ button.parentNode.removeChild(button); return; }}
                var holder = document.createElement('div');
                holder.innerHTML = html;
                Array.prototype.forEach.call(holder.querySelectorAll('.js-group'), function (group) {{
                    var existing = target.querySelector('.js-group[data-group-id="' + group.getAttribute('data-group-id') + '"] .js-group-list');
                    if (existing) {{
                        Array.prototype.forEach.call(group.querySelectorAll('.opening-job'), function (li) {{ existing.appendChild(li); }});
                    }} else {{
                        target.appendChild(group);
                    }}
                }});
                button.setAttribute('data-page', page + 1);
                button.disabled = false;
            }});
    }});
}})();
</script>
<script src="https://static.smartrecruiters.com/job-widget/careers/3.14.2/js/careers.min.js" defer></script>
</body>
</html>
"""


@twentyseventh_a
def build_orbiton_careers() -> None:
    s = Site(
        "orbiton-careers",
        kind="company careers page (SmartRecruiters career site 2024–25: hero, about and values sections, search / location / department filters, section.openings-section.opening--grouped.js-group per department with h3.opening-title, ul.opening-jobs of li.opening-job.job.column.wide-7of16.medium-1of2 > a.link--block.details.js-job-ad-link to absolute jobs.smartrecruiters.com/<Company>/<id>-<slug> links with aria-label '<title> - undefined', h4.details-title.job-title, p.job-desc with a location icon titled with the location + location and type spans; a 'Show more jobs' button whose script fetches /<Company>/api/more?page=N fragments of the same grouped sections (a department continuing across fragments))",
        start=f"{OC_COMPANY}/",
        description=f"A European freight company's career site on SmartRecruiters (careers.smartrecruiters.com/{OC_COMPANY}), as a logged-out visitor gets it in 2025: careers.min.css and the SPL stylesheet, a skip link, header.header with the company logo and About us / Open positions / 'Join our Talent Community' links, a hero 'Move what matters with us', an about section with a video iframe, a 'Why join us' values list (h3s that are not jobs), then section#st-openings: h2 'Current job openings', a GET filter form (search input, location and department selects listing every location / department), '52 open positions', div.openings-body.js-openings-load holding section.openings-section.opening.opening--grouped.js-group[data-group-id] blocks per department (h3.opening-title) with ul.opening-jobs.js-group-list of li.opening-job.job.column.wide-7of16.medium-1of2 > a.link--block.details.js-job-ad-link (absolute {OC_JOBS_HOST}/{OC_COMPANY}/<15-digit id>-<slug>, aria-label '<title> - undefined') > h4.details-title.job-title.link--block-target + p.details-desc.job-desc (an i.icon--location whose title is the location, span.job-location 'Rotterdam, South Holland, Netherlands' or 'Fully remote, Germany', span.job-type 'Full-time' / 'Part-time' / 'Internship' / 'Temporary'); 24 jobs on the page, then a 'Show more jobs' button (data-page=1) whose inline script reads SR.careers.moreUrl and fetches {OC_MORE}?page=N: bare fragments of the same grouped sections (16 then 12 jobs; a department cut by a page boundary starts again with its heading and the script merges it), ?page=3 answers an empty body and the button goes; the footer with privacy / cookie links and 'Powered by SmartRecruiters'. 24 + 16 + 12 jobs. Written down: title, url (the absolute job link), department (the group heading), location, employment_type.",
    )
    pages = chunks(OC_JOBS, [24, 16, len(OC_JOBS) - 40])
    s.list_page(f"{OC_COMPANY}/index.html", _oc_page(pages[0]))
    for number, jobs in enumerate(pages[1:], 1):
        s.list_page(f"{OC_MORE.lstrip('/')}@page={number}", _oc_sections(jobs))
    s.write(f"{OC_MORE.lstrip('/')}@page={len(pages)}", "")
    for job in OC_JOBS:
        s.expect(
            {
                "title": job.title,
                "url": _oc_url(job),
                "department": job.department,
                "location": job.location,
                "employment_type": job.employment,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TWENTYSEVENTH_A.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
