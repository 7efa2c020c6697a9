"""The Knowledge Base on SQLite and PostgreSQL: learn, count, prefer proven lessons, curate."""

from __future__ import annotations

import json
from typing import Any

import pytest

from pipeline.core import knowledge
from pipeline.core.db.engine import session_scope
from pipeline.core.exceptions import ConfigurationError, LessonNotFound

RENAME: dict[str, Any] = {"replace": [[".product", ".tile"]]}
WRAP: dict[str, Any] = {"replace": [], "record_selector": "div.shell > article"}


def learn(
    session: object, transform: dict[str, object], url: str = "https://shop.example.com/list"
) -> knowledge.Lesson:  # type: ignore[name-defined]
    return knowledge.learn(
        session,  # type: ignore[arg-type]
        change="class renamed",
        transform=transform,
        description="d",
        error_type="site_changed",
        url=url,
        source_name="shop",
        evidence={"records": 3},
    )


def test_a_repeated_fix_counts_as_a_success_of_the_same_lesson(database_url: str) -> None:
    with session_scope() as session:
        first = learn(session, RENAME).id
        second = learn(session, RENAME).id
        lesson = knowledge.get_lesson(session, first)
        assert first == second and lesson.successes == 2 and lesson.status == "proposed"
        assert lesson.domain_pattern == "*.example.com"
        view = knowledge.lesson_view(lesson)
        assert json.loads(json.dumps(view))["transform"] == RENAME


def test_approved_and_proven_lessons_come_first_and_rejected_ones_never(database_url: str) -> None:
    with session_scope() as session:
        weak = learn(session, WRAP).id
        strong = learn(session, RENAME).id
        knowledge.record_try(session, strong, success=True)
        knowledge.record_try(session, weak, success=False)
        order = [
            x.id for x in knowledge.matching_lessons(session, error_type="site_changed", url="https://www.example.com/")
        ]
        assert order == [strong, weak]
        knowledge.set_lesson_status(session, weak, "approved", actor="test")
        order = [
            x.id for x in knowledge.matching_lessons(session, error_type="site_changed", url="https://example.com/")
        ]
        assert order == [weak, strong]
        knowledge.set_lesson_status(session, strong, "rejected", actor="test")
        assert [
            x.id for x in knowledge.matching_lessons(session, error_type="site_changed", url="https://a.example.com/")
        ] == [weak]
        assert knowledge.matching_lessons(session, error_type="site_changed", url="https://other.org/") == []


def test_curation_rejects_bad_input_with_one_clear_error(database_url: str) -> None:
    with session_scope() as session:
        lesson_id = learn(session, RENAME).id
        with pytest.raises(LessonNotFound, match="999"):
            knowledge.get_lesson(session, 999)
        with pytest.raises(ConfigurationError, match="proposed"):
            knowledge.set_lesson_status(session, lesson_id, "proposed", actor="t")
        with pytest.raises(ConfigurationError, match="successes"):
            knowledge.edit_lesson(session, lesson_id, {"successes": 100}, actor="t")
        edited = knowledge.edit_lesson(session, lesson_id, {"description": "renamed cards"}, actor="t")
        assert edited.description == "renamed cards"
        knowledge.delete_lesson(session, lesson_id, actor="t")
        assert knowledge.list_lessons(session) == []
