"""Inline marks inside a record: search-term highlights are words of the text, not badges; a
logo's short alt is a value of its own; a picture captioned only by a tooltip still says it."""

from __future__ import annotations

import pytest
from conftest import list_page, spec_and_records

URL = "https://search.example.test/results?term=sleep"

TITLES = [
    ("<b>Sleep</b> and memory consolidation in older adults", "Sleep and memory consolidation in older adults"),
    ("Shift work, <b>sleep</b> debt and metabolic risk", "Shift work, sleep debt and metabolic risk"),
    ("<b>Sleep</b>, diet and weight gain in adolescents", "Sleep, diet and weight gain in adolescents"),
    ("Napping habits and <b>sleep</b> quality among nurses", "Napping habits and sleep quality among nurses"),
    ("<b>Sleep</b> timing and glucose tolerance: a trial", "Sleep timing and glucose tolerance: a trial"),
    ("Light exposure at night and <b>sleep</b> onset", "Light exposure at night and sleep onset"),
]


def _articles(titles: list[str]) -> str:
    return "".join(
        f'<article class="docsum"><a class="docsum-title" href="/{40100 + n}/">{t}</a>'
        f'<span class="docsum-pmid">{40100 + n}</span><span class="citation">J Sleep Res. 202{n % 5}.</span></article>'
        for n, t in enumerate(titles)
    )


def _column(records: list[dict[str, object]], values: list[str]) -> str | None:
    """The name of the field holding ``values`` in order, if any."""
    for name in records[0]:
        if [r.get(name) for r in records] == values:
            return name
    return None


# --- search-term highlights -----------------------------------------------------------------------


@pytest.mark.parametrize("mark", ["<b>{}</b>", '<span class="kw">{}</span>'])
def test_a_search_term_bolded_at_the_start_of_a_title_is_a_word_of_it_not_a_badge(mark: str) -> None:
    # PubMed bolds the query in titles; a title opening with it is not "badge + title". Any
    # first word whose sentence goes on in lower case or after a comma is a word of it.
    titles = [t.replace("<b>Sleep</b>", mark.format("Sleep")) for t, _ in TITLES]
    _spec, records = spec_and_records(list_page(_articles(titles)), URL)
    assert _column(records, [whole for _, whole in TITLES]) is not None


HITS = ['<span class="searchmatch">{}</span>', '<em class="highlight">{}</em>', "<mark>{}</mark>"]


@pytest.mark.parametrize("mark", HITS)
def test_a_classed_search_hit_before_a_capitalised_word_is_still_a_word_of_the_title(mark: str) -> None:
    # MediaWiki's span.searchmatch, Elasticsearch's em.highlight, <mark>: named hits, whatever follows.
    names = ["Apnea Screening In Clinics", "Hygiene Programs For Students", "Tracker Accuracy Review"]
    names += ["Medicine Guidelines Update", "Lab Protocols Compared", "Debt Recovery Weekends"]
    titles = [f"{mark.format('Sleep')} {n}" for n in names]
    _spec, records = spec_and_records(list_page(_articles(titles)), URL)
    assert _column(records, [f"Sleep {n}" for n in names]) is not None


def test_a_classed_badge_before_a_title_is_still_left_out() -> None:
    # eBay's "New Listing" badge: a styled span before a capitalised title stays out of it.
    card = (
        '<li class="s-item"><a class="s-item__link" href="/itm/{n}"><span role="heading">{badge}{t}</span></a>'
        '<span class="s-item__price">${p}.99</span></li>'
    )
    titles = ["Apple Phone 64GB Black", "iPhone 12 Case Midnight", "Sony Headphones Over Ear"]
    titles += ["Canon Lens 50mm Prime", "Lego Castle Set Boxed", "eBook Reader 6 inch Grey"]
    badge = '<span class="LIGHT_HIGHLIGHT">New Listing</span>'
    cards = "".join(card.format(n=n, t=t, p=20 + n, badge=badge if n % 2 else "") for n, t in enumerate(titles))
    _spec, records = spec_and_records(list_page(cards, '<ul class="srp-results">{}</ul>'), URL)
    assert _column(records, titles) is not None


# --- logo alt texts ---------------------------------------------------------------------------------

BRANDS = ["Vortek", "Noctra", "Zephyr", "Vortek", "Halcyon", "Noctra"]


