"""Sixteenth round (F17e): body paragraphs and bullet points among a record's siblings, hidden
copies of a value (drawn glyphs, short names), names from keyed emotion classes and hashes."""

from __future__ import annotations

from lxml import html as lxml_html

from agents.heuristics.fieldnames import _are_bracketed_counts
from agents.heuristics.hiddencopies import is_hidden_copy
from agents.heuristics.labels import label_of
from agents.heuristics.names import name_from_class
from agents.heuristics.namewords import keyword_name
from agents.heuristics.proseruns import are_body_paragraphs, are_bullet_points
from agents.heuristics.siblings import sibling_mode
from tests.unit.agents.conftest import list_page, spec_and_records

POINTS = [
    ["Fixed a bug where the cycle graph double-counted moved issues", "Improved loading time by 30%"],
    [
        "Markdown tables now paste correctly from Google Docs",
        "The command menu remembers your last search",
        "Exports include 2 more columns for each project",
        "Filter issues by number of requests",
    ],
    ["Requests show the customer's company and revenue", "Saved views load 2x faster on large teams"],
    [
        "New webhook resource for emoji reactions",
        "Payloads include the previous text for edits",
        "Fixed 3 crashes when opening archived projects",
    ],
    ["Search now matches issue numbers in titles", "Improved sync for 10,000 issue workspaces"],
]
PARAGRAPH = "{} now ships to every workspace, and the team can turn it on from the settings page today."


def _runs(markup: list[str], parent: str = "div") -> list[list[lxml_html.HtmlElement]]:
    return [list(lxml_html.fromstring(f"<{parent}>{inner}</{parent}>")) for inner in markup]


# --- paragraphs and bullet points ------------------------------------------------------------


def test_paragraphs_of_varying_number_are_the_entrys_text_led_by_the_first() -> None:
    runs = _runs(
        [
            f"<p>{PARAGRAPH.format('Dark mode')}</p><p>It follows the system setting unless you pick one.</p>",
            f"<p>{PARAGRAPH.format('Slack updates')}</p>",
            f"<p>{PARAGRAPH.format('Webhooks')}</p>",
        ]
    )
    assert are_body_paragraphs(runs)
    assert sibling_mode(runs) == "single"


def test_short_paragraphs_like_tags_stay_a_list() -> None:
    runs = _runs(["<p>Vegan</p><p>Gluten free</p>", "<p>Vegan</p>", "<p>Spicy</p><p>Nuts</p><p>Vegan</p>"])
    assert not are_body_paragraphs(runs)


def test_bullet_points_whose_number_varies_are_one_list_though_some_hold_figures() -> None:
    runs = _runs(["".join(f"<li>{p}</li>" for p in points) for points in POINTS], parent="ul")
    assert are_bullet_points(runs)
    assert sibling_mode(runs) == "list"


def test_short_facts_in_list_items_are_no_bullet_points() -> None:
    runs = _runs(["<li>3 bd</li><li>2 ba</li><li>1,640 sqft</li>", "<li>2 bd</li><li>1 ba</li>"], parent="ul")
    assert not are_bullet_points(runs)


def _entry(n: int, paragraphs: list[str], points: list[str]) -> str:
    prose = "".join(f"<p>{p}</p>" for p in paragraphs)
    bullets = f"<ul>{''.join(f'<li>{p}</li>' for p in points)}</ul>" if points else ""
    return (
        f'<article class="entry"><time datetime="2025-03-{10 + n:02d}">March {10 + n}, 2025</time>'
        f'<h2><a href="/changelog/entry-{n}">Entry {n}</a></h2><div class="prose">{prose}{bullets}</div></article>'
    )


def test_a_changelog_keeps_its_lead_paragraph_and_one_list_of_points() -> None:
    entries = [
        _entry(0, [PARAGRAPH.format("Customer requests"), "Link a request to an issue from the sidebar."], POINTS[0]),
        _entry(1, [], POINTS[1]),
        _entry(2, [PARAGRAPH.format("Project updates")], []),
        _entry(3, [PARAGRAPH.format("Webhooks")], POINTS[2]),
        _entry(4, [PARAGRAPH.format("Dark mode")], POINTS[3]),
        _entry(5, [PARAGRAPH.format("Search")], POINTS[4]),
    ]
    spec, records = spec_and_records(list_page("".join(entries)), "https://app.example/changelog/")
    assert len(records) == len(entries)
    leads = [v for r in records for v in r.values() if v == PARAGRAPH.format("Customer requests")]
    assert leads, records[0]  # the lead alone, not a list of both paragraphs
    listed = [f for f in spec.fields if f.many and "li" in f.selector]
    assert len(listed) == 1, [f.selector for f in spec.fields]
    assert not any("nth-of-type" in f.selector for f in spec.fields if "li" in f.selector)


