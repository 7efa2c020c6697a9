"""``sdp encryption status | rotate | new-key | check`` and the key check at start-up."""

from __future__ import annotations

import click

from pipeline.cli.context import AppContext, pass_app
from pipeline.core.db.engine import session_scope
from pipeline.core.encryption import Rotation, check_keys, rotate_all, status
from pipeline.core.fleet import live_workers
from pipeline.core.keyring import new_key_line
from workers.queues import MAINTENANCE

#: Commands that run without the key check: the cures (`encryption`, `restore`) and `config`.
_NOT_CHECKED = frozenset({"config", "encryption", "backup", "restore"})


def key_check(app: AppContext, command: str | None) -> None:
    """Before a command runs: a key that cannot decrypt existing data stops it with one line."""
    if command is None or command in _NOT_CHECKED or not app.settings.security.check_at_start:
        return
    with session_scope(app.settings) as session:
        check_keys(session, app.settings)


@click.group("encryption")
def encryption_group() -> None:
    """Encryption keys at rest: status, rotation, new keys (docs/operations.md)."""


@encryption_group.command("status")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_app
def encryption_status(app: AppContext, as_json: bool) -> None:
    """Configured key ids (never the keys) and Bronze blobs per key id."""
    with session_scope(app.settings) as session:
        report = status(session, app.settings)
    if as_json:
        app.echo_json(
            {
                "active": report.active,
                "keys": report.configured,
                "origin": report.origin,
                "blobs": report.blobs,
                "backends": report.backends,
                "pending": report.pending,
            }
        )
        return
    click.echo(f"Active key: {report.active}   configured: {', '.join(report.configured)}   ({report.origin})")
    if not report.blobs:
        click.echo("No Bronze blobs stored yet.")
    for key_id, count in sorted(report.blobs.items()):
        marker = "" if key_id == report.active else "   <- `sdp encryption rotate` re-encrypts these"
        click.echo(f"  {key_id:<16} {count:>8} blob(s){marker}")
    if report.sensitive_fields:
        click.echo(f"Sensitive Silver fields (encrypted): {', '.join(report.sensitive_fields)}")


@encryption_group.command("rotate")
@click.option("--in-process", is_flag=True, help="Re-encrypt here even when a worker could do it.")
@pass_app
def rotate(app: AppContext, in_process: bool) -> None:
    """Re-encrypt every Bronze blob under the active (first) key; readers keep working meanwhile.

    Put the new key first in SDP_SECURITY_KEYS, keep the old ones after it, then run this. With a
    worker on the maintenance queue, the work runs there in the background; otherwise here.
    """
    settings = app.settings
    with session_scope(settings) as session:
        before = status(session, settings)
        workers = [w for w in live_workers(session, heartbeat_s=settings.worker.heartbeat_s) if _serves(w.queues)]
    if workers and not in_process:
        from workers.maintenance import encryption_rotate  # noqa: PLC0415 - loads Celery only when needed

        encryption_rotate.apply_async(queue=MAINTENANCE)
        click.echo(
            f"Rotation of {before.pending} blob(s) and sealed values to key {before.active} queued on worker "
            f"{workers[0].name}; "
            f"follow it with `sdp encryption status`."
        )
        return

    def progress(rotation: Rotation) -> None:
        click.echo(f"  re-encrypted {rotation.rotated}/{before.pending}", err=True)

    rotation = rotate_all(settings, on_batch=progress if app.verbose else None)
    click.echo(
        f"Re-encrypted {rotation.rotated} blob(s) and {rotation.resealed} row(s) of sealed values "
        f"under key {before.active}."
    )
    if rotation.failed:
        names = ", ".join(digest[:16] for digest in rotation.failed[:10])
        raise click.ClickException(
            f"{len(rotation.failed)} blob(s) could not be decrypted and were left as they are ({names}); "
            f"they are corrupt or under a key that is not configured."
        )


def _serves(queues: str) -> bool:
    return MAINTENANCE in queues.split(",") or not queues


@encryption_group.command("new-key")
@click.argument("key_id")
def new_key(key_id: str) -> None:
    """Print a fresh `KEY_ID:<base64>` entry to put first in SDP_SECURITY_KEYS or the key file."""
    click.echo(new_key_line(key_id))


@encryption_group.command("check")
@pass_app
def check(app: AppContext) -> None:
    """Decrypt one sample per key id: what every command and worker does at start-up."""
    with session_scope(app.settings) as session:
        check_keys(session, app.settings)
    click.echo("Every key id in use decrypts its data.")
