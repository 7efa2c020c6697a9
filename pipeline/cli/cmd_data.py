"""``sdp export`` and ``sdp logs``."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import click
from sqlalchemy import select

from pipeline.cli.context import AppContext, pass_app
from pipeline.cli.errors import EXIT_CONFIG, UserFacingError
from pipeline.core.audit import events_for
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import AuditEvent, Crawl
from pipeline.core.export import INVALID_CSV_META, iter_invalid, iter_records, write_records
from pipeline.core.sources import parse_labels, validate_name


def parse_moment(value: str | None, option: str) -> datetime | None:
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise UserFacingError(
            f"{option} {value!r} is not an ISO 8601 date or time, e.g. 2026-11-26T08:00:00Z", EXIT_CONFIG
        ) from None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


@click.command()
@click.argument("name")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "csv"]), default="json", show_default=True)
@click.option(
    "--output", type=click.Path(dir_okay=False, allow_dash=True), default="-", help="File to write (default: stdout)."
)
@click.option("--since", help="Only entities extracted at or after this ISO time.")
@click.option("--until", help="Only entities extracted at or before this ISO time.")
@click.option("--label", "labels", multiple=True, metavar="K=V", help="Only entities with this label; repeatable.")
@click.option("--invalid", is_flag=True, help="Export the records kept aside by validation, with their reasons.")
@pass_app
def export(
    app: AppContext,
    name: str,
    fmt: str,
    output: str,
    since: str | None,
    until: str | None,
    labels: tuple[str, ...],
    invalid: bool,
) -> None:
    """Export the entities of NAME (one record per entity, as in docs/export.md)."""
    start, end = parse_moment(since, "--since"), parse_moment(until, "--until")
    wanted = parse_labels(labels)
    if invalid and wanted:
        raise UserFacingError("--label filters entities; records kept aside by --invalid carry no labels.", EXIT_CONFIG)
    meta = INVALID_CSV_META if invalid else None
    from pipeline.core.sources import get_source  # noqa: PLC0415

    with session_scope(app.settings) as session:
        source = get_source(session, name)
        records = (
            iter_invalid(session, source, since=start, until=end)
            if invalid
            else iter_records(session, source, since=start, until=end, labels=wanted)
        )
        if output == "-":
            count = write_records(records, sys.stdout, fmt, meta=meta)  # type: ignore[arg-type]
        else:
            # Write beside the target and rename, so a failed export never leaves half a file.
            target = Path(output)
            partial = target.with_name(f".{target.name}.partial")
            try:
                with partial.open("w", encoding="utf-8", newline="") as out:
                    count = write_records(records, out, fmt, meta=meta)  # type: ignore[arg-type]
                partial.replace(target)
            except OSError as exc:
                partial.unlink(missing_ok=True)
                raise click.ClickException(f"Cannot write {output}: {exc.strerror or exc}.") from None
            click.echo(f"Exported {count} records of {name} to {output}", err=True)


@click.command()
@click.argument("name")
@click.option("--run", "run_id", help="Only this run (an id or its first characters).")
@click.option("--limit", default=200, show_default=True, help="Most recent events to show.")
@pass_app
def logs(app: AppContext, name: str, run_id: str | None, limit: int) -> None:
    """Show the audit log of NAME's onboardings, crawls and heals, failed ones included."""
    validate_name(name)
    with session_scope(app.settings) as session:
        events = events_for(session, name, run_id=run_id, limit=limit)
        if not events:
            known = session.scalar(select(AuditEvent.id).where(AuditEvent.source_name == name).limit(1))
            what = f"run {run_id!r} of {name!r}" if run_id and known else repr(name)
            raise click.ClickException(f"No log for {what}. `sdp list` shows the sources.")
        for event in events:
            level = {"error": "red", "warning": "yellow"}.get(event.level)
            run = (event.run_id or "")[:8]
            label = click.style(f"{event.level.upper():7}", fg=level)
            when = event.at.isoformat(timespec="seconds")
            click.echo(f"{when} {run:8} {label} {event.actor:10} {event.message}")
        if run_id:
            crawls = session.scalars(select(Crawl).where(Crawl.run_id.startswith(run_id)).order_by(Crawl.id)).all()
            for crawl in crawls:
                click.echo(f"--- crawl {crawl.id} ({crawl.purpose}, {crawl.status}) log tail ---")
                click.echo(crawl.log_tail.rstrip() or "(empty)")
