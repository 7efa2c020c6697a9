"""Twenty-third wave, part A: a well-known list page copied from their logged-out 2024–25 markup and written
before any heuristic was changed for them.

* **gutenshelf** — Project Gutenberg's search results (``/ebooks/search/?query=sea`` then ``&start_index=26`` and
  ``51``): ``ul.results`` mixing ``li.navlink`` sort links ("Sort Alphabetically", "Sort by Release Date") and
  ``li.statusline`` ("Displaying results 26–50 | Previous | Next") with the ``li.booklink > a.link`` books:
  ``span.cell.leftcell.with-cover > img.cover-thumb`` (or the ``without-cover`` book / audiobook icon),
  ``span.title``, ``span.subtitle`` (author, missing on anonymous works), ``span.extra`` "12345 downloads".
  25 + 25 + 11 books. Written down: title, url, author, downloads.

Run ``uv run python tests/sites/corpus/generate_twentythird_a.py`` to rebuild them (the helpers and the conventions
are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc

TWENTYTHIRD_A: dict[str, Callable[[], None]] = {}


def twentythird_a(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TWENTYTHIRD_A[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hex(text: str, size: int = 10) -> str:
    """A stable id derived from ``text`` (the real sites use random ones)."""
    return hashlib.sha1(text.encode()).hexdigest()[:size]


def _short_id(text: str) -> str:
    """A Lobsters-like six-character short id (lowercase letters and digits)."""
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    number = int(_hex(text, 12), 16)
    out = ""
    for _ in range(6):
        number, digit = divmod(number, len(alphabet))
        out += alphabet[digit]
    return out


# ---------------------------------------------------------------------------------------------------
# gutenshelf: Project Gutenberg's search results (ul.results with navlink, statusline and booklink items).
# ---------------------------------------------------------------------------------------------------

PG_QUERY = "sea"

#: (ebook number, title, author or None, downloads, cover: "cover" | "none" | "audio"), most downloaded first.
PG_BOOKS: list[tuple[int, str, str | None, int, str]] = [
    (2718, "The Whaler's Widow; Or, The Long Watch", "Elias Thornbury", 48213, "cover"),
    (1904, "Twenty Fathoms Down: A Tale of the Deep", "Jules Marchetti", 31877, "cover"),
    (4411, "The Sea Hawk of Lyme", "Rafael Sandoval", 18342, "cover"),
    (6023, "Captains of the Narrow Sea", "Josiah Pengelly", 12906, "cover"),
    (832, "The Sea and Its Moods", "Harriet Oakhampton", 11275, "cover"),
    (21033, "Sea-Drift: Poems", "Walter Ashby Crane", 9831, "cover"),
    (1190, "The Cruise of the Albatross Moon", "Thomas Rennick", 8702, "cover"),
    (36211, "Tales of the South Sea Islands", "Ada Wetherell", 7455, "cover"),
    (15502, "The Old Man and the Harbour Light", "Silas Morrow", 6980, "cover"),
    (45117, "Sea Fisheries of the North Atlantic", None, 6124, "cover"),
    (3902, "By Sea and Land: Letters Home, 1851–1853", "Margaret Colquhoun", 5877, "cover"),
    (27650, "The Sea Wolf's Apprentice", "Nathaniel Ebbs", 5403, "cover"),
    (9871, "Deep-Sea Plunderings", "Frank Bellamy Hollis", 4989, "cover"),
    (53120, "The Sea Lady's Secret", "Herbert Wyndham", 4616, "cover"),
    (12240, "Lighthouses of the Irish Sea", "Patrick Dunleavy", 4302, "cover"),
    (7766, "The Sea: Its Stirring Story of Adventure, Peril, and Heroism", "Frederick Whymper Hale", 4188, "cover"),
    (40288, "A Voyage to the Inland Sea", "Charlotte Ridley", 3954, "cover"),
    (18830, "The Sea Fairies", "Lyman Fairbank", 3720, "cover"),
    (60441, "Songs of the Sea and Shore", "Various", 3511, "cover"),
    (2330, "The Wreck of the Sea Swallow", "George Penhaligon", 3298, "cover"),
    (33109, "Ballads of the Seven Seas", "Rudyard Kellaway", 3102, "cover"),
    (14877, "The Sea Queen's Diary", "Isabel Trevanion", 2956, "none"),
    (51602, "Sea Power in the Age of Sail", "Admiral Henry Calloway", 2811, "cover"),
    (24008, "Beyond the Sargasso Sea", "Owen Lisle", 2675, "cover"),
    (8812, "Moby Lane and Other Sea Sketches", "Ruth Kestrel", 2530, "cover"),
    (47390, "The Sea Beach at Ebb-Tide", "Augusta Fennimore", 2417, "cover"),
    (29915, "Stories of the Sea Told by Sailors", "Various", 2296, "cover"),
    (63301, "The Sea Scouts of Kent", "Percy Halloran", 2180, "cover"),
    (5520, "Over the Sea to Skye: A Highland Journey", "Duncan MacRury", 2064, "cover"),
    (38027, "The Sea-Girt Isle", "Emily Brackwater", 1959, "cover"),
    (10456, "The Sea Hunters", "Ralph Wexford", 1852, "none"),
    (22794, "A Sea-Cook's Book of Receipts", None, 1746, "cover"),
    (57218, "The Lure of the Sea", "J. Warrington Pryce", 1641, "cover"),
    (3377, "Sea and Sardinia Revisited", "Dorothy Lawrance", 1550, "cover"),
    (41950, "The Sea-Serpent Problem Examined", "Prof. Anton Reinholt", 1472, "cover"),
    (19062, "Sea Yarns for Boys", "W. H. Tennant", 1389, "cover"),
    (66082, "The Phantom Ship of the Sea of Marmara", "Constance Vere", 1305, "cover"),
    (12009, "The Sea-Mew and Other Verses", "Lydia Quarles", 1231, "none"),
    (30566, "Pirates of the Java Sea", "Captain Miles Dorrance", 1177, "cover"),
    (45998, "The Sea Garden", "Hilda Doolittle-Marsh", 1108, "cover"),
    (7301, "Sea Stories: Read by Volunteers (Audio)", "Various", 1046, "audio"),
    (52333, "A History of Sea Charts", "Bernard Quenneville", 988, "cover"),
    (25570, "The Sea Between Us", "Flora Kingsmill", 931, "cover"),
    (61729, "The Story of the Sea-Bird", "Edwin Larkspur", 870, "cover"),
    (16245, "Sea Terms and Phrases: A Glossary", None, 822, "cover"),
    (34712, "Fishermen of the Grey Sea", "Jan van Ommeren", 775, "cover"),
    (9233, "By the Sea: A Novel", "Clara Bellwood", 731, "cover"),
    (58860, "The Sea of Fate", "Pauline Ashcroft", 688, "cover"),
    (20414, "The Sea Kings of Crete", "James Baikie Lorne", 642, "cover"),
    (43571, "Sea Shells Collected and Described", "Mrs. Eleanor Gwynne", 597, "cover"),
    (11847, "The Sea-Lions; Or, The Lost Sealers", "J. Fenwick Coop", 553, "cover"),
    (67504, "On the Sea-Coast of Bohemia", "Vaclav Drozd", 512, "none"),
    (28199, "The Sea Trader's Ledger", None, 476, "cover"),
    (4860, "The Sea-Fight off Flamborough", "Edmund Garside", 441, "cover"),
    (55403, "Sea-Weeds of the British Coast", "Agnes Pollexfen", 407, "cover"),
    (31720, "A Cruise in the Caribbean Sea", "Lt. Robert Ashdown", 376, "cover"),
    (13894, "The Sea Maid's Music", "Violet Penrose", 342, "cover"),
    (62011, "Sea Legends of Cornwall (Audio)", "Various", 311, "audio"),
    (37456, "The Sea-Rovers of Old Salem", "Nathaniel Creswick", 284, "cover"),
    (8137, "The Dead Sea Fruit", "Mary Elizabeth Baddeley", 259, "cover"),
    (50079, "Sea Lanes and Trade Winds", "Horace Penwarden", 231, "cover"),
]

PG_PER_PAGE = [25, 25, 11]
PG_STARTS = [1, 26, 51]


def _pg_search(**params: str | int) -> str:
    query = f"/ebooks/search/?query={PG_QUERY}"
    for key, value in params.items():
        query += f"&amp;{key}={value}"
    return query


def _pg_page_url(number: int) -> str:
    return _pg_search() if number == 1 else _pg_search(start_index=PG_STARTS[number - 1])


def _pg_book(book: tuple[int, str, str | None, int, str], position: int) -> str:
    number, title, author, downloads, cover = book
    if cover == "cover":
        left = f"""<span class="cell leftcell with-cover">
