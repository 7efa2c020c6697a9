"""Three readings of plain pages: a code in a class family, bare table rows, a printed None.

* ``flag-icon-ad`` (Andorra) beside ``flag-icon-ae`` and ``flag-icon-af`` is a country code, no
  ad mark: the family's last part changes record to record.
* Records of one bare table (a quote row, then its "Tags:" row of links), between a header row and a
  footer row of other cell layouts: the records start at the quote rows, and the rows with links
  (tags, header, footer) are left out by ``:not(:has(a))``.
* A whole text "None", "null", "undefined" or "NaN" is a template printing a missing value.
"""

from __future__ import annotations

import pytest
from lxml.html import fromstring

from agents.heuristics.sponsored import ad_mark_kinds
from agents.heuristics.structurefilters import row_filters
from agents.scout import analyze_page
from pipeline.core.extract import extract_records
from pipeline.core.normalize import normalize_value

URL = "https://atlas.example/countries/"
COUNTRIES = [
    ("ad", "Andorra", "Andorra la Vella"),
    ("ae", "United Arab Emirates", "Abu Dhabi"),
    ("af", "Afghanistan", "Kabul"),
    ("ag", "Antigua and Barbuda", "St. John's"),
    ("aq", "Antarctica", "None"),
    ("al", "Albania", "Tirana"),
    ("am", "Armenia", "Yerevan"),
]
COUNTRY_CARDS = "".join(
    f"""<div class="col country"><h3 class="country-name"><i class="flag flag-{code}"></i> {name}</h3>
<div class="country-info"><strong>Capital:</strong> <span class="country-capital">{capital}</span><br>
<strong>Population:</strong> <span class="country-population">{1000 + i}</span></div></div>"""
    for i, (code, name, capital) in enumerate(COUNTRIES)
)
COUNTRY_PAGE = f"<html><body><h1>Countries</h1><div class='row'>{COUNTRY_CARDS}</div></body></html>"


def test_a_code_in_a_class_family_is_no_ad_mark() -> None:
    root = fromstring(COUNTRY_PAGE)
    andorra = root.xpath("//div[contains(concat(' ', @class, ' '), ' country ')]")[0]
    assert ad_mark_kinds(andorra) == set()


def test_an_ad_class_without_a_family_of_codes_still_marks_an_ad() -> None:
    root = fromstring("<div><div class='card card-ad'><h3>Buy now</h3></div><div class='card'><h3>A</h3></div></div>")
    assert ad_mark_kinds(root.xpath("//div[contains(@class, 'card-ad')]")[0]) == {"class"}


def test_every_country_is_a_record_and_a_printed_none_is_no_capital() -> None:
    profile = analyze_page(COUNTRY_PAGE, URL)
    records = extract_records(COUNTRY_PAGE, URL, profile.spec)
    assert [r["title"] for r in records] == [name for _, name, _ in COUNTRIES]
    assert [r.get("capital") for r in records][3:5] == ["St. John's", None]


QUOTES = [
    ("Gardens are not made by sitting in the shade.", "Rudyard Kipling", ["gardens", "work"]),
    ("The glory of gardening: hands in the dirt, head in the sun.", "Alfred Austin", ["gardening"]),
    ("To plant a garden is to believe in tomorrow.", "Audrey Hepburn", ["hope", "gardens"]),
    ("A weed is but an unloved flower.", "Ella Wheeler Wilcox", ["weeds", "flowers", "love"]),
    ("Flowers always make people better, happier.", "Luther Burbank", ["flowers"]),
]


def _table(quotes: list[tuple[str, str, list[str]]]) -> str:
    rows = "".join(
        f"""<tr><td>\u201c{text}\u201d Author: {author}</td></tr>
<tr><td>Tags: {" ".join(f'<a href="/tag/{t}/">{t}</a>' for t in tags)}</td></tr>"""
        for text, author, tags in quotes
    )
    return f"""<html><body><table border="1">
<tr><td><h1><a href="/">Garden Quotes</a></h1></td><td><a href="/login">Login</a></td></tr>
{rows}
<tr><td><a href="/page/2/">Next</a></td></tr>
<tr><td>Quotes by: <a href="https://books.example/">Books</a></td><td>Made by <a href="/about">us</a></td></tr>
</table></body></html>"""


TABLE_PAGE = _table(QUOTES)


def test_linkless_records_stand_apart_from_rows_of_links_whatever_their_cells() -> None:
    rows = fromstring(TABLE_PAGE).xpath("//table/tr")
    members = [r for r in rows if "Author:" in r.text_content()]
    extras = [r for r in rows if r not in members]
    assert ":not(:has(a))" in row_filters(members, extras)


def test_records_of_a_bare_table_start_at_their_first_row() -> None:
    profile = analyze_page(TABLE_PAGE, URL)
    assert profile.spec.record_span == 2
    records = extract_records(TABLE_PAGE, URL, profile.spec)
    assert len(records) == len(QUOTES)
    texts = [" ".join(str(v) for v in r.values()) for r in records]
    for (text, author, tags), shown in zip(QUOTES, texts, strict=True):
        assert text in shown and author in shown and tags[0] in shown


@pytest.mark.parametrize("printed", ["None", "null", "NULL", "undefined", "NaN", "  None "])
def test_a_printed_missing_value_is_absent(printed: str) -> None:
    assert normalize_value("text", printed, base_url=URL) is None
    assert normalize_value("text", [printed, "Kabul"], base_url=URL) == ["Kabul"]


@pytest.mark.parametrize("text", ["none", "None of the above", "null hypothesis", "Nan Goldin"])
def test_words_around_or_beside_the_markers_are_values(text: str) -> None:
    assert normalize_value("text", text, base_url=URL) == text


def test_a_record_without_links_in_its_labelled_row_keeps_the_row() -> None:
    """Page 2 holds a quote without tags: its "Tags:" row has no link, and is no record."""
    spec = analyze_page(TABLE_PAGE, URL).spec
    untagged = ("Each garden is a world of its own.", "Anonymous", [])
    records = extract_records(_table([*QUOTES[:2], untagged, *QUOTES[2:]]), URL, spec)
    assert len(records) == len(QUOTES) + 1
    assert not any(str(v).startswith("Tags") for r in records for v in r.values())
