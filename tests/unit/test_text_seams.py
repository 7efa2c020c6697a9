"""Text that runs through inline elements reads as a browser shows it: no space before a comma
after a link, none inside brackets around one; elements side by side stay apart."""

from __future__ import annotations

from agents.heuristics.dom import full_text
from pipeline.core.extract import extract_records, make_selector
from pipeline.core.schemas import FieldSpec, ScraperSpec

PAGE = """<html><body><table class="infobox">
<tr><th>Location</th><td class="where">Pharos, <a href="/wiki/Alexandria">Alexandria</a>, Egypt</td></tr>
<tr><th>Author</th><td class="who">Albert Einstein <a href="/author/einstein">(about)</a></td></tr>
<tr><th>Cited</th><td class="cite">Herodotus (<a href="/wiki/Histories">Histories</a>)</td></tr>
<tr><th>Place</th><td class="place"><span>Berlin</span><span>Germany</span></td></tr>
</table></body></html>"""
URL = "https://wiki.example/wiki/Pharos"
FIELDS = {"where": "td.where", "who": "td.who", "cite": "td.cite", "place": "td.place"}


def test_text_reads_across_inline_elements_as_shown() -> None:
    spec = ScraperSpec(
        start_url=URL,
        mode="detail",
        record_selector="table.infobox",
        fields=tuple(FieldSpec(name=name, selector=css) for name, css in FIELDS.items()),
    )
    [record] = extract_records(PAGE, URL, spec)
    assert record == {
        "where": "Pharos, Alexandria, Egypt",
        "who": "Albert Einstein (about)",
        "cite": "Herodotus (Histories)",
        "place": "Berlin Germany",  # two elements: the page lays them out apart
    }


def test_the_scout_reads_the_same_text_as_the_engine() -> None:
    page = make_selector(PAGE, URL)
    for css in FIELDS.values():
        element = page.css(css)[0].root
        spec = ScraperSpec(start_url=URL, mode="detail", record_selector=css, fields=(FieldSpec(name="v"),))
        [record] = extract_records(PAGE, URL, spec)
        assert full_text(element) == record["v"]
