"""Generated class families told apart page by page, direction marks, and short places from the end.

A single ``dcr-pnkewsg`` could be a word after a prefix; fifty ``dcr-`` tokens with random rests on
one page (the Guardian's emotion key, Airbnb's ``atm_`` atoms and Linaria slugs) cannot. Where every
class is hashed, a headline after an optional kicker is found by its place counted from the end.
"""

from __future__ import annotations

import hashlib

from lxml import html as lxml_html

from agents.heuristics.classfamilies import ClassFamily, generated_families
from agents.heuristics.classtokens import anchor_classes, is_hashed, is_utility
from agents.heuristics.dom import analysing, build_index
from agents.heuristics.fieldcandidates import candidates
from agents.heuristics.names import name_from_class
from tests.unit.agents.conftest import spec_and_records

_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def _hash(name: str, length: int = 7, alphabet: str = _DIGITS) -> str:
    """A build's hash of ``name``: ``length`` characters of ``alphabet`` (base 36 or hex)."""
    number = int(hashlib.sha1(name.encode()).hexdigest(), 16)
    out = ""
    for _ in range(length):
        number, digit = divmod(number, len(alphabet))
        out += alphabet[digit]
    return out


def _dcr(name: str) -> str:
    return f"dcr-{_hash(name)}"


def test_a_key_shared_by_many_random_rests_is_a_generated_family() -> None:
    tokens = [_dcr(f"style{n}") for n in range(20)] + ["card-headline", "show-underline", "ad-slot"]
    assert generated_families(tokens) == {ClassFamily("dcr-", 7, 7)}


def test_hand_written_families_and_numbered_posts_are_not_generated() -> None:
    semantic = [f"product-{w}" for w in ("title", "price", "image", "rating", "badge", "seller", "stock", "brand")]
    posts = [f"post-{n}" for n in range(1000, 1020)] + ["post-title", "post-meta", "post-excerpt"]
    numbered = ["heading1", "heading2", "heading3", "heading4", "heading5", "heading6", "level2", "column3"]
    assert generated_families(semantic + posts + numbered) == frozenset()


def test_atomic_classes_and_linaria_slugs_are_families() -> None:
    atoms = [f"atm_{_hash(f'p{n}', 2)}_{_hash(f'v{n}', 7, '0123456789abcdef')}" for n in range(12)]
    slugs = [f"{'ctgl'[n % 4]}{_hash(f's{n}', 7)}" for n in range(12)]
    keys = {family.key for family in generated_families([*atoms, *slugs, "content", "wrapper"])}
    assert keys == {"atm_", ""}


def test_digit_free_members_of_a_page_family_are_hashed_but_words_are_not() -> None:
    page = "".join(f'<div class="{_dcr(f"style{n}")}">{n}</div>' for n in range(20))
    slugs = "".join(f'<span class="c{_hash(f"slug{n}", 7)}">{n}</span>' for n in range(20))
    extra = '<p class="dcr-pnkewsg cnjlbcx content heading6 card-headline">x</p>'
    root = lxml_html.document_fromstring(f"<html><body>{page}{slugs}{extra}</body></html>")
    assert not is_hashed("dcr-pnkewsg")  # alone, it could be a word after a prefix
    with analysing(build_index(root)):
        assert is_hashed("dcr-pnkewsg")
        assert is_hashed("cnjlbcx")  # a slug no one could say, beside a dozen others with digits
        paragraph = root.find(".//p")
        assert anchor_classes(paragraph) == ["content", "heading6", "card-headline"]
    assert not is_hashed("dcr-pnkewsg")  # the page analysed is over


def test_direction_marks_are_no_anchor_and_no_name() -> None:
    element = lxml_html.fragment_fromstring('<span class="dir dir-ltr price-line">€128</span>')
    assert is_utility("dir-ltr") and is_utility("rtl")
    assert name_from_class("dir-ltr") is None
    assert anchor_classes(element) == ["price-line"]


