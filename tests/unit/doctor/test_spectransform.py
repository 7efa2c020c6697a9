"""Lessons as selector transforms: derived from a fix, re-applied to another spec, checked on input."""

from __future__ import annotations

import pytest

from pipeline.core.exceptions import ConfigurationError
from pipeline.core.schemas import FieldSpec, ScraperSpec
from pipeline.core.spectransform import apply, check_transform, derive

OLD = ScraperSpec(
    start_url="http://shop.test/",
    record_selector="article.product",
    fields=(
        FieldSpec(name="name", type="title", selector="h3.product-name a"),
        FieldSpec(name="price", type="price", selector="div.product-price"),
    ),
)


def test_a_class_rename_becomes_a_reusable_replacement() -> None:
    new = apply(OLD, {"replace": [[".product", ".tile"], [".product-name", ".tile-name"]]})
    assert new.record_selector == "article.tile" and new.fields[0].selector == "h3.tile-name a"
    change, transform = derive(OLD, new)
    assert change == "class renamed"
    assert transform == {"replace": [[".product", ".tile"], [".product-name", ".tile-name"]]}
    assert apply(OLD, transform) == new


def test_a_field_moved_into_an_attribute_is_labelled_and_replayed() -> None:
    fields = (OLD.fields[0], OLD.fields[1].model_copy(update={"selector": "", "attribute": "data-price"}))
    new = OLD.model_copy(update={"fields": fields})
    change, transform = derive(OLD, new)
    assert "moved into attribute" in change
    assert apply(OLD, transform) == new


def test_a_field_cut_from_a_text_keeps_its_cut_through_a_lesson() -> None:
    # "1. The Title": the title is the text after ". "; the fix moved it, the cut must come along.
    old = OLD.model_copy(update={"fields": (OLD.fields[0].model_copy(update={"text_after": ". "}), OLD.fields[1])})
    fields = (old.fields[0].model_copy(update={"selector": "h2.title"}), old.fields[1])
    new = old.model_copy(update={"fields": fields})
    _change, transform = derive(old, new)
    check_transform(transform)
    assert apply(OLD, transform).fields[0].text_after == ". "  # another spec learns the cut too

    # The site stopped numbering its titles: the fix drops the cut, and so does the lesson.
    _change, undo = derive(new, new.model_copy(update={"fields": (OLD.fields[0], OLD.fields[1])}))
    assert apply(new, undo).fields[0].text_after is None


def test_a_cut_from_the_end_keeps_its_direction_through_a_lesson() -> None:
    # "Rembrandt van Rijn, c. 1665": the date is the text after the *last* ", ".
    cut = {"text_after": ", ", "text_from_end": True}
    old = OLD.model_copy(update={"fields": (OLD.fields[0].model_copy(update=cut), OLD.fields[1])})
    moved = old.fields[0].model_copy(update={"selector": "p.subtitle"})
    new = old.model_copy(update={"fields": (moved, old.fields[1])})
    _change, transform = derive(old, new)
    check_transform(transform)
    assert apply(OLD, transform).fields[0].text_from_end is True


@pytest.mark.parametrize(
    "bad",
    [
        "not a dict",
        {"exec": "x"},
        {"replace": [[".a", "b c"]]},
        {"fields": {"price": {"selector": "x", "code": "import os"}}},
        {"fields": {"price": {"attribute": "on click"}}},
        {"fields": {"price": {"text_after": ""}}},
        {"fields": {"price": {"text_before": "x" * 81}}},
        {"fields": {"price": {"text_from_end": "yes"}}},
        {"fields": {"price": {"text_after": "·", "text_after_skip": 9}}},
        {"fields": {"price": {"text_after": "·", "text_after_skip": True}}},
        {"fields": {"price": {"text_after": "·", "text_after_skip": "1"}}},
    ],
)
def test_a_transform_of_another_shape_is_refused(bad: object) -> None:
    with pytest.raises(ConfigurationError):
        check_transform(bad)


def test_a_new_cut_literal_without_a_skip_counts_from_its_first_occurrence() -> None:
    # A skip counts one literal's occurrences: a lesson naming another literal does not inherit it.
    cut = {"text_after": " · ", "text_before": " · ", "text_after_skip": 2}
    old = OLD.model_copy(update={"fields": (OLD.fields[0], OLD.fields[1].model_copy(update=cut))})
    moved = apply(old, {"fields": {"price": {"text_after": " | ", "text_before": " | "}}})
    assert moved.fields[1].text_after_skip == 0
    assert apply(old, {"fields": {"price": {"selector": "p.price"}}}).fields[1].text_after_skip == 2


def test_a_skip_left_without_its_literal_is_refused_on_apply() -> None:
    with pytest.raises(ConfigurationError):
        apply(OLD, {"fields": {"price": {"text_after_skip": 1}}})
