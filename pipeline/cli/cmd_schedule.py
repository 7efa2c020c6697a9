"""``sdp schedule NAME [SPEC]``: show or change when a source is crawled, while everything runs."""

from __future__ import annotations

import click

from pipeline.cli.context import AppContext, pass_app
from pipeline.core import audit
from pipeline.core.datetext import utcnow
from pipeline.core.db.engine import session_scope
from pipeline.core.schedule import next_run, validate_schedule
from pipeline.core.sources import get_source


@click.command("schedule")
@click.argument("name")
@click.argument("spec", required=False)
@click.option("--priority", type=click.Choice(["high", "normal", "low"]), help="Queue its crawls go to.")
@click.option("--crawls-per-domain", type=click.IntRange(1, 64), help="Crawls of its site at once (politeness).")
@pass_app
def schedule(app: AppContext, name: str, spec: str | None, priority: str | None, crawls_per_domain: int | None) -> None:
    """Show or set a source's schedule: an interval (30m, 6h, 1d) or a cron expression ('0 */6 * * *').

    The change applies to the running fleet at the next beat tick; no restart.
    """
    with session_scope(app.settings) as session:
        source = get_source(session, name)
        changes: dict[str, object] = {}
        if spec is not None:
            source.schedule = validate_schedule(spec)
            changes["schedule"] = source.schedule
            if source.ready and source.active:
                source.next_run_at = next_run(source.schedule, utcnow())
        if priority is not None:
            source.priority = priority
            changes["priority"] = priority
        if crawls_per_domain is not None:
            source.crawls_per_domain = crawls_per_domain
            changes["crawls_per_domain"] = crawls_per_domain
        if changes:
            audit.record(
                session,
                actor="cli",
                action="source.rescheduled",
                source_name=source.name,
                message=f"Source {source.name}: " + ", ".join(f"{k} {v}" for k, v in changes.items()),
                details=changes,
            )
        nxt = source.next_run_at.isoformat(timespec="seconds") if source.next_run_at and source.active else "-"
        click.echo(
            f"{source.name}: every {source.schedule!r}, priority {source.priority}, "
            f"{source.crawls_per_domain or app.settings.worker.crawls_per_domain} crawl(s) of its site at once; "
            f"next run {nxt}"
        )
