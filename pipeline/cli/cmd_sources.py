"""``sdp add | list | remove | activate``."""

from __future__ import annotations

import click

from pipeline.cli.context import AppContext, pass_app
from pipeline.core import fleet
from pipeline.core.access import FETCHERS, set_access
from pipeline.core.consent import ensure_collection_allowed
from pipeline.core.db.engine import session_scope
from pipeline.core.sources import create_source, get_source, parse_labels, purge_source, set_active
from pipeline.core.status import source_summaries
from spiders.spare import warm_crawl_processes


@click.command()
@click.argument("url")
@click.option("--name", help="Source name (default: derived from the URL).")
@click.option("--schedule", default="1d", show_default=True, help="Interval (30m, 6h, 1d) or cron expression.")
@click.option("--priority", type=click.Choice(["high", "normal", "low"]), default="normal", show_default=True)
@click.option("--label", "labels", multiple=True, metavar="K=V", help="Label the source; repeatable.")
@click.option(
    "--fetcher", type=click.Choice(FETCHERS), help="Plain HTTP (default), or Firecrawl for sites that block bots."
)
@click.option("--proxy", metavar="URL", help="Fetch through this proxy (stored encrypted; see `sdp access`).")
@pass_app
def add(
    app: AppContext,
    url: str,
    name: str | None,
    schedule: str,
    priority: str,
    labels: tuple[str, ...],
    fetcher: str | None,
    proxy: str | None,
) -> None:
    """Onboard URL: scout, build, validate, deploy and extract, printing a sample of the records.

    With `sdp run` active the steps run on the workers; otherwise they run right here.
    """
    with session_scope(app.settings) as session:
        workers = len(fleet.live_workers(session, heartbeat_s=app.settings.worker.heartbeat_s))
    # Without workers the steps run here, two of them in a crawl process: start one now, so it
    # loads Scrapy while the rest of the command loads and the Scout reads the site.
    with warm_crawl_processes(0 if workers else 2):
        from pipeline.cli.onboard_view import onboard, preflight  # noqa: PLC0415 - keeps `sdp --help` fast

        preflight(app)
        with session_scope(app.settings) as session:
            source = create_source(
                session,
                url=url,
                name=name,
                schedule=schedule,
                priority=priority,  # type: ignore[arg-type]
                labels=parse_labels(labels),
            )
            ensure_collection_allowed(session, source, app.settings)  # refused: nothing is created
            if fetcher or proxy:
                set_access(session, source.id, fetcher=fetcher, proxy=proxy)
            source_id, source_name = source.id, source.name
        onboard(app, source_id, source_name, workers=workers)


@click.command("list")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@pass_app
def list_sources(app: AppContext, as_json: bool) -> None:
    """List sources with their state, version and data."""
    with session_scope(app.settings) as session:
        rows = source_summaries(session)
    if as_json:
        app.echo_json(rows)
        return
    if not rows:
        click.echo("No sources yet. Add one with: sdp add URL")
        return
    click.echo(f"{'NAME':24} {'STATE':12} {'VER':>3} {'ENTITIES':>8}  {'SCHEDULE':10} LAST CRAWL")
    for row in rows:
        state = "active" if row["active"] and row["ready"] else "inactive" if row["ready"] else "onboarding"
        last = row["last_crawl"]
        last_text = f"{last['status']} ({last['items']} items)" if last else "-"
        version = row["version"] or "-"
        click.echo(f"{row['name']:24} {state:12} {version:>3} {row['entities']:>8}  {row['schedule']:10} {last_text}")


@click.command()
@click.argument("name")
@click.option("--purge", is_flag=True, help="Delete the source, its versions and all its data.")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@pass_app
def remove(app: AppContext, name: str, purge: bool, yes: bool) -> None:
    """Deactivate NAME (history kept), or delete it with --purge."""
    with session_scope(app.settings) as session:
        source = get_source(session, name)
        if not purge:
            set_active(session, source, False)
            click.echo(f"Source {name} deactivated; its data is kept. `sdp activate {name}` resumes it.")
            return
        if not yes and not click.confirm(
            f"Delete source {name}, all its scraper versions and all its data? This cannot be undone"
        ):
            raise click.ClickException("Nothing deleted.")
        purge_source(session, source)
    click.echo(f"Source {name} and all its data deleted.")


@click.command()
@click.argument("name")
@pass_app
def activate(app: AppContext, name: str) -> None:
    """Resume scheduled extractions of NAME."""
    with session_scope(app.settings) as session:
        source = get_source(session, name)
        set_active(session, source, True)
        nxt = source.next_run_at.isoformat(timespec="seconds") if source.next_run_at else "after onboarding"
    click.echo(f"Source {name} activated; next run {nxt}.")