def _cards(brand_link: str) -> str:
    card = (
        '<div class="cell"><a class="thumb" href="/p/{n}">'
        '<img src="/img/{n}.jpg" alt="{b} Model {n} graphics card 12GB"></a>'
        '<div class="info">' + brand_link + '<a class="name" href="/p/{n}">{b} Model {n} graphics card 12GB</a>'
        '<span class="cost">${p}.99</span></div></div>'
    )
    return "".join(card.format(n=n, b=b, p=300 + n * 10, lb=b.lower()) for n, b in enumerate(BRANDS))


def test_a_logo_alt_that_is_a_short_word_of_the_title_is_a_value() -> None:
    # The brand shows only as its logo; its alt is the title's first word, not a repeat of it.
    cards = _cards('<span class="maker"><img src="/logos/{lb}.gif" alt="{b}"></span>')
    _spec, records = spec_and_records(list_page(cards, '<div class="grid">{}</div>'), URL)
    assert _column(records, BRANDS) is not None


def test_a_logo_inside_a_brand_link_is_named_brand() -> None:
    cards = _cards('<a class="item-brand" href="/{b}/BrandStore/ID-{n}"><img src="/logos/{lb}.gif" alt="{b}"></a>')
    _spec, records = spec_and_records(list_page(cards, '<div class="grid">{}</div>'), URL)
    assert [r.get("brand") for r in records] == BRANDS


def test_a_logo_alt_holding_a_text_of_the_record_still_repeats_it() -> None:
    # "Vortek logo" beside the written "Vortek" says nothing new.
    card = (
        '<div class="cell"><a class="name" href="/p/{n}">Model {n} graphics card</a><span class="make">{b}</span>'
        '<img class="mk" src="/logos/{n}.gif" alt="{b} logo"><span class="cost">${p}.99</span></div>'
    )
    cards = "".join(card.format(n=n, b=b, p=300 + n) for n, b in enumerate(BRANDS))
    spec, _records = spec_and_records(list_page(cards, '<div class="grid">{}</div>'), URL)
    assert not any(f.attribute == "alt" for f in spec.fields)


# --- captions in a tooltip ------------------------------------------------------------------------


@pytest.mark.parametrize("attribute", ["title", "aria-label"])
def test_a_picture_without_alt_is_captioned_by_its_tooltip(attribute: str) -> None:
    # Discourse's crawler view writes who posted only in the avatar's title and aria-label.
    posters = ["kvmkate", "rackjack", "zfsnerd", "homelabber", "pfsenseguy", "kvmkate"]
    rows = "".join(
        f'<tr class="topic"><td><a class="topic-link" href="/t/topic-{n}/{n}">Topic number {n} about servers</a></td>'
        f'<td class="posters"><img class="pic" src="/u/{p}.png" {attribute}="{p}"></td>'
        f'<td class="views">{100 + n}</td></tr>'
        for n, p in enumerate(posters)
    )
    table = '<main><table class="topics"><tbody>{}</tbody></table></main>'
    spec, records = spec_and_records(list_page(rows, table), URL)
    name = _column(records, posters)
    assert name is not None
    assert next(f for f in spec.fields if f.name == name).attribute == attribute


def test_a_rating_tooltip_on_a_picture_is_read_once_as_the_rating() -> None:
    rows = "".join(
        f'<li class="r"><a class="n" href="/r/{n}">Recipe number {n}</a>'
        f'<img class="stars" src="/s.png" title="{3 + n % 3}.5 out of 5 stars"></li>'
        for n in range(6)
    )
    spec, _records = spec_and_records(list_page(rows, '<ul class="recipes">{}</ul>'), URL)
    assert [f.name for f in spec.fields if f.attribute == "title"] == ["rating"]


def test_a_linked_picture_whose_tooltip_names_the_link_target_adds_no_caption() -> None:
    # Discourse's last poster: <a href="/u/rackjack"><img title="rackjack - Most Recent Poster">;
    # the tooltip says what the link already says.
    posters = ["kvmkate", "rackjack", "zfsnerd", "homelabber", "pfsenseguy", "kvmkate"]
    rows = "".join(
        f'<tr class="topic"><td><a class="topic-link" href="/t/topic-{n}/{n}">Topic number {n} about servers</a></td>'
        f'<td class="posters"><a class="latest" href="/u/{p}">'
        f'<img class="pic" src="/u/{p}.png" title="{p} - Most Recent Poster"></a></td>'
        f'<td class="views">{100 + n}</td></tr>'
        for n, p in enumerate(posters)
    )
    table = '<main><table class="topics"><tbody>{}</tbody></table></main>'
    spec, _records = spec_and_records(list_page(rows, table), URL)
    assert not any(f.attribute == "title" for f in spec.fields)
