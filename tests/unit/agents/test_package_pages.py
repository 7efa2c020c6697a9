"""A package registry's project page: its header block, its tab set, its sidebar of links and facts."""

from __future__ import annotations

from lxml import html

from agents.heuristics.sitechrome import is_chrome
from agents.heuristics.titleversions import fit_title_versions
from pipeline.core.extract import extract_records, make_selector
from tests.unit.agents.conftest import spec_and_records

_URL = "https://crates.example/packages/quillmark/"

_PACKAGE = """<html><head><title>quillmark · Crates</title></head><body>
<header class="site-header"><a href="/">Crates</a><form role="search"><input name="q"></form></header>
<main>
<div class="hero"><div class="pkg-head">
<h1 class="pkg-head__name">quillmark 0.14.2</h1>
<p class="pkg-head__install"><code>cargo add quillmark</code> <button type="button">Copy</button></p>
<p class="pkg-head__published">Published: <time datetime="2025-01-20">Jan 20, 2025</time></p>
</div></div>
<div class="pkg-summary"><p>A fast Markdown to HTML renderer with footnotes and tables built in</p></div>
<div class="pkg-tabs">
<div class="pkg-tabs__side">
<ul class="pkg-tabs__list" role="tablist"><li role="tab"><a href="#readme">Readme</a></li>
<li role="tab"><a href="#files">Files</a></li></ul>
<div class="side-links"><h4>Links</h4><ul>
<li><a href="https://quillmark.example.org/">Homepage</a></li>
<li><a href="https://git.example.com/quill/quillmark">Repository</a></li>
<li><a href="/packages/quillmark/source">Source</a></li></ul></div>
<div class="side-owners"><h4>Owners</h4>
<span class="owner"><a href="/users/ana/">ana</a></span>
<span class="owner"><a href="/users/tomek/">tomek</a></span></div>
<ul class="side-meta"><li><span><b>Keywords</b> <span class="kw">markdown,</span><span class="kw">html,</span>
<span class="kw">renderer</span></span></li></ul>
</div>
<div class="pkg-tabs__panels">
<div id="readme" role="tabpanel" class="pkg-tabs__panel">
<h1>quillmark</h1>
<p><strong>quillmark</strong> turns Markdown into HTML in a single pass over the input, with no allocation
per node, and ships footnotes, tables, task lists and heading anchors without any plugin to install or configure.</p>
<p>It is used by a dozen static site generators and by the documentation tools of several large projects.</p>
</div>
<div id="files" role="tabpanel" class="pkg-tabs__panel">
<h2>Files</h2>
<div class="file-row"><h4>Details</h4><ul><li>File: <a href="https://static.crates.example/quillmark-0.14.2.crate">quillmark-0.14.2.crate</a></li>
<li>Size: 61 kB</li><li>Uploaded: <time datetime="2025-01-20">Jan 20, 2025</time></li></ul>
<p><a href="/help/checksums">About checksums</a></p></div>
<div class="file-row"><h4>Details</h4><ul><li>File: <a href="https://static.crates.example/quillmark-0.14.1.crate">quillmark-0.14.1.crate</a></li>
<li>Size: 60 kB</li><li>Uploaded: <time datetime="2025-01-02">Jan 2, 2025</time></li></ul>
<p><a href="/help/checksums">About checksums</a></p></div>
</div></div></div>
</main><footer class="site-footer"><a href="/about">About</a></footer></body></html>"""


def _record() -> dict[str, object]:
    spec, records = spec_and_records(_PACKAGE, _URL)
    assert spec.mode == "detail"
    return records[0]


def test_a_banner_inside_main_is_the_contents_own_header_and_a_page_banner_is_chrome() -> None:
    root = html.fromstring(
        '<html><body><div class="cookie-banner">We use cookies</div>'
        '<main><div class="banner"><h1>quillmark</h1></div></main></body></html>'
    )
    assert is_chrome(root.xpath("//div[@class='cookie-banner']")[0])
    assert not is_chrome(root.xpath("//main/div[@class='banner']")[0])


def test_a_tab_set_holding_its_panels_is_content_and_only_its_tab_list_is_chrome() -> None:
    root = html.fromstring(_PACKAGE)
    assert not is_chrome(root.xpath("//div[@class='pkg-tabs']")[0])
    assert not is_chrome(root.xpath("//div[@id='readme']")[0])
    assert is_chrome(root.xpath("//ul[@role='tablist']")[0])


def test_repeated_blocks_in_a_later_tab_panel_leave_the_page_a_detail_page() -> None:
    assert _record()["title"] == "quillmark"


def test_a_semantic_version_ending_the_title_is_a_field_of_its_own() -> None:
    assert _record()["version"] == "0.14.2"


def test_a_short_number_ending_the_title_stays_in_it_unless_the_page_calls_it_a_version() -> None:
    page = _PACKAGE.replace("quillmark 0.14.2", "Studio Monitor 5.1")
    _spec, records = spec_and_records(page, _URL)
    assert records[0]["title"] == "Studio Monitor 5.1"
    assert "version" not in records[0]


def test_a_date_an_address_or_a_year_ending_the_title_is_no_version() -> None:
    for title in ("Stadtratssitzung 12.05.2024", "Server 192.168.1.1", "Annual Report 2024.05.1"):
        _spec, records = spec_and_records(_PACKAGE.replace("quillmark 0.14.2", title), _URL)
        assert records[0]["title"] == title
        assert "version" not in records[0]


def test_the_version_split_is_dropped_when_a_sample_pages_title_ends_in_no_version() -> None:
    spec, _records = spec_and_records(_PACKAGE, _URL)
    versioned = make_selector(_PACKAGE.replace("quillmark 0.14.2", "quillmark 0.15.0"), _URL)
    assert fit_title_versions(spec, [make_selector(_PACKAGE, _URL), versioned]) is spec
    for title in ("quillmark", "Data Tools for Python"):
        other = _PACKAGE.replace("quillmark 0.14.2", title)
        fitted = fit_title_versions(spec, [make_selector(_PACKAGE, _URL), make_selector(other, _URL)])
        record = extract_records(other, _URL, fitted)[0]
        assert record["title"] == title and "version" not in record
        assert extract_records(_PACKAGE, _URL, fitted)[0]["title"] == "quillmark 0.14.2"


def test_links_named_by_their_text_read_their_address_and_links_into_the_site_are_left_out() -> None:
    record = _record()
    assert record["homepage"] == "https://quillmark.example.org/"
    assert record["source"] == "https://git.example.com/quill/quillmark"


def test_repeated_linked_blocks_under_a_label_are_a_list() -> None:
    assert _record()["owners"] == ["ana", "tomek"]


def test_a_bold_caption_without_a_colon_before_comma_ended_items_is_a_list() -> None:
    assert _record()["keywords"] == ["markdown", "html", "renderer"]


def test_the_summary_under_the_header_is_read_beside_the_long_body() -> None:
    record = _record()
    assert record["summary"] == "A fast Markdown to HTML renderer with footnotes and tables built in"
    assert "single pass" in str(record["text"])
