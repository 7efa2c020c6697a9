"""A bibliography line of parts: "Authors: <span class=title>Title.</span> Venue 12: 3-9 (2024)".

The full stop after the title separates it from the venue and is no part of the title; the
page's own person, shown without a link among linked co-authors, is one of the authors.
"""

from __future__ import annotations

from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://bib.example/person/17.html"
TITLES = [
    "Sketching Streams under Drift.",
    "Compressed Tries for Sorted Keys.",
    "Do Learned Indexes Age Well?",
    "Cardinality Estimates from Few Samples.",
    "Batch Updates on Persistent Memory.",
    "Range Filters with Tight Bounds.",
]
COAUTHORS = [
    ["Ana Ruiz", "Bo Chen"],
    ["Cem Aydin"],
    ["Dana Weiss", "Eli Novak"],
    ["Bo Chen"],
    ["Ana Ruiz"],
    ["Fay Olsen"],
]
OWN = "Ines Moreau"


def _person(name: str) -> str:
    return f'<span class="who"><a href="/person/{len(name)}{name[:2]}.html"><span>{name}</span></a></span>'


def _entry(n: int, title: str, others: list[str], own_at: int) -> str:
    people = [_person(o) for o in others]
    people.insert(min(own_at, len(people)), f'<span class="who"><span class="me">{OWN}</span></span>')
    return (
        f'<li class="item"><cite>{", ".join(people)}:<br> <span class="title">{title}</span> '
        f'<a href="/venue/v{n}.html">Data Systems Journal {n}</a>: {n}0-{n}9 ({2018 + n})</cite></li>'
    )


def _page(titles: list[str]) -> str:
    entries = "".join(_entry(n, t, COAUTHORS[n], n % 3) for n, t in enumerate(titles))
    return list_page(f'<ul class="entries">{entries}</ul>', "<main><h1>Ines Moreau</h1>{}</main>")


def _column(records: list[dict[str, object]], value: object) -> str:
    return next(name for name, got in records[0].items() if got == value)


def test_the_stop_after_a_title_span_is_left_out() -> None:
    _, records = spec_and_records(_page(TITLES), URL)
    column = _column(records, "Sketching Streams under Drift")
    assert [r[column] for r in records] == [t.removesuffix(".") for t in TITLES]


def test_a_title_span_ending_in_an_abbreviation_keeps_its_stop() -> None:
    titles = [*TITLES[:-1], "Proofs at Acme Inc."]
    _, records = spec_and_records(_page(titles), URL)
    column = _column(records, "Sketching Streams under Drift.")
    assert records[-1][column] == "Proofs at Acme Inc."


def test_a_summary_span_keeps_its_stop() -> None:
    cards = "".join(
        f'<div class="card"><h3><a href="/p/{n}">Post {n}</a></h3><p><span class="summary">{t}</span> '
        f'<a href="/p/{n}#more">more</a></p></div>'
        for n, t in enumerate(TITLES)
    )
    _, records = spec_and_records(list_page(cards), URL)
    assert "Sketching Streams under Drift." in records[0].values()


def _names(n: int) -> list[str]:
    names = list(COAUTHORS[n])
    names.insert(min(n % 3, len(names)), OWN)
    return names


def test_the_unlinked_own_name_is_one_of_the_authors_in_order() -> None:
    _, records = spec_and_records(_page(TITLES), URL)
    column = next(name for name, got in records[0].items() if isinstance(got, list) and "Ana Ruiz" in got)
    assert [r[column] for r in records] == [_names(n) for n in range(len(TITLES))]
    assert not [name for name, got in records[0].items() if got == OWN]


def test_an_unlinked_text_of_another_shape_stays_apart() -> None:
    entries = "".join(
        f'<li class="item"><h3><a href="/w/{n}">{t}</a></h3><p>{" ".join(_person(o) for o in COAUTHORS[n])} '
        f'<em class="role">Editor</em></p></li>'
        for n, t in enumerate(TITLES)
    )
    _, records = spec_and_records(list_page(f"<ul>{entries}</ul>"), URL)
    assert all("Editor" not in got for got in records[0].values() if isinstance(got, list))


def test_a_year_under_a_date_name_is_a_year_column() -> None:
    entries = "".join(
        f'<li class="item"><h3><a href="/w/{n}">{t}</a></h3><span itemprop="datePublished">{2018 + n}</span></li>'
        for n, t in enumerate(TITLES)
    )
    spec, records = spec_and_records(list_page(f"<ul>{entries}</ul>"), URL)
    assert not [f for f in spec.fields if f.type == "date"]
    assert [r["year"] for r in records] == [2018 + n for n in range(len(TITLES))]


def _menu_entry(n: int, title: str) -> str:
    return (
        f'<li class="item"><div class="menus"><div class="dropdown"><a href="https://doi.org/10.1/{n}">DOI</a>'
        f'<ul><li><a href="/rec/{n}.bib">BibTeX</a></li><li><a href="/rec/{n}.ris">RIS</a></li></ul></div>'
        f'<div class="share-box"><a href="https://social.example/share?u=/rec/{n}">Post</a> '
        f'<a href="https://mail.example/send?u=/rec/{n}">Mail</a></div></div>'
        f"<h3>{title}</h3><p>{', '.join(_person(o) for o in COAUTHORS[n])}</p></li>"
    )


def test_the_links_a_menu_opens_or_a_share_widget_holds_are_no_fields() -> None:
    entries = "".join(_menu_entry(n, t) for n, t in enumerate(TITLES))
    _, records = spec_and_records(list_page(f"<ul>{entries}</ul>"), URL)
    shown = {str(v) for r in records for v in r.values()}
    assert "https://doi.org/10.1/0" in shown  # the menu's face
    assert not {v for v in shown if ".bib" in v or ".ris" in v or "share?" in v or "send?" in v}
