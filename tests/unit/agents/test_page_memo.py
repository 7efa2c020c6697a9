"""Answers remembered while a page is analysed give what asking afresh gives.

A results page of many cards asked whether each look-alike is an ad once per extra a candidate
selector matched (a YouTube results page: hundreds of times per card), and the narrowing read the
classes and blocks of the same extras candidate after candidate. Those answers are now remembered
for the analysis; they must be the answers asked afresh.
"""

from __future__ import annotations

from lxml import html as lxml_html
from parsel import Selector

from agents.heuristics.adwords import name_words, names_paid
from agents.heuristics.dom import HtmlElement, analysing, build_index, full_text
from agents.heuristics.narrowing import Narrowing
from agents.heuristics.pagememo import per_page, remembering
from agents.heuristics.sponsored import ad_mark_kinds

NAMES = ("Alder", "Birch", "Cedar", "Dogwood", "Elm", "Fir", "Gum", "Hazel")


def _card(i: int, name: str, extra: str = "") -> str:
    return (
        f'<li class="card"><a href="/item/{i}/"><h3 class="title">{name} chair</h3></a>'
        f'<span class="price">€ {100 + i}</span>{extra}</li>'
    )


def _page() -> str:
    """Cards, two of them ads (a caption, a class word), and a carousel of look-alikes after the grid."""
    cards = [_card(i, name) for i, name in enumerate(NAMES)]
    cards.insert(2, _card(90, "Sponsored", '<span class="label">Gesponsord</span>'))
    cards.insert(6, _card(91, "Promoted", '<span class="card-ad">Advertentie</span>'))
    carousel = "".join(_card(80 + i, f"Related {name}") for i, name in enumerate(NAMES[:3]))
    return (
        f'<html><body><main><ul class="grid">{"".join(cards)}</ul>'
        f'<section class="related"><ul class="rail">{carousel}</ul></section></main></body></html>'
    )


def test_a_per_page_answer_is_read_once_per_element_within_an_analysis_only() -> None:
    asked: list[str] = []

    @per_page
    def judge(element: HtmlElement) -> str:
        asked.append(element.tag)
        return str(element.tag).upper()

    root = lxml_html.fromstring("<div><p>one</p><p>two</p></div>")
    first, second = root.findall("p")
    assert judge(first) == "P" and judge(first) == "P"
    assert len(asked) == 2  # nothing remembered outside an analysis
    with remembering():
        assert [judge(first), judge(second), judge(first), judge(second)] == ["P"] * 4
        assert len(asked) == 4
    with remembering():  # a new analysis asks afresh
        judge(first)
    assert len(asked) == 5


def test_ad_marks_remembered_in_an_analysis_are_those_read_afresh() -> None:
    root = lxml_html.fromstring(_page())
    cards = root.findall(".//li")
    afresh = [ad_mark_kinds(card) for card in cards]
    assert afresh.count(frozenset()) == len(cards) - 2
    with analysing(build_index(root)):
        assert [ad_mark_kinds(card) for card in cards] == afresh
        assert [ad_mark_kinds(card) for card in reversed(cards)] == afresh[::-1]


def test_texts_remembered_in_an_analysis_are_those_read_afresh() -> None:
    root = lxml_html.fromstring(_page().replace("<main>", "<main><p hidden>Not shown</p><p>Shown <b>bold</b></p>"))
    elements = list(root.iter())
    with analysing(build_index(root)):
        afresh = [full_text(e) for e in elements]
        assert [full_text(e) for e in reversed(elements)] == afresh[::-1]
    assert "Not shown" not in afresh[0] and "Shown bold" in afresh[0]


def test_a_class_name_s_words_are_the_same_every_time_and_a_caller_s_own_list() -> None:
    words = name_words("card--isSponsored")
    assert words == ["card", "is", "sponsored"] and names_paid("card--isSponsored")
    words.append("promo")
    assert name_words("card--isSponsored") == ["card", "is", "sponsored"]


def test_a_narrowing_asked_of_several_candidates_narrows_each_as_a_fresh_one_would() -> None:
    page = Selector(text=_page())
    records = [n.root for n in page.css("ul.grid > li") if "Sponsored" not in n.root.text_content()]
    members = [m for m in records if "Promoted" not in m.text_content()]
    candidates = ["li.card", "li", "main li", "ul > li.card"]
    shared = Narrowing(page, members)
    with analysing(build_index(page.root)):
        asked = [shared.without_extras(css, [n.root for n in page.css(css)], False) for css in candidates]
        afresh = [
            Narrowing(page, members).without_extras(css, [n.root for n in page.css(css)], False) for css in candidates
        ]
    assert asked == afresh
    narrowed = [css for css in asked if css is not None]
    assert narrowed and all([n.root for n in page.css(css)] == members for css in narrowed)
