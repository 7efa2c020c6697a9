"""Maintenance tasks (``maintenance`` queue): Bronze retention (daily, beat), key rotation, key check."""

from __future__ import annotations

from typing import Any

import structlog

from config.settings import Settings, get_settings
from pipeline.core.db.engine import session_scope
from pipeline.core.encryption import check_keys, rotate_all
from pipeline.core.retention import run_retention
from workers.celery_app import app
from workers.queues import MAINTENANCE

logger = structlog.get_logger(__name__)

RETENTION_EVERY_S = 86400.0


def beat_entries(settings: Settings) -> dict[str, dict[str, Any]]:
    """Retention once a day; cheap when no source has a retention limit."""
    del settings  # one schedule for every setup: the limits themselves are per source
    return {
        "sdp-retention": {"task": "sdp.retention", "schedule": RETENTION_EVERY_S, "options": {"queue": MAINTENANCE}}
    }


@app.task(name="sdp.retention")  # type: ignore[untyped-decorator]  # Celery ships no type hints
def retention(dry_run: bool = False) -> dict[str, int]:
    """Delete expired Bronze pages and unused blobs; returns the counts."""
    report = run_retention(get_settings(), dry_run=dry_run, actor="beat")
    logger.info("Bronze retention applied", pages=report.pages, blobs=report.blobs, files=report.files)
    return {"pages": report.pages, "blobs": report.blobs, "files": report.files}


@app.task(name="sdp.encryption_rotate")  # type: ignore[untyped-decorator]
def encryption_rotate() -> dict[str, Any]:
    """Re-encrypt every Bronze blob under the active key, batch by batch."""
    rotation = rotate_all(get_settings())
    logger.info("Bronze blobs re-encrypted", rotated=rotation.rotated, failed=len(rotation.failed))
    return {"rotated": rotation.rotated, "resealed": rotation.resealed, "failed": rotation.failed}


def check_keys_at_worker_start() -> None:
    """A worker with a wrong key must not start: it would fail on every page it reads."""
    settings = get_settings()
    if settings.security.check_at_start:
        with session_scope(settings) as session:
            check_keys(session, settings)
