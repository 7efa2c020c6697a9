"""Keeping the embedded database whole: the start-up check, restore from a backup, and recovery.

The check is SQLite's ``PRAGMA quick_check``, run once per process. A corrupt database is restored
from the latest backup that passes verification: at once in service mode (``sdp run``, a worker
starting), after a confirmation when a person runs a command.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing, suppress
from dataclasses import dataclass
from pathlib import Path

import structlog
from sqlalchemy import create_engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from config.settings import Settings
from pipeline.core import audit, fleet
from pipeline.core.backup import (
    BRONZE_DIR,
    DATABASE_FILE,
    Backup,
    backup_root,
    bronze_folder,
    latest_good_backup,
    quick_check,
    sqlite_path,
    verify_backup,
)
from pipeline.core.datetext import utcnow
from pipeline.core.db.engine import dispose_engines, session_scope
from pipeline.core.exceptions import BackupError, DatabaseCorrupt

logger = structlog.get_logger(__name__)
_checked: dict[tuple[int, str], str] = {}


@dataclass(frozen=True)
class Restored:
    backup: Backup
    database: Path
    #: The database that was replaced, kept beside it (None when there was none).
    kept: Path | None
    bronze_files: int


def database_health(settings: Settings) -> str | None:
    """``ok`` or SQLite's complaint; None when there is nothing to check. Cached per process."""
    if not settings.database_url.startswith("sqlite"):
        return None
    database = sqlite_path(settings)
    if not database.exists():
        return None
    key = (os.getpid(), str(database))
    if key not in _checked:
        _checked[key] = quick_check(database)
    return _checked[key]


def ensure_database(settings: Settings, *, confirm: Callable[[Backup], bool] | None, service: bool) -> Restored | None:
    """Check the database; restore a corrupt one from the latest good backup.

    ``service``: restore without asking. Otherwise ``confirm`` asks the person (None: nobody to ask,
    so fail with the command to run).
    """
    if not settings.backup.check_at_start:
        return None
    health = database_health(settings)
    if health is None or health == "ok":
        return None
    database = sqlite_path(settings)
    backup = latest_good_backup(backup_root(settings))
    if backup is None:
        raise DatabaseCorrupt(
            f"The database {database} is corrupt ({health}) and there is no good backup under "
            f"{backup_root(settings)}. Restore one with `sdp restore PATH`, or move the file aside to start empty."
        )
    command = f"sdp restore {backup.path} --yes"
    if not service:
        if confirm is None:
            raise DatabaseCorrupt(
                f"The database {database} is corrupt ({health}). Restore the latest good backup, taken at "
                f"{backup.created_at}: `{command}`."
            )
        if not confirm(backup):
            raise DatabaseCorrupt(f"The database {database} is corrupt ({health}); not restored. Run `{command}`.")
    logger.warning("Database corrupt; restoring the latest good backup", problem=health, backup=str(backup.path))
    return restore_backup(settings, backup.path, check_workers=False, reason=f"corrupt database ({health})")


def restore_backup(settings: Settings, path: Path, *, check_workers: bool = True, reason: str = "") -> Restored:
    """Replace the database with a verified backup: written beside it, then renamed over it.

    The replaced database is kept as ``sdp.db.before-restore-<time>``. Bronze files are merged back:
    they are named by their hash, so a file that exists already is the same file.
    """
    database = sqlite_path(settings)
    backup = verify_backup(path)  # a tampered or damaged backup is refused before anything changes
    if check_workers and database.exists():
        _refuse_if_workers_alive(database, settings)
    dispose_engines()
    stamp = utcnow().strftime("%Y%m%dT%H%M%SZ")
    database.parent.mkdir(parents=True, exist_ok=True)
    staging = database.with_name(f".{database.name}.restore-{stamp}")
    shutil.copyfile(backup.path / DATABASE_FILE, staging)
    _fsync(staging)
    kept = None
    if database.exists():
        _checkpoint(database)
        kept = _unused(database.with_name(f"{database.name}.before-restore-{stamp}"))
        os.link(database, kept)
        wal = Path(f"{database}-wal")
        if wal.exists():  # never let the old log replay onto the restored file
            os.replace(wal, Path(f"{kept}-wal"))
        with suppress(FileNotFoundError):
            os.remove(f"{database}-shm")
    os.replace(staging, database)
    _fsync(database.parent)
    bronze_files = _merge_bronze(backup.path / BRONZE_DIR, bronze_folder(settings))
    _checked.pop((os.getpid(), str(database)), None)
    dispose_engines()
    with session_scope(settings) as session:  # also migrates an older backup to the current schema
        audit.record(
            session,
            actor="backup",
            action="restore",
            level="warning",
            message=f"Database restored from backup {backup.name} taken at {backup.created_at}"
            + (f" after a {reason}" if reason else ""),
            details={"backup": str(backup.path), "kept": str(kept) if kept else None},
        )
    return Restored(backup=backup, database=database, kept=kept, bronze_files=bronze_files)


def _refuse_if_workers_alive(database: Path, settings: Settings) -> None:
    engine = create_engine(f"sqlite:///{database}", connect_args={"timeout": 30})
    try:
        with Session(engine) as session:
            alive = [w.name for w in fleet.live_workers(session, heartbeat_s=settings.worker.heartbeat_s)]
    except SQLAlchemyError:
        alive = []  # a database that cannot say has no worker using it successfully
    finally:
        engine.dispose()
    if alive:
        raise BackupError(
            f"{len(alive)} worker(s) use this database ({', '.join(alive)}); stop them (`kill PID` on `sdp run`) "
            "before restoring."
        )


def _checkpoint(database: Path) -> None:
    """Fold the WAL into the file, so the kept copy stands alone (best effort: it may be corrupt)."""
    with suppress(sqlite3.DatabaseError), closing(sqlite3.connect(database, timeout=30)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _merge_bronze(source: Path, target: Path | None) -> int:
    if target is None or not source.is_dir():
        return 0
    copied = 0
    for path in source.rglob("*"):
        if not path.is_file():
            continue
        destination = target / path.relative_to(source)
        if destination.exists():
            continue
        destination.parent.mkdir(parents=True, exist_ok=True)
        partial = destination.with_name(f".{destination.name}.restoring")
        shutil.copyfile(path, partial)
        os.replace(partial, destination)
        copied += 1
    return copied


def _fsync(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _unused(path: Path) -> Path:
    """``path``, or ``path-2``, ``path-3``…: two restores within one second keep both old files."""
    candidate, number = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.name}-{number}")
        number += 1
    return candidate
