"""A link whose text is already a field of the record (an author's name to the profile, a
category to its page, a count to the list it counts; an avatar beside the name, to the same page)
leads on from that value: with the record's own link present, its address is navigation and no
column. A fixed label ("PDF") names a field of its own, and a record without a link of its own keeps
the only links it has."""

from __future__ import annotations

from lxml.html import HtmlElement, fromstring

from agents.heuristics.companionlinks import _shows_same
from agents.heuristics.slots import Occurrence, Slot
from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://journal.example/"
#: (title, slug, author, author slug, category, comments)
POSTS = [
    ("Tuning autovacuum on a busy queue table", "autovacuum-queue", "Rui Moreira", "rui", "Databases", 12),
    ("Why I keep a paper notebook for on-call", "paper-notebook", "Lena Vogt", "lena", "Operations", 4),
    ("A weekend with Nix flakes", "nix-flakes-weekend", "Omar Haddad", "omar", "Tooling", 31),
    ("Reading query plans without fear", "query-plans", "Lena Vogt", "lena", "Databases", 7),
    ("Backups you have actually restored", "restored-backups", "Ines Carvalho", "ines", "Operations", 19),
    ("Three cron jobs I deleted this year", "deleted-cron-jobs", "Rui Moreira", "rui", "Tooling", 2),
]


def _card(title: str, slug: str, author: str, who: str, category: str, comments: int) -> str:
    return (
        f'<article class="post"><h2 class="post-title"><a href="/posts/{slug}/">{title}</a></h2>'
        f'<a class="avatar" href="/authors/{who}/"><img src="/img/{who}.png" alt=""></a>'
        f'<p class="byline">By <a class="author" href="/authors/{who}/">{author}</a> in '
        f'<a class="category" href="/topics/{category.lower()}/">{category}</a></p>'
        f'<p class="summary">Notes on {title.lower()}, written after a long week of work.</p>'
        f'<a class="comments" href="/posts/{slug}/discussion/">{comments}</a>'
        f'<a class="download" href="/files/{slug}.pdf">PDF</a></article>'
    )


def _journal() -> str:
    return list_page("".join(_card(*post) for post in POSTS))


def test_links_leading_on_from_a_shown_value_are_no_columns() -> None:
    spec, records = spec_and_records(_journal(), URL)
    assert [r.get("url") for r in records] == [f"{URL}posts/{post[1]}/" for post in POSTS]
    columns = {name: [r.get(name) for r in records] for name in {f.name for f in spec.fields}}
    assert [p[2] for p in POSTS] in columns.values()  # the author, the category and the count stay
    assert [p[4] for p in POSTS] in columns.values()
    assert [p[5] for p in POSTS] in columns.values()
    addresses = [v for values in columns.values() for v in values if isinstance(v, str) and "/" in v]
    assert not any("/authors/" in a or "/topics/" in a or "/discussion/" in a for a in addresses)
    assert [f"{URL}files/{p[1]}.pdf" for p in POSTS] in columns.values()  # a labelled link is a field


def _quote(text: str, author: str, who: str) -> str:
    return (
        f'<div class="quote"><span class="text">“{text}”</span>'
        f'<span>by <a class="author" href="/authors/{who}/">{author}</a></span></div>'
    )


def test_a_record_without_a_link_of_its_own_keeps_its_only_link() -> None:
    quotes = [
        (f"Saying number {i} about patience, work and the weather today", p[2], p[3]) for i, p in enumerate(POSTS)
    ]
    spec, records = spec_and_records(list_page("".join(_quote(*q) for q in quotes)), URL)
    columns = [[r.get(f.name) for r in records] for f in spec.fields]
    assert [q[1] for q in quotes] in columns
    assert [f"{URL}authors/{q[2]}/" for q in quotes] in columns


def _linked_slots(texts: list[str]) -> tuple[dict[int, HtmlElement], Slot]:
    """Each record's link reading its text, and the text slot holding the same texts."""
    links = {n: fromstring(f'<a href="/p/{n}/">{t}</a>') for n, t in enumerate(texts)}
    shown = Slot(
        key=("p",),
        kind="text",
        per_record={n: [Occurrence(a, t)] for n, (a, t) in enumerate(zip(links.values(), texts, strict=True))},
    )
    return links, shown


def test_a_link_reading_the_records_headline_is_no_companion() -> None:
    names = [p[2] for p in POSTS]
    assert _shows_same(*_linked_slots(names))  # an author's name: its link leads on from the name
    titles = [p[0] for p in POSTS]  # a post's title (named "description" on some pages): its link is the record's
    assert not _shows_same(*_linked_slots(titles))


def test_a_long_value_many_records_share_is_no_headline() -> None:
    licences = ["Mozilla Public License version 2.0 (MPL-2.0)", "Apache License version 2.0 (Apache-2.0)"] * 3
    assert _shows_same(*_linked_slots(licences))  # a licence to its filter page leads on from the licence


#: (name, slug, price) of a shop's games, each bought on a page below its own.
GAMES = [
    ("Lantern Keeper", "lantern-keeper", "$4.99"),
    ("Salt Roads", "salt-roads", "$9.99"),
    ("Paper Moths", "paper-moths", "$4.99"),
    ("Tidewater", "tidewater", "$12.00"),
    ("Glass Orchard", "glass-orchard", "$7.50"),
    ("Copper Wind", "copper-wind", "$9.99"),
]


def test_a_price_linking_below_the_records_own_page_gives_no_column() -> None:
    cards = "".join(
        f'<div class="tile"><a class="name" href="/games/{slug}">{name}</a>'
        f'<a class="cost" href="/games/{slug}/buy"><span class="amount">{price}</span></a>'
        f'<p class="blurb">A small game about {name.lower()} and the people who play it.</p></div>'
        for name, slug, price in GAMES
    )
    _spec, records = spec_and_records(list_page(cards), "https://games.example/new")
    assert [r.get("url") for r in records] == [f"https://games.example/games/{g[1]}" for g in GAMES]
    shown = " ".join(str(v) for r in records for v in r.values())
    assert "4.99" in shown  # the price stays
    assert "/buy" not in shown  # its link is the record's own page and a fixed step below it
