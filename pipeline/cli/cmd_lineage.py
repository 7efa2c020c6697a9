"""``sdp lineage ENTITY_ID`` and ``sdp replay NAME``."""

from __future__ import annotations

import json

import click

from pipeline.cli.cmd_data import parse_moment
from pipeline.cli.context import AppContext, pass_app
from pipeline.core.db.engine import session_scope
from pipeline.core.lineage import lineage as entity_lineage
from pipeline.core.lineage import replay as replay_source
from pipeline.core.sources import get_source


@click.command()
@click.argument("entity_id", type=int)
@pass_app
def lineage(app: AppContext, entity_id: int) -> None:
    """Show where an entity came from: crawl, scraper version, Bronze page, source."""
    with session_scope(app.settings) as session:
        app.echo_json(entity_lineage(session, entity_id))


@click.command()
@click.argument("name")
@click.option("--version", "number", type=int, help="Parse with this version (default: production).")
@click.option("--since", help="Only pages fetched at or after this ISO time.")
@click.option("--dry-run", is_flag=True, help="Show what would change; write nothing.")
@pass_app
def replay(app: AppContext, name: str, number: int | None, since: str | None, dry_run: bool) -> None:
    """Re-parse NAME's stored pages (Bronze) into Silver without fetching anything."""
    start = parse_moment(since, "--since")
    with session_scope(app.settings) as session:
        report = replay_source(session, get_source(session, name), version_number=number, since=start, dry_run=dry_run)
        if dry_run:
            session.rollback()
    verb = "would change" if dry_run else "changed"
    click.echo(
        f"Re-parsed {report.pages} page(s), {report.records} record(s): {report.new} new, "
        f"{report.changed} {verb}, {report.unchanged} unchanged"
        + (f", {report.invalid} invalid (kept aside, see `sdp quality {name}`)." if report.invalid else ".")
    )
    for change in report.changes:
        click.echo(f"  entity {change['entity_id']}: {json.dumps(change['fields'], ensure_ascii=False, default=str)}")
    for problem in report.unreadable:
        click.echo(f"  unreadable: {problem}", err=True)
