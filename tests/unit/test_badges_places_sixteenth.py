"""Record values told from decoration and captions: a country completing a place line, a class
varying from record to record, a status badge, an identifier's own kind."""

from __future__ import annotations

from lxml import html

from agents.heuristics.dom import HtmlElement
from agents.heuristics.valueclasses import class_families
from agents.heuristics.valueplaces import value_kind
from tests.unit.slotcards import kept, useful_slots


def test_a_country_shared_by_every_card_completing_a_place_line_is_kept() -> None:
    regions = ["Rioja", "Ribera del Duero", "Priorat", "Rioja", "Toro"]
    cards = [
        f'<a class="name" href="/w/{i}">Wine {i}</a><div class="loc"><i class="flag"></i>'
        f'<div class="where"><a href="/r/{r}">{r}</a>, <span>Spain</span></div></div>'
        for i, r in enumerate(regions)
    ]
    assert kept(cards, "Spain")


def test_a_constant_lead_word_of_a_line_with_a_comma_is_no_place_part() -> None:
    days = ["Wed, Dec 10", "Mon, Dec 8", "Mon, Dec 8", "Tue, Dec 9", "Mon, Dec 8"]
    cards = [
        f'<a class="name" href="/p/{i}">Blanket {i}</a><div class="ship"><span class="bold">Shipping</span><br>'
        f"<span>Get it by {day}</span></div>"
        for i, day in enumerate(days)
    ]
    assert not kept(cards, "Shipping")
    assert kept(cards, "Get it by Mon, Dec 8")


def test_a_class_word_alternating_at_one_place_is_a_value_not_a_step() -> None:
    impacts = ["major", "minor", "none", "minor", "critical", "major"]
    cards = [
        f'<div class="title"><a class="impact-{impact}" href="/incidents/{i}">Incident {i}</a></div>'
        f'<div class="msg">Update {i}</div>'
        for i, impact in enumerate(impacts)
    ]
    slots = [s for s, useful in useful_slots(cards) if useful]
    titles = [s for s in slots if s.kind == "text" and "Incident 0" in s.first_values()]
    assert len(titles) == 1 and len(titles[0].per_record) == len(cards)
    (impact,) = [s for s in slots if s.kind == "variant"]
    assert impact.label == "impact" and impact.attribute == "class" and impact.text_after == "impact-"
    assert impact.first_values() == impacts


def test_sibling_classes_of_one_prefix_are_places_not_values() -> None:
    assert not class_families(
        _records([f'<div class="item-title">T{i}</div><div class="item-body">B</div>' for i in range(4)])
    )


def test_a_prefix_word_beside_its_base_is_no_value() -> None:
    codes = ["es", "fr", "es", "it"]
    assert not class_families(
        _records([f'<i class="flag-icon flag-icon-{c}"></i><b>W{i}</b>' for i, c in enumerate(codes)])
    )


def test_a_status_badge_varying_from_record_to_record_captions_nothing() -> None:
    kinds = ["Reviewed", "Reviewed", "Malware", "Reviewed", "Unreviewed", "Reviewed"]
    cards = [
        f'<a class="title" href="/a/{i}">Advisory {i}</a><span class="Label">{kind}</span>'
        f'<div class="meta"><span class="id">GHSA-{i}x</span></div>'
        for i, kind in enumerate(kinds)
    ]
    ids = [s for s, _ in useful_slots(cards) if s.kind == "text" and "GHSA-0x" in s.first_values()]
    assert len(ids) == 1 and ids[0].label is None and len(ids[0].per_record) == len(cards)


def test_a_caption_by_class_word_reading_the_same_in_every_record_is_kept() -> None:
    cards = [
        f'<a class="t" href="/a/{i}">A {i}</a><span class="key">Size</span><span class="v">{i} m</span>'
        for i in range(5)
    ]
    sizes = [s for s, _ in useful_slots(cards) if s.kind == "text" and "0 m" in s.first_values()]
    assert sizes and sizes[0].label == "Size"


