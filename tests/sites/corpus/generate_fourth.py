"""Fourth wave of open corpus sites (issue #3): copies of how well-known site families mark up their
lists: a Django-Oscar bookshop (books.toscrape), a quotes site whose authors repeat
(quotes.toscrape), a stats table paged by ``?page_num=N`` (scrapethissite), an Amazon-like search
result grid and a podcast's episode archive.

Run ``uv run python tests/sites/corpus/generate_fourth.py`` to rebuild them (the helpers and the
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

FOURTH: dict[str, Callable[[], None]] = {}


def fourth(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    FOURTH[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


# ---------------------------------------------------------------------------------------------------
# paperback-alley: a Django-Oscar catalogue the way books.toscrape.com serves it: article.product_pod
# cards in an ol.row grid, titles cut to four words with the full title only in the link's title
# attribute (and the cover's alt), the rating only as a class word (p.star-rating Three), "In stock"
# on every card, a category tree of links in the sidebar, "Page 1 of 3" and li.next > a; page 1 is
# index.html at the root, the next pages live under catalogue/ and link relative to it.
# ---------------------------------------------------------------------------------------------------

# (title, price in GBP, stars)
BOOKS = [
    ("A Light in the Attic", 51.77, 3),
    ("Tipping the Velvet", 53.74, 1),
    ("Soumission", 50.10, 1),
    ("Sharp Objects", 47.82, 4),
    ("Sapiens: A Brief History of Humankind", 54.23, 5),
    ("The Requiem Red", 22.65, 1),
    ("The Dirty Little Secrets of Getting Your Dream Job", 33.34, 4),
    ("The Coming Woman: A Novel Based on the Life of the Infamous Feminist, Victoria Woodhull", 17.93, 3),
    ("The Boys in the Boat: Nine Americans and Their Epic Quest for Gold at the 1936 Berlin Olympics", 22.60, 4),
    ("The Black Maria", 52.15, 1),
    ("Starving Hearts (Triangular Trade Trilogy, #1)", 13.99, 2),
    ("Shakespeare's Sonnets", 20.66, 4),
    ("Set Me Free", 17.46, 5),
    ("Scott Pilgrim's Precious Little Life (Scott Pilgrim #1)", 52.29, 5),
    ("Rip it Up and Start Again", 35.02, 5),
    ("Our Band Could Be Your Life: Scenes from the American Indie Underground, 1981-1991", 57.25, 3),
    ("Olio", 23.88, 1),
    ("Mesaerion: The Best Science Fiction Stories 1800-1849", 37.59, 1),
    ("Libertarianism for Beginners", 51.33, 2),
    ("It's Only the Himalayas", 45.17, 2),
    ("In Her Wake", 12.84, 1),
    ("How Music Works", 37.32, 2),
    ("Chase Me (Paris Nights #2)", 25.27, 5),
    ("Black Dust", 34.53, 5),
    ("Birdsong: A Story in Pictures", 54.64, 3),
    ("Aladdin and His Wonderful Lamp", 53.13, 3),
    ("Worlds Elsewhere: Journeys Around Shakespeare's Globe", 40.30, 5),
    ("Wall and Piece", 44.18, 4),
]
ACTIVE = ' class="active"'
CURRENT = ' aria-current="page"'
STAR_WORDS = {1: "One", 2: "Two", 3: "Three", 4: "Four", 5: "Five"}
BOOK_CATEGORIES = [
    "Travel",
    "Mystery",
    "Historical Fiction",
    "Sequential Art",
    "Classics",
    "Philosophy",
    "Romance",
    "Womens Fiction",
    "Fiction",
    "Childrens",
    "Religion",
    "Nonfiction",
    "Music",
    "Default",
    "Science Fiction",
    "Sports and Games",
    "Add a comment",
    "Fantasy",
    "New Adult",
    "Young Adult",
    "Science",
    "Poetry",
    "Paranormal",
    "Art",
    "Psychology",
    "Autobiography",
    "Parenting",
    "Adult Fiction",
    "Humor",
    "Horror",
    "History",
    "Food and Drink",
]


def _book_path(index: int, title: str) -> str:
    """The book's page relative to catalogue/ (Oscar's slug and a descending id)."""
    return f"{slug(title)}_{1000 - index}/index.html"


def _cut(title: str) -> str:
    """Oscar's ``truncatewords:4`` on the card's title."""
    words = title.split()
    return title if len(words) <= 4 else " ".join(words[:4]) + " ..."


def _book_pod(index: int, book: tuple[str, float, int], prefix: str) -> str:
    title, price, stars = book
    href = prefix + _book_path(index, title)
    media = "media" if prefix else "../media"
    image = f"{media}/cache/{index:02x}/{(index * 37) % 256:02x}/{slug(title)[:12]}{index:04d}.jpg"
    icons = '\n                    <i class="icon-star"></i>' * 5
    return f"""
                        <li class="col-xs-6 col-sm-4 col-md-3 col-lg-3">
    <article class="product_pod">
            <div class="image_container">
                    <a href="{href}"><img src="{image}" alt="{esc(title)}" class="thumbnail"></a>
            </div>
                <p class="star-rating {STAR_WORDS[stars]}">{icons}
                </p>
            <h3><a href="{href}" title="{esc(title)}">{esc(_cut(title))}</a></h3>
            <div class="product_price">
        <p class="price_color">{money(price, "£")}</p>
<p class="instock availability">
    <i class="icon-ok"></i>
        In stock
</p>
    <form>
        <button type="submit" class="btn btn-primary btn-block" data-loading-text="Adding...">Add to basket</button>
    </form>
            </div>
    </article>
</li>"""


def _books_page(number: int, pages: int, first: int, books: list[tuple[int, tuple[str, float, int]]]) -> str:
    root = "" if number == 1 else "../"
    prefix = "catalogue/" if number == 1 else ""
    categories = "".join(
        f"""
                        <li>
                            <a href="{root}catalogue/category/books/{slug(c).replace("-", "_")}_{i + 2}/index.html">
                                    {esc(c)}
                            </a>
                        </li>"""
        for i, c in enumerate(BOOK_CATEGORIES)
    )
    pods = "".join(_book_pod(i, b, prefix) for i, b in books)
    previous = (
        f'<li class="previous"><a href="{"../index.html" if number == 2 else f"page-{number - 1}.html"}">previous</a></li>'
        if number > 1
        else ""
    )
    following = f'<li class="next"><a href="{prefix}page-{number + 1}.html">next</a></li>' if number < pages else ""
    return f"""<!DOCTYPE html>
<!--[if lt IE 7]>      <html lang="en-us" class="no-js lt-ie9 lt-ie8 lt-ie7"> <![endif]-->
<!--[if IE 7]>         <html lang="en-us" class="no-js lt-ie9 lt-ie8"> <![endif]-->
<!--[if IE 8]>         <html lang="en-us" class="no-js lt-ie9"> <![endif]-->
<!--[if gt IE 8]><!--> <html lang="en-us" class="no-js"> <!--<![endif]-->
    <head>
        <title>
    All products | Paperback Alley - Sandbox
</title>
        <meta http-equiv="content-type" content="text/html; charset=UTF-8" />
        <meta name="created" content="24th Jun 2016 09:29" />
        <meta name="description" content="" />
        <meta name="viewport" content="width=device-width" />
        <meta name="robots" content="NOARCHIVE,NOCACHE" />
        <link rel="shortcut icon" href="{root}static/oscar/favicon.ico" />
        <link rel="stylesheet" type="text/css" href="{root}static/oscar/css/styles.css" />
        <link rel="stylesheet" href="{root}static/oscar/js/bootstrap-datetimepicker/bootstrap-datetimepicker.css" />
    </head>
    <body id="default" class="default">
        <header class="header container-fluid">
            <div class="page_inner">
                <div class="row">
                    <div class="col-sm-8 h1"><a href="{root}index.html">Paperback Alley</a><small> We love being browsed!</small>
