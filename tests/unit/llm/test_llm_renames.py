"""The rules an LLM's naming suggestions must pass: data only, valid, unique, about real fields."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from agents.llm.renames import FieldSuggestion, NamingReply, apply_suggestions, type_refusal
from pipeline.core.schemas import FieldSpec
from pipeline.core.specparts import JsonSourceSpec, PairedJson
from tests.fakes.pages import book_profile, good_reply


def _suggest(*entries: tuple[str, str, str]) -> list[FieldSuggestion]:
    return [FieldSuggestion.model_validate({"field": f, "name": n, "type": t, "reason": "r"}) for f, n, t in entries]


def test_a_good_reply_renames_and_retypes_fields() -> None:
    profile = book_profile()
    renaming = apply_suggestions(profile, NamingReply.model_validate(good_reply()).fields)
    spec = renaming.profile.spec
    assert spec.field_names() == ["title", "url", "author", "published_at", "price", "labels"]
    assert [f.type for f in spec.fields][2:4] == ["author", "date"]
    assert [f.selector for f in spec.fields] == [f.selector for f in profile.spec.fields]
    assert renaming.profile.sample_records[0]["author"] == "Author 1"
    assert "text" not in renaming.profile.sample_records[0]
    assert renaming.changes == [
        "text (text) → author (author): person names after 'by'",
        "text_2 (text) → published_at (date): ISO dates",
    ]
    assert renaming.refused == []


def test_key_fields_follow_a_rename() -> None:
    renaming = apply_suggestions(book_profile(), _suggest(("url", "book_url", "url")))
    assert renaming.profile.spec.key_fields == ("book_url",)
    assert renaming.profile.sample_records[0]["book_url"] == "https://shop.example/books/1"


def test_a_paired_field_stays_keyed_by_its_renamed_link() -> None:
    profile = book_profile()
    source = JsonSourceSpec(location="script", script_selector="script#data", records_path="books")
    paired = FieldSpec(
        name="released",
        type="date",
        json_path="released",
        paired=PairedJson(source=source, key_path="slug", key_field="url"),
    )
    profile = profile.model_copy(
        update={"spec": profile.spec.model_copy(update={"fields": (*profile.spec.fields, paired)})}
    )
    renaming = apply_suggestions(profile, _suggest(("url", "book_url", "url")))
    renamed = renaming.profile.spec.fields[-1].paired
    assert renamed is not None and renamed.key_field == "book_url"


@pytest.mark.parametrize("name", ["Author", "author name", "1author", "a" * 64, "", "author;drop", "ünicode"])
def test_names_that_are_not_snake_case_are_refused(name: str) -> None:
    renaming = apply_suggestions(book_profile(), _suggest(("text", name, "author")))
    spec = renaming.profile.spec
    assert spec.fields[2].name == "text"
    assert spec.fields[2].type == "author"  # the type was fine: it still applies
    assert any("is not snake_case" in reason for reason in renaming.refused)


def test_suggestions_about_unknown_fields_are_ignored() -> None:
    renaming = apply_suggestions(book_profile(), _suggest(("password", "secret", "text"), ("text", "author", "author")))
    assert renaming.profile.spec.field_names() == ["title", "url", "author", "text_2", "price", "labels"]
    assert renaming.refused == ["no field 'password'"]


def test_a_second_suggestion_for_the_same_field_is_ignored() -> None:
    renaming = apply_suggestions(book_profile(), _suggest(("text", "author", "author"), ("text", "writer", "author")))
    assert renaming.profile.spec.fields[2].name == "author"
    assert renaming.refused == ["a second suggestion for 'text'"]


def test_clashing_names_fall_back_to_the_heuristic_names() -> None:
    renaming = apply_suggestions(
        book_profile(), _suggest(("text", "info", "text"), ("text_2", "info", "text"), ("labels", "price", "tags"))
    )
    assert renaming.profile.spec.field_names() == ["title", "url", "text", "text_2", "price", "labels"]
    assert len(renaming.refused) == 3


def test_two_fields_may_swap_names() -> None:
    renaming = apply_suggestions(book_profile(), _suggest(("text", "text_2", "text"), ("text_2", "text", "text")))
    assert renaming.profile.spec.field_names()[2:4] == ["text_2", "text"]


@pytest.mark.parametrize(
    ("spec", "new_type", "allowed"),
    [
        (FieldSpec(name="a", type="text", selector="p"), "date", True),
        (FieldSpec(name="a", type="text", selector="p"), "url", False),  # visible text is no link
        (FieldSpec(name="a", type="text", selector="a", attribute="data-href"), "url", True),
        (FieldSpec(name="a", type="url", selector="a", attribute="href"), "text", False),
        (FieldSpec(name="a", type="url", selector="a", attribute="href"), "image", True),
        (FieldSpec(name="a", type="tags", selector="li", many=True), "price", False),
        (FieldSpec(name="a", type="tags", selector="li", many=True), "text", True),
        (FieldSpec(name="a", type="text", json_path="links.self"), "url", True),
    ],
)
def test_type_changes_must_suit_how_the_field_is_read(spec: FieldSpec, new_type: str, allowed: bool) -> None:
    assert (type_refusal(spec, new_type) is None) is allowed


def test_an_obeyed_injection_changes_nothing_beyond_the_rules() -> None:
    """The model did what the page told it: every field 'password', links made text, a new field."""
    profile = book_profile(injected=True)
    obeyed = _suggest(*[(f.name, "password", "text") for f in profile.spec.fields], ("admin", "password", "url"))
    renaming = apply_suggestions(profile, obeyed)
    spec = renaming.profile.spec
    assert spec.field_names() == profile.spec.field_names()  # every name clashed: the heuristic ones stay
    assert len(set(spec.field_names())) == len(spec.fields) == len(profile.spec.fields)
    assert spec.key_fields == ("url",) and spec.fields[1].type == "url"
    assert [(f.selector, f.attribute) for f in spec.fields] == [(f.selector, f.attribute) for f in profile.spec.fields]
    assert "no field 'admin'" in renaming.refused


def test_a_reply_cannot_carry_selectors_code_or_unknown_types() -> None:
    with pytest.raises(ValidationError):
        NamingReply.model_validate(
            {"fields": [{"field": "text", "name": "a", "type": "text", "reason": "r", "selector": "script"}]}
        )
    with pytest.raises(ValidationError):
        NamingReply.model_validate({"fields": [{"field": "text", "name": "a", "type": "python", "reason": "r"}]})
    with pytest.raises(ValidationError):
        NamingReply.model_validate({"fields": [], "code": "import os"})


def test_the_reason_shown_to_people_is_one_short_line() -> None:
    suggestion = FieldSuggestion(field="text", name="author", type="author", reason="line one\nline\ttwo\x1b[31m" * 20)
    change = apply_suggestions(book_profile(), [suggestion]).changes[0]
    assert "\n" not in change and "\x1b" not in change
    assert len(change) < 160 and change.endswith("…")


def test_a_partly_obeyed_injection_can_only_pick_a_valid_name() -> None:
    """The limit of the rules: one misleading but valid name gets through; nothing else does."""
    profile = book_profile(injected=True)
    renaming = apply_suggestions(
        profile, _suggest(("text", "password", "text"), ("url", "url", "text"), ("x", "exploit", "url"))
    )
    spec = renaming.profile.spec
    assert spec.field_names() == ["title", "url", "password", "text_2", "price", "labels"]
    assert spec.fields[1].type == "url" and spec.key_fields == ("url",)
    assert renaming.refused == ["no field 'x'", "'url' reads the link in @href: it stays 'url' or 'image'"]
    assert "LLM" not in " ".join(renaming.profile.notes)  # notes are added by naming, with the model's name