def test_prefixed_identifiers_are_a_kind_of_their_own() -> None:
    kinds = [value_kind(html.fromstring(f"<span>{t}</span>")) for t in ("GHSA-w79v-rpqr-c7jq", "CVE-2025-21801", "npm")]
    assert kinds == ["id:GHSA", "id:CVE", "words"]


def test_classed_siblings_shifted_by_an_optional_one_are_placed_by_kind() -> None:
    rows = [
        ("GHSA-a1b2-c3d4", "CVE-2025-0001", "npm", "Mar 3, 2025"),
        ("GHSA-e5f6-g7h8", None, "pip", "Mar 2, 2025"),
        ("GHSA-i9j0-k1l2", "CVE-2025-0003", "Maven", None),
        ("GHSA-m3n4-o5p6", "CVE-2025-0004", "npm", "Feb 27, 2025"),
        ("GHSA-q7r8-s9t0", None, "Go", None),
    ]
    cards = [
        f'<a class="t" href="/a/{i}">A {i}</a><div class="meta">'
        + " ".join(f'<span class="text-bold">{v}</span>' for v in row if v)
        + "</div>"
        for i, row in enumerate(rows)
    ]
    ecosystems = [s for s, _ in useful_slots(cards) if s.kind == "text" and "npm" in s.first_values()]
    assert len(ecosystems) == 1 and ecosystems[0].first_values() == ["npm", "pip", "Maven", "npm", "Go"]


def test_classed_badges_of_a_list_stay_one_list_whatever_their_kinds() -> None:
    rows = [["4K"], ["CC"], ["New"], ["4K", "CC"], [], ["CC"], []]
    tips = {"4K": "Available in 4K", "CC": "Closed captions", "New": "Uploaded in the last week"}
    cards = [
        f'<a class="t" href="/v/{i}">Video {i}</a><div class="meta">'
        + "".join(f'<div class="badge" role="img" aria-label="{b}"><p>{b}</p><div>{tips[b]}</div></div>' for b in row)
        + "</div>"
        for i, row in enumerate(rows)
    ]
    badges = [s for s, _ in useful_slots(cards) if s.kind == "text" and "CC" in s.first_values() and s.key[-1] == "p"]
    assert len(badges) == 1 and badges[0].many
    assert [[o.value for o in badges[0].per_record[i]] for i in (0, 3, 5)] == [["4K"], ["4K", "CC"], ["CC"]]


def _records(cards: list[str]) -> list[HtmlElement]:
    root = html.fromstring(f"<ul>{''.join(f'<li class=card>{c}</li>' for c in cards)}</ul>")
    return list(root.iterchildren("li"))


def test_the_text_after_a_bold_lead_in_changing_per_record_is_one_value() -> None:
    leads = ["Resolved", "Resolved", "Completed", "Resolved", "Postmortem", "Resolved"]
    cards = [
        f'<a class="t" href="/i/{i}">Incident {i}</a>'
        f'<div class="message"><strong>{lead}</strong> - Update number {i} is out.</div>'
        for i, lead in enumerate(leads)
    ]
    texts = [s for s, _ in useful_slots(cards) if s.kind == "text" and "Update number 0 is out." in s.first_values()]
    assert len(texts) == 1 and texts[0].text_after == " - "
    assert texts[0].first_values() == [f"Update number {i} is out." for i in range(len(leads))]


def test_colour_utility_classes_are_no_values() -> None:
    colours = ["dark-gray", "dark-green", "dark-gray", "dark-red"]
    rows = "".join(
        f'<li><a href="/p/{i}">Package {i}</a><span class="{c} fw5">v1.{i}</span></li>' for i, c in enumerate(colours)
    )
    records = list(html.fromstring(f"<ul>{rows}</ul>").iterchildren("li"))
    assert class_families(records) == {}


def test_role_words_of_one_prefix_reading_the_same_in_every_record_are_no_values() -> None:
    cards = [
        f'<div class="j"><div class="j event-content"><div class="j info"><div class="j event-time">{h} PM</div>'
        f'<h3 class="j">Party {h}</h3></div></div></div>'
        for h in range(1, 6)
    ]
    assert class_families(_records(cards))  # two words repeated at one place: a family as far as it knows
    assert not [s for s, _ in useful_slots(cards) if s.kind == "variant"]