</div>
                </div>
            </div>
        </header>
        <div class="container-fluid page">
            <div class="page_inner">
    <ul class="breadcrumb">
        <li>
            <a href="{root}index.html">Home</a>
        </li>
        <li class="active">All products</li>
    </ul>
                <div class="row">
                    <aside class="sidebar col-sm-4 col-md-3">
                        <div id="promotions_left">
                        </div>
    <div class="side_categories">
        <ul class="nav nav-list">
                <li>
                    <a href="{root}catalogue/category/books_1/index.html">
                            Books
                    </a>
                    <ul>{categories}
                    </ul>
                </li>
        </ul>
    </div>
                    </aside>
                    <div class="col-sm-8 col-md-9">
                        <div class="page-header action">
                            <h1>All products</h1>
                        </div>
                        <div id="messages">
                        </div>
                        <div id="promotions">
                        </div>
    <form method="get" class="form-horizontal">
        <div style="display:none">
        </div>
            <strong>{len(BOOKS)}</strong> results - showing <strong>{first + 1}</strong> to <strong>{first + len(books)}</strong>.
    </form>
        <section>
            <div class="alert alert-warning" role="alert"><strong>Warning!</strong> This is a demo website for web scraping purposes. Prices and ratings here were randomly assigned and have no real meaning.</div>
            <div>
                <ol class="row">{pods}
                </ol>
                    <div>
                        <ul class="pager">
                            {previous}
                            <li class="current">
                            Page {number} of {pages}
                            </li>
                            {following}
                        </ul>
                    </div>
            </div>
        </section>
                    </div>
                </div><!-- /row -->
            </div><!-- /page_inner -->
        </div><!-- /container-fluid -->
        <footer class="footer container-fluid">
        </footer>
        <script src="{root}static/oscar/js/jquery/jquery-1.9.1.min.js" type="text/javascript" charset="utf-8"></script>
        <script src="{root}static/oscar/js/bootstrap3/bootstrap.min.js" type="text/javascript" charset="utf-8"></script>
        <script src="{root}static/oscar/js/oscar/ui.js" type="text/javascript" charset="utf-8"></script>
        <script type="text/javascript">
            $(function() {{
                oscar.init();
                oscar.search.init();
            }});
        </script>
    </body>
</html>"""


@fourth
def build_paperback_alley() -> None:
    s = Site(
        "paperback-alley",
        kind="bookshop catalogue (Django-Oscar, books.toscrape-like)",
        start="index.html",
        description="A books.toscrape-like catalogue: article.product_pod cards, titles cut to four words with the full title in the link's title attribute, the rating only as a class word (star-rating Three), a category tree in the sidebar, li.next pagination relative to catalogue/.",
    )
    pages = chunks(list(enumerate(BOOKS)), [10, 10, 8])
    first = 0
    for number, books in enumerate(pages, 1):
        path = "index.html" if number == 1 else f"catalogue/page-{number}.html"
        s.list_page(path, _books_page(number, len(pages), first, books))
        first += len(books)
    for index, (title, price, stars) in enumerate(BOOKS):
        s.expect(
            {
                "title": title,
                "url": "/catalogue/" + _book_path(index, title),
                "price": price,
                "currency": "GBP",
                "rating": stars,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# quotebook: quotes.toscrape.com: div.quote (schema.org CreativeWork microdata) with span.text, the
# author in small.author and an "(about)" link to the author's page, tags as a.tag after "Tags:" and
# a meta.keywords copy; no record has a link of its own, and authors come back on one page and
# across pages (the author's link must not be the key). A "Top Ten tags" box uses a.tag too.
# ---------------------------------------------------------------------------------------------------

QUOTES = [
    (
        "The world as we have created it is a process of our thinking. It cannot be changed without changing our thinking.",
        "Albert Einstein",
        ["change", "deep-thoughts", "thinking", "world"],
    ),
    (
        "It is our choices, Harry, that show what we truly are, far more than our abilities.",
        "J.K. Rowling",
        ["abilities", "choices"],
    ),
    (
        "There are only two ways to live your life. One is as though nothing is a miracle. The other is as though everything is a miracle.",
        "Albert Einstein",
        ["inspirational", "life", "live", "miracle", "miracles"],
    ),
    (
        "The person, be it gentleman or lady, who has not pleasure in a good novel, must be intolerably stupid.",
        "Jane Austen",
        ["aliteracy", "books", "classic", "humor"],
    ),
    (
        "Imperfection is beauty, madness is genius and it's better to be absolutely ridiculous than absolutely boring.",
        "Marilyn Monroe",
        ["be-yourself", "inspirational"],
    ),
    (
        "Try not to become a man of success. Rather become a man of value.",
        "Albert Einstein",
        ["adulthood", "success", "value"],
    ),
    (
        "It is better to be hated for what you are than to be loved for what you are not.",
        "André Gide",
        ["life", "love"],
    ),
    (
        "I have not failed. I've just found 10,000 ways that won't work.",
        "Thomas A. Edison",
        ["edison", "failure", "inspirational", "paraphrased"],
    ),
    (
        "A woman is like a tea bag; you never know how strong it is until it's in hot water.",
        "Eleanor Roosevelt",
        ["misattributed-eleanor-roosevelt"],
    ),
    ("A day without sunshine is like, you know, night.", "Steve Martin", ["humor", "obvious", "simile"]),
    (
        "If you can't explain it to a six year old, you don't understand it yourself.",
        "Albert Einstein",
        ["simplicity", "understand"],
    ),
    (
        "It takes a great deal of bravery to stand up to our enemies, but just as much to stand up to our friends.",
        "J.K. Rowling",
        ["courage", "friends"],
    ),
    (
        "The truth is, everyone is going to hurt you. You just got to find the ones worth suffering for.",
        "Bob Marley",
        ["friendship"],
    ),
    (
        "Don't cry because it's over, smile because it happened.",
        "Dr. Seuss",
        ["attributed-no-source", "happiness", "inspirational"],
    ),
    (
        "Good friends, good books, and a sleepy conscience: this is the ideal life.",
        "Mark Twain",
        ["books", "contentment", "friends", "friendship", "life"],
    ),
    (
        "There is nothing I would not do for those who are really my friends. I have no notion of loving people by halves, it is not my nature.",
        "Jane Austen",
        ["friendship", "love"],
    ),
    ("Logic will get you from A to Z; imagination will get you everywhere.", "Albert Einstein", ["imagination"]),
    (
        "Life is what happens to us while we are making other plans.",
        "Allen Saunders",
        ["fate", "life", "misattributed-john-lennon", "planning", "plans"],
    ),
    (
        "You can never get a cup of tea large enough or a book long enough to suit me.",
        "C.S. Lewis",
        ["books", "inspirational", "reading", "tea"],
    ),
    (
        "The opposite of love is not hate, it's indifference. The opposite of art is not ugliness, it's indifference.",
        "Elie Wiesel",
        ["activism", "apathy", "hate", "indifference", "love", "opposite"],
    ),
    (
        "It is not a lack of love, but a lack of friendship that makes unhappy marriages.",
        "Friedrich Nietzsche",
        ["friendship", "lack-of-friendship", "lack-of-love", "love", "marriage"],
    ),
    ("The man who does not read has no advantage over the man who cannot read.", "Mark Twain", ["books", "reading"]),
    (
        "A reader lives a thousand lives before he dies, said Jojen. The man who never reads lives only one.",
        "George R.R. Martin",
        ["read", "readers", "reading", "reading-books"],
    ),
    ("Anyone who has never made a mistake has never tried anything new.", "Albert Einstein", ["mistakes"]),
    ("Never trust anything that can think for itself if you can't see where it keeps its brain.", "J.K. Rowling", []),
    (
        "I declare after all there is no enjoyment like reading! How much sooner one tires of any thing than of a book!",
        "Jane Austen",
        ["books", "library", "reading"],
    ),
    (
        "You have brains in your head. You have feet in your shoes. You can steer yourself any direction you choose.",
        "Dr. Seuss",
        ["books", "humor", "inspirational", "learning"],
    ),
    ("Until I feared I would lose it, I never loved to read. One does not love breathing.", "Harper Lee", ["books"]),
]
TOP_TAGS = [
    ("love", 28),
    ("inspirational", 26),
    ("life", 26),
    ("humor", 24),
    ("books", 22),
    ("reading", 14),
    ("friendship", 12),
    ("friends", 10),
    ("truth", 10),
    ("simile", 8),
]


def _author_path(author: str) -> str:
    return "/author/" + slug(author.replace(".", " ")).title()


def _quote(quote: tuple[str, str, list[str]]) -> str:
    text, author, tags = quote
    links = "".join(f'\n            <a class="tag" href="/tag/{esc(t)}/page/1/">{esc(t)}</a>' for t in tags)
    return f"""
    <div class="quote" itemscope itemtype="http://schema.org/CreativeWork">
        <span class="text" itemprop="text">“{esc(text)}”</span>
        <span>by <small class="author" itemprop="author">{esc(author)}</small>
        <a href="{_author_path(author)}">(about)</a>
        </span>
        <div class="tags">
            Tags:
            <meta class="keywords" itemprop="keywords" content="{esc(",".join(tags))}" /    > {links}
        </div>
    </div>"""


def _quotes_page(number: int, pages: int, quotes: list[tuple[str, str, list[str]]]) -> str:
    previous = (
        f'\n            <li class="previous">\n                <a href="/page/{number - 1}/"><span aria-hidden="true">&larr;</span> Previous</a>\n            </li>'
        if number > 1
        else ""
    )
    following = (
        f'\n            <li class="next">\n                <a href="/page/{number + 1}/">Next <span aria-hidden="true">&rarr;</span></a>\n            </li>'
        if number < pages
        else ""
    )
    top = "".join(
        f'\n            <span class="tag-item">\n            <a class="tag" style="font-size: {28 - 2 * i}px" href="/tag/{t}/">{t}</a>\n            </span>'
        for i, (t, _n) in enumerate(TOP_TAGS)
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
	<meta charset="UTF-8">
	<title>Quotebook</title>
    <link rel="stylesheet" href="/static/bootstrap.min.css">
    <link rel="stylesheet" href="/static/main.css">
</head>
<body>
    <div class="container">
        <div class="row header-box">
            <div class="col-md-8">
                <h1>
                    <a href="/" style="text-decoration: none">Quotebook</a>
                </h1>
            </div>
            <div class="col-md-4">
                <p>
                    <a href="/login">Login</a>
                </p>
            </div>
        </div>
<div class="row">
    <div class="col-md-8">
{"".join(_quote(q) for q in quotes)}
    <nav>
        <ul class="pager">{previous}{following}
        </ul>
    </nav>
    </div>
    <div class="col-md-4 tags-box">
            <h2>Top Ten tags</h2>{top}
    </div>
</div>
    </div>
    <footer class="footer">
        <div class="container">
            <p class="text-muted">
                Quotes by: <a href="https://www.goodreads.com/quotes">GoodReads.com</a>
            </p>
            <p class="copyright">
                Made with <span class='heart'>&#10084;</span> by <a href="https://quotebook.example/about">the Quotebook team</a>
            </p>
        </div>
    </footer>
</body>
</html>"""