<img class="cover-thumb" src="/cache/epub/{number}/pg{number}.cover.small.jpg" alt="" />
</span>"""
    else:
        icon = "icon_audiobook" if cover == "audio" else "icon_book"
        left = f"""<span class="cell leftcell without-cover">
<span class="icon-wrapper"><span class="icon {icon}"></span></span>
</span>"""
    subtitle = f'\n<span class="subtitle">{esc(author)}</span>' if author else ""
    accesskey = f' accesskey="{position}"' if position < 10 else ""
    return f"""<li class="booklink">
<a class="link" href="/ebooks/{number}"{accesskey}>
{left}
<span class="cell content">
<span class="title">{esc(title)}</span>{subtitle}
<span class="extra">{downloads} downloads</span>
</span>
<span class="hstrut"></span>
</a>
</li>"""


def _pg_statusline(number: int, last: int, first: int, shown: int) -> str:
    links = [f"Displaying results {first}&ndash;{first + shown - 1}"]
    if number > 1:
        links.append(
            f'<a title="Go to the previous page of results." accesskey="-" href="{_pg_page_url(number - 1)}">Previous</a>'
        )
    if number < last:
        links.append(
            f'<a title="Go to the next page of results." accesskey="+" href="{_pg_page_url(number + 1)}">Next</a>'
        )
    joined = " |\n".join(links)
    return f"""<li class="statusline">
