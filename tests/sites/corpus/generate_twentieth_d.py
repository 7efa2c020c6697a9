"""Twentieth wave, part D: three public scraping sandboxes whose records are not in the served HTML, copied
from their real 2024–25 markup and written before any heuristic was changed for them.

* **tsquotes-js** — quotes.toscrape.com/js/: the quotes.toscrape base template (``div.row.header-box`` with
  the "Quotes to Scrape" title link and "Login", the GoodReads / Zyte footer) around a ``<script>`` that holds
  ``var data = [...]`` — a JSON list (``json.dumps(indent=4)``, so ``\\u201c`` and ``\\u00e9`` escapes) of
  ``{"tags": [...], "author": {"name", "goodreads_link", "slug"}, "text"}`` — and a loop that
  ``document.write``s ``div.quote > span.text + span > small.author + div.tags > a.tag`` (no author link, tag
  anchors without ``href``), with ``$.map`` from ``/static/jquery.js``; a ``ul.pager`` with ``li.next``
  "Next →" to ``/js/page/2/`` and ``li.previous`` on later pages. Written down: text, author, tags.
* **tsquotes-scroll** — quotes.toscrape.com/scroll: the same template with an empty ``div.quotes`` inside
  ``div.row > div.col-md-8`` and a ``div#loading`` "Loading..." box; a jQuery script that ``$.get``s
  ``/api/quotes?page=N`` on load and whenever the window is scrolled to the bottom while ``has_next`` holds,
  and appends the same ``div.quote`` markup. The API answers the Flask-era pretty-printed JSON (sorted keys,
  ``", "`` separators, ASCII escapes): ``{"has_next", "page", "quotes": [{"author": {"goodreads_link",
  "name", "slug"}, "tags", "text"}], "tag": null, "top_ten_tags": [["love", 14], ...]}``. Written down:
  text, author, tags.
* **oscarfilms-ajax** — scrapethissite.com's "Oscar Winning Films: AJAX and Javascript": the Bootstrap 3
  ``nav#site-nav`` tabs, ``section#oscars`` with the ``h1.page-title`` + small hint, a lead paragraph,
  "Choose a Year to View Films" and ``a.year-link`` anchors ``href="#" id="2015"`` … ``2010``, a hidden
  ``table.table-hover`` with a ``th`` header row and an empty ``tbody#table-body``, a ``#loading`` gif; an
  inline jQuery script (jQuery from the Google CDN) whose click handler asks ``?ajax=true&year=<id>`` for a
  JSON list ``[{"title": "Spotlight ", "year": 2015, "awards": 2, "nominations": 6, "best_picture": true},
  ...]`` (titles with a trailing space, ``best_picture`` only on the winner) and appends ``tr.film`` rows of
  ``td.film-title`` / ``film-nominations`` / ``film-awards`` / ``film-best-picture`` (a flag glyph). The copy
  answers three years (2015, 2014, 2013; the 2012–2010 links are the cut). Written down: title, year,
  awards, nominations, best_picture (true on the winners only).

Run ``uv run python tests/sites/corpus/generate_twentieth_d.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, slug
from generate_fourth import QUOTES

TWENTIETH_D: dict[str, Callable[[], None]] = {}


def twentieth_d(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TWENTIETH_D[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


# ---------------------------------------------------------------------------------------------------
# quotes.toscrape.com: the data both variants share (the real site's first thirty quotes).
# ---------------------------------------------------------------------------------------------------

TS_QUOTES: list[tuple[str, str, list[str]]] = [
    *QUOTES,
    (
        "The more that you read, the more things you will know. The more that you learn, the more places you'll go.",
        "Dr. Seuss",
        ["learning", "reading", "seuss"],
    ),
    (
        "Of course it is happening inside your head, Harry, but why on earth should that mean that it is not real?",
        "J.K. Rowling",
        ["dumbledore"],
    ),
]
GOODREADS = {
    "Albert Einstein": "9810.Albert_Einstein",
    "J.K. Rowling": "1077326.J_K_Rowling",
    "Jane Austen": "1265.Jane_Austen",
    "Marilyn Monroe": "82952.Marilyn_Monroe",
    "André Gide": "7617.Andr_Gide",
    "Thomas A. Edison": "3091287.Thomas_A_Edison",
    "Eleanor Roosevelt": "44566.Eleanor_Roosevelt",
    "Steve Martin": "7103.Steve_Martin",
    "Bob Marley": "62006.Bob_Marley",
    "Dr. Seuss": "61105.Dr_Seuss",
    "Mark Twain": "1244.Mark_Twain",
    "Allen Saunders": "2014993.Allen_Saunders",
    "C.S. Lewis": "1069006.C_S_Lewis",
    "Elie Wiesel": "1575.Elie_Wiesel",
    "Friedrich Nietzsche": "1938.Friedrich_Nietzsche",
    "George R.R. Martin": "346732.George_R_R_Martin",
    "Harper Lee": "1825.Harper_Lee",
}
#: The real /api/quotes answer's "Top Ten tags" (tag, count over the whole site).
TS_TOP_TAGS = [
    ["love", 14],
    ["inspirational", 13],
    ["life", 13],
    ["humor", 12],
    ["books", 11],
    ["reading", 7],
    ["friendship", 5],
    ["friends", 4],
    ["truth", 4],
    ["simile", 3],
]

#: A jQuery-compatible subset served as /static/jquery.js, so that the offline copy renders in a browser
#: (the live site serves jQuery itself; the page scripts below are the real ones).
JQUERY_SUBSET = r"""/*! jQuery-compatible subset for an offline copy: $(fn), selectors, append/show/hide/find/remove/attr,
 *  click/scroll/on, height/scrollTop, $.map, $.each, $.param, $.ajax, $.get */