@fourth
def build_quotebook() -> None:
    s = Site(
        "quotebook",
        kind="quotes list (quotes.toscrape-like, no record links, repeated authors)",
        start="/",
        description="A quotes.toscrape-like list: div.quote with span.text, small.author and an (about) link to the author's page, a.tag lists; records have no link of their own and authors repeat on a page and across pages; a Top Ten tags box with the same a.tag class.",
    )
    pages = chunks(QUOTES, [10, 10, 8])
    for number, quotes in enumerate(pages, 1):
        path = "index.html" if number == 1 else f"page/{number}/index.html"
        s.list_page(path, _quotes_page(number, len(pages), quotes))
    for text, author, tags in QUOTES:
        s.expect({"text": f"“{text}”", "author": author, "author_url": _author_path(author), "tags": tags or None})
    s.finish()


# ---------------------------------------------------------------------------------------------------
# rinkstats: scrapethissite.com's "Hockey Teams: Forms, Searching and Pagination": one table.table
# with a header row of th (no thead), tr.team rows of td.name, td.year, td.wins… with the values
# between newlines, an empty OT column, signed goal differences with text-success/text-danger,
# "per page" links that look like pagination, and ?page_num=N pages with a « » pager.
# ---------------------------------------------------------------------------------------------------

# (team, year, wins, losses, goals for, goals against)
TEAMS = [
    ("Boston Bruins", 1990, 44, 24, 299, 264),
    ("Buffalo Sabres", 1990, 31, 30, 292, 278),
    ("Calgary Flames", 1990, 46, 26, 344, 263),
    ("Chicago Blackhawks", 1990, 49, 23, 284, 211),
    ("Detroit Red Wings", 1990, 34, 38, 273, 298),
    ("Edmonton Oilers", 1990, 37, 37, 272, 272),
    ("Hartford Whalers", 1990, 31, 38, 238, 276),
    ("Los Angeles Kings", 1990, 46, 24, 340, 254),
    ("Minnesota North Stars", 1990, 27, 39, 256, 266),
    ("Montreal Canadiens", 1990, 39, 30, 273, 249),
    ("New Jersey Devils", 1990, 32, 33, 272, 264),
    ("New York Islanders", 1990, 25, 45, 223, 290),
    ("New York Rangers", 1990, 36, 31, 297, 265),
    ("Philadelphia Flyers", 1990, 33, 37, 252, 267),
    ("Pittsburgh Penguins", 1990, 41, 33, 342, 305),
    ("Quebec Nordiques", 1990, 16, 50, 236, 354),
    ("St. Louis Blues", 1990, 47, 22, 310, 250),
    ("Toronto Maple Leafs", 1990, 23, 46, 241, 318),
    ("Vancouver Canucks", 1990, 28, 43, 243, 315),
    ("Washington Capitals", 1990, 37, 36, 258, 258),
    ("Winnipeg Jets", 1990, 26, 43, 260, 288),
    ("Boston Bruins", 1991, 36, 32, 270, 275),
    ("Buffalo Sabres", 1991, 31, 37, 289, 299),
    ("Calgary Flames", 1991, 31, 37, 296, 305),
    ("Chicago Blackhawks", 1991, 36, 29, 257, 236),
    ("Detroit Red Wings", 1991, 43, 25, 320, 256),
    ("Edmonton Oilers", 1991, 36, 34, 295, 297),
    ("Hartford Whalers", 1991, 26, 41, 247, 283),
    ("Los Angeles Kings", 1991, 35, 31, 287, 296),
    ("Minnesota North Stars", 1991, 32, 42, 246, 278),
]


def _pct(wins: int, games: int = 80) -> float:
    return round(wins / games, 3)


def _team_row(team: tuple[str, int, int, int, int, int]) -> str:
    name, year, wins, losses, gf, ga = team
    pct = _pct(wins)
    diff = gf - ga
    pct_class = "text-success" if pct >= 0.5 else "text-danger"
    diff_class = "text-success" if diff > 0 else "text-danger"
    cells = [
        ("name", name),
        ("year", year),
        ("wins", wins),
        ("losses", losses),
        ("ot-losses", ""),
        (f"pct {pct_class}", f"{pct:g}"),
        ("gf", gf),
        ("ga", ga),
        (f"diff {diff_class}", diff),
    ]
    body = "".join(f'\n            <td class="{c}">\n                {esc(v)}\n            </td>' for c, v in cells)
    return f'\n        <tr class="team">{body}\n        </tr>\n'


