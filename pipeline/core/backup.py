"""Backups of the embedded default: an online SQLite copy plus the Bronze folder, with a manifest.

A backup is a folder ``sdp-<UTC time>/`` holding ``sdp.db``, ``bronze/`` (when Bronze lives in a
folder) and ``manifest.json`` (time, schema revision, counts, the sha256 of every file). It is built
in a hidden temporary folder and renamed into place, so a half-made backup never looks like one.
PostgreSQL is backed up with pg_dump instead (docs/operations.md, "Backups and restore").
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import make_url

from config.settings import Settings
from pipeline.core.datetext import utcnow
from pipeline.core.exceptions import BackupError, ConfigurationError, DatabaseCorrupt

MANIFEST = "manifest.json"
DATABASE_FILE = "sdp.db"
BRONZE_DIR = "bronze"
PREFIX = "sdp-"
FORMAT = 1
PG_DUMP_HINT = (
    "back it up with `pg_dump -Fc` and restore with `pg_restore` (docs/operations.md, section 'Backups and restore')"
)
_COUNTS = {
    "sources": "SELECT count(*) FROM sources",
    "entities": "SELECT count(*) FROM silver_entities",
    "pages": "SELECT count(*) FROM bronze_pages",
}


@dataclass(frozen=True)
class Backup:
    path: Path
    manifest: dict[str, Any]

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def created_at(self) -> str:
        return str(self.manifest.get("created_at", "?"))

    @property
    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = self.manifest.get("counts", {})
        return counts

    @property
    def size(self) -> int:
        return sum(int(entry["bytes"]) for entry in self.manifest.get("files", {}).values())


def sqlite_path(settings: Settings) -> Path:
    """The embedded database file; PostgreSQL is refused with the pg_dump procedure."""
    url = make_url(settings.database_url)
    if not url.drivername.startswith("sqlite"):
        raise ConfigurationError(
            f"`sdp backup` and `sdp restore` handle the embedded SQLite database only; on {url.drivername}, "
            f"{PG_DUMP_HINT}."
        )
    if not url.database or url.database == ":memory:":
        raise ConfigurationError("An in-memory database cannot be backed up; set SDP_HOME to a folder.")
    return Path(url.database).resolve()


def backup_root(settings: Settings) -> Path:
    return (settings.backup.dir or settings.home / "backups").resolve()


def bronze_folder(settings: Settings) -> Path | None:
    """The Bronze folder when Bronze bodies are stored as files, else None (they are in the database)."""
    if settings.storage.bronze_backend != "folder":
        return None
    return (settings.storage.bronze_dir or settings.home / "bronze").resolve()


def create_backup(settings: Settings, output: Path | None = None) -> Backup:
    """A consistent online backup; writers keep going while it is taken (SQLite WAL snapshot)."""
    database = sqlite_path(settings)
    if not database.exists():
        raise BackupError(f"There is no database at {database} yet; nothing to back up.")
    root = (output or backup_root(settings)).resolve()
    root.mkdir(parents=True, exist_ok=True)
    with _locked(root):
        for stale in root.glob(".tmp-*"):  # left by a backup that was killed; never a real backup
            shutil.rmtree(stale, ignore_errors=True)
        now = utcnow()
        staging = Path(tempfile.mkdtemp(prefix=".tmp-", dir=root))
        try:
            facts = _copy_database(database, staging / DATABASE_FILE)
            # After the database snapshot: blobs are immutable and content-addressed, so the folder
            # copied now holds every blob the snapshot refers to.
            folder = bronze_folder(settings)
            if folder is not None and folder.is_dir():
                _copy_blobs(folder, staging / BRONZE_DIR)
            manifest = {
                "format": FORMAT,
                "created_at": now.isoformat(),
                "database": DATABASE_FILE,
                "bronze_folder": folder is not None,
                **facts,
                "files": _hash_tree(staging),
            }
            (staging / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True), encoding="utf-8")
            _fsync_tree(staging)
            final = _free_name(root, now)
            os.rename(staging, final)
            _fsync_dir(root)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        if output is None:
            prune(root, settings.backup.keep)
    return Backup(final, manifest)


def list_backups(root: Path) -> list[Backup]:
    """The backups under ``root``, newest first; one whose manifest is unreadable has an empty one."""
    if not root.is_dir():
        return []
    found = []
    for path in sorted(root.glob(f"{PREFIX}*"), reverse=True):
        if path.is_dir():
            found.append(Backup(path, _read_manifest(path) or {}))
    return found


def resolve_backup(settings: Settings, given: str) -> Path:
    """A backup given by path, or by name inside the backup folder."""
    path = Path(given).expanduser()
    if not path.exists() and (backup_root(settings) / given).exists():
        path = backup_root(settings) / given
    if not path.is_dir():
        raise ConfigurationError(f"No backup at {given!r}; `sdp backup list` shows the backups and their paths.")
    return path.resolve()


def verify_backup(path: Path) -> Backup:
    """Check every file against the manifest and the database copy itself; raise on any mismatch."""
    manifest = _read_manifest(path)
    if manifest is None:
        raise BackupError(f"{path} is not a backup: {MANIFEST} is missing or unreadable.")
    listed: dict[str, Any] = manifest.get("files", {})
    actual = {str(p.relative_to(path).as_posix()) for p in path.rglob("*") if p.is_file()} - {MANIFEST}
    problems = [f"{name} is missing" for name in sorted(set(listed) - actual)]
    problems += [f"{name} is not in the manifest" for name in sorted(actual - set(listed))]
    for name in sorted(set(listed) & actual):
        if _sha256(path / name) != listed[name].get("sha256"):
            problems.append(f"{name} does not match its sha256")
    if DATABASE_FILE not in listed:
        problems.append(f"{DATABASE_FILE} is not in the manifest")
    if not problems:
        check = quick_check(path / DATABASE_FILE, read_only=True)
        if check != "ok":
            problems.append(f"{DATABASE_FILE} fails SQLite's check ({check})")
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise BackupError(
            f"Backup {path} fails verification: {problems[0]}{more}. It was changed or damaged after it was "
            "made; use another one (`sdp backup list`)."
        )
    return Backup(path, manifest)


def latest_good_backup(root: Path) -> Backup | None:
    for candidate in list_backups(root):
        try:
            return verify_backup(candidate.path)
        except BackupError:
            continue
    return None


def prune(root: Path, keep: int) -> list[Path]:
    """Delete the oldest backups beyond ``keep``; returns what was deleted."""
    removed = [backup.path for backup in list_backups(root)[keep:]]
    for path in removed:
        shutil.rmtree(path, ignore_errors=True)
    return removed


def quick_check(database: Path, *, read_only: bool = False) -> str:
    """``ok``, or SQLite's first complaint about ``database`` (``PRAGMA quick_check``)."""
    uri = f"file:{quote(str(database))}" + ("?mode=ro&immutable=1" if read_only else "")
    try:
        with closing(sqlite3.connect(uri, uri=True, timeout=30)) as connection:
            rows = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    first = str(rows[0][0]) if rows else "no answer"
    return "ok" if first == "ok" else first