<div class="padded">
<span class="links">
{joined}
</span>
</div>
</li>"""


def _pg_navlink(href: str, icon: str, label: str, *, grayed: bool, accesskey: str) -> str:
    return f"""<li class="navlink{" grayed" if grayed else ""}">
<a class="link" href="{href}" accesskey="{accesskey}">
<span class="cell leftcell">
<span class="icon-wrapper"><span class="icon {icon}"></span></span>
</span>
<span class="cell content">
<span class="title">{label}</span>
</span>
<span class="hstrut"></span>
</a>
</li>"""


PG_HEADER = """<header class="nav-wrapper">
<nav class="navbar" aria-label="Main Navigation">
 <a class="no-hover" href="/" id="main_logo">
  <img src="/gutenberg/pg-logo-129x80.png" alt="Project Gutenberg" draggable="false">
 </a>
 <input type="checkbox" id="menu-toggle" aria-label="Toggle the menu">
 <label for="menu-toggle" class="hamburger">
  <span class="bun bun-top"><span class="bun-crust bun-crust-top"></span></span>
  <span class="bun bun-bottom"><span class="bun-crust bun-crust-bottom"></span></span>
 </label>
 <div class="menu-wrapper">
  <div class="search-wrapper">
   <form method="get" action="/ebooks/search/" enctype="multipart/form-data">
    <table class="searchbox"><tr>
     <td><input type="text" name="query" class="searchInput" aria-label="Search Bar" title="Search Project Gutenberg" value="sea" id="menu-book-search" placeholder="Quick search" /></td>
     <td><input title="Search" name="submit_search" class="search-icon" type="image" id="search-icon" alt="Search" src="/gutenberg/search.png" /></td>
    </tr></table>
   </form>
  </div>
  <ul class="menu">
   <li class="has-sub-menu">
    <a class="menu-item" tabindex="0">About <span class="caret">&#9662;</span></a>
    <ul class="sub-menu">
     <li><a href="/about/">About Project Gutenberg</a></li>
     <li><a href="/policy/collection_development.html">Collection Development</a></li>
     <li><a href="/about/contact_information.html">Contact Us</a></li>
     <li><a href="/about/background/">History &amp; Philosophy</a></li>
     <li><a href="/policy/permission.html">Permissions &amp; License</a></li>
     <li><a href="/policy/privacy_policy.html">Privacy Policy</a></li>
     <li><a href="/policy/terms_of_use.html">Terms of Use</a></li>
    </ul>
   </li>
   <li class="has-sub-menu">
    <a class="menu-item" tabindex="0">Search and Browse <span class="caret">&#9662;</span></a>
    <ul class="sub-menu">
     <li><a href="/ebooks/">Book Search</a></li>
     <li><a href="/ebooks/bookshelf/">Bookshelves</a></li>
     <li><a href="/browse/scores/top">Frequently Downloaded</a></li>
     <li><a href="/ebooks/offline_catalogs.html">Offline Catalogs</a></li>
    </ul>
   </li>
   <li class="has-sub-menu">
    <a class="menu-item" tabindex="0">Help <span class="caret">&#9662;</span></a>
    <ul class="sub-menu">
     <li><a href="/help/">All help topics &rarr;</a></li>
     <li><a href="/help/copyright.html">Copyright How-To</a></li>
     <li><a href="/help/errata.html">Errata, Fixes and Bug Reports</a></li>
     <li><a href="/help/file_formats.html">File Formats</a></li>
     <li><a href="/help/faq.html">Frequently Asked Questions</a></li>
     <li><a href="/policy/">Policies &rarr;</a></li>
     <li><a href="/help/public_domain_ebook_submission.html">Public Domain eBook Submission</a></li>
     <li><a href="/help/submitting_your_own_work.html">Submitting Your Own Work</a></li>
     <li><a href="/help/mobile.html">Tablets, Phones and eReaders</a></li>
     <li><a href="/attic/">The Attic &rarr;</a></li>
    </ul>
   </li>
   <li><a class="menu-item" href="/donate/">Donation</a></li>
  </ul>
 </div>
 <a class="donate-link" href="/donate/"><span class="donate-link-text">Donate</span></a>
