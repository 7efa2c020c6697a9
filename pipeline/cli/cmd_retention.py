"""``sdp retention show | set NAME DAYS|forever|default | apply [--dry-run]``."""

from __future__ import annotations

import click
from sqlalchemy import select

from pipeline.cli.context import AppContext, pass_app
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import Source
from pipeline.core.retention import FOREVER, effective_days, parse_days, run_retention, set_retention
from pipeline.core.sources import get_source


@click.group("retention")
def retention_group() -> None:
    """How long Bronze pages are kept, per source (docs/operations.md)."""


def _shown(days: int | None) -> str:
    return "forever" if days in (None, FOREVER) else f"{days} days"


@retention_group.command("show")
@pass_app
def show(app: AppContext) -> None:
    """The retention of every source (its own, or the default storage.retention_days)."""
    with session_scope(app.settings) as session:
        sources = session.scalars(select(Source).order_by(Source.name)).all()
        if not sources:
            click.echo("No sources yet.")
        for source in sources:
            origin = "default" if source.retention_days is None else "source"
            click.echo(f"{source.name:<32} {_shown(effective_days(source, app.settings)):<14} ({origin})")


@retention_group.command("set")
@click.argument("name")
@click.argument("days")
@pass_app
def set_command(app: AppContext, name: str, days: str) -> None:
    """Keep Bronze pages of NAME for DAYS days, `forever`, or the `default` setting."""
    value = parse_days(days)
    with session_scope(app.settings) as session:
        source = get_source(session, name)
        set_retention(session, source, value)
        shown = _shown(effective_days(source, app.settings))
    click.echo(f"Bronze pages of {name} are kept {shown if shown == 'forever' else 'for ' + shown}.")


@retention_group.command("apply")
@click.option("--dry-run", is_flag=True, help="Only count what would be deleted.")
@pass_app
def apply(app: AppContext, dry_run: bool) -> None:
    """Delete Bronze pages past their source's retention, then blobs no page uses (also run daily by beat)."""
    report = run_retention(app.settings, dry_run=dry_run)
    verb = "would be deleted" if dry_run else "deleted"
    for item in report.sources:
        if item.days is None:
            continue
        kept = f"; {item.kept_as_evidence} older page(s) kept as Silver evidence" if item.kept_as_evidence else ""
        click.echo(f"{item.source}: {item.pages} page(s) older than {item.days} days {verb}{kept}")
    click.echo(f"{report.pages} page(s), {report.blobs} unused blob(s) and {report.files} stray file(s) {verb}.")
