"""``sdp keys create | list | revoke | rotate``: the REST API's keys (docs/api.md)."""

from __future__ import annotations

import getpass

import click

from pipeline.cli.cmd_data import parse_moment
from pipeline.cli.context import AppContext, pass_app
from pipeline.core import apikeys
from pipeline.core.db.engine import session_scope


def _operator() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli"


def _show_secret(key_id: int, name: str, role: str, secret: str) -> None:
    click.echo(f"API key {key_id} ({name}, {role}) created. Its secret, shown this once only:")
    click.echo(f"  {secret}")
    click.echo("Store it now (a secrets manager); it cannot be shown again. Send it as `Authorization: Bearer <key>`.")


@click.group("keys")
def keys_group() -> None:
    """API keys: random, shown once, stored hashed, with a role and an optional expiry."""


@keys_group.command("create")
@click.argument("name")
@click.option("--role", type=click.Choice(apikeys.ROLES), required=True, help="What the key may do (docs/api.md).")
@click.option("--expires", metavar="ISO", help="Stop working at this time, e.g. 2027-01-01T00:00:00Z.")
@pass_app
def create(app: AppContext, name: str, role: str, expires: str | None) -> None:
    """Create a key named NAME and print its secret once."""
    expires_at = parse_moment(expires, "--expires")
    with session_scope(app.settings) as session:
        key, secret = apikeys.create_key(session, name=name, role=role, created_by=_operator(), expires_at=expires_at)
        key_id = key.id
    _show_secret(key_id, name, role, secret)


@keys_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@pass_app
def list_keys(app: AppContext, as_json: bool) -> None:
    """List keys (never their secrets)."""
    with session_scope(app.settings) as session:
        rows = [apikeys.key_view(key) for key in apikeys.list_keys(session)]
    if as_json:
        app.echo_json(rows)
        return
    if not rows:
        click.echo("No API keys yet. Create one with: sdp keys create NAME --role read-only")
        return
    click.echo(f"{'ID':>4} {'NAME':20} {'ROLE':10} {'STATE':9} {'PREFIX':13} {'EXPIRES':20} LAST USED")
    for row in rows:
        expires = (row["expires_at"] or "-")[:19]
        used = (row["last_used_at"] or "never")[:19]
        click.echo(
            f"{row['id']:>4} {row['name']:20} {row['role']:10} {row['state']:9} {row['prefix']:13} {expires:20} {used}"
        )


@keys_group.command("revoke")
@click.argument("key_id", type=int)
@pass_app
def revoke(app: AppContext, key_id: int) -> None:
    """Stop key KEY_ID working now."""
    with session_scope(app.settings) as session:
        key = apikeys.revoke_key(session, key_id, actor=_operator())
        name = key.name
    click.echo(f"API key {key_id} ({name}) revoked.")


@keys_group.command("rotate")
@click.argument("key_id", type=int)
@click.option(
    "--grace",
    "grace_s",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Seconds the old secret keeps working, while clients switch.",
)
@pass_app
def rotate(app: AppContext, key_id: int, grace_s: int) -> None:
    """Give key KEY_ID a new secret (same name, role, expiry); the old one stops after --grace seconds."""
    with session_scope(app.settings) as session:
        key, secret = apikeys.rotate_key(session, key_id, actor=_operator(), grace_s=grace_s)
        new_id, name, role = key.id, key.name, key.role
    _show_secret(new_id, name, role, secret)
    when = f"in {grace_s}s" if grace_s else "now"
    click.echo(f"The old secret (key {key_id}) stops working {when}.")