</nav>
</header>"""


PG_FOOTER = """<div class="footer">
 <ul>
  <li><a href="/policy/privacy_policy.html" title="Gutenberg privacy policy.">Privacy policy</a></li>
  <li><a href="/about/" title="About Project Gutenberg.">About Project Gutenberg</a></li>
  <li><a href="/policy/terms_of_use.html" title="Gutenberg Terms of Use">Terms of Use</a></li>
  <li><a href="/about/contact_information.html" title="How to contact Project Gutenberg.">Contact Information</a></li>
 </ul>
 <div id="footer-social">
  <a href="https://www.facebook.com/gutenberg.org" title="Project Gutenberg on Facebook"><img src="/gutenberg/facebook.png" alt="Facebook" /></a>
  <a href="https://mastodon.social/@gutenberg_org" title="Project Gutenberg on Mastodon" rel="me"><img src="/gutenberg/mastodon.png" alt="Mastodon" /></a>
 </div>
</div>"""


def _pg_page(number: int, last: int, books: list[tuple[int, str, str | None, int, str]]) -> str:
    first = PG_STARTS[number - 1]
    navlinks = "\n".join(
        [
            _pg_navlink(_pg_search(), "icon_popular", "Sort by Popularity", grayed=True, accesskey="p"),
            _pg_navlink(
                _pg_search(sort_order="title"), "icon_alpha", "Sort Alphabetically", grayed=False, accesskey="a"
            ),
            _pg_navlink(
                _pg_search(sort_order="release_date"), "icon_date", "Sort by Release Date", grayed=False, accesskey="r"
            ),
        ]
    )
    items = "\n".join(_pg_book(book, position) for position, book in enumerate(books, 1))
    status = _pg_statusline(number, last, first, len(books))
    canonical = "https://www.gutenberg.org" + _pg_page_url(number)
    rel = ""
    if number > 1:
        rel += f'<link rel="prev" href="{_pg_page_url(number - 1)}" />\n'
    if number < last:
        rel += f'<link rel="next" href="{_pg_page_url(number + 1)}" />\n'
    return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" xmlns:marcrel="http://id.loc.gov/vocabulary/relators/" version="XHTML+RDFa 1.1" xml:lang="en" lang="en">
<head profile="http://a9.com/-/spec/opensearch/1.1/">
<style>
.icon {{ background: transparent url(/pics/sprite.png?1591217411) 0 0 no-repeat; }}
</style>
<link rel="stylesheet" type="text/css" href="/gutenberg/pg-desktop-one.css?v=1.1" />
<link rel="stylesheet" type="text/css" href="/gutenberg/new_nav.css?v=1.321" />
<script>//<![CDATA[
var json_search     = "/ebooks/suggest/";
var mobile_url      = "//m.gutenberg.org/ebooks/search.mobile/?query={PG_QUERY}";
var canonical_url   = "{canonical.replace("&amp;", "&")}";
var lang            = "en";
var fb_lang         = "en_US"; /* FB accepts only xx_XX */
var msg_load_more   = "Load More Results…";
var page_mode       = "screen";
var dialog_title    = "";
var dialog_message  = "";
//]]></script>
<script src="/js/pg-desktop-one.js?v=1.1"></script>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta http-equiv="Content-Style-Type" content="text/css" />
<meta http-equiv="Content-Language" content="en" />
<link rel="shortcut icon" href="/gutenberg/favicon.ico?v=1.1" />
<link rel="search" type="application/opensearchdescription+xml" title="Search Project Gutenberg" href="https://www.gutenberg.org/catalog/osd-books.xml" />
<link rel="canonical" href="{canonical}" />
<link rel="alternate nofollow" type="application/atom+xml;profile=opds-catalog" title="OPDS feed" href="{_pg_page_url(number).replace("/search/", "/search.opds/")}" />
{rel}<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta name="totalResults" content="{sum(PG_PER_PAGE)}" />
<meta name="startIndex" content="{first}" />
<meta name="itemsPerPage" content="25" />
<meta name="keywords" content="ebook, ebooks, free ebooks, free books, book, books, audio books" />
<meta name="classification" content="public" />
<meta property="og:title" content="{PG_QUERY} | Project Gutenberg" />
<meta property="og:description" content="Project Gutenberg is a library of over 75,000 free eBooks" />
<meta property="og:type" content="website" />
<meta property="og:image" content="https://www.gutenberg.org/gutenberg/pg-logo-144x144.png" />
<meta property="og:url" content="{canonical}" />
<meta property="og:site_name" content="Project Gutenberg" />
<title>{PG_QUERY} | Project Gutenberg</title>
</head>
<body>
<div id="mw-head-dummy" class="noprint"></div>
<div id="mw-head" class="noprint">
{PG_HEADER}
</div>
<div class="container" id="content" itemscope="itemscope" itemtype="http://schema.org/SearchResultsPage">
<div class="page_content">
<div class="header">
<h1>Books: {PG_QUERY} (sorted by popularity)</h1>
</div>
<div class="body">
<div>
<ul class="results">
{navlinks}
{status}
{items}
{status}
</ul>
</div>
</div>
</div>
</div>
<div class="noprint">
{PG_FOOTER}
</div>
<div id="fb-root"></div>
<div id="print-head" class="noscreen">
<div class="center">https://www.gutenberg.org/ebooks/search/?query={PG_QUERY}<br/><br/>Project Gutenberg offers 75,402 free eBooks for Kindle, iPad, Nook, Android, and iPhone.</div>
</div>
<div id="screen-footer">
</div>
<div id="print-footer" class="noscreen">
</div>
</body>
</html>"""


