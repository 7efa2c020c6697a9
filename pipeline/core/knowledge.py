"""The Knowledge Base: repairs that worked, abstracted into lessons the Doctor re-applies.

A lesson says what changed on a site (``class renamed``, ``wrapper added``, ``tag changed``,
``moved into attribute``, ``label reworded``, ``restructured``) and how the fix transforms a spec
(see :mod:`pipeline.core.spectransform`). Every try updates its success and failure counts; people
approve or reject lessons, and rejected ones are never tried again.
"""

from __future__ import annotations

import fnmatch
import hashlib
import ipaddress
import json
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from pipeline.core import audit
from pipeline.core.datetext import utcnow
from pipeline.core.db.models import Lesson
from pipeline.core.exceptions import ConfigurationError, LessonNotFound
from pipeline.core.spectransform import check_transform

STATUSES = ("proposed", "approved", "rejected")
EDITABLE = ("description", "domain_pattern", "error_type", "transform", "change")


def domain_pattern(url: str) -> str:
    """``shop.example.com`` → ``*.example.com``; bare domains and IP addresses stay exact."""
    host = (urlsplit(url).hostname or "").lower()
    try:
        ipaddress.ip_address(host)
        return host
    except ValueError:
        pass
    labels = host.split(".")
    return "*." + ".".join(labels[-2:]) if len(labels) > 2 else host


def matches_domain(pattern: str, url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return fnmatch.fnmatchcase(host, pattern) or (pattern.startswith("*.") and host == pattern[2:])


def fingerprint(change: str, transform: dict[str, Any], error_type: str, pattern: str) -> str:
    material = json.dumps([change, transform, error_type, pattern], sort_keys=True)
    return hashlib.sha256(material.encode()).hexdigest()


def list_lessons(session: Session, *, status: str | None = None) -> list[Lesson]:
    query = select(Lesson).order_by(Lesson.id)
    if status is not None:
        _check_status(status, allowed=STATUSES)
        query = query.where(Lesson.status == status)
    return list(session.scalars(query).all())


def get_lesson(session: Session, lesson_id: int) -> Lesson:
    lesson = session.get(Lesson, lesson_id)
    if lesson is None:
        raise LessonNotFound(f"No Knowledge Base lesson has id {lesson_id}; see `sdp kb list`.")
    return lesson


def set_lesson_status(session: Session, lesson_id: int, status: str, *, actor: str) -> Lesson:
    """Approve or reject a lesson (approved ones are tried first, rejected ones never)."""
    _check_status(status, allowed=("approved", "rejected"))
    lesson = get_lesson(session, lesson_id)
    lesson.status = status
    lesson.updated_at = utcnow()
    audit.record(
        session,
        actor=actor,
        action=f"kb.lesson.{status}",
        source_name=lesson.source_name,
        message=f"Lesson {lesson.id} ({lesson.change}) {status}",
        details={"lesson": lesson.id},
    )
    return lesson


def edit_lesson(session: Session, lesson_id: int, changes: dict[str, Any], *, actor: str) -> Lesson:
    """Change a lesson's description, domain pattern, error type, change label or transform."""
    unknown = sorted(set(changes) - set(EDITABLE))
    if unknown:
        raise ConfigurationError(
            f"Lesson field(s) {', '.join(unknown)} cannot be edited; editable: {', '.join(EDITABLE)}."
        )
    lesson = get_lesson(session, lesson_id)
    for key, value in changes.items():
        if key == "transform":
            check_transform(value)
        elif not isinstance(value, str) or not value.strip() or len(value) > 2000:
            raise ConfigurationError(f"Lesson {key} must be non-empty text, got {value!r}.")
        setattr(lesson, key, value)
    lesson.fingerprint = fingerprint(lesson.change, lesson.transform, lesson.error_type, lesson.domain_pattern)
    lesson.updated_at = utcnow()
    audit.record(
        session,
        actor=actor,
        action="kb.lesson.edited",
        source_name=lesson.source_name,
        message=f"Lesson {lesson.id} edited: {', '.join(sorted(changes))}",
        details={"lesson": lesson.id, "fields": sorted(changes)},
    )
    return lesson


def delete_lesson(session: Session, lesson_id: int, *, actor: str) -> None:
    lesson = get_lesson(session, lesson_id)
    audit.record(
        session,
        actor=actor,
        action="kb.lesson.deleted",
        source_name=lesson.source_name,
        message=f"Lesson {lesson.id} ({lesson.change}) deleted",
        details={"lesson": lesson.id},
    )
    session.delete(lesson)
    session.flush()


def lesson_view(lesson: Lesson) -> dict[str, Any]:
    tries = lesson.successes + lesson.failures
    return {
        "id": lesson.id,
        "change": lesson.change,
        "description": lesson.description,
        "error_type": lesson.error_type,
        "domain_pattern": lesson.domain_pattern,
        "status": lesson.status,
        "successes": lesson.successes,
        "failures": lesson.failures,
        "success_rate": round(lesson.successes / tries, 3) if tries else None,
        "transform": lesson.transform,
        "source": lesson.source_name,
        "evidence": lesson.evidence,
        "created_by": lesson.created_by,
        "created_at": lesson.created_at.isoformat(),
        "updated_at": lesson.updated_at.isoformat(),
        "last_tried_at": lesson.last_tried_at.isoformat() if lesson.last_tried_at else None,
    }


def matching_lessons(session: Session, *, error_type: str, url: str) -> list[Lesson]:
    """Lessons worth trying for ``url``: approved first, then the best proven, never rejected ones."""
    rows = session.scalars(select(Lesson).where(Lesson.error_type == error_type, Lesson.status != "rejected")).all()
    fitting = [lesson for lesson in rows if matches_domain(lesson.domain_pattern, url)]
    return sorted(
        fitting,
        key=lambda x: (x.status != "approved", -(x.successes - x.failures), -x.successes, x.id),
    )


def record_try(session: Session, lesson_id: int, *, success: bool) -> None:
    lesson = get_lesson(session, lesson_id)
    if success:
        lesson.successes += 1
    else:
        lesson.failures += 1
    lesson.last_tried_at = utcnow()


def learn(
    session: Session,
    *,
    change: str,
    transform: dict[str, Any],
    description: str,
    error_type: str,
    url: str,
    source_name: str,
    evidence: dict[str, Any],
) -> Lesson:
    """Store a successful fix as a proposed lesson, or count one more success for a known one."""
    check_transform(transform)
    pattern = domain_pattern(url)
    digest = fingerprint(change, transform, error_type, pattern)
    lesson = session.scalar(select(Lesson).where(Lesson.fingerprint == digest))
    if lesson is None:
        lesson = Lesson(
            change=change,
            transform=transform,
            fingerprint=digest,
            error_type=error_type,
            domain_pattern=pattern,
            description=description,
            status="proposed",
            successes=1,
            failures=0,
            source_name=source_name,
            evidence=evidence,
            created_by="doctor",
        )
        session.add(lesson)
        session.flush()
        audit.record(
            session,
            actor="doctor",
            action="kb.lesson.learned",
            source_name=source_name,
            message=f"New lesson {lesson.id}: {description}",
            details={"lesson": lesson.id, "change": change},
        )
    else:
        lesson.successes += 1
        lesson.last_tried_at = utcnow()
    return lesson


def _check_status(status: str, *, allowed: tuple[str, ...]) -> None:
    if status not in allowed:
        raise ConfigurationError(f"Lesson status {status!r} is not one of {', '.join(allowed)}.")
