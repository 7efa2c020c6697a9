"""One text listing several values, which a person writes down as a list."""

from __future__ import annotations

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


def _results(cls: str, texts: list[str]) -> str:
    return list_page(
        "".join(
            f'<article class="result"><a class="title" href="/p/{n}">Paper number {n} on tides and moons</a>'
            f'<span class="{cls}">{text}</span><span class="pmid">PMID: {38000000 + n}</span></article>'
            for n, text in enumerate(texts)
        )
    )


def test_an_author_list_in_one_text_is_a_list_of_names() -> None:
    spec, records = spec_and_records(_results("docsum-authors", AUTHORS), URL)
    [field] = [f for f in spec.fields if f.split]
    assert (field.name, field.split, field.type) == ("authors", ", ", "tags")
    assert records[0][field.name] == ["Flanagan A", "Bechtold DA", "Pot GK", "Johnston JD"]
    assert records[3][field.name] == ["Berg T"]


def test_a_sentence_with_commas_is_not_split() -> None:
    notes = [f"Reviewed in {n} days, with comments from the editor, then accepted." for n in range(6)]
    spec, _ = spec_and_records(_results("docsum-notes", notes), URL)
    assert not [f for f in spec.fields if f.split]


def test_one_author_written_surname_first_is_one_name() -> None:
    names = ["Lloyd, Christopher", "Oudolf, Piet", "Chatto, Beth", "Richards, Huw", "Brickell, Chris", "Berg, Tove"]
    cards = "".join(
        f'<div class="book"><h3><a href="/b/{n}">Garden book number {n}</a></h3>'
        f'<dl><dt>Author:</dt><dd class="value">{name}</dd><dt>Year:</dt><dd>{1990 + n}</dd></dl></div>'
        for n, name in enumerate(names)
    )
    spec, records = spec_and_records(list_page(cards), URL)
    assert not [f for f in spec.fields if f.split]
    assert [r.get("author") for r in records] == names
