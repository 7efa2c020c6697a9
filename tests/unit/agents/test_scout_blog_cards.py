"""Blog list cards (issue #3): an empty card link named "post link to <title>", a meta line
"date · 4 min · Author" cut by what its values are, the text after React's ``<!-- -->``, and an
author's name linked on most cards and plain on a guest's."""

from __future__ import annotations

from lxml.html import fromstring
from parsel import Selector

from agents.heuristics.cardlinks import names_its_record
from agents.heuristics.metalines import is_person_name, meta_line
from agents.heuristics.slots import Occurrence, Slot
from agents.heuristics.templateslots import collect_slots
from pipeline.core.extract import extract_field
from pipeline.core.schemas import FieldSpec
from pipeline.core.textparts import tail_text, text_part
from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://notes.example/"
#: (title, slug, date shown, minutes or None, author)
POSTS = [
    ("Tuning autovacuum on a busy queue table", "autovacuum-queue", "April 9, 2025", 7, "Rui Moreira"),
    ("Why I keep a paper notebook for on-call", "paper-notebook", "March 21, 2025", 4, "Rui Moreira"),
    ("A weekend with Nix flakes", "nix-flakes-weekend", "March 2, 2025", None, "Rui Moreira"),
    ("Reading query plans without fear", "query-plans", "February 14, 2025", 11, "Lena Vogt"),
    ("Backups you have actually restored", "restored-backups", "January 30, 2025", 6, "Rui Moreira"),
    ("Three cron jobs I deleted this year", "deleted-cron-jobs", "January 8, 2025", 3, "Rui Moreira"),
]


def _entry(title: str, slug: str, shown: str, minutes: int | None, author: str) -> str:
    reading = f"&nbsp;·&nbsp;{minutes} min" if minutes else ""
    return (
        f'<article class="post-entry"><header class="entry-header"><h2>{title}</h2></header>'
        f'<div class="entry-content"><p>Some notes on {title.lower()}, written after a long week.</p></div>'
        f'<footer class="entry-footer"><span title="{shown}">{shown}</span>{reading}&nbsp;·&nbsp;{author}</footer>'
        f'<a class="entry-link" aria-label="post link to {title}" href="/posts/{slug}/"></a></article>'
    )


def _blog() -> str:
    return list_page("".join(_entry(*post) for post in POSTS), '<main class="main">{}</main>')


def test_an_empty_card_link_named_after_its_own_title_is_the_records_link() -> None:
    # "post link to …" starts with a word that may be a verb, yet the name holds the card's title.
    _spec, records = spec_and_records(_blog(), URL)
    assert [r.get("url") for r in records] == [f"{URL}posts/{post[1]}/" for post in POSTS]


def _named_links(names: list[str]) -> Slot:
    cards = "".join(
        f'<li class="card"><h3>{title}</h3><a class="overlay" aria-label="{name.format(title)}" href="/p/{i}"></a></li>'
        for i, (title, name) in enumerate(zip([p[0] for p in POSTS], names, strict=False))
    )
    links = fromstring(list_page(cards)).xpath("//li/a")
    return Slot(key=("a.overlay",), kind="href", per_record={i: [Occurrence(a, "")] for i, a in enumerate(links)})


def test_an_action_on_the_cards_title_is_no_name_of_the_record() -> None:
    assert names_its_record(_named_links(["post link to {}"] * 4))
    assert names_its_record(_named_links(["Read more about {}"] * 4))
    assert not names_its_record(_named_links(["Add {} to your reading list"] * 4))  # words after the title
    assert not names_its_record(_named_links(["Save {}"] * 4))  # a bare verb before it
    assert not names_its_record(_named_links(["Share this story"] * 4))  # the same on every card


def test_a_meta_line_is_cut_by_what_its_values_are() -> None:
    spec, records = spec_and_records(_blog(), URL)
    authors = [f.name for f in spec.fields if [r.get(f.name) for r in records] == [p[4] for p in POSTS]]
    assert authors == ["author"]  # cut after the last "·", whatever is missing before it
    minutes = [f.name for f in spec.fields if [r.get(f.name) for r in records] == [p[3] for p in POSTS]]
    assert minutes == ["duration"]  # no name where the minutes are missing


def test_meta_lines_and_citation_lines_are_told_apart() -> None:
    line = meta_line(
        ["May 2, 2024 · 5 min read · Ana Ruiz", "May 1, 2024 · Li Wei", "Apr 9, 2024 · 2 min read · Li Wei"]
    )
    assert line is not None and [p.name for p in line.parts] == ["date", "reading_time", "author"]
    assert not line.uncut
    last = line.parts[-1]
    assert text_part("May 1, 2024 · Li Wei", last.after, last.before, from_end=last.from_end) == "Li Wei"
    # A citation's parts are free text (names, a venue, a host): no meta line.
    assert meta_line(["A Smith, B Jones - Journal of X, 2014 - x.org", "C Lee - Nature, 2019 - nature.com"]) is None
    # A middle part of words, missing on some records, would read the last part there: left out.
    dropped = meta_line(["May 2, 2024 · Databases · Ana Ruiz", "May 1, 2024 · Li Wei"])
    assert dropped is not None and dropped.uncut and [p.name for p in dropped.parts] == ["date", "author"]
    assert is_person_name("Ludwig van Beethoven") and not is_person_name("Databases") and not is_person_name("4 min")


def test_the_text_after_a_react_comment_is_the_elements_tail() -> None:
    meta = Selector(
        text='<div class="meta"><time datetime="2025-03-04">March 4, 2025</time> · <!-- -->9 min read</div>'
    )
    spec = FieldSpec(name="reading_time", type="number", selector="time", tail=True)
    assert extract_field(meta.css("div.meta")[0], spec, "") == 9
    time = fromstring("<div><time>May 1</time> · <!-- -->2 min read<b>x</b> after</div>")[0]
    assert tail_text(time) == "2 min read"
    bare = fromstring("<div><time>May 1</time><!-- -->3 min read</div>")[0]
    assert tail_text(bare) == "3 min read"  # no text before the comment


def _column(name: str, linked: bool) -> str:
    shown = f'<span class="author-name">{name}</span>'
    if linked:
        shown = f'<a href="/authors/{name.split(maxsplit=1)[0].lower()}">{shown}</a>'
    return f'<div class="author-col"><div class="author-name-row">{shown}</div></div>'


def test_a_name_linked_on_most_cards_and_plain_on_one_is_one_field() -> None:
    cards = "".join(
        f'<article class="post"><h2 class="post-title"><a href="/blog/{slug}">{title}</a></h2>'
        f'<div class="authors">{_column(author, linked=index != 2)}</div><p>About {title.lower()}.</p></article>'
        for index, (title, slug, _shown, _minutes, author) in enumerate(POSTS)
    )
    records = fromstring(list_page(cards)).xpath("//article")
    names = [s for s in collect_slots(records) if s.kind == "text" and "span.author-name" in s.key[-1]]
    assert len(names) == 1 and len(names[0].per_record) == len(POSTS)