# --- aria-hidden copies ----------------------------------------------------------------------


def _element(markup: str, xpath: str) -> lxml_html.HtmlElement:
    found = lxml_html.fromstring(markup).xpath(xpath)
    assert isinstance(found, list)
    element = found[0]
    assert isinstance(element, lxml_html.HtmlElement)
    return element


def test_an_aria_hidden_glyph_is_a_picture_not_a_value() -> None:
    cell = '<td><span>1</span><span aria-hidden="true">▲</span><span class="sr-only">moved up</span></td>'
    assert is_hidden_copy(_element(cell, "//span[@aria-hidden]"))
    stars = '<td><span aria-hidden="true">★★★★☆</span></td>'
    assert not is_hidden_copy(_element(stars, "//span"))
    price = '<td><span aria-hidden="true">$</span>12</td>'
    assert not is_hidden_copy(_element(price, "//span"))


def test_an_aria_hidden_short_name_beside_the_full_one_is_a_copy() -> None:
    link = '<a href="/t/h"><span>Harrowgate Rovers</span><span aria-hidden="true">HAR</span></a>'
    assert is_hidden_copy(_element(link, "//span[@aria-hidden]"))
    other = '<a href="/t/h"><span>Harrowgate Rovers</span><span aria-hidden="true">NEW</span></a>'
    assert not is_hidden_copy(_element(other, "//span[@aria-hidden]"))
    shown = '<a href="/t/h"><span>Harrowgate Rovers</span><span>HAR</span></a>'
    assert not is_hidden_copy(_element(shown, "//span[2]"))


def test_a_standings_row_exports_neither_the_glyph_nor_the_short_name() -> None:
    teams = ["Harrowgate Rovers", "Kingsmoor United", "Castleford Athletic", "Brackenbury Town", "Lowther Casuals"]
    rows = "".join(
        f'<tr><td><span class="rank">{n + 1}</span><span aria-hidden="true">{"●▲▼"[n % 3]}</span></td>'
        f'<td><a href="/teams/{n}"><span class="name-full">{team}</span>'
        f'<span class="name-short" aria-hidden="true">{team[:3].upper()}</span></a></td>'
        f"<td>{28 - n}</td><td>{60 - n * 3}</td></tr>"
        for n, team in enumerate(teams)
    )
    head = "<thead><tr><th>Pos</th><th>Team</th><th>P</th><th>Pts</th></tr></thead>"
    table = f"<table>{head}<tbody>{rows}</tbody></table>"
    _, records = spec_and_records(list_page(table), "https://sport.example/league/table/")
    assert len(records) == len(teams)
    shown = {str(v) for r in records for v in r.values()}
    assert "Harrowgate Rovers" in shown
    assert not shown & {"HAR", "KIN", "●", "▲", "▼"}


# --- names ------------------------------------------------------------------------------------


def test_keyed_emotion_classes_and_bare_hashes_name_by_their_label_only() -> None:
    assert name_from_class("ssrcss-pdsrgla-Rank") == "rank"
    assert name_from_class("dcr-1x5kxg4-TeamName") == "team_name"
    assert name_from_class("x1TdU") is None
    assert name_from_class("element-link-standard") is None
    assert name_from_class("item-price") == "price"


def test_an_author_class_in_other_languages_names_the_author() -> None:
    assert keyword_name("autor") == "author"
    assert keyword_name("auteur") == "author"


def test_counts_in_brackets_beside_a_rating_are_review_counts() -> None:
    assert _are_bracketed_counts(["(127)", "(1.287)", "(3,412)", "(98)", "(12)"])
    assert not _are_bracketed_counts(["4.5", "(127)", "3.9", "4.1"])


def test_a_coloured_label_pill_captions_nothing_after_it() -> None:
    row = (
        '<div><span class="Label Label--success">Reviewed</span>'
        '<div class="meta"><span>GHSA-w79v-rpqr-c7jq</span> for <span>npm</span></div></div>'
    )
    assert label_of(_element(row, "//div[@class='meta']")) == (None, False)
    spec = '<div><span class="spec-label">Weight</span><span class="spec-value">1.2 kg</span></div>'
    assert label_of(_element(spec, "//span[@class='spec-value']"))[0] == "Weight"
