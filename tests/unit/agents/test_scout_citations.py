# ruff: noqa: E501
"""Citation lines (issue #3): a journal, a year and identifiers in one text. Each identifier (DOI,
ISBN, arXiv id, PMID) is its own field, found by its own pattern even where records differ and on
the records that have one; the journal and the year are cut from "Journal. 2024 Mar;12(3):45.". Every
cut is a pair of literals the engine reads exactly: a value no literal cut can read is not proposed."""

from __future__ import annotations

import pytest

from agents.heuristics.identifiers import citation_cuts, identifier_cuts
from agents.scout import analyze_page
from pipeline.core.textparts import text_part
from tests.unit.agents.conftest import assert_values_come_from_page, spec_and_records
from tests.unit.growth import assert_linear

URL = "https://papers.example/search?q=tides"
TITLES = [
    "Tidal mixing on a shelf",
    "Salt wedges in estuaries",
    "Moon phases and surge",
    "Kelp and wave damping",
    "Rip currents at dusk",
    "Harbour seiches",
    "Sand bars after storms",
]
JOURNALS = ["Coast Sci", "J Mar Res", "Estuar Coast Shelf Sci", "Ocean Dyn", "Coast Sci", "Mar Geol", "J Phys Oceanogr"]


def _page(lines: list[str], title_tag: str = "h3") -> str:
    rows = "".join(
        f'<li class="hit"><{title_tag} class="hit-title"><a href="/paper/{i}">{title}</a></{title_tag}><span class="cite">{line}</span></li>'
        for i, (title, line) in enumerate(zip(TITLES, lines, strict=True))
    )
    return f'<html><head><title>Search</title></head><body><header><a href="/">Home</a></header><main><ol class="hits">{rows}</ol></main></body></html>'


def _doi(i: int) -> str:
    return f"10.{5000 + i}/tide.{2020 + i}.0{i}-x"


def _by_name(records: list[dict[str, object]], name: str) -> list[object]:
    return [r.get(name) for r in records]


def test_a_doi_after_a_lower_case_caption_is_its_own_field_on_the_records_that_have_one() -> None:
    lines = [
        f"{journal}. {2024 - i % 2} Mar {i + 3};{10 + i}({i + 1}):{100 + i}-{110 + i}. doi: {_doi(i)}. Epub {2023 - i % 2} Dec {i + 1}."
        for i, journal in enumerate(JOURNALS)
    ]
    lines[3] = f"{JOURNALS[3]}. 2023 Mar 6;13(4):103-113. Epub 2022 Dec 4."  # one record without a DOI
    html = _page(lines)
    spec, records = spec_and_records(html, URL)
    doi = next(f for f in spec.fields if f.name == "doi")
    assert (doi.text_after, doi.text_before) == ("doi:", ". ")
    assert _by_name(records, "doi") == [
        None if i == 3 else _doi(i) for i in range(7)
    ]  # its trailing "." is the sentence's
    assert _by_name(records, "journal") == JOURNALS
    assert _by_name(records, "year") == [2024 - i % 2 if i != 3 else 2023 for i in range(7)]
    assert_values_come_from_page(html, URL, analyze_page(html, URL))


def test_a_citation_line_gives_the_journal_and_the_year_even_when_the_page_shares_one_year() -> None:
    # A search filtered to one year: every record's year is 2024, still a value of a varying text.
    lines = [
        f"{journal}. 2024 {month};{7 + i}({i + 2}):e{3000 + i}."
        for i, (journal, month) in enumerate(
            zip(JOURNALS, ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul"], strict=True)
        )
    ]
    spec, records = spec_and_records(_page(lines, title_tag="h2"), URL)
    assert _by_name(records, "journal") == JOURNALS
    assert _by_name(records, "year") == [2024] * 7
    year = next(f for f in spec.fields if f.name == "year")
    assert (year.text_after, year.text_before) == (". ", " ")
    assert _by_name(records, "title") == TITLES  # the record's own heading is never cut


def test_an_identifier_at_the_end_of_some_lines_is_cut_on_every_line() -> None:
    # "doi: X." at the end of some lines, "doi: X. Epub …" on others: the ". " that ends the DOI
    # also ends it where nothing follows the full stop.
    lines = [
        f"{journal}. 2024 May {i + 1};{20 + i}:{200 + i}. doi: {_doi(i)}." + (" Epub 2024 Apr 2." if i % 2 else "")
        for i, journal in enumerate(JOURNALS)
    ]
    html = _page(lines)
    _, records = spec_and_records(html, URL)
    assert _by_name(records, "doi") == [_doi(i) for i in range(len(JOURNALS))]
    assert _by_name(records, "journal") == JOURNALS
    assert_values_come_from_page(html, URL, analyze_page(html, URL))


def test_an_identifier_no_literal_cut_reads_is_not_proposed_and_its_text_stays_whole() -> None:
    # The DOI ends with ". " on some lines and ", " on others: no one literal ends it everywhere,
    # and a cut that read "X, Epub 2024" would be a wrong value; the whole line keeps the DOI.
    lines = [
        f"{journal}. 2024 May {i + 1};{20 + i}:{200 + i}. doi: {_doi(i)}{'.' if i % 2 else ','} Epub 2024 Apr 2."
        for i, journal in enumerate(JOURNALS)
    ]
    assert text_part(lines[0], "doi:", ". ") != _doi(0)  # what a literal cut would read: a wrong value
    html = _page(lines)
    spec, records = spec_and_records(html, URL)
    assert "doi" not in {f.name for f in spec.fields}
    assert _by_name(records, "journal") == JOURNALS
    whole = [f for f in spec.fields if not f.text_after and not f.text_before and f.selector.endswith("span.cite")]
    assert [r[whole[0].name] for r in records] == lines
    assert_values_come_from_page(html, URL, analyze_page(html, URL))


def _isbn13(stem: str) -> str:
    digits = stem.replace("-", "")
    check = (10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits)) % 10) % 10
    return f"{stem}-{check}"