def _card(n: int, kicker: bool, size: str) -> str:
    """A Guardian card: its size class differs, its other classes are the same emotion hashes."""
    label = f'<span class="{_dcr("kw")}"><span class="{_dcr("kicker")}">Analysis</span></span>' if kicker else ""
    return (
        f'<li class="{_dcr(size)}"><div class="{_dcr("card")}">'
        f'<a class="{_dcr("link")}" href="/technology/2025/mar/{n}/story-{n}" aria-label="Story {n}"></a>'
        f'<div class="{_dcr(size + "-body")}"><h3 class="{_dcr("headline")}">{label}'
        f'<span class="{_dcr("title")}">Ministers back plan number {n} for chips</span></h3>'
        f'<footer class="{_dcr("footer")}"><time datetime="2025-03-{n:02d}T06:00:00Z">{n}h ago</time></footer>'
        "</div></div></li>"
    )


def test_cards_of_several_sizes_in_a_hashed_key_are_one_list() -> None:
    sizes = ["huge", "big", "big", "small", "small", "small", "small", "small", "small"]
    cards = "".join(_card(n, n % 2 == 0, size) for n, size in enumerate(sizes, start=1))
    rows = f'<div class="{_dcr("container")}"><ul class="{_dcr("row")}">{cards}</ul></div>'
    html = f'<html><body><main class="{_dcr("main")}"><h1>Technology</h1><section>{rows}</section></main></body></html>'
    spec, records = spec_and_records(html, "https://herald.example/uk/technology")
    assert "dcr-" not in spec.record_selector
    assert len(records) == len(sizes)
    assert not any(f.name.startswith("dcr") for f in spec.fields)


def test_a_headline_after_an_optional_kicker_has_a_short_place_from_the_end() -> None:
    record = lxml_html.fragment_fromstring(
        "<div><div><h3><span><span>Analysis</span></span><span>The headline</span></h3></div></div>"
    )
    headline = record.findall(".//h3/span")[-1]
    assert "h3 > span:nth-last-of-type(1)" in candidates(record, headline)


def _hashed_card(n: int) -> str:
    """A card whose body has up to two optional blocks before it and after it, so that no path down
    from the record's top or bottom (nor two of them) holds; its heading has a kicker on some."""
    kicker = f'<span class="css-{_hash("kicker")}">Live</span>' if n % 2 else ""
    media = f'<div class="css-{_hash("media")}"><img src="/i/{n}.jpg" alt=""></div>' if n % 3 == 0 else ""
    badge = f'<div class="css-{_hash("badge")}">Exclusive</div>' if n % 4 == 2 else ""
    footer = f'<div class="css-{_hash("foot")}"><time>{n}h ago</time></div>' if n % 4 == 1 else ""
    related = f'<div class="css-{_hash("related")}"><a href="/more/{n}">More on this</a></div>' if n % 5 == 0 else ""
    return (
        f'<li class="css-{_hash("card")}">{media}{badge}<div class="css-{_hash("body")}">'
        f'<h3 class="css-{_hash("h3")}">{kicker}<span class="css-{_hash("title")}">Headline number {n} of the day'
        f'</span></h3><p class="css-{_hash("meta")}"><a href="/story/{n}">Read the story, part {n}</a></p></div>'
        f"{footer}{related}</li>"
    )


def test_a_hashed_headline_after_an_optional_kicker_is_read_on_every_card() -> None:
    cards = "".join(_hashed_card(n) for n in range(1, 11))
    html = f'<html><body><main><h1>News</h1><ul class="css-{_hash("list")}">{cards}</ul></main></body></html>'
    spec, records = spec_and_records(html, "https://news.example/")
    headlines = {f"Headline number {n} of the day" for n in range(1, 11)}
    columns = [{r.get(f.name) for r in records} for f in spec.fields]
    assert headlines in columns, spec.fields