@twentythird_a
def build_gutenshelf() -> None:
    s = Site(
        "gutenshelf",
        kind="ebook search results (Project Gutenberg: ul.results mixing li.navlink sort links and li.statusline 'Displaying results 26–50 | Previous | Next' with li.booklink > a.link rows of span.cell.leftcell.with-cover > img.cover-thumb (or a without-cover book / audiobook icon), span.title, span.subtitle author (absent on anonymous works), span.extra '12345 downloads'; ?query=sea&start_index=N)",
        start=f"ebooks/search/?query={PG_QUERY}",
        description="Project Gutenberg's search results for 'sea' (gutenberg.org/ebooks/search/?query=sea, 2024–25, sorted by popularity, 25 per page): the XHTML+RDFa head with the opensearch totalResults / startIndex / itemsPerPage metas and the inline json_search / canonical_url script; the 2023 nav (logo, hamburger checkbox, quick search form, About / Search and Browse / Help submenus, Donate); h1 'Books: sea (sorted by popularity)'; one ul.results holding, in order, three li.navlink rows built like the books (a.link > span.cell.leftcell icon + span.cell.content > span.title 'Sort by Popularity' (grayed) / 'Sort Alphabetically' / 'Sort by Release Date' + span.hstrut), an li.statusline (div.padded > span.links 'Displaying results 26–50' | a 'Previous' | a 'Next' with accesskeys - / +; no Previous on page 1, no Next on page 3), then the li.booklink rows: a.link[href=/ebooks/<n>] (accesskey 1–9 on the first nine) > span.cell.leftcell.with-cover > img.cover-thumb, or span.cell.leftcell.without-cover > span.icon-wrapper > span.icon.icon_book / icon_audiobook on six, span.cell.content > span.title, span.subtitle (the author; missing on four anonymous works, 'Various' on collections), span.extra '48213 downloads' (no thousands separator), span.hstrut; the same statusline again at the end of the list. Pages are /ebooks/search/?query=sea, &start_index=26 and &start_index=51 (page 1 is served again at &start_index=1, where page 2's Previous points). The footer (privacy, about, terms, contact; social links) and print-only blocks. 25 + 25 + 11 books. Written down: title, url, author (absent when the page shows none), downloads.",
    )
    pages = chunks(PG_BOOKS, PG_PER_PAGE)
    for number, books in enumerate(pages, 1):
        text = _pg_page(number, len(pages), books)
        name = f"ebooks/search/@query={PG_QUERY}" + ("" if number == 1 else f"&start_index={PG_STARTS[number - 1]}")
        s.list_page(name, text)
        if number == 1:
            s.write(f"ebooks/search/@query={PG_QUERY}&start_index=1", text)
    for number, title, author, downloads, _cover in PG_BOOKS:
        s.expect({"title": title, "url": f"/ebooks/{number}", "author": author, "downloads": downloads})
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TWENTYTHIRD_A.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