(function (window, document) {
    function Q(nodes) { this.nodes = nodes; this.length = nodes.length; }
    function $(sel) {
        if (typeof sel === "function") {
            if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", sel); } else { sel(); }
            return new Q([document]);
        }
        if (sel === window || sel === document || (sel && sel.nodeType)) { return new Q([sel]); }
        return new Q(Array.prototype.slice.call(document.querySelectorAll(sel)));
    }
    Q.prototype.each = function (fn) { for (var i = 0; i < this.nodes.length; i++) { fn.call(this.nodes[i], i, this.nodes[i]); } return this; };
    Q.prototype.append = function (html) {
        var text = Array.isArray(html) ? html.join("") : html;
        return this.each(function () { this.insertAdjacentHTML("beforeend", text); });
    };
    Q.prototype.show = function () { return this.each(function () { this.style.display = ""; }); };
    Q.prototype.hide = function () { return this.each(function () { this.style.display = "none"; }); };
    Q.prototype.find = function (sel) {
        var out = [];
        this.each(function () { out = out.concat(Array.prototype.slice.call(this.querySelectorAll(sel))); });
        return new Q(out);
    };
    Q.prototype.remove = function () { return this.each(function () { if (this.parentNode) { this.parentNode.removeChild(this); } }); };
    Q.prototype.attr = function (name) { return this.nodes.length ? this.nodes[0].getAttribute(name) : undefined; };
    Q.prototype.on = function (name, fn) { return this.each(function () { this.addEventListener(name, fn); }); };
    Q.prototype.click = function (fn) { return this.on("click", fn); };
    Q.prototype.scroll = function (fn) { return this.on("scroll", fn); };
    Q.prototype.height = function () {
        var node = this.nodes[0];
        if (node === window) { return window.innerHeight; }
        if (node === document) { return document.documentElement.scrollHeight; }
        return node ? node.offsetHeight : 0;
    };
    Q.prototype.scrollTop = function () { return window.pageYOffset; };
    $.map = function (items, fn) {
        var out = [];
        for (var i = 0; i < items.length; i++) { var value = fn(items[i], i); if (value !== null && value !== undefined) { out.push(value); } }
        return out;
    };
    $.each = function (items, fn) {
        for (var i = 0; i < items.length; i++) { if (fn.call(items[i], i, items[i]) === false) { break; } }
        return items;
    };
    $.param = function (data) {
        return Object.keys(data).map(function (key) {
            var value = data[key] === null || data[key] === undefined ? "" : data[key];
            return encodeURIComponent(key) + "=" + encodeURIComponent(value);
        }).join("&");
    };
    $.ajax = function (options) {
        var target = options.url;
        if (options.data) { target += (target.indexOf("?") < 0 ? "?" : "&") + $.param(options.data); }
        var xhr = new XMLHttpRequest();
        xhr.open("GET", target);
        xhr.onload = function () { if (xhr.status < 400 && options.success) { options.success(JSON.parse(xhr.responseText)); } };
        xhr.send();
        return xhr;
    };
    $.get = function (target, data, success) {
        if (typeof data === "function") { success = data; data = null; }
        return $.ajax({ url: target, data: data, success: success });
    };
    window.jQuery = window.$ = $;
})(window, document);"""


def _ts_author(name: str) -> dict[str, str]:
    """The author object of the real data, in the page's key order."""
    return {
        "name": name,
        "goodreads_link": f"/author/show/{GOODREADS[name]}",
        "slug": slug(name.replace(".", " ")).title(),
    }


