"""The drop recorder (``droptrace``): under ``recording()`` the Scout's list-field pipeline names the
stage that left each slot out; without it nothing is recorded and no decision changes."""

from __future__ import annotations

from agents.heuristics.droptrace import narrowed, recording
from agents.heuristics.slots import Slot
from agents.scout import analyze_page

URL = "https://shop.example/lamps/"
NAMES = ["Arc Lamp", "Bell Lamp", "Cone Lamp", "Dome Lamp", "Edge Lamp", "Fern Lamp", "Glow Lamp", "Halo Lamp"]
NAMES += ["Iris Lamp", "Jade Lamp"]


def page(card: str) -> str:
    cards = "".join(card.format(i=i, name=name, note="Last one" if i == 3 else "") for i, name in enumerate(NAMES))
    return f"<html><head><title>Lamps</title></head><body><main><ul class='grid'>{cards}</ul></main></body></html>"


CARD = (
    "<li class='card'><h2 class='name'><a href='/lamp/{i}'>{name}</a></h2>"
    "<span class='price'>${i}9.00</span><span class='ship'>Free shipping</span>"
    "<em class='note'>{note}</em></li>"
)


def drops_by_text(html: str) -> dict[str, str]:
    with recording() as recorder:
        profile = analyze_page(html, URL)
    run = next(r for r in recorder.runs if len(r.records) == len(NAMES))
    assert {name for _, name in run.kept} >= {f.name for f in profile.spec.fields} - {"url"}
    return {d.slot.first_values()[0]: d.stage for d in run.drops if d.slot.kind == "text"}


def test_a_text_the_same_on_every_card_is_dropped_as_constant() -> None:
    assert drops_by_text(page(CARD))["Free shipping"].startswith("not useful: constant")


def test_a_text_on_one_card_of_ten_is_dropped_as_sparse() -> None:
    assert drops_by_text(page(CARD))["Last one"] == "not useful: sparse"


def test_a_kept_field_is_not_dropped() -> None:
    assert "$19.00" not in drops_by_text(page(CARD))


def test_without_a_recorder_nothing_is_named_or_kept() -> None:
    def naming(slot: Slot) -> str:
        raise AssertionError("a stage is named only when a recorder asks")

    before = [Slot(key=(), kind="text")]
    assert narrowed(naming, before, []) == []
    with recording() as recorder:
        pass
    assert recorder.runs == []
    analyze_page(page(CARD), URL)  # no recorder: nothing to report to, nothing raised
