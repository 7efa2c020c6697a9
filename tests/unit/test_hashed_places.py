"""Hashed class names (CSS modules, styled-components): bare text lines told apart by the form of
their words, not by a spoken class."""

from __future__ import annotations

from lxml import html as lxml_html
from parsel import Selector

from agents.heuristics.detail import design_detail
from agents.heuristics.dom import build_index, full_text
from agents.heuristics.madelists import are_items_made_alike
from agents.heuristics.placeforms import places_differ_in_form
from agents.heuristics.siblings import sibling_mode
from agents.heuristics.websitelinks import named_links

TOUR_ROWS = [
    '<div class="css-1x2y3z">The Crescent Hall</div><div class="css-9k8j7h">Leeds, United Kingdom</div>',
    '<div class="css-1x2y3z">Paradiso Noord</div><div class="css-9k8j7h">Amsterdam, Netherlands</div>'
    '<div class="css-4q5w6e">with Marsh Owls</div>',
    '<div class="css-1x2y3z">Kulturkirche</div><div class="css-9k8j7h">Cologne, Germany</div>',
    '<div class="css-1x2y3z">Vega Small Hall</div><div class="css-9k8j7h">Copenhagen, Denmark</div>'
    '<div class="css-4q5w6e">with Tindra</div>',
]
TAG_ROWS = [
    '<div class="sc-aXZVg">Folk</div><div class="sc-aXZVg">Indie</div>',
    '<div class="sc-aXZVg">Ambient</div><div class="sc-aXZVg">Drone</div><div class="sc-aXZVg">Folk</div>',
    '<div class="sc-aXZVg">Post rock</div><div class="sc-aXZVg">Indie</div>',
]


def _runs(markup: list[str]) -> list[list[lxml_html.HtmlElement]]:
    return [list(lxml_html.fromstring(f"<div>{inner}</div>")) for inner in markup]


def test_venue_place_and_support_line_are_columns() -> None:
    runs = _runs(TOUR_ROWS)
    assert places_differ_in_form(runs)
    assert sibling_mode(runs) == "positional"


def test_tags_of_plain_words_stay_a_list() -> None:
    runs = _runs(TAG_ROWS)
    assert not places_differ_in_form(runs)
    assert sibling_mode(runs) == "list"


def _features(items: list[str]) -> str:
    check = '<span class="sc-bdVaJa"><svg aria-hidden="true"></svg></span>'
    rows = "".join(f'<li class="sc-aXZVg">{check}<span class="sc-gsTCUz">{item}</span></li>' for item in items)
    return f'<ul class="css-1x2y3z">{rows}</ul>'


FEATURE_CARDS = [
    ["Shared notebooks", "Sync with Dropbox & more", "Basic usage reports", "3 day version history", "Invite 5 guests"],
    [
        "Unlimited notebooks",
        "Unlimited attachments",
        "60 day version history",
        "Invite 50 guests",
        "Linked tables",
        "Custom domains",
    ],
    [
        "Single sign-on",
        "Private spaces",
        "Bulk exports",
        "Audit reports",
        "180 day version history",
        "Invite 500 guests",
    ],
]
FACT_ROWS = [
    [
        "<span>Bedrooms</span><span>3</span>",
        "<span>Bathrooms</span><span>2</span>",
        "<span>Area</span><span>1,640 sqft</span>",
        "<span>Garage</span><span>1</span>",
    ],
    [
        "<span>Bedrooms</span><span>4</span>",
        "<span>Bathrooms</span><span>3</span>",
        "<span>Area</span><span>2,100 sqft</span>",
        "<span>Garage</span><span>2</span>",
        "<span>Pool</span><span>Yes</span>",
    ],
]


def test_feature_lists_of_hashed_cards_are_one_list() -> None:
    runs = [list(lxml_html.fromstring(_features(items))) for items in FEATURE_CARDS]
    assert are_items_made_alike(runs)
    assert sibling_mode(runs) == "list"


def test_label_and_value_items_are_no_feature_list() -> None:
    runs = [list(lxml_html.fromstring("<ul>" + "".join(f"<li>{i}</li>" for i in row) + "</ul>")) for row in FACT_ROWS]
    assert not are_items_made_alike(runs)


