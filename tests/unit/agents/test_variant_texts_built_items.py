"""One field over two card layouts (a teaser beside a picture or alone), and list items built of
pieces (an author's given names and surname) read whole."""

from __future__ import annotations

from typing import Any

from parsel import Selector

from agents.heuristics.fields import propose_fields
from pipeline.core.extract import extract_field

_WORDS = "bees hive spring queen honey frames swarm colony meeting course members garden"


def _teaser(number: int) -> str:
    words = _WORDS.split()
    return f"Post {number} is about {words[number % len(words)]} and what the club does this week in the garden."


def _post(number: int) -> str:
    head = (
        f'<div class="article"><a class="header" href="/2025/03/{number:02d}/post-{number}/">'
        f'<h2 class="headline">Headline number {number}</h2></a><time datetime="2025-03-{number:02d}">{number}</time>'
    )
    if number % 3 == 0:  # the text alone
        body = f'<div class="module text"><p>{_teaser(number)}</p></div>'
    else:  # the text beside a picture
        body = (
            f'<div class="module text-with-image"><figure><img src="/img/{number}.jpg" alt=""></figure>'
            f'<div><div class="inline-rte"><p>{_teaser(number)}</p></div></div></div>'
        )
    more = f'<a class="more" href="/2025/03/{number:02d}/post-{number}/">more</a>'
    return f'{head}<div class="matrix">{body}</div>{more}</div>'


_PEOPLE = [("Sofia", "Alvarenga"), ("Hannah R.", "Osei"), ("Martin", "Kühl"), ("Keiko", "Matsuda"), ("Ruth", "Abe")]


def _authors(number: int) -> list[tuple[str, str]]:
    return [_PEOPLE[(number + k) % len(_PEOPLE)] for k in range(1 + number % 3)]


def _paper(number: int) -> str:
    authors = ", ".join(
        f'<span class="author" data-delta="{k}"><span class="given-names">{given}</span> '
        f'<span class="surname">{surname}</span></span>'
        for k, (given, surname) in enumerate(_authors(number))
    )
    return (
        f'<li class="result"><div class="cite"><span class="cite-title"><a href="/content/{number}v1">'
        f"Paper number {number} on animal behaviour</a></span>"
        f'<div class="cite-authors"><span class="authors">{authors}</span></div>'
        f'<span class="cite-date">Posted March {number + 1}, 2025.</span></div></li>'
    )


def _rows(page: str, css: str) -> list[dict[str, Any]]:
    records = [Selector(root=node.root, type="html") for node in Selector(text=page).css(css)]
    fields = [draft.spec for draft in propose_fields(records)]
    return [{f.name: extract_field(r, f, "") for f in fields} for r in records]


def _columns(rows: list[dict[str, Any]]) -> list[list[Any]]:
    return [[row.get(name) for row in rows] for name in rows[0]]


def test_a_teaser_written_in_two_card_layouts_is_one_field() -> None:
    page = "<main>" + "".join(_post(n) for n in range(1, 13)) + "</main>"
    columns = _columns(_rows(page, "div.article"))
    assert [_teaser(n) for n in range(1, 13)] in columns


def test_a_short_text_and_a_prose_text_in_two_card_layouts_stay_two_fields() -> None:
    def card(number: int) -> str:
        if number % 2:
            picture = f'<img src="/i/{number}.jpg">'
            body = f'<div class="module text-with-image">{picture}<div><p>{_teaser(number)}</p></div></div>'
        else:
            body = f'<div class="module text"><p>Aisle {number}</p></div>'
        return f'<div class="card"><h3><a href="/p/{number}">Item {number}</a></h3>{body}</div>'

    columns = _columns(_rows("<main>" + "".join(card(n) for n in range(12)) + "</main>", "div.card"))
    shapes = [{str(v).startswith("Aisle") for v in column if isinstance(v, str) and v} for column in columns]
    assert {True, False} not in shapes


def test_list_items_built_of_name_pieces_are_one_list_of_full_names() -> None:
    page = "<ul>" + "".join(_paper(n) for n in range(10)) + "</ul>"
    rows = _rows(page, "li.result")
    lists = [name for name, value in rows[0].items() if isinstance(value, list)]
    assert len(lists) == 1
    assert [row[lists[0]] for row in rows] == [[f"{g} {s}" for g, s in _authors(n)] for n in range(10)]


def test_list_items_of_a_name_and_a_figure_keep_their_pieces_apart() -> None:
    def card(number: int) -> str:
        skills = "".join(
            f'<li class="skill"><span class="name">{name}</span> <span class="years">{number % 4 + k} yrs</span></li>'
            for k, name in enumerate(("Python", "Rust", "SQL")[: 1 + number % 3])
        )
        head = f'<h3><a href="/p/{number}">Person {number}</a></h3>'
        return f'<div class="card">{head}<ul class="skills">{skills}</ul></div>'

    rows = _rows("<main>" + "".join(card(n) for n in range(12)) + "</main>", "div.card")
    values = [v for row in rows for value in row.values() if isinstance(value, list) for v in value]
    assert not any("Python" in v and "yrs" in v for v in values)


def test_two_badges_never_on_one_card_stay_two_fields() -> None:
    def card(number: int) -> str:
        badge = ""
        if number % 4 == 1:
            badge = '<span class="card-featured"><svg viewBox="0 0 16 16"></svg> Featured</span>'
        elif number % 4 == 2:
            who = "Paid-members" if number % 8 == 2 else "Members"
            badge = f'<span class="card-access"><svg viewBox="0 0 24 24"></svg> {who} only</span>'
        return (
            f'<article class="card"><a class="content" href="/post-{number}/"><div class="card-tags">'
            f'<span class="primary-tag">{("Reliability", "Tooling", "Culture")[number % 3]}</span>{badge}</div>'
            f'<h2 class="title">Post title {number}</h2></a>'
            f'<time datetime="2025-03-{number + 1:02d}">{number + 1} Mar</time></article>'
        )

    columns = _columns(_rows("<main>" + "".join(card(n) for n in range(16)) + "</main>", "article.card"))
    assert not any(
        {"Featured", "Members only"} <= {v if isinstance(v, str) else " ".join(v or []) for v in column}
        for column in columns
    )
