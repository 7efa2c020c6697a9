"""Author lines of surnames and initials are lists by their items' shape, whatever the classes say."""

from __future__ import annotations

from agents.heuristics.listtexts import initialled_names_split
from tests.unit.agents.conftest import list_page, spec_and_records

URL = "http://papers.test/search"
AUTHORS = [
    "Flanagan A, Bechtold DA, Pot GK, Johnston JD.",
    "Okafor CN, Lindqvist E.",
    "Haddad R, Moreno-Pérez J, Tanaka H.",
    "Berg T.",
    "Ruiz A, Chen M, Olsen K.",
    "Marsh I, Sand M.",
]


def _results(texts: list[str]) -> str:
    return list_page(
        "".join(
            f'<article class="xQz4"><a class="bTm9" href="/p/{n}">Paper number {n} on tides and moons</a>'
            f'<span class="kLp2">{text}</span><span class="wVb7">PMID: {38000000 + n}</span></article>'
            for n, text in enumerate(texts)
        )
    )


def test_hashed_author_lines_are_split_into_names() -> None:
    spec, records = spec_and_records(_results(AUTHORS), URL)
    [field] = [f for f in spec.fields if f.split]
    assert (field.split, field.type) == (", ", "tags")
    assert records[0][field.name] == ["Flanagan A", "Bechtold DA", "Pot GK", "Johnston JD"]
    assert records[3][field.name] == ["Berg T"]


def test_titles_addresses_and_inverted_names_are_not_split() -> None:
    titles = [f"Tides, moons and the sea, part {n}" for n in range(5)]
    addresses = ["12 Main St, Springfield, IL 62704", "4 Lake Rd, Evanston, IL 60201", "9 Elm Ave, Austin, TX"]
    inverted = ["Lloyd, Christopher", "Oudolf, Piet", "Chatto, Beth", "Richards, Huw"]
    assert initialled_names_split(titles) is None
    assert initialled_names_split(addresses) is None
    assert initialled_names_split(inverted) is None


def test_pairs_alone_do_not_prove_a_list() -> None:
    assert initialled_names_split(["Smith J, Doe A", "Berg T, Sand M", "Marsh I"]) is None
    assert initialled_names_split(["Smith J, Doe A, Berg T", "Sand M, Marsh I", "Olsen K"]) == ", "