def test_an_isbn_an_arxiv_id_and_a_pubmed_id_are_found_by_their_own_pattern() -> None:
    isbns = [_isbn13(f"978-1-{4000 + i}-{5100 + i * 7}") for i in range(7)]
    books = [
        f"{'Hardcover' if i % 2 else 'Paperback'}, {200 + i * 13} pages. ISBN {isbn}" for i, isbn in enumerate(isbns)
    ]
    _spec, records = spec_and_records(_page(books), URL)
    assert _by_name(records, "isbn") == isbns
    preprints = [f"arXiv:2403.{10200 + i * 31}v{1 + i % 2} [physics.ao-ph]" for i in range(7)]
    _spec, records = spec_and_records(_page(preprints), URL)
    assert _by_name(records, "arxiv") == [f"2403.{10200 + i * 31}v{1 + i % 2}" for i in range(7)]
    pubmed = [
        f"{journal}. 2023. pmid: {31000000 + i * 4111}; PMC{9000000 + i * 5}" for i, journal in enumerate(JOURNALS)
    ]
    spec, records = spec_and_records(_page(pubmed), URL)
    pmid = next(f for f in spec.fields if f.name == "pmid")
    assert (pmid.text_after, pmid.text_before) == ("pmid:", "; ")
    assert [str(int(v)) if isinstance(v, float | int) else v for v in _by_name(records, "pmid")] == [
        str(31000000 + i * 4111) for i in range(7)
    ]
    assert _by_name(records, "pmcid") == [f"PMC{9000000 + i * 5}" for i in range(7)]


@pytest.mark.parametrize(
    ("texts", "uncut", "why"),
    [
        (
            [f"Stock no. {9780000000000 + i}, hardcover" for i in range(6)],
            [],
            "a 978 number with a wrong check digit is no ISBN",
        ),
        (
            [f"Ref PMID: {i}7, see notes" for i in range(2)] + ["No reference"] * 6,
            [],
            "two records in eight are too few",
        ),
        (
            [f"Misc. {1000 + i} copies, batch {i}" for i in range(6)],
            [],
            "a bare number is no PubMed id without its caption",
        ),
        (
            [f"Rev. doi: {_doi(i)}; open" for i in range(5)] + ["Rev. doi: pending; open"],
            ["doi"],
            "'doi:' before no DOI would read 'pending': no cut, rather than a wrong value",
        ),
    ],
)
def test_only_real_identifiers_on_enough_records_are_cut(texts: list[str], uncut: list[str], why: str) -> None:
    found = identifier_cuts(texts)
    assert not found.cuts, why
    assert found.uncut == uncut, why


@pytest.mark.parametrize(
    "hostile",
    [
        "10." * 40_000,
        "doi: 10.1234/" + "a" * 100_000,
        "1-" * 50_000,
        "ISBN " + "9-" * 50_000,
        "arXiv:" + "a-" * 50_000,
        "PMID: " + "1" * 100_000,
        "A" + "b." * 50_000 + " 2024",
        "Journal" + " x" * 50_000 + ". 2024",
        "PMC" * 33_000,
    ],
)
def test_the_patterns_stay_linear_on_hostile_text(hostile: str) -> None:
    def cut(text: str) -> None:
        identifier_cuts([text, text[1:]])
        citation_cuts([text, text[1:]])

    # A quarter of the text, then all of it: a quadratic pattern takes sixteen times as long.
    assert_linear(lambda n: hostile[:n], cut, len(hostile) // 4)


def test_a_line_that_only_starts_like_a_citation_keeps_its_own_split() -> None:
    # "Paperback. 2019 · 320 pages" is a data line, not a journal's: its delimiter cuts it, as before;
    # the citation line beside it gives its journal and year.
    rows = "".join(
        f'<li class="hit"><h3><a href="/paper/{i}">{title}</a></h3><span class="cite">{journal}. {2015 + i} Jun;{i + 4}:{50 + i}-{60 + i}.</span>'
        f'<span class="edition">{"Hardcover" if i % 2 else "Paperback"}. {2010 + i} · {200 + 20 * i} pages</span></li>'
        for i, (title, journal) in enumerate(zip(TITLES, JOURNALS, strict=True))
    )
    html = f"<html><body><main><ol>{rows}</ol></main></body></html>"
    spec, records = spec_and_records(html, URL)
    assert _by_name(records, "journal") == JOURNALS
    assert _by_name(records, "year") == [2015 + i for i in range(7)]
    edition = [f for f in spec.fields if f.selector.endswith("span.edition")]
    assert [f.text_before or f.text_after for f in edition] == ["·", "·"]
    assert [r[edition[1].name] for r in records] == [200 + 20 * i for i in range(7)]


def test_an_identifier_cut_from_a_text_keeps_its_zeros() -> None:
    ids = [f"24{10 + n % 2}.{n * 1000 + 10:05d}0"[:10] for n in range(len(TITLES))]  # all end in 0
    html = _page([f"Preprint, arXiv:{i} [cs.DL] (cross-list)" for i in ids])
    _, records = spec_and_records(html, URL)
    assert _by_name(records, "arxiv") == ids