def _ts_text(text: str) -> str:
    return f"\u201c{text}\u201d"


def _ts_head() -> str:
    return """<!DOCTYPE html>
<html lang="en">
<head>
	<meta charset="UTF-8">
	<title>Quotes to Scrape</title>
    <link rel="stylesheet" href="/static/bootstrap.min.css">
    <link rel="stylesheet" href="/static/main.css">


</head>
<body>
    <div class="container">
        <div class="row header-box">
            <div class="col-md-8">
                <h1>
                    <a href="/" style="text-decoration: none">Quotes to Scrape</a>
                </h1>
            </div>
            <div class="col-md-4">
                <p>

                    <a href="/login">Login</a>

                </p>
            </div>
        </div>
    """


TS_FOOT = """
    </div>
    <footer class="footer">
        <div class="container">
            <p class="text-muted">
                Quotes by: <a href="https://www.goodreads.com/quotes">GoodReads.com</a>
            </p>
            <p class="copyright">
                Made with <span class='zyte'>❤</span> by <a class='zyte' href="https://www.zyte.com">Zyte</a>
            </p>
        </div>
    </footer>
</body>
</html>"""


def _ts_expect(s: Site) -> None:
    for text, author, tags in TS_QUOTES:
        s.expect({"text": _ts_text(text), "author": author, "tags": tags or None})


# ---------------------------------------------------------------------------------------------------
# tsquotes-js: quotes.toscrape.com/js/ — the quotes live in a `var data = [...]` literal.
# ---------------------------------------------------------------------------------------------------


def _js_pager(number: int, count: int) -> str:
    previous = (
        f"""
        <li class="previous">
            <a href="/js/page/{number - 1}/"><span aria-hidden="true">&larr;</span> Previous</a>
        </li>
        """
        if number > 1
        else "\n        "
    )
    following = (
        f"""
        <li class="next">
            <a href="/js/page/{number + 1}/">Next <span aria-hidden="true">&rarr;</span></a>
        </li>
        """
        if number < count
        else "\n        "
    )
    return f"""<nav>
    <ul class="pager">
        {previous}{following}
    </ul>
</nav>"""


