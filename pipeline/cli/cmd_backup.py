"""``sdp backup [list|verify]``, ``sdp restore`` and the database check at start-up."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from pipeline.cli.context import AppContext, pass_app
from pipeline.cli.errors import EXIT_CONFIG, UserFacingError
from pipeline.core.backup import (
    Backup,
    backup_root,
    create_backup,
    list_backups,
    resolve_backup,
    sqlite_path,
    verify_backup,
)
from pipeline.core.integrity import Restored, ensure_database, restore_backup

#: Commands that do not need a sound database first (`restore` is the cure, `backup` checks itself).
_NOT_CHECKED = frozenset({"config", "backup", "restore"})
#: Commands that are the service: a corrupt database is restored without asking.
_SERVICE = frozenset({"run"})


def startup_check(app: AppContext, command: str | None) -> None:
    """Before a command runs: check the embedded database, recover it from a backup when corrupt."""
    if command is None or command in _NOT_CHECKED:
        return
    service = command in _SERVICE
    confirm = _ask if sys.stdin.isatty() else None
    restored = ensure_database(app.settings, confirm=confirm, service=service)
    if restored is not None:
        click.echo(
            f"The database was corrupt: restored backup {restored.backup.name} taken at "
            f"{restored.backup.created_at}; the damaged file is kept as {restored.kept}.",
            err=True,
        )


def _ask(backup: Backup) -> bool:
    click.echo("The database is corrupt.", err=True)
    return click.confirm(f"Restore from backup {backup.path} taken at {backup.created_at}?", default=False, err=True)


@click.group("backup", invoke_without_command=True)
@click.option(
    "--output", type=click.Path(file_okay=False, path_type=Path), help="Write here (default: SDP_BACKUP_DIR)."
)
@click.pass_context
def backup_group(ctx: click.Context, output: Path | None) -> None:
    """Back up the embedded database and Bronze folder; `list` and `verify` backups.

    PostgreSQL is backed up with pg_dump (docs/operations.md, "Backups and restore").
    """
    if ctx.invoked_subcommand is not None:
        return
    app = ctx.find_object(AppContext)
    assert app is not None
    made = create_backup(app.settings, output)
    counts = made.counts
    click.echo(
        f"Backup {made.path} ({_size(made.size)}): {counts.get('sources', 0)} source(s), "
        f"{counts.get('entities', 0)} entities, {counts.get('pages', 0)} Bronze page(s)."
    )


@backup_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@pass_app
def list_command(app: AppContext, as_json: bool) -> None:
    """The backups in SDP_BACKUP_DIR, newest first."""
    root = backup_root(app.settings)
    found = list_backups(root)
    if as_json:
        app.echo_json([_describe(backup) for backup in found])
        return
    if not found:
        click.echo(f"No backups in {root}; `sdp backup` makes one.")
        return
    for backup in found:
        counts = backup.counts
        click.echo(
            f"{backup.name}  {backup.created_at}  {_size(backup.size):>9}  "
            f"{counts.get('entities', '?')} entities  {backup.path}"
        )


@backup_group.command("verify")
@click.argument("path")
@pass_app
def verify_command(app: AppContext, path: str) -> None:
    """Check a backup's files against its manifest; exits 1 when one was changed or damaged."""
    backup = verify_backup(resolve_backup(app.settings, path))
    click.echo(f"Backup {backup.path} is intact: {len(backup.manifest['files'])} file(s) match the manifest.")


@click.command()
@click.argument("path")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@pass_app
def restore(app: AppContext, path: str, yes: bool) -> None:
    """Replace the database with a backup (PATH or a name from `sdp backup list`).

    The backup is verified first; the replaced database is kept beside it.
    """
    sqlite_path(app.settings)  # PostgreSQL: refused with the pg_dump procedure before anything else
    backup = verify_backup(resolve_backup(app.settings, path))
    if not yes:
        if not sys.stdin.isatty():
            raise UserFacingError(
                f"Restoring replaces the database; add --yes to confirm: `sdp restore {path} --yes`.", EXIT_CONFIG
            )
        if not click.confirm(f"Replace the database with backup {backup.name} taken at {backup.created_at}?"):
            raise UserFacingError("Nothing restored.")
    _report(restore_backup(app.settings, backup.path))


def _report(restored: Restored) -> None:
    counts = restored.backup.counts
    click.echo(
        f"Restored {restored.backup.name} (taken at {restored.backup.created_at}): "
        f"{counts.get('entities', 0)} entities, {counts.get('pages', 0)} Bronze page(s)."
    )
    if restored.kept is not None:
        click.echo(f"The replaced database is kept as {restored.kept}.")


def _describe(backup: Backup) -> dict[str, object]:
    return {
        "name": backup.name,
        "path": str(backup.path),
        "created_at": backup.created_at,
        "bytes": backup.size,
        "schema_revision": backup.manifest.get("schema_revision"),
        "counts": backup.counts,
    }


def _size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GB"
