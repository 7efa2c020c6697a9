"""Scheduled backups (beat, ``maintenance`` queue) and the database check when a worker starts."""

from __future__ import annotations

from typing import Any

import structlog

from config.settings import Settings, get_settings
from pipeline.core.backup import create_backup
from pipeline.core.integrity import ensure_database
from workers.celery_app import app
from workers.queues import MAINTENANCE

logger = structlog.get_logger(__name__)


def beat_entries(settings: Settings) -> dict[str, dict[str, Any]]:
    """The scheduled backup, on the embedded database only (PostgreSQL is backed up with pg_dump)."""
    if settings.backup.interval_s <= 0 or not settings.database_url.startswith("sqlite"):
        return {}
    return {
        "sdp-backup": {"task": "sdp.backup", "schedule": settings.backup.interval_s, "options": {"queue": MAINTENANCE}}
    }


@app.task(name="sdp.backup")  # type: ignore[untyped-decorator]  # Celery ships no type hints
def backup(**kwargs: Any) -> str:
    """Take a backup and prune the old ones; returns the new backup's path."""
    if kwargs:
        logger.warning("Ignoring unexpected task arguments", arguments=sorted(kwargs))
    made = create_backup(get_settings())
    logger.info("Backup written", path=str(made.path), counts=made.counts)
    return str(made.path)


def check_at_worker_start() -> None:
    """A worker is the service: a corrupt database is restored from the latest good backup, unasked."""
    restored = ensure_database(get_settings(), confirm=None, service=True)
    if restored is not None:
        logger.warning("Database restored at worker start", backup=str(restored.backup.path), kept=str(restored.kept))