def _js_page(number: int, count: int, rows: list[tuple[str, str, list[str]]]) -> str:
    data = [{"tags": tags, "author": _ts_author(author), "text": _ts_text(text)} for text, author, tags in rows]
    literal = json.dumps(data, indent=4)  # ASCII escapes, as the live page has them
    script = f"""<script src="/static/jquery.js"></script>
<script>
    var data = {literal};
    for (var i in data) {{
        var d = data[i];
        var tags = $.map(d['tags'], function(t) {{
            return "<a class='tag'>" + t + "</a>";
        }}).join(" ");
        document.write("<div class='quote'><span class='text'>" + d['text'] + "</span><span>by <small class='author'>" + d['author']['name'] + "</small></span><div class='tags'>Tags: " + tags + "</div></div>");
        }}
</script>
"""
    return _ts_head() + "\n" + script + _js_pager(number, count) + "\n" + TS_FOOT


@twentieth_d
def build_tsquotes_js() -> None:
    s = Site(
        "tsquotes-js",
        kind="JS-rendered quotes list (quotes.toscrape.com/js/ 2024–25: no quote in the HTML, a `var data = [...]` JSON literal with \\u201c escapes of {tags, author: {name, goodreads_link, slug}, text} written out as div.quote by document.write, li.next 'Next →' to /js/page/N/)",
        start="js/",
        description="quotes.toscrape.com/js/ as served in 2024–25: the Quotes to Scrape base template (div.row.header-box with the title link and 'Login', the GoodReads / Zyte footer) around <script src=/static/jquery.js> and an inline script holding var data = [...] — json.dumps(indent=4) output, so the curly quotes and accents are \\u escapes — of objects {tags: [...], author: {name, goodreads_link: '/author/show/9810.Albert_Einstein', slug}, text}, then a for-in loop that document.write()s div.quote > span.text + span 'by' small.author + div.tags 'Tags:' a.tag (no href; no author link, no microdata); ul.pager with li.next 'Next →' to /js/page/2/ and li.previous '← Previous' on later pages; ten quotes a page, authors repeating, one quote without tags. Written down: text (with its curly quotes), author, tags.",
    )
    pages = chunks(TS_QUOTES, [10, 10, 10])
    for number, rows in enumerate(pages, 1):
        path = "js/index.html" if number == 1 else f"js/page/{number}/index.html"
        s.list_page(path, _js_page(number, len(pages), rows))
    s.write("static/jquery.js", JQUERY_SUBSET)
    _ts_expect(s)
    s.finish()


# ---------------------------------------------------------------------------------------------------
# tsquotes-scroll: quotes.toscrape.com/scroll — an empty container filled from /api/quotes?page=N.
# ---------------------------------------------------------------------------------------------------

SCROLL_SCRIPT = """<div class="row">
    <div class="col-md-8">
        <div class="quotes"></div>
    </div>
</div>
<div id="loading" style="background-color: #eeeecc"><h5>Loading...</h5></div>

<script src="/static/jquery.js"></script>
<script>
    $(function() {
        var page = 1, tag = null, hasNextPage = true, loading = false;

        function appendQuotes(quotes) {
            var html = $.map(quotes, function(d) {
                var tags = $.map(d['tags'], function(t) {
                    return "<a class='tag'>" + t + "</a>";
                }).join(" ");
                return "<div class='quote'><span class='text'>" + d['text'] + "</span><span>by <small class='author'>" + d['author']['name'] + "</small></span><div class='tags'>Tags: " + tags + "</div></div>";
            });
            $('.quotes').append(html);
        }

        function updateQuotes() {
            if (loading || !hasNextPage) {
                return;
            }
            loading = true;
            $('#loading').show();
            $.get('/api/quotes', {page: page}, function(data) {
                appendQuotes(data.quotes);
                hasNextPage = data.has_next;
                tag = data.tag;
                page = data.page + 1;
                loading = false;
                $('#loading').hide();
            });
        }

        $(window).scroll(function() {
            if ($(window).scrollTop() + $(window).height() >= $(document).height() - 100) {
                updateQuotes();
            }
        });

        updateQuotes();
    });
</script>
"""


