"""A reference list: "Authors. <b>Title.</b> <i>Venue</i>, 2024." then [PDF] [DOI] [Code] links.

The full stop closing the bold title ends that part of the entry and is no part of the title; the
links named by fixed labels are one field per label, holding the link's target.
"""

from __future__ import annotations

from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://lab.example/publications/"
TITLES = [
    "Refinement Types for Upgrades.",
    "Fuzzing Configuration Languages with Learned Mutators.",
    "Is Unsafe Code Rare? An Empirical Study.",
    "Gas-Bounded Termination Proofs.",
    "Mining Compiler Errors at Scale.",
    "Can Models Write Loop Invariants?",
]
LINKS = ["pdf doi code", "doi code", "pdf doi", "pdf", "doi code", "pdf doi code"]


def _entry(n: int, title: str, links: str) -> str:
    shown = {
        "pdf": f'[<a href="/pdf/paper{n}.pdf">PDF</a>]',
        "doi": f'[<a href="https://doi.org/10.1145/{3700 + n}">DOI</a>]',
        "code": f'[<a href="https://code.example/lab/tool{n}">Code</a>]',
    }
    return (
        f"<li><u>A. Osei</u>, M. Brandt, and <u>R. Lindqvist</u>. <b>{title}</b> "
        f"<i>Journal of Things {n}</i>, {n}(2):1–20, {2020 + n}.<br>"
        + " ".join(shown[k] for k in links.split())
        + f' [<a href="javascript:void(0)" onclick="toggle({n})">BibTeX</a>]</li>'
    )


def _publications(titles: list[str]) -> str:
    entries = "".join(_entry(n, t, links) for n, (t, links) in enumerate(zip(titles, LINKS, strict=True)))
    return list_page(f"<ul>{entries}</ul>", "<main><article><h1>Publications</h1>{}</article></main>")


def _column(records: list[dict[str, object]], value: object) -> str:
    return next(name for name, got in records[0].items() if got == value)


def test_the_stop_closing_a_bold_title_is_left_out() -> None:
    _, records = spec_and_records(_publications(TITLES), URL)
    column = _column(records, "Refinement Types for Upgrades")
    assert [r[column] for r in records] == [t.removesuffix(".") for t in TITLES]


def test_a_stop_ending_an_abbreviation_stays() -> None:
    titles = [*TITLES[:-1], "Proofs at Acme Inc."]
    _, records = spec_and_records(_publications(titles), URL)
    column = _column(records, "Refinement Types for Upgrades.")
    assert records[-1][column] == "Proofs at Acme Inc."


def test_a_bold_line_with_nothing_after_it_keeps_its_stop() -> None:
    cards = "".join(
        f'<div class="note"><a href="/n/{n}">Note {n}</a><p><b>{title}</b></p></div>' for n, title in enumerate(TITLES)
    )
    _, records = spec_and_records(list_page(cards), URL)
    assert "Refinement Types for Upgrades." in records[0].values()


def test_labelled_links_are_one_field_per_label() -> None:
    spec, records = spec_and_records(_publications(TITLES), URL)
    fields = {f.name: f for f in spec.fields}
    assert (fields["pdf"].type, fields["pdf"].attribute) == ("url", "href")
    assert [r.get("pdf") for r in records] == [
        f"https://lab.example/pdf/paper{n}.pdf" if "pdf" in links else None for n, links in enumerate(LINKS)
    ]
    assert [r.get("doi") for r in records] == [
        f"https://doi.org/10.1145/{3700 + n}" if "doi" in links else None for n, links in enumerate(LINKS)
    ]
    assert "bibtex" not in fields  # a script toggle leads nowhere
    assert not [f for f in spec.fields if f.many and f.selector == "a"]


def test_tag_links_stay_a_list() -> None:
    tags = [["rust", "verification"], ["fuzzing"], ["rust"], ["verification", "fuzzing"], ["rust"], ["fuzzing"]]
    cards = "".join(
        f'<div class="post"><h3><a href="/p/{n}">Post number {n}</a></h3><p>By Ana on day {n}</p><p class="tags">'
        + " ".join(f'<a href="/tag/{t}">{t}</a>' for t in words)
        + "</p></div>"
        for n, words in enumerate(tags)
    )
    spec, records = spec_and_records(list_page(cards), URL)
    assert not {"rust", "fuzzing", "verification"} & {f.name for f in spec.fields}
    assert ["rust", "verification"] in records[0].values()


def _thesis(n: int, title: str) -> str:
    return f'<p class="thesis">B. Student{n}. <b>{title}</b> <i>PhD thesis</i>, Some University, {2010 + n}.</p>'


def test_entries_built_alike_under_their_own_heading_are_records_and_copies_are_not() -> None:
    entries = "".join(_entry(n, t, links) for n, (t, links) in enumerate(zip(TITLES, LINKS, strict=True)))
    selected = "".join(f"<p>{_entry(n, TITLES[n], 'pdf')[4:-5]}</p>" for n in (0, 2))
    theses = _thesis(1, "Proofs about Contracts.") + _thesis(2, "Usability of Ownership Types.")
    page = list_page(
        f'<div class="selected"><h2>Selected publications</h2>{selected}</div>'
        f'<h2>2024</h2><ul class="publist">{entries}</ul><h2>Theses</h2>{theses}',
        "<main><article><h1>Publications</h1><div>{}</div></article></main>",
    )
    _, records = spec_and_records(page, URL)
    assert len(records) == len(TITLES) + 2
    assert records[-1][_column(records, "Refinement Types for Upgrades")] == "Usability of Ownership Types"


def test_a_title_link_above_a_citation_block_keeps_its_stop() -> None:
    cards = "".join(
        f'<article class="docsum"><a class="docsum-title" href="/{n}/">{title}</a>'
        f'<div class="citation"><span class="authors">Berg T, Sand M.</span> <span>Nutrients. {2020 + n}.</span></div>'
        "</article>"
        for n, title in enumerate(TITLES)
    )
    _, records = spec_and_records(list_page(cards), URL)
    assert "Refinement Types for Upgrades." in records[0].values()
