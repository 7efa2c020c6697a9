"""A byline or a seller line of a name link and a fact after a mark ("by <a>ana</a> » Wed Feb 12,
2025 10:21 am", "Sold by <a>bea</a> · Leeds") is two fields: the link's text and the fact. Its
selector names the line's class, not its place, and never one record's own link address."""

from __future__ import annotations

from lxml import html

from agents.heuristics.assemble import build_profile
from agents.heuristics.compound import split_compounds
from agents.heuristics.slots import Occurrence, Slot

TOPICS = [
    ("Which coax for a long run?", "ana_r", "Wed Feb 12, 2025 10:21 am"),
    ("Grounding a mast on clay soil", "tom.k", "Tue Feb 11, 2025 8:05 pm"),
    ("First contact on 40 m", "lou99", "Mon Feb 10, 2025 6:40 am"),
    ("Balun or unun for an end-fed?", "ana_r", "Sun Feb 09, 2025 11:12 pm"),
]


def _topic(number: int, title: str, member: str, posted: str) -> str:
    return (
        f"<li class='topic'><a class='topic-title' href='topic.php?t={number}'>{title}</a>"
        f"<div class='started'>by <a href='member.php?u={len(member)}' class='member'>{member}</a>"
        f" &raquo; {posted}</div><span class='replies'>{number * 3} replies</span></li>"
    )


FORUM = (
    "<html><body><ul class='topics'>"
    + "".join(_topic(n + 1, *topic) for n, topic in enumerate(TOPICS))
    + "</ul></body></html>"
)

BOOKS = [
    ("Middlemarch", "George Eliot", "bea", "Leeds"),
    ("Collected Poems", None, "margo", "York"),
    ("Bleak House", "Charles Dickens", "oxfam_ilkley", "Ilkley"),
    ("Map of the Dales", None, "margo", "York"),
    ("Persuasion", "Jane Austen", "tom_reads", "Halifax"),
    ("Emma", "Jane Austen", "secondhand_sam", "Sheffield"),
]


def _book(number: int, title: str, author: str | None, seller: str, town: str) -> str:
    by = f"<p class='card-author'>by {author}</p>" if author else ""
    return (
        f"<article class='card'><h3 class='card-title'><a href='/listings/{number}'>{title}</a></h3>{by}"
        f"<p class='card-price'><strong>£{number + 2}.50</strong></p>"
        f"<p class='card-seller'>Sold by <a href='/users/{seller}'>{seller}</a> &middot; {town}</p></article>"
    )


SHOP = (
    "<html><body><main><h1>Books for sale</h1><div class='grid'>"
    + "".join(_book(n + 1, *book) for n, book in enumerate(BOOKS))
    + "</div></main></body></html>"
)


def test_forum_byline_gives_the_member_and_the_date() -> None:
    profile = build_profile(FORUM, "https://forum.example/viewforum.php?f=3")
    assert profile.record_count == len(TOPICS)
    records = profile.sample_records
    authors = [
        next((v for k, v in r.items() if v == member), None)
        for r, (_t, member, _d) in zip(records, TOPICS, strict=True)
    ]
    assert authors == [member for _t, member, _d in TOPICS]
    assert not any("»" in str(v) for r in records for v in r.values())  # the whole byline is no value
    dates = [next((v for k, v in r.items() if k.startswith("date")), None) for r in records]
    assert [str(d)[:10] for d in dates] == ["2025-02-12", "2025-02-11", "2025-02-10", "2025-02-09"]


def test_seller_line_gives_the_seller_and_the_town() -> None:
    profile = build_profile(SHOP, "https://books.example/listings")
    assert profile.record_count == len(BOOKS)
    fields = {f.name: f for f in profile.spec.fields}
    columns = {name: [r.get(name) for r in profile.sample_records] for name in fields}
    shown = len(profile.sample_records)
    sellers = [seller for _t, _a, seller, _town in BOOKS][:shown]
    towns = [town for _t, _a, _s, town in BOOKS][:shown]
    assert sellers in columns.values()
    assert towns in columns.values()
    for name, column in columns.items():
        if column in (sellers, towns):
            # The line's class names it on every card; its place shifts where a card has no author.
            assert "nth-" not in fields[name].selector
    # One seller's own address is no anchor: the next page lists other sellers.
    assert not any("/margo" in f.selector for f in fields.values())


def _slot(lines: list[str]) -> Slot:
    elements = [html.fragment_fromstring(line) for line in lines]
    return Slot(
        key=(), kind="text", per_record={n: [Occurrence(e, e.text_content().strip())] for n, e in enumerate(elements)}
    )


def test_a_link_and_a_word_after_a_mark_are_cut_apart() -> None:
    slot = _slot(
        [
            f"<p>Sold by <a href='/u/{n}'>{n}</a> · {t}</p>"
            for n, t in (("bea", "Leeds"), ("margo", "York"), ("sam", "Hull"))
        ]
    )
    assert [p.first_values() for p in split_compounds([slot])] == [["bea", "margo", "sam"], ["Leeds", "York", "Hull"]]


def test_a_line_whose_link_is_not_followed_by_a_mark_everywhere_stays_whole() -> None:
    slot = _slot(
        [
            "<p>Sold by <a href='/u/bea'>bea</a> · Leeds</p>",
            "<p>Sold by <a href='/u/margo'>margo</a> of York</p>",
            "<p>Sold by <a href='/u/sam'>sam</a> · Hull</p>",
        ]
    )
    assert all(p.text_before != "·" for p in split_compounds([slot]))


def test_a_name_and_a_date_parted_by_guillemets_are_cut_apart() -> None:
    """phpBB's " » " (and " › ") parts values as a dash does, with no link to go by."""
    slot = _slot(
        [
            "<p>ana_r » Wed Feb 12, 2025 10:21 am</p>",
            "<p>tom.k » Tue Feb 11, 2025 8:05 pm</p>",
            "<p>lou99 » Mon Feb 10, 2025 6:40 am</p>",
        ]
    )
    parts = split_compounds([slot])
    assert [p.first_values()[0] for p in parts] == ["ana_r", "Wed Feb 12, 2025 10:21 am"]
    assert parts[1].part_name == "date"
