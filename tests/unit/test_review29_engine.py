"""Review of round 29's engine change (``FieldSpec.text_after_skip``, "5点中"): defects, expected to fail."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from pipeline.cli.cmd_versions import _target
from pipeline.core.numbertext import parse_rating
from pipeline.core.schemas import FieldSpec, ScraperSpec
from pipeline.core.spectransform import apply, check_transform, derive

FUEL = FieldSpec(name="fuel", type="text", selector="div.facts", text_after="·", text_before="·", text_after_skip=1)
OLD = ScraperSpec(
    start_url="http://cars.test/",
    record_selector="li.car",
    fields=(FieldSpec(name="title", type="title", selector="h3 a"), FUEL),
)


@pytest.mark.parametrize(
    "update",
    [{"text_after_skip": 2}, {"selector": "p.meta", "text_after": "|", "text_before": "|", "text_after_skip": 0}],
)
def test_review29_a_lesson_replays_the_skip_of_a_cut(update: dict[str, object]) -> None:
    # spectransform._CUTS / _CUT_FLAGS leave text_after_skip out: the fix's skip is lost on replay.
    new = OLD.model_copy(update={"fields": (OLD.fields[0], FUEL.model_copy(update=update))})
    _, transform = derive(OLD, new)
    check_transform(transform)
    assert apply(OLD, transform).fields[1].text_after_skip == new.fields[1].text_after_skip


def test_review29_a_transform_may_set_the_skip() -> None:
    check_transform({"fields": {"fuel": {"selector": "div.facts", "text_after": "·", "text_after_skip": 2}}})


@pytest.mark.parametrize(
    "cut", [{"text_after_skip": 2}, {"text_after": "·", "text_after_skip": 2, "text_from_end": True}]
)
def test_review29_a_skip_the_engine_ignores_is_refused(cut: dict[str, object]) -> None:
    # text_part ignores skip without text_after and under from_end; the spec validates both silently.
    with pytest.raises(ValidationError):
        FieldSpec(name="x", type="text", selector="p", **cut)


def test_review29_two_place_cuts_of_one_line_are_told_apart() -> None:
    # `sdp versions` shows where a field is read: the third fact and the second differ by the skip alone.
    second = FUEL.model_copy(update={"text_after_skip": 0})
    assert _target(FUEL) == "div.facts after '·' (occurrence 2) before '·'"
    assert _target(second) == "div.facts after '·' before '·'"


@pytest.mark.parametrize("text", ["全15点中3点", "25点中1〜20点を表示"])
def test_review29_items_counted_in_points_are_no_rating(text: str) -> None:
    # _SCALE_FIRST is unanchored: "15点中3点" (3 of 15 items) reads as "5点中3" → 3.0.
    assert parse_rating(text) is None