def _rink_page(number: int, pages: int, teams: list[tuple[str, int, int, int, int, int]]) -> str:
    links = "".join(
        f'\n                    <li{ACTIVE if n == number else ""}>\n                        <a href="/pages/forms/?page_num={n}">\n                            <strong>\n                                {n}\n                            </strong>\n                        </a>\n                    </li>'
        for n in range(1, pages + 1)
    )
    following = (
        f'\n                    <li>\n                        <a href="/pages/forms/?page_num={number + 1}" aria-label="Next">\n                            <span aria-hidden="true">&raquo;</span>\n                        </a>\n                    </li>'
        if number < pages
        else ""
    )
    previous = (
        f'\n                    <li>\n                        <a href="/pages/forms/?page_num={number - 1}" aria-label="Previous">\n                            <span aria-hidden="true">&laquo;</span>\n                        </a>\n                    </li>'
        if number > 1
        else ""
    )
    rows = "".join(_team_row(t) for t in teams)
    return f"""<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>Hockey Teams: Forms, Searching and Pagination | Rink Stats: Web Scraping Sandbox</title>
    <link rel="icon" type="image/png" href="/static/images/rinkstats-sq.png">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="description" content="Browse through a database of NHL team stats since 1990. Practice building a scraper that handles common website interface components.">
    <link rel="stylesheet" href="https://maxcdn.bootstrapcdn.com/bootstrap/3.3.5/css/bootstrap.min.css" crossorigin="anonymous">
    <link href="https://fonts.googleapis.com/css?family=Lato:400,700" rel="stylesheet" type="text/css">
    <link rel="stylesheet" type="text/css" href="/static/css/styles.css">
  </head>
  <body>
    <nav id="site-nav">
        <div class="container">
            <div class="col-md-12">
                <ul class="nav nav-tabs">
                    <li id="nav-homepage">
                        <a href="/" class="nav-link hidden-sm hidden-xs">
                            <img src="/static/images/rinkstats-sm.png" id="nav-logo">
                            Rink Stats
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
    <div id="page">
        <section id="hockey">
            <div class="container">
                <div class="row">
                    <div class="col-md-12">
                        <h1>
                            Hockey Teams: Forms, Searching and Pagination
                            <small>{len(TEAMS)} items</small>
                        </h1>
                        <p class="lead">
                            Browse through a database of NHL team stats since 1990. Practice building a scraper that handles common website interface components.
                        </p>
                        <hr>
                    </div>
                </div>
                <div class="row search-area">
                    <div class="col-md-6 text-left">
                        <form class="form form-inline" method="GET">
                            <label for="q">Search for Teams:  </label>
                            <input type="text" class="form-control" placeholder="Search for Teams" name="q" id="q">
                            <input type="submit" class="btn btn-primary" value="Search">
                        </form>
                    </div>
                    <div class="col-md-6 text-right">
                        <ul class="pagination" style="margin-top: 0px; margin-bottom: 0px;">
                            <li><span>Per Page</span></li>
                            <li class="active"><a href="/pages/forms/?per_page=10">10</a></li>
                            <li><a href="/pages/forms/?per_page=25">25</a></li>
                            <li><a href="/pages/forms/?per_page=50">50</a></li>
                            <li><a href="/pages/forms/?per_page=100">100</a></li>
                        </ul>
                    </div>
                </div>
                <table class="table">
        <tr>
            <th>
                Team Name
            </th>
            <th>
                Year
            </th>
            <th>
                Wins
            </th>
            <th>
                Losses
            </th>
            <th>
                OT Losses
            </th>
            <th>
                Win %
            </th>
            <th>
                Goals For (GF)
            </th>
            <th>
                Goals Against (GA)
            </th>
            <th>
                + / -
            </th>
        </tr>
{rows}
                </table>
                <div class="row pagination-area">
                    <div class="col-md-10 text-center">
                        <ul class="pagination">{previous}{links}{following}
                        </ul>
                    </div>
                    <div class="col-md-2">
                        <select id="per_page" class="form-control" style="margin:20px 0"><option value="10" selected>10</option><option value="25">25</option><option value="50">50</option></select>
                    </div>
                </div>
            </div>
        </section>
    </div>
    <section id="footer">
        <div class="container">
            <div class="row">
                <div class="col-md-12 text-center text-muted">
                    Lessons and Videos &copy; Rink Stats 2026
                </div>
            </div>
        </div>
    </section>
    <script src="https://code.jquery.com/jquery-2.1.4.min.js" crossorigin="anonymous"></script>
    <script src="/static/js/pages.js"></script>
  </body>
</html>"""


