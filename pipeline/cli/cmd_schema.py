"""``sdp schema show | edit | history NAME``: the Silver schema of a source, versioned."""

from __future__ import annotations

import click

from pipeline.cli.context import AppContext, pass_app
from pipeline.core import schema_registry
from pipeline.core.db.engine import session_scope
from pipeline.core.sources import get_source


@click.group("schema")
def schema_group() -> None:
    """Show, edit and list the versions of a source's Silver schema."""


@schema_group.command("show")
@click.argument("name")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@pass_app
def show(app: AppContext, name: str, as_json: bool) -> None:
    """Show NAME's active schema: each field's type, and whether it is required or sensitive."""
    with session_scope(app.settings) as session:
        row = schema_registry.current_or_infer(session, get_source(session, name))
        document = {
            "source": name,
            "version": row.number,
            "natural_key": list(row.natural_key),
            "fields": row.fields,
            "created_by": row.created_by,
            "created_at": row.created_at.isoformat(),
            "reason": row.reason,
        }
    if as_json:
        app.echo_json(document)
        return
    click.echo(f"{name}: schema version {document['version']} ({document['created_by']}: {document['reason']})")
    click.echo(f"  natural key: {', '.join(row.natural_key) or 'content fingerprint'}")
    for field, rule in row.fields.items():
        flags = [flag for flag in ("required", "sensitive") if rule.get(flag)]
        click.echo(f"  {field:20} {rule['type']:7} {', '.join(flags)}")


@schema_group.command("edit")
@click.argument("name")
@pass_app
def edit(app: AppContext, name: str) -> None:
    """Edit NAME's schema in $EDITOR (YAML); a valid change is stored as a new version."""
    with session_scope(app.settings) as session:
        row = schema_registry.current_or_infer(session, get_source(session, name))
        text = schema_registry.to_yaml(row, name)
    edited = click.edit(text, extension=".yaml", require_save=True)
    if edited is None or edited == text:
        click.echo("No change; nothing stored.")
        return
    with session_scope(app.settings) as session:
        stored = schema_registry.save_edit(session, get_source(session, name), edited, actor="cli")
        if stored is None:
            click.echo("No change; nothing stored.")
            return
        number, reason = stored.number, stored.reason
    click.echo(f"Schema version {number} of {name} stored ({reason}).")


@schema_group.command("history")
@click.argument("name")
@pass_app
def history(app: AppContext, name: str) -> None:
    """List NAME's schema versions."""
    with session_scope(app.settings) as session:
        source = get_source(session, name)
        schema_registry.current_or_infer(session, source)
        rows = schema_registry.history(session, source)
        click.echo(f"{'VER':>3}  {'ACTIVE':6} {'BY':9} {'CREATED':20} REASON")
        for row in rows:
            created = row.created_at.isoformat(timespec="seconds")[:19]
            active = "yes" if row.active else ""
            click.echo(f"{row.number:>3}  {active:6} {row.created_by:9} {created:20} {row.reason}")