def _api_answer(number: int, count: int, rows: list[tuple[str, str, list[str]]]) -> str:
    """The Flask jsonify answer of the live API: sorted keys, indent 2, ', ' separators, ASCII escapes."""
    quotes = [{"author": _ts_author(author), "tags": tags, "text": _ts_text(text)} for text, author, tags in rows]
    answer: dict[str, Any] = {
        "has_next": number < count,
        "page": number,
        "quotes": quotes,
        "tag": None,
        "top_ten_tags": TS_TOP_TAGS,
    }
    return json.dumps(answer, indent=2, sort_keys=True, separators=(", ", ": "))


@twentieth_d
def build_tsquotes_scroll() -> None:
    s = Site(
        "tsquotes-scroll",
        kind="infinite scroll over a JSON API (quotes.toscrape.com/scroll 2024–25: an empty div.quotes and a 'Loading...' box, a jQuery script that $.get()s /api/quotes?page=N on load and at the bottom of the window while has_next holds; Flask pretty-printed answers {has_next, page, quotes: [{author: {goodreads_link, name, slug}, tags, text}], tag: null, top_ten_tags})",
        start="scroll",
        description="quotes.toscrape.com/scroll as served in 2024–25: the Quotes to Scrape base template (header-box, title link, 'Login', the GoodReads / Zyte footer) around div.row > div.col-md-8 > div.quotes (empty), div#loading 'Loading...', <script src=/static/jquery.js> and an inline script: var page = 1, tag = null, hasNextPage = true; updateQuotes() $.get('/api/quotes', {page: page}) and appends the answer's quotes as div.quote > span.text + span 'by' small.author + div.tags 'Tags:' a.tag (no links), then sets hasNextPage from has_next and page from page + 1; it runs on load and whenever the window is scrolled to the bottom. /api/quotes?page=N answers Flask's pretty-printed JSON (sorted keys, indent 2, ', ' separators, \\u201c escapes): has_next (false on page 3), page, quotes (ten, each {author: {goodreads_link, name, slug}, tags, text}), tag: null and top_ten_tags [[tag, count], ...]. Written down: text (with its curly quotes), author, tags.",
    )
    s.write("scroll/index.html", _ts_head() + "\n" + SCROLL_SCRIPT + TS_FOOT)
    pages = chunks(TS_QUOTES, [10, 10, 10])
    for number, rows in enumerate(pages, 1):
        s.list_page(f"api/quotes@page={number}", _api_answer(number, len(pages), rows))
    s.write("static/jquery.js", JQUERY_SUBSET)
    _ts_expect(s)
    s.finish()


# ---------------------------------------------------------------------------------------------------
# oscarfilms-ajax: scrapethissite.com's "Oscar Winning Films: AJAX and Javascript".
# ---------------------------------------------------------------------------------------------------