@fourth
def build_rinkstats() -> None:
    s = Site(
        "rinkstats",
        kind="stats table (scrapethissite-like, ?page_num=N pagination)",
        start="pages/forms/",
        description="A scrapethissite-like hockey teams table: a th header row without thead, tr.team rows of classed cells with values between newlines, an empty OT losses column, signed goal differences, per-page links and ?page_num=N pages.",
    )
    pages = chunks(TEAMS, [10, 10, 10])
    for number, teams in enumerate(pages, 1):
        text = _rink_page(number, len(pages), teams)
        if number == 1:
            s.list_page("pages/forms/index.html", text)
            s.write("pages/forms/@page_num=1", text)
        else:
            s.list_page(f"pages/forms/@page_num={number}", text)
    for name, year, wins, losses, gf, ga in TEAMS:
        s.expect(
            {
                "name": name,
                "year": year,
                "wins": wins,
                "losses": losses,
                "win_pct": _pct(wins),
                "goals_for": gf,
                "goals_against": ga,
                "diff": gf - ga,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# shopzon: an Amazon-like search result page: div.s-result-item[data-component-type=s-search-result]
# with data-asin, a title span inside h2 > a, the price twice (a-offscreen for screen readers and
# aria-hidden pieces a-price-whole / a-price-fraction), a struck "List:" price, ratings as
# "4.5 out of 5 stars" in i.a-icon-star-small > span.a-icon-alt, review counts as links, "2K+ bought
# in past month", delivery lines; Sponsored results with the same classes (AdHolder), a results info
# bar and an "Editorial recommendations" widget that are s-result-items too, and a huge footer.
# ---------------------------------------------------------------------------------------------------

# (title, price or None, list price or None, rating or None, reviews, bought)
ITEMS = [
    (
        "Keychron K2 Wireless Mechanical Keyboard, 75% Layout, Gateron Brown Switches, RGB Backlight",
        79.99,
        99.99,
        4.5,
        12345,
        "2K+",
    ),
    (
        "Logitech G413 SE Full-Size Mechanical Gaming Keyboard - Backlit, Tactile Switches",
        49.99,
        79.99,
        4.6,
        8731,
        "3K+",
    ),
    (
        "Redragon K552 Mechanical Gaming Keyboard RGB LED Rainbow Backlit Wired, 87 Keys",
        29.99,
        None,
        4.5,
        52114,
        "10K+",
    ),
    (
        "RK ROYAL KLUDGE RK61 Wireless 60% Mechanical Gaming Keyboard, Bluetooth, Hot-Swappable Red Switches",
        45.99,
        59.99,
        4.4,
        17602,
        "1K+",
    ),
    ("Corsair K70 RGB PRO Wired Mechanical Gaming Keyboard (Cherry MX Red Switches)", 139.99, 169.99, 4.6, 6520, None),
    (
        "Razer Huntsman Mini 60% Gaming Keyboard: Fast Keyboard Switches - Clicky Optical",
        69.99,
        119.99,
        4.5,
        14210,
        "500+",
    ),
    (
        "Keychron Q1 Pro QMK/VIA Wireless Custom Mechanical Keyboard, 75% Layout, Full Aluminum",
        199.00,
        None,
        4.7,
        1204,
        None,
    ),
    (
        "HyperX Alloy Origins Core - Tenkeyless Mechanical Gaming Keyboard, HyperX Red Switch",
        59.99,
        89.99,
        4.7,
        20987,
        "1K+",
    ),
    ("Das Keyboard 4 Professional Wired Mechanical Keyboard, Cherry MX Brown Switches", 169.00, None, 4.4, 2288, None),
    (
        "SteelSeries Apex Pro TKL HyperMagnetic Gaming Keyboard - Adjustable Actuation",
        169.99,
        189.99,
        4.6,
        3476,
        "200+",
    ),
    ("Ducky One 3 SF RGB 65% Hotswap Mechanical Keyboard, Cherry MX Silent Red", None, None, 4.7, 988, None),
    (
        "EPOMAKER TH80 Pro 75% Hot Swap RGB 2.4Ghz/Bluetooth 5.0/Wired Mechanical Gaming Keyboard",
        89.99,
        109.99,
        4.4,
        3390,
        "300+",
    ),
    (
        "Logitech MX Mechanical Wireless Illuminated Performance Keyboard, Tactile Quiet Switches",
        149.99,
        169.99,
        4.3,
        4761,
        "1K+",
    ),
    ("NuPhy Air75 V2 QMK/VIA Wireless Low Profile Mechanical Keyboard", 119.95, None, 4.3, 602, None),
    (
        "AULA F75 Wireless Mechanical Keyboard, Gasket Pre-lubed Reaper Switches, 75% Layout",
        59.99,
        69.99,
        4.6,
        2215,
        "2K+",
    ),
    ("Havit Mechanical Keyboard Wired 89 Keys Rainbow Backlit Blue Switches", 32.99, None, 4.3, 7410, "100+"),
    (
        "ASUS ROG Strix Scope II 96 Wireless Gaming Keyboard, Hot-Swappable Pre-lubed ROG NX Snow Switches",
        179.99,
        199.99,
        4.5,
        512,
        None,
    ),
    ("Glorious GMMK 2 Compact 65% Wired Mechanical Keyboard, Fox Linear Switches", 99.99, 119.99, 4.2, 1876, None),
    ("Womier SK80 75% Keyboard with Knob, Hot Swappable Gasket Mechanical Keyboard", 69.99, None, None, 0, None),
    (
        "Keychron V1 QMK Custom Mechanical Keyboard, Knob Version, Frosted Black Translucent",
        84.99,
        94.99,
        4.5,
        2954,
        "400+",
    ),
    (
        "MageGee Portable 60% Mechanical Gaming Keyboard, Blue LED Backlit, Compact 68 Keys",
        25.99,
        29.99,
        4.4,
        13008,
        "5K+",
    ),
    ("Cooler Master CK352 Mechanical Gaming Keyboard with Red Switches, Customizable RGB", 64.99, None, 4.1, 389, None),
]
SPONSORED = [
    ("Kinesis Gaming Freestyle Edge RGB Split Mechanical Keyboard", 159.00, 4.4, 1603),
    ("Drop CTRL High-Profile Mechanical Keyboard, Tenkeyless, Halo True Switches", 230.00, 4.2, 745),
    ("Wooting 60HE+ Analog Gaming Keyboard, Lekker Linear60 Switches", 174.99, 4.8, 2110),
]


def _asin(index: int) -> str:
    return f"B0{(index * 7919 + 48213) % 10**8:08d}"


def _item_url(index: int, title: str, position: int) -> str:
    name = "-".join(slug(title).split("-")[:6]).title()
    return f"/{name}/dp/{_asin(index)}/ref=sr_1_{position}?keywords=mechanical+keyboard&qid=1775121408&sr=8-{position}"


def _price(amount: float, size: str = "xl") -> str:
    whole, cents = f"{amount:,.2f}".split(".")
    return f'<span class="a-price" data-a-size="{size}" data-a-color="base"><span class="a-offscreen">${amount:,.2f}</span><span aria-hidden="true"><span class="a-price-symbol">$</span><span class="a-price-whole">{whole}<span class="a-price-decimal">.</span></span><span class="a-price-fraction">{cents}</span></span></span>'


def _stars(rating: float) -> str:
    tenth = f"{int(rating)}-{round(rating * 10) % 10}" if round(rating * 10) % 10 else f"{int(rating)}"
    return f"a-star-small-{tenth}"


def _result(index: int, position: int, item: tuple[Any, ...], sponsored: bool = False) -> str:
    title, price, list_price, rating, reviews, bought = item
    url = _item_url(index + (100 if sponsored else 0), title, position)
    if sponsored:
        url = f"/sspa/click?ie=UTF8&spc=MTo0ODI3OTM1NzQ1NTg4NzY2OjE3NzUxMjE0MDg6c3BfYXRmOjMwMDA&url=%2Fdp%2F{_asin(index + 100)}%2Fref%3Dsr_1_{position}_sspa"
    asin = _asin(index + (100 if sponsored else 0))
    label = (
        '<div class="a-row a-spacing-micro"><span class="a-declarative" data-action="a-popover"><a href="javascript:void(0)" role="button" style="text-decoration: none;" class="puis-label-popover puis-sponsored-label-text"><span class="puis-label-popover-default"><span aria-label="View Sponsored information or leave ad feedback" class="a-color-secondary">Sponsored</span></span><span class="aok-inline-block puis-sponsored-label-info-icon"></span></a></span></div>'
        if sponsored
        else ""
    )
    reviews_block = ""
    if rating is not None:
        reviews_block = f'<div data-cy="reviews-block" class="a-section a-spacing-none a-spacing-top-micro"><div class="a-row a-size-small"><span aria-label="{rating} out of 5 stars"><span class="a-declarative" data-action="a-popover"><a href="javascript:void(0)" role="button" class="a-popover-trigger a-declarative"><i class="a-icon a-icon-star-small {_stars(rating)} aok-align-bottom"><span class="a-icon-alt">{rating} out of 5 stars</span></i><i class="a-icon a-icon-popover"></i></a></span></span><span aria-label="{reviews:,}"><a class="a-link-normal s-underline-text s-underline-link-text s-link-style" href="{url}#customerReviews"><span class="a-size-base s-underline-text">{reviews:,}</span></a></span></div>'
        if bought:
            reviews_block += f'<div class="a-row a-size-base"><span class="a-size-base a-color-secondary">{bought} bought in past month</span></div>'
        reviews_block += "</div>"
    if price is not None:
        was = (
            f'<div class="a-section aok-inline-block"><span class="a-size-base a-color-secondary">List: </span><span class="a-price a-text-price" data-a-size="b" data-a-strike="true" data-a-color="secondary"><span class="a-offscreen">${list_price:,.2f}</span><span aria-hidden="true">${list_price:,.2f}</span></span></div>'
            if list_price
            else ""
        )
        price_block = f'<div data-cy="price-recipe" class="a-section a-spacing-none a-spacing-top-small s-price-instructions-style"><div class="a-row a-size-base a-color-base"><a class="a-link-normal s-no-hover s-underline-text s-underline-link-text s-link-style a-text-normal" href="{url}">{_price(price)}{was}</a></div></div><div data-cy="delivery-recipe" class="a-section a-spacing-none a-spacing-top-micro"><div class="a-row a-size-base a-color-secondary s-align-children-center"><span aria-label="FREE delivery Tue, Apr 7 on $35 of items shipped by Shopzon">FREE delivery <span class="a-color-base a-text-bold">Tue, Apr 7 </span>on $35 of items shipped by Shopzon</span></div></div>'
    else:
        price_block = '<div data-cy="secondary-offer-recipe" class="a-section a-spacing-none a-spacing-top-mini"><div class="a-row a-size-base a-color-secondary"><span class="a-color-base">No featured offers available</span><br><span class="a-color-base">$134.00</span><span class="a-letter-space"></span><span class="a-size-base a-color-secondary">(4 new offers)</span></div></div>'
    widget = "sp_atf" if sponsored else "search-results"
    classes = "AdHolder " if sponsored else ""
    return f"""<div data-asin="{asin}" data-index="{position + 1}" data-uuid="{asin.lower()}-{position}" data-component-type="s-search-result" class="sg-col-4-of-24 sg-col-4-of-12 s-result-item s-asin sg-col-4-of-16 {classes}sg-col s-widget-spacing-small sg-col-4-of-20" data-component-id="{position + 10}" data-cel-widget="search_result_{position}"><div class="sg-col-inner"><div cel_widget_id="MAIN-SEARCH_RESULTS-{position}" class="s-widget-container s-spacing-small s-widget-container-height-small celwidget slot=MAIN template=SEARCH_RESULTS widgetId={widget}_{position}" data-csa-c-type="item" data-csa-c-item-id="amzn1.asin.1.{asin}"><span class="a-declarative" data-action="puis-card-container-declarative"><div class="puis-card-container s-card-container s-overflow-hidden aok-relative puis-include-content-margin puis puis-v1ec3jkx0nx6i5ua0t28rm6gabn s-latency-cf-section puis-card-border"><div class="a-section a-spacing-base"><div class="s-product-image-container aok-relative s-text-center s-image-overlay-grey puis-image-overlay-grey s-padding-left-small s-padding-right-small puis-spacing-small s-height-equalized puis puis-v1ec3jkx0nx6i5ua0t28rm6gabn"><span data-component-type="s-product-image" class="rush-component"><a class="a-link-normal s-no-outline" tabindex="-1" href="{url}"><div class="a-section aok-relative s-image-square-aspect"><img class="s-image" src="https://m.media-shopzon.example/images/I/71{asin[2:]}._AC_UL320_.jpg" srcset="https://m.media-shopzon.example/images/I/71{asin[2:]}._AC_UL320_.jpg 1x, https://m.media-shopzon.example/images/I/71{asin[2:]}._AC_UL480_FMwebp_QL65_.jpg 1.5x" alt="{esc(title)}" data-image-index="{position}" data-image-load="" data-image-latency="s-product-image" data-image-source-density="1"></div></a></span></div><div class="a-section a-spacing-small puis-padding-left-small puis-padding-right-small">{label}<div data-cy="title-recipe" class="a-section a-spacing-none a-spacing-top-small s-title-instructions-style"><h2 class="a-size-mini a-spacing-none a-color-base s-line-clamp-4"><a class="a-link-normal s-underline-text s-underline-link-text s-link-style a-text-normal" href="{url}"><span class="a-size-base-plus a-color-base a-text-normal">{esc(title)}</span></a></h2></div>{reviews_block}{price_block}</div></div></div></span></div></div></div>"""


@fourth
def build_shopzon() -> None:
    s = Site(
        "shopzon",
        kind="marketplace search results (Amazon-like, sponsored results, screen-reader prices)",
        start="s/mechanical-keyboard/",
        description="An Amazon-like search grid: s-result-item cards with data-asin, prices twice (a-offscreen and aria-hidden pieces), struck List prices, '4.5 out of 5 stars' in a-icon-alt, review counts, 'bought in past month', Sponsored results with the same classes, an info bar and an editorial widget that are s-result-items too.",
    )
    cards = [
        '<div data-asin="" data-index="0" data-uuid="info-bar" data-component-type="s-result-info-bar" class="s-result-item s-flex-full-width s-widget"><div class="sg-col-inner"><div class="a-section a-spacing-small a-spacing-top-small"><span>1-22 of over 3,000 results for</span><span> </span><span class="a-color-state a-text-bold">"mechanical keyboard"</span></div></div></div>'
    ]
    position = 0
    for index, item in enumerate(ITEMS):
        if index in (0, 9):
            sponsored = SPONSORED[0 if index == 0 else 1]
            title, price, rating, reviews = sponsored
            position += 1
            cards.append(
                _result(0 if index == 0 else 1, position, (title, price, None, rating, reviews, None), sponsored=True)
            )
        if index == 6:
            picks = "".join(
                f'<li class="a-carousel-card"><a class="a-link-normal" href="{_item_url(i, ITEMS[i][0], 40 + i)}"><span class="a-truncate-full">{esc(ITEMS[i][0])}</span></a>{_price(ITEMS[i][1] or 0, "base")}</li>'
                for i in (2, 7, 20)
            )
            cards.append(
                f'<div data-asin="" data-index="{position + 1}" data-component-type="s-searchgrid-carousel" class="s-result-item s-flex-full-width s-widget"><div class="sg-col-inner"><div class="s-widget-container celwidget"><h2 class="a-size-medium-plus a-spacing-none a-color-base a-text-bold">Editorial recommendations</h2><ol class="a-carousel">{picks}</ol></div></div></div>'
            )
        position += 1
        cards.append(_result(index, position, item))
    position += 1
    cards.insert(17, _result(2, position, (*SPONSORED[2][:2], None, *SPONSORED[2][2:], None), sponsored=True))
    departments = "".join(
        f'<li class="a-spacing-micro"><span class="a-list-item"><a class="a-link-normal s-navigation-item" href="/s/{slug(d)}/"><span class="a-size-base a-color-base">{esc(d)}</span></a></span></li>'
        for d in (
            "Computer Keyboards",
            "Keyboard & Mouse Combos",
            "Video Game Keyboards",
            "Keyboard Wrist Rests",
            "Keycaps",
        )
    )
    brands = "".join(
        f'<li class="a-spacing-micro"><span class="a-list-item"><a class="a-link-normal s-navigation-item" href="/s/mechanical-keyboard/?rh=p_123%3A{i}"><div class="a-checkbox a-checkbox-fancy s-navigation-checkbox aok-float-left"><label><input type="checkbox"><i class="a-icon a-icon-checkbox"></i></label></div><span class="a-size-base a-color-base">{b}</span></a></span></li>'
        for i, b in enumerate(("Keychron", "Logitech G", "Redragon", "Razer", "Corsair", "HyperX"))
    )
    footer = "".join(
        f'<div class="navFooterLinkCol navAccessibility"><div class="navFooterColHead">{h}</div><ul>{"".join(f"<li class=nav_first><a href=/{slug(x)}/ class=nav_a>{esc(x)}</a></li>" for x in links)}</ul></div>'
        for h, links in (
            ("Get to Know Us", ("Careers", "Blog", "About Shopzon", "Investor Relations")),
            ("Make Money with Us", ("Sell products on Shopzon", "Become an Affiliate", "Advertise Your Products")),
            (
                "Let Us Help You",
                ("Your Account", "Your Orders", "Shipping Rates & Policies", "Returns & Replacements", "Help"),
            ),
        )
    )
    page = f"""<!doctype html><html lang="en-us" class="a-no-js" data-19ax5a9jf="dingo"><head><meta charset="utf-8"><title>Shopzon.example : mechanical keyboard</title>
<meta name="viewport" content="width=device-width"><link rel="stylesheet" href="https://images-na.ssl-images-shopzon.example/images/I/11EIQ5IGqaL._RC|01ZTHTZObnL.css,41+sylSSCIL.css_.css?AUIClients/ShopzonUI">
<link rel="stylesheet" href="https://m.media-shopzon.example/images/I/41Lwe4BjgFL.css?AUIClients/SearchUXUIAssets"></head>
<body class="a-aui_72554-c a-aui_killswitch_csa_logger_372963-c a-aui_template_weblab_cache_333406-c a-bw_aui_cxc_alert_measurement_1074111-c s-ref-list">
<div id="a-page"><header id="navbar-main" class="nav-opt-sprite nav-flex nav-locale-us nav-lang-en nav-ssl nav-unrec"><div id="navbar" class="nav-sprite-v1 celwidget nav-bluebeacon nav-a11y-t1 bold-focus-hover layout2 nav-flex layout3 layout3-alt nav-packard-glow hamburger using-mouse"><div id="nav-belt"><div class="nav-left"><div id="nav-logo"><a href="/ref=nav_logo" id="nav-logo-sprites" class="nav-logo-link nav-progressive-attribute" aria-label="Shopzon"><span class="nav-sprite nav-logo-base"></span><span id="logo-ext" class="nav-sprite nav-logo-ext nav-progressive-content"></span></a></div><div id="nav-global-location-slot"><a id="nav-global-location-popover-link" class="nav-a nav-a-2 a-popover-trigger a-declarative nav-progressive-attribute" tabindex="0"><span class="nav-line-1 nav-progressive-content" id="glow-ingress-line1">Deliver to</span><span class="nav-line-2 nav-progressive-content" id="glow-ingress-line2">New York 10001</span></a></div></div><div class="nav-fill" id="nav-fill-search"><form id="nav-search-bar-form" accept-charset="utf-8" action="/s/ref=nb_sb_noss" class="nav-searchbar nav-progressive-attribute" method="GET" name="site-search" role="search"><input type="text" id="twotabsearchtextbox" value="mechanical keyboard" name="field-keywords" autocomplete="off" placeholder="Search Shopzon" class="nav-input nav-progressive-attribute" dir="auto" tabindex="0" aria-label="Search Shopzon" spellcheck="false"><input id="nav-search-submit-button" type="submit" class="nav-input nav-progressive-attribute" value="Go" tabindex="0"></form></div><div class="nav-right"><a href="/gp/css/homepage.html?ref_=nav_youraccount_btn" class="nav-a nav-a-2 nav-truncate" id="nav-link-accountList"><span class="nav-line-1">Hello, sign in</span><span class="nav-line-2">Account &amp; Lists</span></a><a href="/gp/css/order-history?ref_=nav_orders_first" class="nav-a nav-a-2 nav-show-sign-in" id="nav-orders"><span class="nav-line-1">Returns</span><span class="nav-line-2">&amp; Orders</span></a><a href="/gp/cart/view.html?ref_=nav_cart" aria-label="0 items in cart" class="nav-a nav-a-2 nav-cart" id="nav-cart"><span id="nav-cart-count" aria-hidden="true" class="nav-cart-count nav-cart-0 nav-progressive-attribute nav-progressive-content">0</span><span class="nav-line-2">Cart</span></a></div></div><div id="nav-main" class="nav-sprite"><div class="nav-fill" id="nav-xshop-container"><div id="nav-xshop" class="nav-progressive-content"><ul class="nav-ul"><li class="nav-li"><div class="nav-div"><a href="/gp/goldbox?ref_=nav_cs_gb" class="nav-a" data-csa-c-type="link">Today's Deals</a></div></li><li class="nav-li"><div class="nav-div"><a href="/gp/help/customer/display.html?nodeId=508510&amp;ref_=nav_cs_customerservice" class="nav-a">Customer Service</a></div></li><li class="nav-li"><div class="nav-div"><a href="/gp/browse.html?node=16115931011&amp;ref_=nav_cs_registry" class="nav-a">Registry</a></div></li><li class="nav-li"><div class="nav-div"><a href="/gift-cards/b/?ie=UTF8&amp;node=2238192011&amp;ref_=nav_cs_gc" class="nav-a">Gift Cards</a></div></li><li class="nav-li"><div class="nav-div"><a href="/b/?_encoding=UTF8&amp;ld=AZUSSOA-sell&amp;node=12766669011&amp;ref_=nav_cs_sell" class="nav-a">Sell</a></div></li></ul></div></div></div></div></header>
<div id="search" class="a-section a-spacing-none"><div class="s-desktop-width-max s-desktop-content s-wide-grid-style-t1 s-opposite-dir s-wide-grid-style sg-row">
<div class="sg-col-20-of-24 s-matching-dir sg-col-16-of-20 sg-col sg-col-8-of-12 sg-col-12-of-16"><div class="sg-col-inner"><span data-component-type="s-search-results" class="rush-component s-latency-cf-section" data-component-id="4"><div class="s-main-slot s-result-list s-search-results sg-row">
{chr(10).join(cards)}
<div data-asin="" data-index="40" data-component-type="s-pagination" class="s-result-item s-flex-full-width s-widget"><div class="sg-col-inner"><div class="a-section a-spacing-none s-result-item s-flex-full-width s-widget"><span class="s-pagination-strip"><span class="s-pagination-item s-pagination-previous s-pagination-disabled" aria-disabled="true">Previous</span><span class="s-pagination-item s-pagination-selected" aria-label="Current page, page 1">1</span><span class="s-pagination-item s-pagination-next s-pagination-disabled" aria-disabled="true">Next</span></span></div></div></div>
</div></span></div></div>
<div class="sg-col-4-of-24 sg-col-4-of-12 s-matching-dir sg-col-4-of-16 sg-col sg-col-4-of-20"><div class="sg-col-inner"><div id="s-refinements" class="a-section a-spacing-none"><div class="a-section a-spacing-none"><div id="departments" class="a-section a-spacing-none"><span class="a-size-base a-color-base puis-bold-weight-text">Department</span><ul class="a-unordered-list a-nostyle a-vertical a-spacing-medium">{departments}</ul></div><div id="brandsRefinements" class="a-section a-spacing-none"><span class="a-size-base a-color-base puis-bold-weight-text">Brands</span><ul class="a-unordered-list a-nostyle a-vertical a-spacing-medium">{brands}</ul></div></div></div></div></div>
</div></div>
<div id="navFooter" class="navLeftFooter nav-sprite-v1" role="contentinfo"><a href="javascript:void(0)" id="navBackToTop" aria-label="Back to top"><div class="navFooterBackToTop"><span class="navFooterBackToTopText">Back to top</span></div></a><div class="navFooterVerticalColumn navAccessibility" role="presentation"><div class="navFooterVerticalRow navAccessibility">{footer}</div></div><div class="navFooterLine navFooterLinkLine navFooterPadItemLine"><ul><li><a href="/gp/help/customer/display.html?nodeId=508088" class="nav_a">Conditions of Use</a></li><li><a href="/gp/help/customer/display.html?nodeId=468496" class="nav_a">Privacy Notice</a></li></ul><span>&copy; 1996-2026, Shopzon.example, Inc. or its affiliates</span></div></div>
</div></body></html>"""
    s.list_page("s/mechanical-keyboard/index.html", page)
    for index, (title, price, list_price, rating, reviews, _bought) in enumerate(ITEMS):
        s.expect(
            {
                "title": title,
                # A person keeps the product's link without the search's tracking query.
                "url": _item_url(index, title, _position(index)).split("?")[0],
                "price": price,
                "currency": "USD" if price is not None else None,
                "original_price": list_price,
                "rating": rating,
                "review_count": reviews if rating is not None else None,
            }
        )
    s.finish()


def _position(index: int) -> int:
    """The search position of ITEMS[index] (the sponsored results take positions before it)."""
    return index + 2 + (1 if index >= 9 else 0)


# ---------------------------------------------------------------------------------------------------
# fieldnotes-podcast: a podcast's website on a hosted podcast theme: a "latest episode" hero with a
# player repeating the newest episode, a "Listen on" list of platforms, then div.episode cards with
# "Episode 148" (bonus and trailer episodes have none), a <time> date written "March 27, 2026", a
# duration "1:02:33" or "48:10", a summary; numbered page links (/episodes/page/2/).
# ---------------------------------------------------------------------------------------------------

# (title, number or None, day, seconds, summary)
EPISODES = [
    (
        "The Soil Under the City",
        148,
        date(2026, 3, 27),
        3753,
        "What lives beneath a parking lot? We dig into urban soil science with ecologist Dr. Amara Osei.",
    ),
    (
        "Listening to Glaciers",
        147,
        date(2026, 3, 20),
        2890,
        "Hydrophones, crevasses and the sound of ice melting: a trip to the Jostedal glacier.",
    ),
    (
        "Bonus: Your Questions, Answered",
        None,
        date(2026, 3, 16),
        1322,
        "We read your voicemails about moths, mushrooms and the migrating eel.",
    ),
    (
        "The Secret Life of Lichens",
        146,
        date(2026, 3, 13),
        3305,
        "Two organisms, one body. Why lichens are rewriting the idea of the individual.",
    ),
    (
        "Counting Birds at Dawn",
        145,
        date(2026, 3, 6),
        4021,
        "A morning with the volunteers behind the longest-running bird census in Europe.",
    ),
    (
        "How Rivers Remember",
        144,
        date(2026, 2, 27),
        2745,
        "Meanders, oxbows and the memory of floods written in a river's sediments.",
    ),
    (
        "Night Shift at the Seed Bank",
        143,
        date(2026, 2, 20),
        3518,
        "Inside the vault that keeps 40,000 varieties of wheat alive.",
    ),
    (
        "The Fox Next Door",
        142,
        date(2026, 2, 13),
        2410,
        "Urban foxes are changing shape. Evolution is happening in our gardens.",
    ),
    (
        "Mapping the Wind",
        141,
        date(2026, 2, 6),
        3902,
        "Meteorologist Lena Karlsson on the invisible rivers of air above us.",
    ),
    (
        "Bonus: Live from the Field Station",
        None,
        date(2026, 2, 2),
        1980,
        "Recorded in front of an audience of 80 (and a curious badger).",
    ),
    (
        "Where the Eels Go",
        140,
        date(2026, 1, 30),
        3127,
        "The Sargasso Sea, a 5,000 km journey and a mystery that lasted 2,000 years.",
    ),
    (
        "Fungal Internet, Revisited",
        139,
        date(2026, 1, 23),
        3671,
        "Is the 'wood wide web' real? New research complicates a beloved story.",
    ),
    (
        "Snow as Insulation",
        138,
        date(2026, 1, 16),
        2204,
        "Why voles love a deep winter and what thin snow means for the tundra.",
    ),
    (
        "The Oldest Tree in Town",
        137,
        date(2026, 1, 9),
        2988,
        "A yew in a churchyard, 1,500 rings and the people who counted them.",
    ),
    (
        "Year in Review: 2025",
        136,
        date(2025, 12, 19),
        4410,
        "Our favourite moments, your favourite episodes and what comes next.",
    ),
    (
        "Moths Are Not Boring",
        135,
        date(2025, 12, 12),
        2651,
        "Night-flying pollinators and the light traps that count them.",
    ),
    (
        "Salt Marsh Carbon",
        134,
        date(2025, 12, 5),
        3044,
        "Coastal wetlands store carbon faster than forests. Can we get them back?",
    ),
    ("The Beaver Comeback", 133, date(2025, 11, 28), 3385, "Dams, floods and a rodent that engineers whole valleys."),
    (
        "Bonus: A Walk with Our Producers",
        None,
        date(2025, 11, 24),
        1105,
        "A short ramble through the woods behind the studio.",
    ),
    (
        "Starlings and Murmurations",
        132,
        date(2025, 11, 21),
        2577,
        "How thousands of birds move as one, explained by physics.",
    ),
    (
        "Tides and the Moon",
        131,
        date(2025, 11, 14),
        2830,
        "Spring tides, neap tides and the creatures that time their lives by them.",
    ),
    (
        "Trailer: Field Notes Season 6",
        None,
        date(2025, 9, 1),
        118,
        "A new season of stories from the natural world, starting 5 September.",
    ),
]


def _duration(seconds: int) -> str:
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def _episode_url(title: str, number: int | None) -> str:
    return f"/episodes/{number}-{slug(title)}" if number else f"/episodes/{slug(title)}"


def _episode(item: tuple[Any, ...]) -> str:
    title, number, day, seconds, summary = item
    url = _episode_url(title, number)
    badge = (
        f'<span class="episode-number">Episode {number}</span>'
        if number
        else f'<span class="episode-type">{"Trailer" if title.startswith("Trailer") else "Bonus"}</span>'
    )
    return f"""
        <div class="episode" data-episode-id="{1800 + (number or 0) * 7 + seconds % 97}">
          <a class="episode-artwork" href="{url}"><img src="https://img.transistorcdn.example/fieldnotes/{slug(title)[:18]}.jpg" alt="" loading="lazy" width="120" height="120"></a>
          <div class="episode-content">
            <div class="episode-meta">{badge}<span class="separator">&middot;</span><time class="episode-date" datetime="{day.isoformat()}">{day:%B} {day.day}, {day.year}</time><span class="separator">&middot;</span><span class="episode-duration"><svg class="icon" aria-hidden="true"><use href="#icon-clock"></use></svg>{_duration(seconds)}</span></div>
            <h2 class="episode-title"><a href="{url}">{esc(title)}</a></h2>
            <div class="episode-description"><p>{esc(summary)}</p></div>
            <div class="episode-actions"><button class="play-button" data-media-url="https://media.transistor.example/fieldnotes/{slug(title)[:24]}.mp3" aria-label="Play {esc(title)}"><svg aria-hidden="true"><use href="#icon-play"></use></svg> Play</button><a class="episode-link" href="{url}#transcript">Transcript</a></div>
          </div>
        </div>"""


def _podcast_page(number: int, pages: int, episodes: list[tuple[Any, ...]]) -> str:
    latest = EPISODES[0]
    platforms = "".join(
        f'<li class="subscribe-item"><a href="https://{host}/fieldnotes" class="subscribe-link subscribe-{slug(name)}" target="_blank" rel="noopener"><img src="/assets/badges/{slug(name)}.svg" alt="">{name}</a></li>'
        for name, host in (
            ("Apple Podcasts", "podcasts.apple.example"),
            ("Spotify", "open.spotify.example"),
            ("Overcast", "overcast.example"),
            ("Pocket Casts", "pca.example"),
            ("YouTube", "youtube.example"),
            ("RSS Feed", "feeds.transistor.example"),
        )
    )
    pager = "".join(
        f'<a class="page-number{" current" if n == number else ""}" href="{"/episodes/" if n == 1 else f"/episodes/page/{n}/"}"{CURRENT if n == number else ""}>{n}</a>'
        for n in range(1, pages + 1)
    )
    newer = (
        f'<a class="newer" href="{"/episodes/" if number == 2 else f"/episodes/page/{number - 1}/"}">&larr; Newer episodes</a>'
        if number > 1
        else ""
    )
    older = f'<a class="older" href="/episodes/page/{number + 1}/">Older episodes &rarr;</a>' if number < pages else ""
    hero = (
        f"""<section class="hero latest-episode">
      <div class="container">
        <p class="eyebrow">Latest episode</p>
        <h2 class="hero-title"><a href="{_episode_url(latest[0], latest[1])}">{esc(latest[0])}</a></h2>
        <p class="hero-meta">Episode {latest[1]} &middot; {latest[2]:%B} {latest[2].day}, {latest[2].year} &middot; {_duration(latest[3])}</p>
        <div class="player" data-controller="player"><iframe src="https://share.transistor.example/e/fieldnotes/latest" title="Field Notes podcast player" width="100%" height="180" frameborder="0" scrolling="no" seamless="true"></iframe></div>
      </div>
    </section>"""
        if number == 1
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Episodes{f" (page {number})" if number > 1 else ""} | Field Notes: a podcast about the natural world</title>
  <meta name="description" content="Stories from the natural world, every Friday.">
  <link rel="alternate" type="application/rss+xml" title="Field Notes" href="https://feeds.transistor.example/fieldnotes">
  <link rel="stylesheet" href="/assets/website-3f9c2d.css">
</head>
<body class="episodes-page">
  <svg xmlns="http://www.w3.org/2000/svg" style="display:none"><symbol id="icon-clock" viewBox="0 0 24 24"><title>Duration</title><circle cx="12" cy="12" r="10"/></symbol><symbol id="icon-play" viewBox="0 0 24 24"><title>Play</title><path d="M8 5v14l11-7z"/></symbol></svg>
  <header class="site-header">
    <div class="container">
      <a class="site-title" href="/"><img src="/assets/fieldnotes-logo.png" alt="Field Notes" width="48" height="48"> Field Notes</a>
      <nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/episodes/" aria-current="page">Episodes</a></li><li><a href="/about/">About</a></li><li><a href="/support/">Support the show</a></li><li><a href="/contact/">Contact</a></li></ul></nav>
    </div>
  </header>
  <main>
    {hero}
    <section class="subscribe">
      <div class="container"><h3>Listen on</h3><ul class="subscribe-list">{platforms}</ul></div>
    </section>
    <section class="episodes">
      <div class="container">
        <h1 class="section-title">All episodes</h1>
        <div class="episode-list">{"".join(_episode(e) for e in episodes)}
        </div>
        <nav class="pagination" aria-label="Pagination">{newer}<span class="page-numbers">{pager}</span>{older}</nav>
      </div>
    </section>
    <aside class="newsletter"><div class="container"><h3>Get new episodes by email</h3><form action="https://fieldnotes.example/subscribe" method="post"><input type="email" name="email" placeholder="you@example.com" aria-label="Email"><button type="submit">Subscribe</button></form></div></aside>
  </main>
  <footer class="site-footer">
    <div class="container">
      <ul class="footer-links"><li><a href="/about/">About</a></li><li><a href="/sponsors/">Sponsor the show</a></li><li><a href="/privacy/">Privacy</a></li><li><a href="https://feeds.transistor.example/fieldnotes">RSS</a></li></ul>
      <p class="copyright">&copy; 2026 Field Notes &middot; Hosted on Transistor</p>
    </div>
  </footer>
  <script src="/assets/website-3f9c2d.js" defer></script>
</body>
</html>"""


@fourth
def build_fieldnotes_podcast() -> None:
    s = Site(
        "fieldnotes-podcast",
        kind="podcast episode list (durations, episode numbers, bonus episodes)",
        start="episodes/",
        description="A podcast website: div.episode cards with 'Episode 148' (none on bonus and trailer episodes), <time> dates, durations '1:02:33' and '48:10' behind a clock icon, summaries; a latest-episode hero repeating the newest one, a 'Listen on' platform list, numbered pages.",
    )
    pages = chunks(EPISODES, [12, 10])
    for number, episodes in enumerate(pages, 1):
        path = "episodes/index.html" if number == 1 else f"episodes/page/{number}/index.html"
        s.list_page(path, _podcast_page(number, len(pages), episodes))
    for title, number, day, seconds, summary in EPISODES:
        s.expect(
            {
                "title": title,
                "url": _episode_url(title, number),
                "episode": number,
                "date": day.isoformat(),
                "duration": _duration(seconds),
                "summary": summary,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in FOURTH.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind']:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