def _copy_database(database: Path, target: Path) -> dict[str, Any]:
    with closing(sqlite3.connect(database, timeout=30)) as source, closing(sqlite3.connect(target)) as copy:
        source.execute("PRAGMA busy_timeout=30000")
        try:
            source.backup(copy)  # all pages in one step: one read snapshot, writers are not blocked
        except sqlite3.DatabaseError as exc:
            raise DatabaseCorrupt(f"The database {database} cannot be read ({exc}); restore a backup.") from exc
        copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        check = str(copy.execute("PRAGMA quick_check").fetchone()[0])
        if check != "ok":
            raise DatabaseCorrupt(
                f"The database {database} is corrupt ({check}); a backup of it would be useless. "
                "Restore the latest good one: `sdp backup list`, then `sdp restore PATH`."
            )
        return {"schema_revision": _scalar(copy, "SELECT version_num FROM alembic_version"), "counts": _counts(copy)}


def _copy_blobs(folder: Path, target: Path) -> None:
    """Copy the finished blob files; files being written (hidden or ``.tmp``) and ones deleted meanwhile are
    skipped: the snapshot does not refer to either."""
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.name.startswith(".") or path.name.endswith(".tmp"):
            continue
        destination = target / path.relative_to(folder)
        destination.parent.mkdir(parents=True, exist_ok=True)
        with suppress(FileNotFoundError):
            shutil.copy2(path, destination)


def _counts(connection: sqlite3.Connection) -> dict[str, int]:
    return {name: int(_scalar(connection, query) or 0) for name, query in _COUNTS.items()}


def _scalar(connection: sqlite3.Connection, query: str) -> Any:
    try:
        row = connection.execute(query).fetchone()
    except sqlite3.OperationalError:  # a database that was never migrated has no such table
        return None
    return row[0] if row else None


def _read_manifest(path: Path) -> dict[str, Any] | None:
    try:
        loaded = json.loads((path / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return loaded if isinstance(loaded, dict) else None


def _hash_tree(root: Path) -> dict[str, dict[str, Any]]:
    return {
        path.relative_to(root).as_posix(): {"sha256": _sha256(path), "bytes": path.stat().st_size}
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _free_name(root: Path, moment: datetime) -> Path:
    base = f"{PREFIX}{moment.strftime('%Y%m%dT%H%M%SZ')}"
    candidate, n = root / base, 1
    while candidate.exists():
        candidate, n = root / f"{base}-{n}", n + 1
    return candidate


def _fsync_tree(root: Path) -> None:
    for path in root.rglob("*"):
        if path.is_file():
            with path.open("rb") as handle:
                os.fsync(handle.fileno())
    _fsync_dir(root)


def _fsync_dir(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


@contextmanager
def _locked(root: Path) -> Iterator[None]:
    """One backup at a time per folder (a scheduled one and a manual one may meet)."""
    with open(root / ".lock", "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