#: (title, awards, nominations, best picture) per film year, as the Academy Awards gave them.
FILMS: dict[int, list[tuple[str, int, int, bool]]] = {
    2015: [
        ("Spotlight", 2, 6, True),
        ("Mad Max: Fury Road", 6, 10, False),
        ("The Revenant", 3, 12, False),
        ("Bridge of Spies", 1, 6, False),
        ("The Big Short", 1, 5, False),
        ("The Danish Girl", 1, 4, False),
        ("Room", 1, 4, False),
        ("The Hateful Eight", 1, 3, False),
        ("Ex Machina", 1, 2, False),
        ("Inside Out", 1, 2, False),
        ("Amy", 1, 1, False),
        ("Bear Story", 1, 1, False),
        ("A Girl in the River: The Price of Forgiveness", 1, 1, False),
        ("Son of Saul", 1, 1, False),
        ("Spectre", 1, 1, False),
        ("Stutterer", 1, 1, False),
    ],
    2014: [
        ("Birdman", 4, 9, True),
        ("The Grand Budapest Hotel", 4, 9, False),
        ("Whiplash", 3, 5, False),
        ("The Imitation Game", 1, 8, False),
        ("American Sniper", 1, 6, False),
        ("Boyhood", 1, 6, False),
        ("Interstellar", 1, 5, False),
        ("The Theory of Everything", 1, 5, False),
        ("Ida", 1, 2, False),
        ("Selma", 1, 2, False),
        ("Big Hero 6", 1, 1, False),
        ("Citizenfour", 1, 1, False),
        ("Crisis Hotline: Veterans Press 1", 1, 1, False),
        ("Feast", 1, 1, False),
        ("The Phone Call", 1, 1, False),
        ("Still Alice", 1, 1, False),
    ],
    2013: [
        ("12 Years a Slave", 3, 9, True),
        ("Gravity", 7, 10, False),
        ("Dallas Buyers Club", 3, 6, False),
        ("Frozen", 2, 2, False),
        ("The Great Gatsby", 2, 2, False),
        ("Her", 1, 5, False),
        ("Blue Jasmine", 1, 3, False),
        ("20 Feet from Stardom", 1, 1, False),
        ("The Great Beauty", 1, 1, False),
        ("Helium", 1, 1, False),
        ("Mr Hublot", 1, 1, False),
        ("The Lady in Number 6: Music Saved My Life", 1, 1, False),
    ],
}
#: The year links the page shows; the copy answers only the first three.
FILM_YEARS = [2015, 2014, 2013, 2012, 2011, 2010]

OSCAR_PAGE = """<!doctype html>
<html lang="en">

  <head>
    <meta charset="utf-8">
    <title>Oscar Winning Films: AJAX and Javascript | Scrape This Site | A public sandbox for learning web scraping</title>
    <link rel="icon" type="image/png" href="/static/images/scraper-icon.png" />

    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="description" content="Click through a bunch of great films. Learn how content is added to the page asynchronously with Javascript and how you can scrape it.">

    <link href="https://maxcdn.bootstrapcdn.com/bootstrap/3.3.5/css/bootstrap.min.css" rel="stylesheet" integrity="sha256-MfvZlkHCEqatNoGiOXveE8FIwMzZg4W85qfrfIFBfYc= sha512-dTfge/zgoMYpP7QbHy4gWMEGsbsdZeCXz7irItjcC3sPUFtf0kuFbDz/ixG7ArTxmDjLXDmezHubeNikyKGVyQ==" crossorigin="anonymous">
    <link href='https://fonts.googleapis.com/css?family=Lato:400,700' rel='stylesheet' type='text/css'>
    <link rel="stylesheet" type="text/css" href="/static/css/styles.css">
  </head>

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
    </script>

    <div id="page">
        <section id="oscars">
            <div class="container">
                <div class="row">
                    <div class="col-md-12">
                        <h1 class="page-title">
                            <img src="/static/images/scraper-icon.png" class="hidden-xs">
                            Oscar Winning Films: AJAX and Javascript
                            <small>Press one of the years to load the films.</small>
                        </h1>
                        <p class="lead">
                            Click through a bunch of great films. Learn how content is added to the page asynchronously with Javascript and how you can scrape it.
                        </p>
                        <hr>
                    </div>
                </div>

                <div class="row">
                    <div class="col-md-12 text-center">
                        <h3>Choose a Year to View Films</h3>
{years}
                    </div>
                </div>
                <br>

                <div class="row">
                    <div class="col-md-12">
                        <table class="table table-hover" style="display: none;">
                            <tr>
                                <th>Title</th>
                                <th>Nominations</th>
                                <th>Awards</th>
                                <th><i class="glyphicon glyphicon-flag"></i> Best Picture</th>
                            </tr>
                            <tbody id="table-body"></tbody>
                        </table>
                    </div>
                </div>

                <div class="row">
                    <div class="col-md-4 col-md-offset-4">
                        <div id="loading" style="display: none;">
                            <img src="/static/images/loading.gif" class="center-block">
                        </div>
                    </div>
                </div>
            </div>
        </section>
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

    <script type="text/javascript">
        $(".year-link").click(function(){
            var year = $(this).attr("id");
            $("#loading").show();
            $("table").hide();
            $("#table-body").find("tr").remove();

            $.ajax({
                url: "?ajax=true&year=" + year,
                success: function(films){
                    $.each(films, function(i, film){
                        var bestPicture = "";
                        if (film.best_picture) {
                            bestPicture = "<i class=\\"glyphicon glyphicon-flag\\"></i>";
                        }
                        $("#table-body").append(
                            "<tr class=\\"film\\">" +
                                "<td class=\\"film-title\\">" + film.title + "</td>" +
                                "<td class=\\"film-nominations\\">" + film.nominations + "</td>" +
                                "<td class=\\"film-awards\\">" + film.awards + "</td>" +
                                "<td class=\\"film-best-picture\\">" + bestPicture + "</td>" +
                            "</tr>"
                        );
                    });
                    $("#loading").hide();
                    $("table").fadeIn();
                }
            });
            return false;
        });
    </script>

  </body>
</html>"""


