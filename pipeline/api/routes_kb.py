"""``/kb``: the Doctor's Knowledge Base, the same operations as `sdp kb` (issue #5)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Depends, Request

from pipeline.api.auth import Principal, requires
from pipeline.api.common import session_for
from pipeline.core import knowledge

router = APIRouter(prefix="/kb", tags=["knowledge base"])
Reader = Annotated[Principal, Depends(requires("read"))]
Operator = Annotated[Principal, Depends(requires("operate"))]


@router.get("")
def list_lessons(request: Request, _: Reader, status: str | None = None) -> list[dict[str, Any]]:
    """Lessons, optionally only those ``proposed``, ``approved`` or ``rejected``."""
    with session_for(request) as session:
        return [knowledge.lesson_view(lesson) for lesson in knowledge.list_lessons(session, status=status)]


@router.get("/{lesson_id}")
def show_lesson(request: Request, lesson_id: int, _: Reader) -> dict[str, Any]:
    with session_for(request) as session:
        return knowledge.lesson_view(knowledge.get_lesson(session, lesson_id))


@router.post("/{lesson_id}/{verdict}")
def judge_lesson(
    request: Request, lesson_id: int, verdict: Literal["approve", "reject"], caller: Operator
) -> dict[str, Any]:
    """Approve (tried first from now on) or reject (never tried again) a lesson."""
    status = "approved" if verdict == "approve" else "rejected"
    with session_for(request) as session:
        lesson = knowledge.set_lesson_status(session, lesson_id, status, actor=caller.name)
        return knowledge.lesson_view(lesson)


@router.patch("/{lesson_id}")
def edit_lesson(
    request: Request, lesson_id: int, caller: Operator, changes: Annotated[dict[str, Any], Body()]
) -> dict[str, Any]:
    """Change description, domain_pattern, error_type, change or transform."""
    with session_for(request) as session:
        return knowledge.lesson_view(knowledge.edit_lesson(session, lesson_id, changes, actor=caller.name))


@router.delete("/{lesson_id}")
def delete_lesson(request: Request, lesson_id: int, caller: Operator) -> dict[str, Any]:
    with session_for(request) as session:
        knowledge.delete_lesson(session, lesson_id, actor=caller.name)
    return {"id": lesson_id, "deleted": True}