def _post(body: str, who: str, prop: str = "") -> str:
    scope = f' itemprop="{prop}" itemscope itemtype="https://schema.org/Answer"' if prop else ""
    return (
        f'<div class="css-7h3k2p"{scope}><div class="css-q9w8e7"><div class="css-v0t3s1">'
        f'<button class="css-b4n5m6">Up</button><div class="css-c1x2z3" itemprop="upvoteCount">4</div></div>'
        f'<div class="css-p0o9i8"><div class="css-l1k2j3" itemprop="text"><p>{body}</p>'
        f"<p>It happens on every run of the nightly job, with or without the cache warmed up.</p></div>"
        f'<div class="css-u7y6t5"><a href="/users/{who}">{who}</a> <span class="css-r4e3w2">asked today</span>'
        "</div></div></div></div>"
    )


QUESTION_PAGE = (
    "<html><head><title>Why does the loader skip rows? - Askers</title></head><body>"
    '<header class="css-h1e2a3"><a href="/">Askers</a></header><main>'
    '<div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question">'
    '<div id="question-header"><h1 itemprop="name">Why does the loader skip rows?</h1></div>'
    + _post("The loader drops the first rows of each batch when the header line is missing.", "ana")
    + '<div id="answers"><h2>3 Answers</h2>'
    + _post("Pass the header flag so that the first row is read as data and not as names.", "ben", "acceptedAnswer")
    + _post(
        "Upgrade the loader: the release after this one reads headerless batches as they are.", "cy", "suggestedAnswer"
    )
    + _post(
        "Write the header yourself before the batch goes in, then strip it again afterwards.", "di", "suggestedAnswer"
    )
    + "</div></div></main></body></html>"
)


def test_question_body_is_read_from_the_items_own_text() -> None:
    """The question's post repeats like the answers' posts (a side block to the Scout); the
    Question item's own ``itemprop=text`` is the entity's body all the same."""
    page = Selector(text=QUESTION_PAGE)
    root = page.root
    posts = [e for e in root.iter() if e.get("class") == "css-7h3k2p"]
    design = design_detail(page, build_index(root), posts)
    assert design is not None
    text = next(f for f in design.fields if f.name == "text")
    body = page.css(design.record_selector)[0].css(text.selector)[0]
    assert full_text(body.root).startswith("The loader drops the first rows")


PROJECT_PAGE = (
    '<html><head><link rel="canonical" href="https://pkgs.example/project/tallybook/"></head><body><main>'
    '<div class="css-a1b2c3"><h1>tallybook 2.1.0</h1><p class="css-d4e5f6">Ledgers for small shops.</p></div>'
    '<div class="sc-aXZVg"><h3>Project links</h3><ul class="sc-gEvEer">'
    '<li><a class="sc-eqUAAy" href="https://tallybook.dev"><i class="sc-fqkvVR"></i>Homepage</a></li>'
    '<li><a class="sc-eqUAAy" href="https://git.example/tallybook"><i class="sc-dcJsrY"></i>Source</a></li></ul></div>'
    '<div class="sc-aXZVg"><h3>Meta</h3><ul class="sc-gEvEer"><li><a class="sc-eqUAAy" href="/user/ada">ada</a></li>'
    '<li><a class="sc-eqUAAy" href="/user/bo">bo</a></li></ul></div>'
    "</main></body></html>"
)
RELATED_PAGE = PROJECT_PAGE.replace(
    "</main>",
    '<div class="sc-aXZVg"><h3>abacus</h3><ul class="sc-gEvEer">'
    '<li><a class="sc-eqUAAy" href="https://abacus.dev">Homepage</a></li></ul></div></main>',
)


def _named_link_fields(markup: str) -> dict[str, str]:
    page = Selector(text=markup)
    main = page.root.xpath("//main")[0]
    boxed = [e for box in main.iter() if box.get("class") == "sc-aXZVg" for e in box.iter()]
    blocked = {id(e) for e in boxed}  # the proxies are kept alive with ``boxed``
    record = page.css("main")[0]
    fields = named_links(record, main, blocked, [], set())
    return {f.name: record.css(f.selector)[0].attrib["href"] for f in fields}


def test_named_links_in_a_hashed_sidebar_are_the_entitys() -> None:
    assert _named_link_fields(PROJECT_PAGE) == {
        "homepage": "https://tallybook.dev",
        "source": "https://git.example/tallybook",
    }


def test_a_name_every_related_card_repeats_stays_left_out() -> None:
    assert "homepage" not in _named_link_fields(RELATED_PAGE)