def _films_answer(year: int) -> str:
    """The live answer: one line, the model's key order, a trailing space in every title."""
    films: list[dict[str, Any]] = []
    for title, awards, nominations, best in FILMS[year]:
        film: dict[str, Any] = {"title": f"{title} ", "year": year, "awards": awards, "nominations": nominations}
        if best:
            film["best_picture"] = True
        films.append(film)
    return json.dumps(films)


@twentieth_d
def build_oscarfilms_ajax() -> None:
    s = Site(
        "oscarfilms-ajax",
        kind="AJAX table (scrapethissite.com 'Oscar Winning Films: AJAX and Javascript' 2024–25: a.year-link anchors href='#' whose id is the year, an empty tbody#table-body filled by an inline jQuery click handler from ?ajax=true&year=N JSON lists of {title, year, awards, nominations, best_picture}, trailing spaces in titles)",
        start="pages/ajax-javascript/",
        description="scrapethissite.com's 'Oscar Winning Films: AJAX and Javascript' (/pages/ajax-javascript/) as served in 2024–25: the Bootstrap 3 nav#site-nav tabs (Scrape This Site, Sandbox, Lessons, FAQ, Login), section#oscars with h1.page-title 'Oscar Winning Films: AJAX and Javascript' + small 'Press one of the years to load the films.', a lead paragraph, h3 'Choose a Year to View Films' over a.year-link anchors (href='#', id='2015' … '2010'), a hidden table.table-hover (a th header row: Title, Nominations, Awards, a flag glyph + Best Picture) with an empty tbody#table-body, a #loading gif, the footer; jQuery 1.11.3 from the Google CDN, Bootstrap, pjax and site.js, then an inline script whose .year-link click handler calls $.ajax({url: '?ajax=true&year=' + id}) and appends tr.film rows of td.film-title / film-nominations / film-awards / film-best-picture (a glyphicon-flag on the winner). The answer is a one-line JSON list of {title, year, awards, nominations} with best_picture: true on the Best Picture winner only, every title ending in a space; nothing loads until a year is clicked. The copy answers 2015, 2014 and 2013 (16 + 16 + 12 films; the 2012–2010 links are the cut). Written down: title, year, awards, nominations, best_picture (true on the three winners).",
    )
    years = "\n".join(
        f'                        <a href="#" class="year-link" id="{year}">{year}</a>' for year in FILM_YEARS
    )
    s.write("pages/ajax-javascript/index.html", OSCAR_PAGE.replace("{years}", years))
    for year, films in FILMS.items():
        s.list_page(f"pages/ajax-javascript/@ajax=true&year={year}", _films_answer(year))
        for title, awards, nominations, best in films:
            s.expect(
                {
                    "title": title,
                    "year": year,
                    "awards": awards,
                    "nominations": nominations,
                    "best_picture": True if best else None,
                }
            )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TWENTIETH_D.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
