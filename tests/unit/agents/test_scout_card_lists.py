"""Two lists in one card, and a list of short facts that is no caption/value pairs.

A StepStone card shows "Top Job" / "Neu" badges and "Feste Anstellung" / "Vollzeit" chips, every
class a build hash, each element marked by a ``data-at`` test hook: both lists are fields. An
idealo tile lists "Over-Ear", "Bluetooth 5.3", "Active Noise Cancelling" in a ``keyFacts`` list:
one list field, and "Over-Ear" names no column.
"""

from __future__ import annotations

from lxml import html

from agents.heuristics.attributeanchors import attribute_anchors
from agents.heuristics.fieldcandidates import chain_from
from agents.heuristics.labels import label_of
from agents.heuristics.listnames import list_name_and_type
from agents.heuristics.siblings import sibling_mode
from agents.heuristics.slots import Occurrence, Slot
from tests.unit.agents.conftest import list_page, spec_and_records

JOBS = ["Java Entwickler", "Python Entwickler", "C# Entwickler", "Go Entwickler", "PHP Entwickler", "QA Engineer"]
BADGES = [["Top Job", "Neu"], ["Neu"], [], ["Top Job"], [], ["Neu"]]
CHIPS = [
    ["Feste Anstellung", "Vollzeit"],
    ["Feste Anstellung", "Vollzeit"],
    ["Feste Anstellung", "Vollzeit", "Berufseinstieg"],
    ["Feste Anstellung", "Vollzeit"],
    ["Werkstudent", "Teilzeit"],
    ["Feste Anstellung", "Vollzeit"],
]
HOOKS = {"Top Job": "job-item-top-job", "Neu": "job-item-new-badge"}


def _job(i: int) -> str:
    badges = "".join(f'<span class="res-b{n}x7q" data-at="{HOOKS[b]}">{b}</span>' for n, b in enumerate(BADGES[i]))
    chips = "".join(f'<span class="res-9jfhzda" data-at="job-item-employment-type">{c}</span>' for c in CHIPS[i])
    return (
        f'<article class="res-doyb2qf" data-at="job-item"><div class="res-f6gepou">'
        f'<div class="res-fvqsw7i">{badges}</div>'
        f'<h2 class="res-tc2uwgn"><a class="res-cpjdghl" href="/stellenangebote--{i}-inline.html">{JOBS[i]}</a></h2>'
        f'<div class="res-vkm96ia"><span class="res-62o63b8">Firma {i} GmbH</span></div>'
        f'<div class="res-t0bersq">{chips}</div></div></article>'
    )


def test_badges_and_chips_of_one_card_are_two_list_fields() -> None:
    page = list_page("".join(_job(i) for i in range(len(JOBS))))
    spec, records = spec_and_records(page, "https://jobs.example/jobs/berlin")
    lists = {f.name: [r.get(f.name) for r in records] for f in spec.fields if f.type == "tags"}
    assert CHIPS in lists.values()
    assert len(lists) == 2


def test_a_short_data_hook_anchors_a_value() -> None:
    card = html.fromstring(
        '<div><div class="res-t0"><span class="res-9j" data-at="job-item-type">Vollzeit</span></div></div>'
    )
    chip = card.xpath(".//span")[0]
    assert 'span[data-at="job-item-type"]' in attribute_anchors(chain_from(card, chip))


FACTS = [
    ["Over-Ear", "Bluetooth 5.2", "Active Noise Cancelling", "30 h Akkulaufzeit"],
    ["Over-Ear", "Bluetooth 5.3", "Active Noise Cancelling", "24 h Akkulaufzeit"],
    ["On-Ear", "Bluetooth 5.3", "100 h Akkulaufzeit"],
    ["Over-Ear", "Bluetooth 5.0", "Active Noise Cancelling", "20 h Akkulaufzeit"],
    ["Over-Ear", "Bluetooth 5.2", "Hybrid ANC", "50 h Akkulaufzeit"],
    ["Over-Ear", "Bluetooth 5.0", "40 h Akkulaufzeit"],
]
ITEM = "sr-productSummary__keyFacts-item_NpITq"


def _facts(items: list[str]) -> str:
    return (
        '<ul class="sr-productSummary__keyFacts_ZU4fZ">'
        + "".join(f'<li class="{ITEM}">{t}</li>' for t in items)
        + "</ul>"
    )


def _tile(i: int) -> str:
    return (
        f'<div class="sr-resultList__item_ku8VD"><a class="sr-resultItemTile__link_1Pq5A" '
        f'href="/preisvergleich/OffersOfProduct/{2000 + i}_-kopfhoerer-{i}.html">'
        f'<div class="sr-productSummary__title_tiCQg">Kopfhörer Modell {i}</div>{_facts(FACTS[i])}'
        f'<div class="sr-price_W4Yka">ab {199 + 10 * i},00 €</div></a></div>'
    )


def test_key_facts_are_one_list_not_captioned_values() -> None:
    page = list_page("".join(_tile(i) for i in range(len(FACTS))))
    spec, records = spec_and_records(page, "https://preise.example/preisvergleich/ProductCategory/19116.html")
    names = {f.name for f in spec.fields}
    assert not {"over_ear", "bluetooth_5", "bluetooth_5_3"} & names
    assert FACTS in [[r.get(f.name) for r in records] for f in spec.fields]


def test_an_item_of_a_list_captions_not_the_next_item() -> None:
    ul = html.fromstring(_facts(FACTS[0]))
    assert label_of(ul[1]) == (None, False)


def test_a_camel_case_facts_list_is_a_list_whatever_its_items_hold() -> None:
    runs = [list(html.fromstring(_facts(items))) for items in FACTS]
    assert sibling_mode(runs) == "list"


def test_a_list_inside_the_card_link_is_not_named_by_the_link() -> None:
    slot = Slot(key=("a", "ul", "li*"), kind="text", attribute=None, order=0)
    slot.many = True
    for i in range(3):  # the tiles' links share the folder /OffersOfProduct/
        items = html.fromstring(_tile(i)).xpath(".//li")
        slot.per_record[i] = [Occurrence(li, li.text_content()) for li in items]
    name, _ = list_name_and_type(slot, {})
    assert "offers" not in name
